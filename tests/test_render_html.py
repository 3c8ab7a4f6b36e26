"""The HTML briefing as a string: marks, claims, panels, escaping, self-containment.

What a reader sees and does in a browser is in tests/browser/; here the page's structure
is checked with the standard library's HTML parser.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from importlib.resources import files

import pytest

from render_samples import IMG, SCRIPT, article, empty, gold, hostile, rich
from summariser.models import Evidence
from summariser.render import to_html
from summariser.render.html import Claim, segments

VOID = {"meta", "input", "br", "img", "link", "hr"}


class Page(HTMLParser):
    """Collects tags, checks nesting, and records each mark's attributes and text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[dict[str, str]] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "mark" and "mark" in self.stack:
            self.errors.append("nested mark")
        if tag == "mark" and "article-text" in [a.get("id") for _, a in self.tags if _ == "div"]:
            self.marks.append({**{k: v or "" for k, v in attrs}, "text": ""})
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] == "mark" and self.marks:
            self.marks[-1]["text"] += data


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    assert page.errors == [] and page.stack == []
    return page


def article_marks(page: Page) -> list[dict[str, str]]:
    return [m for m in page.marks if "data-claims" in m]


def test_every_evidence_span_is_marked_with_its_claim() -> None:
    briefing, text = gold(), article()
    page = parse(to_html(briefing, text))
    marks = article_marks(page)
    assert marks
    spans = [("party", i, e) for i, p in enumerate(briefing.parties, 1) for e in p.evidence]
    spans += [("accusation", i, e) for i, a in enumerate(briefing.accusations, 1) for e in a.evidence]
    assert spans
    for prefix, number, evidence in spans:
        covering = "".join(m["text"] for m in marks if f"{prefix}-{number}" in m["data-claims"].split())
        assert text[evidence.start:evidence.end] in covering


def test_the_article_text_survives_intact() -> None:
    text = article()
    html = to_html(gold(), text)
    body = re.search(r'<div id="article-text">(.*?)</div>', html, re.S)
    assert body is not None
    import html as stdlib_html
    assert stdlib_html.unescape(re.sub(r"<[^>]+>", "", body.group(1))) == text


def test_overlapping_spans_split_into_segments_with_the_union_of_claims() -> None:
    text = "0123456789ABCDEFGHIJ"
    a = Claim("party-1", "parties", "Party", "A", ["A"], [], [Evidence(quote="x", start=2, end=10, match="exact")])
    b = Claim("accusation-1", "accusations", "Accusation", "B", ["B"], [],
              [Evidence(quote="x", start=6, end=14, match="exact")])
    pieces = segments(text, [a, b])
    assert [(p.text, p.claims) for p in pieces] == [
        ("01", []), ("2345", ["party-1"]), ("6789", ["party-1", "accusation-1"]),
        ("ABCD", ["accusation-1"]), ("EFGHIJ", [])]
    assert pieces[2].css == "cat-parties cat-accusations multi"
    assert pieces[1].starts == ["P1"] and pieces[2].starts == ["A1"]


def test_spans_outside_the_text_are_skipped_not_crashed_on() -> None:
    bad = Claim("party-1", "parties", "Party", "A", ["A"], [], [Evidence(quote="x", start=5, end=99, match="exact")])
    assert [p.claims for p in segments("short", [bad])] == [[]]


def test_claims_show_id_label_names_allegation_speaker_and_quotes() -> None:
    briefing = rich()
    html = to_html(briefing, article())
    page = parse(html)
    claims = [a for t, a in page.tags if t == "li" and "data-claim" in a]
    counts = len(briefing.parties) + len(briefing.mediators) + len(briefing.alliances) + len(briefing.accusations)
    assert len(claims) == counts > 0
    assert 'class="speaker">Hikmet Hajiev<' in html
    assert briefing.accusations[0].allegation in html
    assert "[A1]" in html and "Accusation" in html
    assert briefing.accusations[0].evidence[0].quote.replace('"', "&#34;") in html


def test_legend_filters_and_actor_select_from_the_inventory() -> None:
    page = parse(to_html(rich(), article()))
    boxes = [a["value"] for t, a in page.tags if t == "input" and a.get("name") == "category"]
    assert boxes == ["parties", "mediators", "alliances", "accusations"]
    options = [a["value"] for t, a in page.tags if t == "option"]
    assert {"actor:ARM", "actor:AZE", "actor:RUS"} <= set(options)
    # Names no inventory actor covers are still choosable.
    assert "name:osce minsk group" in options
    claims = {a["data-claim"]: a["data-actors"].split() for t, a in page.tags if t == "li" and "data-claim" in a}
    assert "actor:ARM" in claims["party-1"] and "actor:RUS" in claims["alliance-1"]


def test_rejected_panel_lists_drafts_and_reasons_and_footer_has_provenance() -> None:
    briefing = rich()
    html = to_html(briefing, article())
    rejected = html[html.index('id="rejected"'):html.index("</section>", html.index('id="rejected"'))]
    assert "Russia accuses Turkey: sending fighters" in rejected
    assert "quote not found in the article" in rejected
    footer = html[html.index("<footer>"):]
    p = briefing.provenance
    for value in (p.provider, p.model, p.method, p.prompt_version, p.schema_version, "Calls", "Tokens", "Seconds"):
        assert value in footer


def test_empty_briefing_shows_the_article_and_says_nothing_was_grounded() -> None:
    text = article()
    html = to_html(empty(), text)
    page = parse(html)
    assert article_marks(page) == []
    assert 'id="nothing-grounded"' in html and "Nothing grounded" in html
    assert "Armenian Foreign Ministry" in html


@pytest.mark.parametrize("payload", [SCRIPT, IMG])
def test_markup_in_article_and_model_fields_is_shown_as_text(payload: str) -> None:
    briefing, text = hostile()
    html = to_html(briefing, text)
    page = parse(html)
    assert [t for t, _ in page.tags].count("script") == 1  # the page's own script only
    assert "img" not in [t for t, _ in page.tags]
    assert not any(k.startswith("on") for _, attrs in page.tags for k in attrs)
    assert payload not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_self_contained_no_external_resource() -> None:
    html = to_html(rich(), article())
    page = parse(html)
    assert not [a for t, a in page.tags if t in ("link", "img", "iframe") or (t == "script" and "src" in a)]
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", html)
    assert "@import" not in html and "url(" not in html


def test_template_is_package_data() -> None:
    assert (files("summariser.render") / "templates" / "briefing.html.j2").is_file()
