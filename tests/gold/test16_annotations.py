"""Hand gold for the fifteenth held-out split, test16 (tests/corpus/test16/): four news
articles of war and diplomacy (attacks in Mogadishu and the charges traded over them, the end
of a truce between Hamas and Israel, naval exercises after a warship's sinking was blamed on
North Korea, and a court's verdict on a ferry disaster with a parliament's report on it),
2008-2010.

Written by four annotators working apart (test16_a.py, _c, _d and _e; parts b and e's first
annotator found no article left), each reading their article under tests/gold/README.md before
any rule was scored on it, without running the tool or reading its rules; build_gold.py refuses
any quote that is not verbatim. Each part's docstring says where its article was found and how
its text was rebuilt.
"""

from build_gold import joined
from test16_a import GOLD as PART_A
from test16_c import GOLD as PART_C
from test16_d import GOLD as PART_D
from test16_e import GOLD as PART_E

GOLD = joined(PART_A, PART_C, PART_D, PART_E)
