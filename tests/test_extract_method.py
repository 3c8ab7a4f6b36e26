"""The `extract` method: the model cites sentences and inventory ids, the code writes and checks the evidence.

The checks run on real readings of the seed (no model); the request and re-ask behaviour
against tests/fake_openai.py, a SYNTHETIC scripted server (its answers are hand-built).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from fake_openai import Script, fake_openai
from openai_strict import strict_violations
from summariser import prompts
from summariser.briefing import Summariser, default_method
from summariser.calls import RetryPolicy
from summariser.citations import check_item
from summariser.extracting import extract_messages, hints, pieces
from summariser.models import ExtractedClaims
from summariser.providers import Provider, choose_provider
from summariser.reading import read

from conftest import SEED_004, read_text

FAST = RetryPolicy(parse_retries=1, request_attempts=2, initial_wait=0.01, max_wait=0.1)
TOOL = "extractedclaims"  # the fake server's key for this schema (its name, lower case)
# Seed 004, sentence 2: "The Armenian Foreign Ministry in turn accused the Azerbaijani troops of
# “deliberately attacking the civilian population” when attacking Stepanakert and other cities."
GOOD = {"sentences": [2], "accuser": "ARM", "accused": "AZE",
        "allegation": "deliberately attacking the civilian population"}
# Sentence 16, "Russia expressed concern about rising civilian casualties.", names no Turkey.
ABSENT = {"sentences": [16], "accuser": "RUS", "accused": "TUR", "allegation": "rising civilian casualties"}


def claims(**lists: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    return {"parties": [], "mediators": [], "alliances": [], "accusations": [], **lists}


@pytest.fixture(scope="module")
def reading():  # type: ignore[no-untyped-def]
    return read(read_text(SEED_004))


# --- the checks of one item ----------------------------------------------------------


def test_an_actor_absent_from_its_cited_sentences_is_refused_with_that_reason(reading) -> None:
    checked = check_item(reading, "accusations", ABSENT)
    assert checked.item is None
    assert checked.reasons == ["accused 'TUR' (Turkey) is not named in sentence 16"]


def test_an_inventory_actor_named_by_any_of_its_forms_is_kept_with_the_sentence_as_evidence(reading) -> None:
    checked = check_item(reading, "accusations", GOOD)  # "Armenian", "Azerbaijani": forms of ARM and AZE
    assert checked.reasons == []
    assert checked.item is not None
    assert (checked.item["accuser"], checked.item["accused"]) == ("Armenia", "Azerbaijan")
    sentence = reading.sentences[2]
    assert checked.item["evidence"] == [{"quote": sentence.text, "start": sentence.start, "end": sentence.end,
                                         "match": "exact", "sentence": 2}]
    assert reading.text[sentence.start:sentence.end] == sentence.text


def test_a_new_actor_whose_name_is_in_the_cited_sentence_is_kept(reading) -> None:
    assert "AFP" not in {a.name for a in reading.inventory.actors.values()}
    checked = check_item(reading, "parties", {"sentences": [5], "actor": {"new": "AFP"}, "kind": "other"})
    assert checked.reasons == []
    assert checked.item is not None and checked.item["name"] == "AFP"
    assert checked.item["evidence"][0]["sentence"] == 5


def test_a_new_actor_absent_from_its_cited_sentence_is_refused(reading) -> None:
    checked = check_item(reading, "parties", {"sentences": [6], "actor": {"new": "AFP"}, "kind": "other"})
    assert checked.item is None
    assert checked.reasons == ["party new actor 'AFP' is not named in sentence 6"]


def test_cited_sentence_numbers_out_of_range_are_refused(reading) -> None:
    last = len(reading.sentences) - 1
    checked = check_item(reading, "accusations", {**GOOD, "sentences": [2, last + 1, -1]})
    assert checked.item is None
    assert checked.reasons == [f"sentence {last + 1} does not exist (the article has sentences 0 to {last})",
                               f"sentence -1 does not exist (the article has sentences 0 to {last})"]
    assert check_item(reading, "accusations", {**GOOD, "sentences": []}).reasons == ["the item cites no sentence"]


def test_an_id_the_inventory_lacks_is_refused(reading) -> None:
    checked = check_item(reading, "alliances", {"sentences": [19], "members": ["ARM", "XYZ"], "kind": "other"})
    assert checked.item is None
    assert checked.reasons == ["member 'XYZ' is not an id of the ACTORS list (write {\"new\": name} for an actor it lacks)"]


def test_an_item_past_the_citation_checks_still_meets_the_grounding_validator(reading) -> None:
    """Actors named, but the allegation is not what the sentence says: grounding refuses it."""
    checked = check_item(reading, "accusations", {**GOOD, "allegation": "poisoning the water supply of Yerevan"})
    assert checked.item is None
    assert len(checked.reasons) == 1 and checked.reasons[0].startswith("allegation is not supported by its quotes")


# --- the request ------------------------------------------------------------------------


def test_the_request_carries_numbered_sentences_the_inventory_and_hints_in_the_answer_shape(reading) -> None:
    system, user = extract_messages(reading, reading.sentences)
    assert system["content"] == prompts.load_templates()["extract"].strip()
    blocks = user["content"].split("\n\n")
    assert [b.split("\n", 1)[0] for b in blocks] == ["SENTENCES:", "ACTORS:", "HINTS:"]
    assert f"[2] {' '.join(reading.sentences[2].text.split())}" in blocks[0]
    assert "ARM: Armenia (state); forms: Armenia, Armenian" in blocks[1]
    proposed = json.loads(blocks[2].split("\n", 1)[1])
    assert proposed == hints(reading, {s.index for s in reading.sentences})
    ExtractedClaims.model_validate(proposed)  # a stand-in can answer with the hints as they are
    assert proposed["accusations"], "the reading proposes accusations in seed 004"


def test_a_long_article_is_asked_in_pieces_numbered_as_the_whole(reading) -> None:
    parts = pieces(reading, 800)
    assert len(parts) > 1
    numbers = [s.index for part in parts for s in part]
    assert sorted(set(numbers)) == list(range(len(reading.sentences)))  # every sentence asked, overlaps aside


def test_extract_is_the_default_for_openai_and_base_url_and_the_local_model_keeps_its_own() -> None:
    assert default_method(choose_provider("openai", environ={"OPENAI_API_KEY": "k"})) == "extract"
    assert default_method(choose_provider(None, "m", "http://127.0.0.1:1/v1", environ={})) == "extract"
    assert default_method(choose_provider(None, environ={})) == "reading"
    assert default_method(Provider("local", "m", "http://127.0.0.1:1/v1")) == "cited"


def test_a_change_to_the_extract_prompt_changes_its_version_and_no_other(monkeypatch) -> None:
    before, shared = prompts.prompt_version("extract"), prompts.prompt_version("cited")
    edited = dict(prompts.load_templates())
    edited["extract"] += " Be brief."
    monkeypatch.setattr(prompts, "load_templates", lambda: edited)
    assert prompts.prompt_version("extract") != before
    assert prompts.prompt_version("cited") == shared == prompts.prompt_version()


# --- against a scripted server ----------------------------------------------------------


def run(provider: str, text: str, answer: Any, *, reasks: int = 1) -> tuple[Any, Script]:
    script = Script(answer=answer)
    with fake_openai(script) as base_url:
        with Summariser(Provider(provider, "m", base_url, "no-key"), policy=FAST, reasks=reasks) as summariser:
            return summariser.brief(text), script


@pytest.mark.enable_socket
def test_openai_gets_strict_structured_outputs_and_compatible_servers_a_tool_call(seed_004: str) -> None:
    answer = lambda tool, body: claims()  # noqa: E731
    briefing, script = run("openai", seed_004, answer)
    assert briefing.provenance.method == "extract"
    assert script.requests
    for request in script.requests:
        body = request["body"]
        assert "tools" not in body and "tool_choice" not in body
        assert body["response_format"]["type"] == "json_schema"
        assert body["response_format"]["json_schema"]["strict"] is True
        schema = body["response_format"]["json_schema"]["schema"]
        assert strict_violations(schema) == []  # additionalProperties false, every property required
        assert schema == ExtractedClaims.model_json_schema()
    briefing, script = run("compatible", seed_004, answer)
    assert briefing.provenance.method == "extract"
    assert script.requests
    for request in script.requests:
        body = request["body"]
        assert "response_format" not in body
        assert body["tool_choice"]["function"]["name"] == "ExtractedClaims"
        assert "strict" not in body["tools"][0]["function"]
        parameters, schema = body["tools"][0]["function"]["parameters"], ExtractedClaims.model_json_schema()
        assert (parameters["$defs"], parameters["properties"]) == (schema["$defs"], schema["properties"])


@pytest.mark.enable_socket
def test_only_the_failed_items_are_re_asked_with_their_reasons(seed_004: str) -> None:
    def answer(tool: str, body: dict[str, Any]) -> dict[str, Any]:
        assert tool == TOOL
        if len(body["messages"]) == 2:  # the first question: one good item, one bad
            return claims(accusations=[GOOD, ABSENT])
        return claims(accusations=[{**ABSENT, "accused": {"new": "Turkey"}}])  # still not in sentence 16

    briefing, script = run("compatible", seed_004, answer)
    assert len(script.requests) == 2  # the question and one re-ask round (reasks=1)
    reask = script.requests[1]["body"]["messages"]
    assert reask[:2] == script.requests[0]["body"]["messages"]
    assert json.loads(reask[2]["content"]) == claims(accusations=[ABSENT])  # the failed item only
    assert "accused 'TUR' (Turkey) is not named in sentence 16" in reask[3]["content"]
    assert "deliberately attacking" not in reask[3]["content"]
    assert [(a.accuser, a.accused) for a in briefing.accusations] == [("Armenia", "Azerbaijan")]
    assert [r.reasons for r in briefing.rejected] == [["accused 'TUR' (Turkey) is not named in sentence 16"]]
    provenance = briefing.provenance
    assert (provenance.calls, provenance.reasks) == (2, 1)
    # counted from each response's usage (the fake server says 100 + 10 per answer)
    assert (provenance.prompt_tokens, provenance.reask_prompt_tokens, provenance.completion_tokens) == (200, 100, 20)


@pytest.mark.enable_socket
def test_an_item_fixed_on_re_ask_is_kept_and_not_rejected(seed_004: str) -> None:
    fixed = {"sentences": [19], "members": ["TUR", "AZE"], "kind": "political_support"}

    def answer(tool: str, body: dict[str, Any]) -> dict[str, Any]:
        if len(body["messages"]) == 2:
            return claims(alliances=[{**fixed, "sentences": [16]}])
        return claims(alliances=[fixed])

    briefing, script = run("compatible", seed_004, answer)
    assert len(script.requests) == 2
    assert [sorted(a.members) for a in briefing.alliances] == [["Azerbaijan", "Turkey"]]
    assert briefing.rejected == []


@pytest.mark.enable_socket
def test_no_re_ask_when_every_item_holds_or_re_asks_are_off(seed_004: str) -> None:
    briefing, script = run("compatible", seed_004, lambda tool, body: claims(accusations=[GOOD]))
    assert len(script.requests) == 1 and briefing.provenance.reasks == 0
    briefing, script = run("compatible", seed_004, lambda tool, body: claims(accusations=[ABSENT]), reasks=0)
    assert len(script.requests) == 1
    assert [r.category for r in briefing.rejected] == ["accusations"]


@pytest.mark.enable_socket
@pytest.mark.parametrize("provider", ["openai", "compatible"])
def test_template_syntax_in_the_article_reaches_the_model_untouched(provider: str) -> None:
    text = ("Armenia accused Azerbaijan of shelling {{ ceasefire }} villages near Goris on Sunday.\n"
            "Azerbaijan said {% if x %} ${price} Armenia had fired first.\n")
    briefing, script = run(provider, text, lambda tool, body: claims())
    assert script.requests
    user = script.requests[0]["body"]["messages"][1]["content"]
    assert "[0] Armenia accused Azerbaijan of shelling {{ ceasefire }} villages near Goris on Sunday." in user
    assert "{% if x %} ${price}" in user
    assert briefing.notes == []


@pytest.mark.enable_socket
def test_the_cli_extracts_by_default_behind_a_base_url() -> None:
    from click.testing import CliRunner

    from summariser.cli import cli

    script = Script(answer=lambda tool, body: claims(accusations=[GOOD]))
    with fake_openai(script) as base_url:
        result = CliRunner().invoke(cli, ["brief", str(SEED_004), "--base-url", base_url, "--model", "m",
                                          "--format", "json", "--no-cache"])
    assert result.exit_code == 0, result.stderr
    briefing = json.loads(result.stdout)
    assert briefing["provenance"]["method"] == "extract"
    assert briefing["provenance"]["prompt_version"] == prompts.prompt_version("extract")
    assert [(a["accuser"], a["accused"]) for a in briefing["accusations"]] == [("Armenia", "Azerbaijan")]
    assert len(script.requests) == 1


@pytest.mark.enable_socket
def test_a_long_article_is_one_request_per_piece_and_the_same_claim_is_kept_once(seed_004: str, reading) -> None:
    parts = pieces(reading, 800)
    assert len(parts) > 1
    script = Script(answer=lambda tool, body: claims(accusations=[GOOD]))
    with fake_openai(script) as base_url:
        with Summariser("compatible", model="m", base_url=base_url, max_chars=800, policy=FAST) as summariser:
            briefing = summariser.brief(seed_004)
    asked = sorted(script.requests, key=lambda r: r["body"]["messages"][1]["content"])
    assert len(asked) == len(parts)
    blocks = sorted(extract_messages(reading, part)[1]["content"] for part in parts)
    assert [r["body"]["messages"][1]["content"] for r in asked] == blocks
    assert [(a.accuser, a.accused, [e.sentence for e in a.evidence]) for a in briefing.accusations] == [
        ("Armenia", "Azerbaijan", [2])]
