"""Hand gold for the fifth held-out split, test6 (tests/corpus/test6/): seventeen news articles
about armed conflict, terrorism and diplomatic disputes, 2005-2018.

Written by four annotators working apart (test6_a.py, test6_b.py, test6_c.py, test6_d.py),
each reading their articles under tests/gold/README.md before any rule was scored on them,
without running the tool or reading its rules; build_gold.py refuses any quote that is not
verbatim. Score the reading on this split once, at the end; never develop or tune a rule on it.
"""

from build_gold import joined
from test6_a import GOLD as PART_A
from test6_b import GOLD as PART_B
from test6_c import GOLD as PART_C
from test6_d import GOLD as PART_D

GOLD = joined(PART_A, PART_B, PART_C, PART_D)
