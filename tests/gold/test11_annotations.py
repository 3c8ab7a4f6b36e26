"""Hand gold for the tenth held-out split, test11 (tests/corpus/test11/): eleven news articles
about armed conflict, terrorism, kidnapping, occupation, disputed elections, border talks and
diplomatic disputes, 2007-2016.

Written by six annotators working apart (test11_a.py, test11_b.py, test11_d.py to test11_g.py;
part c found no article), each reading their articles under tests/gold/README.md before any rule
was scored on them, without running the tool or reading its rules; build_gold.py refuses any
quote that is not verbatim. Score the reading on this split once, at the end; never develop or
tune a rule on it.
"""

from build_gold import joined
from test11_a import GOLD as PART_A
from test11_b import GOLD as PART_B
from test11_d import GOLD as PART_D
from test11_e import GOLD as PART_E
from test11_f import GOLD as PART_F
from test11_g import GOLD as PART_G

GOLD = joined(PART_A, PART_B, PART_D, PART_E, PART_F, PART_G)
