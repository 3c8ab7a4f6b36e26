"""The HTML briefing in headless Chromium: what a reader sees and can do.

Each test's `open_page` also asserts, afterwards, no console error, no dialog, and that
every request was file: or data: (see conftest.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from render_samples import article, empty, hostile, rich
from summariser.render import to_html


# One worker runs every browser test, so the session starts one Chromium, not one per worker
# (tests/conftest.py groups this folder: pytest-xdist 3.8 drops the mark's group on pytest 9.2).
pytestmark = pytest.mark.xdist_group("browser")

PLAIN = "rgba(0, 0, 0, 0)"


def background(page: Any, selector: str) -> str:
    return page.eval_on_selector(selector, "el => getComputedStyle(el).backgroundColor")


def in_viewport(page: Any, selector: str) -> bool:
    return page.eval_on_selector(selector, """el => { const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight; }""")


def shown(page: Any, selector: str) -> int:
    """How many elements matching `selector` are rendered (not hidden)."""
    return page.eval_on_selector_all(selector, "els => els.filter(e => e.offsetParent !== null).length")


def test_spans_are_highlighted_by_category(open_page: Any) -> None:
    page = open_page(to_html(rich(), article()))
    marks = page.locator("#article-text mark")
    assert marks.count() > 0
    text_colour = background(page, "#article-text")
    colours = set()
    for category in ("parties", "mediators", "alliances", "accusations"):
        selector = f"#article-text mark.cat-{category}:not(.multi)"
        assert page.locator(selector).count() > 0, category
        colours.add(background(page, selector))
    assert text_colour not in colours and PLAIN not in colours
    assert len(colours) == 4
    # A visible tag beside each span's start: colour is not the only cue.
    tag = page.eval_on_selector("#article-text mark[data-tags]",
                                "el => getComputedStyle(el, '::before').content")
    assert tag.startswith('"[') and tag.endswith(']"')


def test_clicking_a_claim_scrolls_to_its_first_span_and_marks_it_active(open_page: Any) -> None:
    page = open_page(to_html(rich(), article()), height=400)
    last = page.locator("li.claim").last
    claim_id = last.get_attribute("data-claim")
    first_span = f'#article-text mark[data-claims~="{claim_id}"]'
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    assert not in_viewport(page, first_span)
    last.locator(".claim-head").click()
    assert in_viewport(page, first_span)
    assert "active" in page.locator(first_span).first.get_attribute("class").split()
    assert "active" in last.get_attribute("class").split()


def test_hovering_a_claim_highlights_its_spans(open_page: Any) -> None:
    page = open_page(to_html(rich(), article()))
    claim = page.locator("li.claim").first
    claim_id = claim.get_attribute("data-claim")
    claim.hover()
    spans = page.locator(f'#article-text mark[data-claims~="{claim_id}"].hover')
    assert spans.count() > 0
    assert page.eval_on_selector(f'#article-text mark[data-claims~="{claim_id}"]',
                                 "el => getComputedStyle(el).outlineStyle") != "none"


def test_clicking_a_span_lists_the_claims_it_supports(open_page: Any) -> None:
    page = open_page(to_html(rich(), article()))
    overlap = page.locator('#article-text mark[data-claims*=" "]').first  # P1 and P2 share a sentence
    ids = overlap.get_attribute("data-claims").split()
    assert len(ids) >= 2
    overlap.click()
    listed = page.locator("#span-claims button")
    assert sorted(listed.evaluate_all("bs => bs.map(b => b.dataset.claim)")) == sorted(ids)
    listed.nth(1).click()
    assert "active" in page.locator(f"#claim-{ids[1]}").get_attribute("class").split()


def test_category_filter_hides_and_shows_claims_and_marks(open_page: Any) -> None:
    page = open_page(to_html(rich(), article()))
    total = page.locator("li.claim").count()
    accusations = page.locator("li.claim.cat-accusations").count()
    assert total > accusations > 0
    only_accusations = '#article-text mark.cat-accusations:not(.cat-parties):not(.cat-mediators):not(.cat-alliances)'
    assert background(page, only_accusations) != PLAIN
    page.get_by_label("Accusation (", exact=False).uncheck()
    assert shown(page, "li.claim") == total - accusations
    assert shown(page, "li.claim.cat-accusations") == 0
    assert background(page, only_accusations) == PLAIN
    assert background(page, "#article-text mark.cat-parties") != PLAIN
    page.get_by_label("Accusation (", exact=False).check()
    assert shown(page, "li.claim") == total
    assert background(page, only_accusations) != PLAIN


def test_actor_filter_keeps_the_claims_naming_that_actor(open_page: Any) -> None:
    page = open_page(to_html(rich(), article()))
    page.select_option("#actor-filter", "actor:RUS")  # Russia: an alliance and the mediators' members
    visible = page.eval_on_selector_all("li.claim", "els => els.filter(e => !e.hidden).map(e => e.dataset.claim)")
    assert visible and "alliance-1" in visible and "party-1" not in visible
    assert background(page, '#article-text mark[data-claims="party-1 party-2"]') == PLAIN
    page.select_option("#actor-filter", "")
    assert shown(page, "li.claim") == page.locator("li.claim").count()


def test_j_and_k_and_arrows_move_between_claims(open_page: Any) -> None:
    page = open_page(to_html(rich(), article()))
    ids = page.eval_on_selector_all("li.claim", "els => els.map(e => e.dataset.claim)")
    assert len(ids) >= 3

    def active() -> list[str]:
        return page.eval_on_selector_all("li.claim.active", "els => els.map(e => e.dataset.claim)")

    page.locator("h1").click()
    page.keyboard.press("j")
    assert active() == [ids[0]]
    page.keyboard.press("j")
    assert active() == [ids[1]]
    page.keyboard.press("k")
    assert active() == [ids[0]]
    page.keyboard.press("ArrowDown")  # focus is on the claim now, so arrows move too
    page.keyboard.press("ArrowDown")
    assert active() == [ids[2]]
    page.keyboard.press("ArrowUp")
    assert active() == [ids[1]]
    assert page.evaluate("document.activeElement.closest('li.claim').dataset.claim") == ids[1]


def test_rejected_panel_and_provenance_are_visible(open_page: Any) -> None:
    page = open_page(to_html(rich(), article()))
    assert page.locator("#rejected li.rejected-item").count() == 1
    assert page.locator("#rejected").get_by_text("quote not found in the article").is_visible()
    assert page.locator("footer").get_by_text("Provider").is_visible()


def test_empty_briefing_says_nothing_grounded(open_page: Any) -> None:
    page = open_page(to_html(empty(), article()))
    assert page.locator("#nothing-grounded").is_visible()
    assert page.locator("#article-text mark").count() == 0
    assert "Armenian Foreign Ministry" in page.locator("#article-text").inner_text()
    page.keyboard.press("j")  # nothing to move to, and no error


def test_hostile_text_is_shown_as_text_and_runs_nothing(open_page: Any) -> None:
    briefing, text = hostile()
    page = open_page(to_html(briefing, text))
    page.locator("#article-text mark").first.click()
    page.locator("li.claim .claim-head").first.click()
    assert page.dialogs == []
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 1
    assert "<script>alert(1)</script>" in page.locator("#article-text").inner_text()
    assert page.locator("li.claim .speaker").first.inner_text() == "<script>alert(1)</script>"
    assert page.evaluate("document.body.innerText").count("onerror=alert(1)") >= 3
