"""The agreement study's second annotations (dev/agreement/) stay buildable: every quote is verbatim
in its article and every item fits the briefing contract, as for the gold itself."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from summariser.models import Briefing

ROOT = Path(__file__).resolve().parent.parent


def _agreement():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("agreement", ROOT / "dev" / "agreement.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_every_second_annotation_builds_against_its_article(tmp_path: Path) -> None:
    agreement = _agreement()
    second = agreement.second_annotations()
    assert len(second) == 36  # twelve dev articles and the 24 of test and test3
    splits = []
    for article_id, items in second.items():
        split, text, gold = agreement.located(article_id)
        agreement.build_gold.write_gold(article_id, items, text, {}, tmp_path, split)
        built = Briefing.model_validate_json((tmp_path / f"{article_id}.json").read_text(encoding="utf-8"))
        assert built.source.sha256 == gold.source.sha256  # the very text the gold was written on
        splits.append(split)
    assert sorted(set(splits)) == ["dev", "test", "test3"]
