"""The event-sentence bench reads a briefing as its pair-level gold counts (bench/sentences.py):
a pair accused twice is one item, a bloc of three is three ties."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from summariser.evaluate import PAIR_ONLY, score_article
from summariser.models import Briefing

BENCH = Path(__file__).resolve().parents[2] / "bench" / "sentences.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_sentences", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_pair_accused_twice_and_a_bloc_of_three_score_as_the_pair_gold_writes_them() -> None:
    bench = _bench()
    text = "Mali, Niger and Burkina Faso accused Algeria of shooting down a drone and of sheltering armed groups."
    row = {"id": "s001", "text": text, "accusations": [["Mali", "Algeria"]], "mediators": [],
           "ties": [["Mali", "Niger"], ["Mali", "Burkina Faso"], ["Niger", "Burkina Faso"]]}
    gold = bench.gold_briefing(row)
    quote = gold.accusations[0].evidence
    briefed = Briefing.model_validate({
        **gold.model_dump(), "provenance": {**gold.provenance.model_dump(), "provider": "test"},
        "accusations": [{"accuser": "Mali", "accused": "Algeria", "allegation": a, "evidence": quote}
                        for a in ("shooting down a drone", "sheltering armed groups")],
        "alliances": [{"members": ["Mali", "Niger", "Burkina Faso"], "kind": "political_support", "evidence": quote}],
    })
    as_briefed = score_article(briefed, gold, text).counts
    assert as_briefed[PAIR_ONLY].fp == 1 and as_briefed["alliances"].fn == 2
    paired = score_article(bench.in_pairs(briefed), gold, text).counts
    assert (paired[PAIR_ONLY].tp, paired[PAIR_ONLY].fp) == (1, 0)
    assert (paired["alliances"].tp, paired["alliances"].fp, paired["alliances"].fn) == (3, 0, 0)


def test_a_mediation_format_counts_with_its_members_as_the_pair_gold_lists_them() -> None:
    bench = _bench()
    text = "The OSCE Minsk Group, co-chaired by France, Russia and the United States, mediated the conflict."
    row = {"id": "s002", "text": text, "accusations": [], "ties": [],
           "mediators": ["OSCE Minsk Group", "France", "Russia", "United States"]}
    gold = bench.gold_briefing(row)
    quote = gold.mediators[0].evidence
    briefed = Briefing.model_validate({
        **gold.model_dump(), "provenance": {**gold.provenance.model_dump(), "provider": "test"},
        "mediators": [{"name": "OSCE Minsk Group", "members": ["France", "Russia", "United States"], "evidence": quote}],
    })
    assert score_article(briefed, gold, text).counts["mediators"].fn == 3
    paired = score_article(bench.in_pairs(briefed), gold, text).counts["mediators"]
    assert (paired.tp, paired.fp, paired.fn) == (4, 0, 0)


def test_a_set_without_halves_asked_for_one_is_a_one_line_error(tmp_path) -> None:
    bench = _bench()
    wire = tmp_path / "zz.jsonl"
    wire.write_text('{"id": "zz01", "text": "Mali accused Algeria.", "accusations": [], "mediators": [], "ties": []}\n')
    try:
        bench.load(wire, "dev")
    except SystemExit as stop:
        assert "--half all" in str(stop) and "\n" not in str(stop)
    else:
        raise AssertionError("a wire set's dev half was read")
    assert [row["id"] for row in bench.load(wire, "all")] == ["zz01"]
