"""Hand gold for the third held-out split, test4 (tests/corpus/test4/): fourteen news articles
about armed conflict and diplomatic disputes, 2008-2022.

Written by five annotators working apart (test4_a.py, test4_b.py, test4_c.py, test4_e.py,
test4_f.py; part d found no article), each reading their articles under tests/gold/README.md
before any rule was scored on them, without running the tool or reading its rules;
build_gold.py refuses any quote that is not verbatim. Score the reading on this split once, at
the end; never develop or tune a rule on it.
"""

from build_gold import joined
from test4_a import GOLD as PART_A
from test4_b import GOLD as PART_B
from test4_c import GOLD as PART_C
from test4_e import GOLD as PART_E
from test4_f import GOLD as PART_F

GOLD = joined(PART_A, PART_B, PART_C, PART_E, PART_F)
