"""Check one annotator's part before it joins a split (writes nothing into the repository).

    python tests/gold/check_part.py test7_a test7

Why: annotators work apart, before their split is registered in build_gold.py, and must not
run the tool; this runs the same checks build_gold.py will (every quote verbatim, every item
in the briefing contract, every article of the part has a file) on their part alone.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

import build_gold  # noqa: E402


def main(module: str, split: str) -> None:
    gold = __import__(module).GOLD
    folder = build_gold.CORPUS / split
    index = folder / f"index_{module.rsplit('_', 1)[-1]}.json"
    metadata = {Path(e["file"]).stem: e for e in json.loads(index.read_text(encoding="utf-8"))} if index.is_file() else {}
    if not gold:
        raise SystemExit(f"{module}: GOLD is empty")
    with tempfile.TemporaryDirectory() as out:
        for article_id, items in gold.items():
            if not (folder / f"{article_id}.txt").is_file():
                raise SystemExit(f"{module}: no article file {folder / (article_id + '.txt')}")
            if article_id not in metadata:
                print(f"warning: {article_id} is not in {index.name}")
            text = build_gold.article(article_id, [folder])
            build_gold.write_gold(article_id, items, text, metadata.get(article_id, {}), Path(out), split)
            counts = {}
            for category, _fields, _quotes in items:
                counts[category] = counts.get(category, 0) + 1
            print(f"ok {article_id}: {sum(counts.values())} items {counts}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
