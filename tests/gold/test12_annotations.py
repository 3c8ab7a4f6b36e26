"""Hand gold for the eleventh held-out split, test12 (tests/corpus/test12/): nine news articles
about terrorism, a migrant-boat crisis, war and peace deals, sanctions, disputes at the UN and
on the Korean peninsula, and the deaths and poisoning of leaders and a commander, 2009-2020.

Written by eight annotators working apart (test12_b.py to test12_f.py, test12_i.py to
test12_k.py; parts a, g and h found no article in their share of the sources), each reading
their articles under tests/gold/README.md before any rule was scored on them, without running
the tool or reading its rules; build_gold.py refuses any quote that is not verbatim. Score the
reading on this split once, at the end; never develop or tune a rule on it.
"""

from build_gold import joined
from test12_b import GOLD as PART_B
from test12_c import GOLD as PART_C
from test12_d import GOLD as PART_D
from test12_e import GOLD as PART_E
from test12_f import GOLD as PART_F
from test12_i import GOLD as PART_I
from test12_j import GOLD as PART_J
from test12_k import GOLD as PART_K

GOLD = joined(PART_B, PART_C, PART_D, PART_E, PART_F, PART_I, PART_J, PART_K)
