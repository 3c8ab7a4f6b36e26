"""How far two careful annotators agree: the ceiling the held-out targets sit under.

    .venv/bin/python dev/agreement.py [--reading]

Annotators who had not seen the gold, the tool's rules or its output re-annotated 36 articles
under tests/gold/README.md's guidelines alone: twelve dev articles (dev/agreement/second_*.py,
four each, from the spent splits test6 to test13) and the 24 articles of the held-out splits
test and test3 (dev/agreement/heldout_*.py, six each). This builds their briefings exactly as
build_gold.py builds the gold (verbatim quotes, schema check) and scores them against the gold
with the same strict `summariser eval`, one table per split: the second annotation as the
prediction, the gold as the gold (F1 is the same either way round). An annotator's items are
not re-grounded by the tool's validator: they are the yardstick's kind, not the tool's.
`--reading` also scores the reading (the default briefing, no model) on the same articles
against each annotation, for scale.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "gold"))

import build_gold  # noqa: E402

from summariser.evaluate import evaluate, render_table  # noqa: E402
from summariser.models import Briefing  # noqa: E402

HELD_OUT = ("test", "test3")


def second_annotations() -> dict[str, list]:
    """Article id -> the second annotator's items, from every module in dev/agreement/."""
    items: dict[str, list] = {}
    for path in sorted((ROOT / "dev" / "agreement").glob("*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        spec.loader.exec_module(module)  # type: ignore[union-attr]
        items |= module.GOLD
    return items


def located(article_id: str) -> tuple[str, str, Briefing]:
    """The split the article's gold is in ("dev" for every spent one), its text and its gold."""
    gold_path = next(ROOT.glob(f"tests/gold/*/{article_id}.json"))
    text = next(ROOT.glob(f"tests/corpus/*/{article_id}.txt")).read_text(encoding="utf-8")
    split = gold_path.parent.name if gold_path.parent.name in HELD_OUT else "dev"
    return split, text, Briefing.model_validate_json(gold_path.read_text(encoding="utf-8"))


def main() -> None:
    groups: dict[str, list[tuple[Briefing, Briefing, str]]] = {}
    with tempfile.TemporaryDirectory() as out:
        for article_id, items in second_annotations().items():
            split, text, gold = located(article_id)
            build_gold.write_gold(article_id, items, text, {}, Path(out), split)
            other = Briefing.model_validate_json((Path(out) / f"{article_id}.json").read_text(encoding="utf-8"))
            groups.setdefault(split, []).append((other, gold, text))
    for split in ("dev", *HELD_OUT):
        triples = groups.get(split, [])
        print(f"\n{split}: the second annotation scored against the gold ({len(triples)} articles)\n")
        print(render_table(evaluate(triples, reground=False)))
        if "--reading" in sys.argv:
            from summariser import summarise

            readings = [(summarise(t, "local", method="reading", source_id=g.source.id), g, o, t)
                        for o, g, t in triples]
            print(f"\n{split}: the reading scored against the gold\n")
            print(render_table(evaluate((r, g, t) for r, g, _, t in readings)))
            print(f"\n{split}: the reading scored against the second annotation\n")
            print(render_table(evaluate((r, o, t) for r, _, o, t in readings)))


if __name__ == "__main__":
    main()
