"""Hand gold for the fourth held-out split, test5 (tests/corpus/test5/): sixteen news articles
about armed conflict and diplomatic disputes, 2005-2018.

Written by four annotators working apart (test5_a.py, test5_b.py, test5_c.py, test5_d.py),
each reading their articles under tests/gold/README.md before any rule was scored on them,
without running the tool or reading its rules; build_gold.py refuses any quote that is not
verbatim. Score the reading on this split once, at the end; never develop or tune a rule on it.
"""

from build_gold import joined
from test5_a import GOLD as PART_A
from test5_b import GOLD as PART_B
from test5_c import GOLD as PART_C
from test5_d import GOLD as PART_D

GOLD = joined(PART_A, PART_B, PART_C, PART_D)
