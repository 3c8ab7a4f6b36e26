"""Articles longer than the model's context: parts of whole paragraphs, merged back."""

from __future__ import annotations

from typing import Any

import pytest

from fake_openai import Script, fake_openai
from summariser.briefing import Summariser
from summariser.chunks import merge_evidence, paragraphs, shift, split_article

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
        with Summariser("compatible", model="m", base_url=base_url, max_chars=1500, method="quoted") as summariser:
            briefing = summariser.brief(LONG)
    parts = split_article(LONG, 1500)
    assert len(script.requests) >= len(parts)
    assert [p.name for p in briefing.parties] == ["Greece"]  # one item, merged across parts
    evidence = briefing.parties[0].evidence
    assert len(evidence) == 1 and LONG[evidence[0].start:evidence[0].end] == quote


def evidence(start: int, end: int, quote: str = "q") -> dict[str, Any]:
    return {"quote": quote, "start": start, "end": end, "match": "exact"}


def test_shift_moves_offsets_from_the_part_to_the_whole_article() -> None:
    item = {"name": "Greece", "evidence": [evidence(3, 10), evidence(20, 30)]}
    moved = shift(item, 1000)
    assert [(e["start"], e["end"]) for e in moved["evidence"]] == [(1003, 1010), (1020, 1030)]
    assert [(e["start"], e["end"]) for e in item["evidence"]] == [(3, 10), (20, 30)]  # the part's item is untouched
    assert shift(item, 0) == item


def test_merging_keeps_every_passage_once() -> None:
    kept = {"name": "Greece", "evidence": [evidence(0, 10)]}
    merge_evidence(kept, {"name": "Greece", "evidence": [evidence(0, 10), evidence(500, 520), evidence(500, 520)]})
    assert [(e["start"], e["end"]) for e in kept["evidence"]] == [(0, 10), (500, 520)]


GREECE_FIRST = "the Greek prime minister Kyriakos Mitsotakis reasserted the openness of the EastMed project"
GREECE_LATER = "draws the pipeline between the Aphrodite gas field and Thesprotia, Greece"
TURKEY = "Turkey and Libya signed a maritime border agreement"


def answer_from_the_part_seen(category: str, body: dict[str, Any]) -> dict[str, Any]:
    """SYNTHETIC model: claims only what the part it was sent contains."""
    seen = " ".join(str(m.get("content")) for m in body["messages"])
    parties = [{"quotes": [q], "name": name, "aliases": [], "kind": "state"}
               for name, q in (("Greece", GREECE_FIRST), ("Greece", GREECE_LATER), ("Turkey", TURKEY)) if q in seen]
    return {"parties": parties, "mediators": [], "alliances": [], "accusations": []}


@pytest.mark.enable_socket
def test_items_from_different_parts_merge_with_article_offsets_and_repeats_collapse() -> None:
    parts = split_article(LONG, 1500)
    where = {q: [i for i, p in enumerate(parts) if q in p.text] for q in (GREECE_FIRST, GREECE_LATER, TURKEY)}
    assert where[GREECE_FIRST] == [0] and where[GREECE_LATER] and min(where[GREECE_LATER]) > 0
    assert len(where[TURKEY]) >= 2, "the Turkey quote should sit in the overlap of two parts"
    script = Script(answer=answer_from_the_part_seen)
    with fake_openai(script) as base_url:
        with Summariser("compatible", model="m", base_url=base_url, max_chars=1500, reasks=0,
                        method="quoted") as summariser:
            briefing = summariser.brief(LONG)
    assert [p.name for p in briefing.parties] == ["Greece", "Turkey"]
    greece, turkey = briefing.parties
    assert [LONG[e.start:e.end] for e in greece.evidence] == [GREECE_FIRST, GREECE_LATER]
    assert [LONG[e.start:e.end] for e in turkey.evidence] == [TURKEY]  # seen twice, kept once
    assert greece.evidence[1].start == LONG.index(GREECE_LATER) > parts[min(where[GREECE_LATER])].start
