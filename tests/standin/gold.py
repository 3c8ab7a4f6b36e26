"""Gold folders in the gold format (`tests/gold/README.md`), paired with their articles.

Any folder of `<id>.json` gold briefings works, with the articles `<id>.txt` in one of the
given folders: the stand-in answers from this, and the ceiling bench scores against it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from summariser.errors import InputError
from summariser.evaluate import check_source
from summariser.inputs import read_article
from summariser.models import Briefing


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    gold: Briefing


def load_gold(gold_dir: Path, article_dirs: list[Path]) -> list[GoldArticle]:
    """Every gold briefing of `gold_dir` with its article's text, checked to be of that text."""
    found = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = Briefing.model_validate_json(path.read_text(encoding="utf-8"))
        name = f"{gold.source.id}.txt"
        article = next((d / name for d in article_dirs if (d / name).is_file()), None)
        if article is None:
            raise InputError(f"{name}: article not found in {', '.join(map(str, article_dirs))}")
        text = read_article(article).text
        check_source(gold, text, str(path))
        found.append(GoldArticle(gold.source.id, text, gold))
    if not found:
        raise InputError(f"{gold_dir}: no gold briefings (*.json)")
    return found
