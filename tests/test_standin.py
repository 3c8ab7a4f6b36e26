"""The perfect-model stand-in (SYNTHETIC, `tests/standin/`) through the real pipeline: what
a model that never errs answers is kept whole (quoted, and extract where this checkout has
it), and what a careless one gets wrong is refused.

Two seeds only, on a loopback server, so the ceiling bench's claims hold on a fast test.
"""

from __future__ import annotations

import pytest

from standin import GoldArticle, load_gold, run
from summariser.briefing import METHODS
from summariser.evaluate import score_article
from summariser.extract import item_key
from summariser.models import CATEGORIES, Method
from summariser.names import NameMatcher

from conftest import REPO, SEEDS

pytestmark = pytest.mark.enable_socket


@pytest.fixture(scope="module")
def seeds() -> list[GoldArticle]:
    return [
        a for a in load_gold(REPO / "tests" / "gold", [SEEDS, REPO / "tests" / "corpus" / "wikinews"])
        if a.id in ("000_be02ae75645424f4", "004_1a1daf8f610255dc")]


@pytest.mark.parametrize("method", [m for m in ("quoted", "extract") if m in METHODS])
def test_a_perfect_answer_is_kept_whole(seeds: list[GoldArticle], method: Method) -> None:
    result = run(seeds, method)
    assert result.errors == []
    for article in seeds:
        scored = score_article(result.briefings[article.id], article.gold, article.text)
        for category in CATEGORIES:
            counts = scored.counts[category]
            assert counts.fn == 0 and counts.fp == 0, (article.id, category, counts)


def test_a_careless_answer_loses_its_swapped_and_invented_items(seeds: list[GoldArticle]) -> None:
    result = run(seeds, "quoted", careless=True)
    kinds = {kind: [0, 0] for kind in ("untouched", "swapped", "invented")}  # claimed, kept
    for article in seeds:
        briefing, matcher = result.briefings[article.id], NameMatcher(article.text)
        kept = {(c, item_key(c, i.model_dump(), matcher)) for c in CATEGORIES for i in getattr(briefing, c)}
        for claim in result.claims[article.id]:
            kinds[claim.kind][0] += 1
            kinds[claim.kind][1] += (claim.category, item_key(claim.category, claim.item, matcher)) in kept
    assert all(claimed for claimed, _ in kinds.values()), kinds  # the plan touched every kind
    assert kinds["untouched"][1] == kinds["untouched"][0]
    assert kinds["swapped"][1] == 0 and kinds["invented"][1] == 0, kinds
    assert sum(kind == "dropped" for kind in result.plan.values()) == round(0.2 * len(result.plan))
