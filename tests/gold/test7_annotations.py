"""Hand gold for the sixth held-out split, test7 (tests/corpus/test7/): fourteen news articles
about armed conflict, terrorism, peace talks and diplomatic disputes, 2005-2017.

Written by four annotators working apart (test7_a.py, test7_b.py, test7_c.py, test7_d.py),
each reading their articles under tests/gold/README.md before any rule was scored on them,
without running the tool or reading its rules; build_gold.py refuses any quote that is not
verbatim. Score the reading on this split once, at the end; never develop or tune a rule on it.
"""

from build_gold import joined
from test7_a import GOLD as PART_A
from test7_b import GOLD as PART_B
from test7_c import GOLD as PART_C
from test7_d import GOLD as PART_D

GOLD = joined(PART_A, PART_B, PART_C, PART_D)
