"""A perfect-model stand-in (and a careless one) for measuring the pipeline's ceilings.

SYNTHETIC, dev and bench tooling, not product code: it answers from a gold folder as a
model that never errs would (`model.py`), served as an OpenAI-compatible endpoint on
127.0.0.1 by `tests/fake_openai.py`, so the whole real pipeline runs on its answers.
Its output is never a recording (`cassettes/` holds real recordings only).

    articles = load_gold(Path("tests/gold"), [Path("seeds"), Path("tests/corpus/wikinews")])
    result = run(articles, "quoted", careless=False)   # briefings and what was claimed
"""

from .careless import KINDS, Kind
from .claim import Claim
from .gold import GoldArticle, load_gold
from .model import DEFAULT_SEED, StandIn
from .run import Run, run

__all__ = ["DEFAULT_SEED", "KINDS", "Claim", "GoldArticle", "Kind", "Run", "StandIn", "load_gold", "run"]
