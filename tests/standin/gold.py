"""Gold folders in the gold format (`tests/gold/README.md`), paired with their articles.

Any folder of `<id>.json` gold briefings works, with the articles `<id>.txt` in one of the
given folders (`summariser eval`'s own loader): the stand-in answers from this, and the
ceiling bench scores against it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from summariser import evaluate
from summariser.models import Briefing


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    gold: Briefing


def load_gold(gold_dir: Path, article_dirs: list[Path]) -> list[GoldArticle]:
    """Every gold briefing of `gold_dir` with its article's text, checked to be of that text."""
    return [GoldArticle(gold.source.id, text, gold) for gold, text in evaluate.load_gold(gold_dir, article_dirs)]
