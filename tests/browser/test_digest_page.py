"""The digest page in headless Chromium: the network is drawn, clicking an actor filters claims.

`open_page` (conftest.py) also asserts, afterwards, no console error, no dialog, and that
every request was file: or data:.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from summariser.digest import digest_briefings
from summariser.render.digest_html import to_html

# One worker runs every browser test, so the session starts one Chromium, not one per worker
# (tests/conftest.py groups this folder: pytest-xdist 3.8 drops the mark's group on pytest 9.2).
pytestmark = pytest.mark.xdist_group("browser")

DATED = Path(__file__).parents[1] / "fixtures" / "digest" / "dated"


@lru_cache(maxsize=1)
def gold_page() -> str:
    """The digest page of the dated gold briefings, built once for every test that opens it."""
    return to_html(digest_briefings([str(DATED)]))


def page_of_gold(open_page: Any) -> Any:
    return open_page(gold_page(), name="digest.html")


def visible(page: Any, selector: str) -> int:
    return page.eval_on_selector_all(selector, "els => els.filter(e => e.offsetParent !== null).length")


def test_the_network_svg_has_nodes_and_edges_inside_the_picture(open_page: Any) -> None:
    page = page_of_gold(open_page)
    nodes, edges = page.locator("#network g.node"), page.locator("#network line.edge")
    assert nodes.count() >= 10 and edges.count() >= 10
    box = page.locator("#network").bounding_box()
    assert box and box["width"] > 300
    # Every node's circle, measured in one round trip to the browser rather than one per node.
    circles = page.eval_on_selector_all(
        "#network g.node", "els => els.map(e => { const c = e.querySelector('circle');"
        " if (!c) return null; const r = c.getBoundingClientRect(); return [r.x, r.width]; })")
    assert len(circles) == nodes.count()
    for circle in circles:
        assert circle and box["x"] <= circle[0] and circle[0] + circle[1] <= box["x"] + box["width"] + 1
    # Every edge carries its weight as a number, not only as a line width.
    labels = page.locator("#network text.edge-label").all_text_contents()
    assert labels and all(label.isdigit() for label in labels)


def test_clicking_an_actor_filters_the_claims_to_it_and_clicking_again_clears(open_page: Any) -> None:
    page = page_of_gold(open_page)
    total = page.locator(".claim").count()
    assert total > 0 and visible(page, ".claim") == total
    page.locator('#network g.node[data-actor="IRN"]').click()
    shown = visible(page, ".claim")
    assert 0 < shown < total
    actors = page.eval_on_selector_all(".claim", "els => els.filter(e => !e.hidden).map(e => e.dataset.actors)")
    assert actors and all("IRN" in a.split() for a in actors)
    assert page.locator('#network g.node[data-actor="IRN"]').get_attribute("aria-pressed") == "true"
    assert "Iran" in page.locator("#filter-status").inner_text()
    page.locator('#network g.node[data-actor="IRN"]').click()
    assert visible(page, ".claim") == total


def test_actor_buttons_and_category_filters_work_together(open_page: Any) -> None:
    page = page_of_gold(open_page)
    page.locator('#actors button[data-actor="USA"]').click()
    with_usa = visible(page, ".claim")
    page.locator('.category-filter[value="accusations"]').uncheck()
    without_accusations = visible(page, ".claim")
    assert 0 < without_accusations < with_usa
    assert visible(page, ".claim.accusations") == 0
    page.locator("#clear-filter").click()
    assert visible(page, ".claim") == page.locator(".claim:not(.accusations)").count()


def test_each_claim_lists_its_sources_and_the_timeline_its_dates(open_page: Any) -> None:
    page = page_of_gold(open_page)
    sources = page.eval_on_selector_all(".claim", "els => els.map(e => e.querySelectorAll('li.source blockquote').length)")
    assert sources and all(count >= 1 for count in sources)
    merged = page.locator('.claim[data-category="alliances"][data-actors="AZE TUR"] li.source')
    assert merged.count() == 2
    dates = page.locator("#dated time").all_text_contents()
    assert dates and dates == sorted(dates)
    assert page.locator("#timeline circle.timeline-dot").count() == len(set(dates))
    assert page.locator("#undated li").count() == 2
