"""Hand gold for the ninth held-out split, test10 (tests/corpus/test10/): thirteen news articles
about armed conflict, terrorism, kidnapping, piracy, war crimes, mediation and diplomatic
disputes, 2005-2017.

Written by seven annotators working apart (test10_a.py to test10_g.py), each
reading their articles under tests/gold/README.md before any rule was scored on them, without
running the tool or reading its rules; build_gold.py refuses any quote that is not verbatim.
Score the reading on this split once, at the end; never develop or tune a rule on it.
"""

from build_gold import joined
from test10_a import GOLD as PART_A
from test10_b import GOLD as PART_B
from test10_c import GOLD as PART_C
from test10_d import GOLD as PART_D
from test10_e import GOLD as PART_E
from test10_f import GOLD as PART_F
from test10_g import GOLD as PART_G

GOLD = joined(PART_A, PART_B, PART_C, PART_D, PART_E, PART_F, PART_G)
