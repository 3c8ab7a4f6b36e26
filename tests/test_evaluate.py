"""Scoring against gold: the gold files are sound, the matching rules hold, and the
committed scores of the recorded runs change only together with the golden files."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path

import pytest

from summariser.evaluate import evaluate, load_pairs, render_scores, render_table
from summariser.grounding import ground
from summariser.models import Briefing
from summariser.record import SCORES, readme_scores, score_golden

from conftest import CORPUS, GOLDEN, REPO, SEEDS, read_text

GOLD = REPO / "tests" / "gold"
GOLD_FILES = sorted(GOLD.glob("*.json"))


def article_text(article_id: str) -> str:
    for folder in (SEEDS, CORPUS):
        if (folder / f"{article_id}.txt").is_file():
            return read_text(folder / f"{article_id}.txt")
    raise AssertionError(f"no article {article_id}")


def gold(article_id: str) -> Briefing:
    return Briefing.model_validate(json.loads((GOLD / f"{article_id}.json").read_text()))


def test_there_is_gold_for_both_seeds_and_eight_corpus_articles() -> None:
    ids = {p.stem for p in GOLD_FILES}
    assert {"004_1a1daf8f610255dc", "000_be02ae75645424f4"} <= ids
    assert len([i for i in ids if (CORPUS / f"{i}.txt").is_file()]) >= 8


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_files_are_valid_verbatim_and_grounded(path: Path) -> None:
    briefing = Briefing.model_validate(json.loads(path.read_text()))
    text = article_text(briefing.source.id)
    assert briefing.source.sha256 == hashlib.sha256(text.encode()).hexdigest()
    assert briefing.source.chars == len(text)
    for category in ("parties", "mediators", "alliances", "accusations"):
        for item in getattr(briefing, category):
            for evidence in item.evidence:
                assert text[evidence.start:evidence.end] == evidence.quote
    report = ground(briefing, text)
    assert report.ungrounded == 0, [i.reasons for i in report.items if not i.grounded]


def test_a_perfect_prediction_scores_one() -> None:
    g = gold("004_1a1daf8f610255dc")
    data = evaluate([(g, g, article_text(g.source.id))]).to_dict()
    for category in ("parties", "mediators", "alliances", "accusations"):
        assert data["categories"][category]["f1"] == 1.0


def test_name_variants_match_and_invented_or_missing_items_count() -> None:
    g = gold("004_1a1daf8f610255dc")
    predicted = copy.deepcopy(g)
    predicted.parties[1].name, predicted.parties[1].aliases = "Azeri", []  # a demonym still matches
    predicted.alliances[0].members = ["Moscow", "Armenia"]  # a capital still matches
    predicted.parties.append(predicted.parties[0].model_copy(update={"name": "Georgia", "aliases": []}))
    predicted.accusations = predicted.accusations[:-1]
    data = evaluate([(predicted, g, article_text(g.source.id))]).to_dict()["categories"]
    assert data["parties"] == {"precision": 0.75, "recall": 1.0, "f1": 0.857, "tp": 3, "fp": 1, "fn": 0}
    assert data["alliances"]["f1"] == 1.0
    assert data["accusations"]["recall"] == 0.75 and data["accusations"]["precision"] == 1.0


def test_swapped_accuser_and_accused_do_not_match_and_rejected_items_are_ignored() -> None:
    g = gold("000_be02ae75645424f4")
    predicted = copy.deepcopy(g)
    first = predicted.accusations[0]
    first.accuser, first.accused = first.accused, first.accuser
    predicted.rejected = [{"category": "parties", "item": {"name": "Georgia"}, "reasons": ["x"]}]
    data = evaluate([(predicted, g, article_text(g.source.id))]).to_dict()
    assert data["categories"]["accusations"]["fp"] == 1 and data["categories"]["accusations"]["fn"] == 1
    assert data["categories"]["parties"]["fp"] == 0


def test_render_table_has_a_row_per_category() -> None:
    g = gold("004_1a1daf8f610255dc")
    table = render_table(evaluate([(g, g, article_text(g.source.id))]))
    for category in ("parties", "mediators", "alliances", "accusations"):
        assert f"| {category} | 1.00 | 1.00 | 1.00 |" in table


@pytest.mark.parametrize("golden_dir", sorted(p for p in GOLDEN.glob("*") if p.is_dir()), ids=lambda p: p.name)
def test_committed_scores_match_the_golden_briefings(golden_dir: Path) -> None:
    committed = json.loads((golden_dir / SCORES).read_text())
    assert score_golden(golden_dir, GOLD) == committed, (
        "scores differ from the committed ones: run `summariser record` (or `--golden-only`) "
        "and commit tests/golden/ together"
    )


def test_load_pairs_names_a_missing_prediction(tmp_path: Path) -> None:
    from summariser.errors import InputError

    with pytest.raises(InputError, match="no such file"):
        load_pairs(tmp_path, GOLD, [SEEDS, CORPUS])


def test_the_readme_shows_the_committed_scores_of_the_local_model() -> None:
    scores = json.loads((GOLDEN / "local-smollm2-135m-instruct-q4_1" / SCORES).read_text())
    shown = readme_scores((REPO / "README.md").read_text(encoding="utf-8"))
    assert shown == render_scores(scores), "README scores are stale: run `summariser record --golden-only`"
