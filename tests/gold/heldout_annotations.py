"""Hand gold for the held-out test split (tests/corpus/test/): twelve Wikinews articles, 2019-2020.

Written by three annotators working apart (heldout_a.py, heldout_b.py, heldout_c.py), each reading
their articles under tests/gold/README.md, before any rule was scored on them and without running
the tool or reading its rules; build_gold.py refuses any quote that is not verbatim. Score the
reading on this split once, at the end; never develop or tune a rule on it.

What the split is: the annotators picked, from the whole `vanatteveldt/wikinews` 2019 and 2020
data, the articles about disputes with named accusers that the project did not already use. The
armed-conflict and peace-talk articles of those two years were all taken (tuned, dev and dev2
splits), so this split is mostly political and constitutional disputes (United States, United
Kingdom, Hong Kong) and has one mediator. It measures news English the rules never saw, not
conflict news in particular.
"""

from build_gold import joined
from heldout_a import GOLD as PART_A
from heldout_b import GOLD as PART_B
from heldout_c import GOLD as PART_C

GOLD = joined(PART_A, PART_B, PART_C)
