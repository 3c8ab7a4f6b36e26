"""Articles longer than the model's context: parts of whole paragraphs, merged back."""

from __future__ import annotations

import pytest

from fake_openai import Script, fake_openai
from summariser.briefing import Summariser
from summariser.chunks import paragraphs, split_article

from conftest import CORPUS, read_text

LONG = read_text(CORPUS / "2020-01-10-greek-prime-minister-reaffirms-eastmed-pipeline-project-is-o.txt")


def test_short_articles_are_one_part() -> None:
    assert [(c.start, c.text) for c in split_article("one\n\ntwo", 100)] == [(0, "one\n\ntwo")]


def test_parts_are_whole_paragraphs_that_overlap_and_cover_the_article() -> None:
    parts = split_article(LONG, 1500)
    assert len(parts) > 3
    for part in parts:
        assert LONG[part.start:part.start + len(part.text)] == part.text
        assert len(part.text) <= 1500
    covered = set()
    for part in parts:
        covered.update(range(part.start, part.start + len(part.text)))
    for start, end in paragraphs(LONG):
        assert set(range(start, end)) <= covered
    overlaps = [after.start < before.start + len(before.text) for before, after in zip(parts, parts[1:])]
    assert any(overlaps)  # a part of several paragraphs hands its last one on


def test_a_paragraph_longer_than_the_budget_is_cut_at_a_sentence_or_space() -> None:
    text = "word " * 500
    parts = split_article(text, 300)
    assert all(len(p.text) <= 300 for p in parts)
    assert "".join(p.text for p in parts).split() == text.split()


@pytest.mark.enable_socket
def test_a_long_article_is_briefed_in_parts_and_items_merge_with_whole_article_offsets() -> None:
    at = LONG.index("Greece")
    quote = " ".join(LONG[LONG.rindex(" ", 0, at - 40):LONG.index(" ", at + 40)].split())
    party = {"quotes": [quote], "name": "Greece", "aliases": [], "kind": "state"}
    script = Script(answers={"extraction": {"parties": [party], "mediators": [], "alliances": [], "accusations": []}})
    with fake_openai(script) as base_url:
        with Summariser("compatible", model="m", base_url=base_url, max_chars=1500) as summariser:
            briefing = summariser.brief(LONG)
    parts = split_article(LONG, 1500)
    assert len(script.requests) >= len(parts)
    assert [p.name for p in briefing.parties] == ["Greece"]  # one item, merged across parts
    evidence = briefing.parties[0].evidence
    assert len(evidence) == 1 and LONG[evidence[0].start:evidence[0].end] == quote
