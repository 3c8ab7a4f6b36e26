"""Hand gold for the fourteenth held-out split, test15 (tests/corpus/test15/): eleven news
articles about domestic political and legal disputes (a prosecution of a fallen president, a
disputed election campaign, a lawsuit against a targeted killing, a riot at a rally, a
corruption scandal, a ban on opposition rallies, a protest against an army school, an inquiry's
findings, and three rows between a government and its opposition), 2004-2011.

Written by ten annotators working apart (test15_a.py to _j), each reading their articles under
tests/gold/README.md before any rule was scored on them, without running the tool or reading
its rules; build_gold.py refuses any quote that is not verbatim. Each part's docstring says
where its article was found and how its text was rebuilt.
"""

from build_gold import joined
from test15_a import GOLD as PART_A
from test15_b import GOLD as PART_B
from test15_c import GOLD as PART_C
from test15_d import GOLD as PART_D
from test15_e import GOLD as PART_E
from test15_f import GOLD as PART_F
from test15_g import GOLD as PART_G
from test15_h import GOLD as PART_H
from test15_i import GOLD as PART_I
from test15_j import GOLD as PART_J

GOLD = joined(PART_A, PART_B, PART_C, PART_D, PART_E, PART_F, PART_G, PART_H, PART_I, PART_J)
