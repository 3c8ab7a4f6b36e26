"""Check one annotator's part of a new gold split without writing into tests/gold.

    .venv/bin/python dev/check_gold_part.py test5 test5_a

Builds every article of the part's GOLD into a temporary folder with build_gold's own
write_gold (verbatim quotes, schema check) and prints the item counts. It never runs the
reading, so an annotator can use it without seeing what the tool would find.
"""

import json
import sys
import tempfile
from pathlib import Path

GOLD_DIR = Path(__file__).resolve().parents[1] / "tests" / "gold"
sys.path.insert(0, str(GOLD_DIR))

import build_gold  # noqa: E402


def main(split: str, module: str) -> None:
    folder = build_gold.CORPUS / split
    part = module.rsplit("_", 1)[-1]
    index = folder / f"index_{part}.json"  # a part's own index while it is written; merged into index.json after
    if not index.is_file():
        index = folder / "index.json"
    metadata = {Path(e["file"]).stem: e for e in json.loads(index.read_text(encoding="utf-8"))} if index.is_file() else {}
    gold = __import__(module).GOLD
    if not gold:
        raise SystemExit(f"{module}: GOLD is empty")
    with tempfile.TemporaryDirectory() as out:
        for article_id, items in gold.items():
            if article_id not in metadata:
                print(f"warning: {article_id} has no entry in {index.name}")
            build_gold.write_gold(article_id, items, build_gold.article(article_id, [folder]),
                                  metadata.get(article_id, {}), Path(out), split)


if __name__ == "__main__":
    main(*sys.argv[1:3])
