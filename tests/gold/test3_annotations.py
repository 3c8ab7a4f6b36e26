"""Hand gold for the second held-out split, test3 (tests/corpus/test3/): twelve Wikinews articles.

Written by three annotators working apart (test3_a.py, test3_b.py, test3_c.py), each reading
their articles under tests/gold/README.md before any rule was scored on them, without running
the tool or reading its rules; build_gold.py refuses any quote that is not verbatim. Score the
reading on this split once, at the end; never develop or tune a rule on it.
"""

from build_gold import joined
from test3_a import GOLD as PART_A
from test3_b import GOLD as PART_B
from test3_c import GOLD as PART_C

GOLD = joined(PART_A, PART_B, PART_C)
