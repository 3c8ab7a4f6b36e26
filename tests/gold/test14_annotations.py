"""Hand gold for the thirteenth held-out split, test14 (tests/corpus/test14/): nine news
articles about political and legal disputes (court rulings and sentences, a party leader's
fall, two US campaign round-ups, a copyright takedown) and two diplomatic rows (sanctions on
Iran, the pardon of an Azerbaijani officer), 2006-2020.

Written by six annotators working apart (test14_a.py to _f), each reading their articles
under tests/gold/README.md before any rule was scored on them, without running the tool or
reading its rules; build_gold.py refuses any quote that is not verbatim. Parts a to d read
what was left in the vanatteveldt/wikinews CSVs, e and f guessed AMALGUM file names.
"""

from build_gold import joined
from test14_a import GOLD as PART_A
from test14_b import GOLD as PART_B
from test14_c import GOLD as PART_C
from test14_d import GOLD as PART_D
from test14_e import GOLD as PART_E
from test14_f import GOLD as PART_F

GOLD = joined(PART_A, PART_B, PART_C, PART_D, PART_E, PART_F)
