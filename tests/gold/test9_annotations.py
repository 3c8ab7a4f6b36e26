"""Hand gold for the eighth held-out split, test9 (tests/corpus/test9/): ten news articles about
armed conflict, terrorism, piracy, mediation and diplomatic disputes, 2005-2017.

Written by four annotators working apart (test9_a.py, test9_b.py, test9_c.py, test9_d.py), each
reading their articles under tests/gold/README.md before any rule was scored on them, without
running the tool or reading its rules; build_gold.py refuses any quote that is not verbatim.
Score the reading on this split once, at the end; never develop or tune a rule on it.
"""

from build_gold import joined
from test9_a import GOLD as PART_A
from test9_b import GOLD as PART_B
from test9_c import GOLD as PART_C
from test9_d import GOLD as PART_D

GOLD = joined(PART_A, PART_B, PART_C, PART_D)
