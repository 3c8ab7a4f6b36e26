"""Development aid: per gold accusation of a split, whether the reading found it, and the
predictions no gold item matches. Never run on the test split while rules are developed.

    .venv/bin/python dev/misses.py PREDICTED_DIR GOLD_DIR ARTICLE_DIR... [--category accusations]
"""

import sys
from pathlib import Path

from summariser.evaluate import Resolver, rule_for
from summariser.models import Briefing


# Splits still held out (tests/gold/README.md). test4 to test15 were scored and are spent: dev now.
HELD_OUT = {"test", "test3", "test16"}


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    category = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--category=")), "accusations")
    predicted, gold_dir, folders = Path(args[0]), Path(args[1]), [Path(a) for a in args[2:]]
    if HELD_OUT & set(gold_dir.parts):
        raise SystemExit("a held-out split is scored once, at the end, never diagnosed")
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = Briefing.model_validate_json(gold_path.read_text())
        text = next((f / f"{gold_path.stem}.txt").read_text() for f in folders if (f / f"{gold_path.stem}.txt").exists())
        pred_path = predicted / gold_path.name
        pred = Briefing.model_validate_json(pred_path.read_text()) if pred_path.exists() else None
        resolve = Resolver(gold, text)
        same = rule_for(category, resolve)
        got = list(getattr(pred, category)) if pred else []
        used = set()
        print(f"== {gold_path.stem}")
        for g in getattr(gold, category):
            hit = next((i for i, p in enumerate(got) if i not in used and same(p, g)), None)
            if hit is not None:
                used.add(hit)
            label = describe(g, category)
            print(f"  {'OK ' if hit is not None else 'MISS'} {label}\n        {g.evidence[0].quote[:200]}")
        for i, p in enumerate(got):
            if i not in used:
                print(f"  FP   {describe(p, category)}\n        {p.evidence[0].quote[:200]}")


def describe(item, category: str) -> str:
    if category == "accusations":
        return f"{item.accuser} -> {item.accused}: {item.allegation}"
    if category == "alliances":
        return f"{item.members} ({item.kind})"
    return f"{item.name}"


if __name__ == "__main__":
    main()
