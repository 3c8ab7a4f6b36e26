"""A capable model may name an actor the reading's inventory lacks: `{"new": name}`, the name
written in the sentences it cites. End to end on the `extract` path (request, citation
check, grounding validator, merge, briefing), for the kinds of actor news names that a
country list does not hold: people (by full name, then by surname alone), a court, a
chamber, a company, a party. And two people tied to one state stay two actors.

The articles are written for these tests; the model is tests/fake_openai.py, a SYNTHETIC
scripted server whose answers are hand-built.
"""

from __future__ import annotations

from typing import Any

import pytest

from fake_openai import Script, fake_openai
from summariser import ground
from summariser.briefing import Summariser
from summariser.calls import RetryPolicy
from summariser.providers import Provider
from summariser.reading import read

FAST = RetryPolicy(parse_retries=1, request_attempts=2, initial_wait=0.01, max_wait=0.1)

DISPUTE = (
    "Senator Maria Okafor of the Green Alliance Party accused Meridian Freight of hiding safety reports "
    "from regulators on Tuesday.\n"                                                          # 0
    "The company denied the charge.\n"                                                       # 1
    "Okafor said the House of Delegates would open an inquiry next week.\n"                  # 2
    "In March a ruling of the Maritime Appeals Board held that Meridian Freight's contracts with the port "
    "authority were unlawful.\n"                                                             # 3
    "The company's chairman, Julius Harkness, spoke to reporters on Wednesday.\n"             # 4
    "Harkness's lawyers called Okafor's claims a political stunt.\n"                         # 5
    "Green Alliance leaders blamed the Liberal leadership for blocking the inquiry.\n"       # 6
)
TWO_LEADERS = (
    "French President Emmanuel Macron and French Prime Minister Élisabeth Borne met on Monday.\n"
    "Borne accused Macron of ignoring the unions.\n"
)
BY_SURNAME = (
    "Colombian President Juan Manuel Santos Calderón met the rebel commanders in Havana on Monday.\n"
    "Before leaving, Santos thanked Cuba for hosting the talks.\n"
)


def claims(**lists: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    return {"parties": [], "mediators": [], "alliances": [], "accusations": [], **lists}


def brief(text: str, answer: dict[str, list[dict[str, Any]]]) -> Any:
    """The briefing of `text` by a model that answers `answer` (and stands by it on a re-ask)."""
    with fake_openai(Script(answer=lambda tool, body: answer)) as base_url:
        with Summariser(Provider("compatible", "m", base_url, "no-key"), policy=FAST) as summariser:
            return summariser.brief(text)


def cited(briefing: Any, category: str) -> list[tuple[Any, ...]]:
    items = getattr(briefing, category)
    if category == "accusations":
        return [(a.accuser, a.accused, [e.sentence for e in a.evidence]) for a in items]
    return [(p.name, [e.sentence for e in p.evidence]) for p in items]


@pytest.mark.enable_socket
def test_new_actors_written_in_their_cited_sentences_are_kept_and_grounded_by_them() -> None:
    inventory = read(DISPUTE).inventory
    names = {a.name for a in inventory.actors.values()}
    assert not names & {"Maritime Appeals Board", "House of Delegates", "Harkness", "Liberal Party"}, names
    briefing = brief(DISPUTE, claims(
        parties=[{"sentences": [2], "actor": {"new": "House of Delegates"}, "kind": "government_body"},
                 {"sentences": [0], "actor": {"new": "Meridian Freight"}, "kind": "other"}],
        accusations=[
            {"sentences": [3], "accuser": {"new": "Maritime Appeals Board"},
             "accused": {"new": "Meridian Freight"}, "allegation": "contracts with the port authority were unlawful"},
            # "Harkness's": a possessive after a name that ends in "s"
            {"sentences": [5], "accuser": {"new": "Harkness"}, "accused": {"new": "Okafor"},
             "allegation": "claims a political stunt"},
            # a party named by its own word ("Liberal"), "Party" being a kind of body
            {"sentences": [6], "accuser": {"new": "Green Alliance Party"}, "accused": {"new": "Liberal Party"},
             "allegation": "blocking the inquiry"},
        ]))
    assert briefing.rejected == []
    assert cited(briefing, "parties") == [("House of Delegates", [2]), ("Meridian Freight", [0])]
    assert cited(briefing, "accusations") == [("Maritime Appeals Board", "Meridian Freight", [3]),
                                             ("Harkness", "Okafor", [5]),
                                             ("Green Alliance Party", "Liberal Party", [6])]
    # `summariser verify` re-grounds the briefing by its names and quotes alone: it holds.
    report = ground(briefing, DISPUTE)
    assert report.ungrounded == 0, [v.reasons for v in report.items if not v.grounded]


@pytest.mark.enable_socket
def test_a_new_actor_absent_from_its_cited_sentences_is_refused_with_that_reason() -> None:
    briefing = brief(DISPUTE, claims(accusations=[
        {"sentences": [5], "accuser": {"new": "Julius Harkness"}, "accused": {"new": "Okafor"},
         "allegation": "claims a political stunt"},  # sentence 5 says "Harkness's", not his full name
        {"sentences": [0], "accuser": {"new": "Maritime Appeals Board"},
         "accused": {"new": "Meridian Freight"}, "allegation": "hiding safety reports from regulators"}]))
    assert briefing.accusations == []
    assert [(r.by, r.reasons) for r in briefing.rejected] == [
        ("validator", ["accuser new actor 'Julius Harkness' is not named in sentence 5"]),
        ("validator", ["accuser new actor 'Maritime Appeals Board' is not named in sentence 0"])]
    fixed = brief(DISPUTE, claims(accusations=[
        {"sentences": [4, 5], "accuser": {"new": "Julius Harkness"}, "accused": {"new": "Okafor"},
         "allegation": "claims a political stunt"}]))  # citing the sentence that names him in full
    assert cited(fixed, "accusations") == [("Julius Harkness", "Okafor", [4, 5])]


@pytest.mark.enable_socket
def test_two_people_tied_to_one_state_are_two_parties_and_one_may_accuse_the_other() -> None:
    assert read(TWO_LEADERS).inventory.resolve("Élisabeth Borne") == read(TWO_LEADERS).inventory.resolve("Macron")
    briefing = brief(TWO_LEADERS, claims(
        parties=[{"sentences": [0], "actor": {"new": "Emmanuel Macron"}, "kind": "person"},
                 {"sentences": [0], "actor": {"new": "Élisabeth Borne"}, "kind": "person"},
                 {"sentences": [0], "actor": "FRA", "kind": "state"}],
        accusations=[{"sentences": [1], "accuser": {"new": "Borne"}, "accused": {"new": "Macron"},
                      "allegation": "ignoring the unions"}]))
    assert briefing.rejected == []
    assert [p.name for p in briefing.parties] == ["Emmanuel Macron", "Élisabeth Borne", "France"]
    assert [(a.accuser, a.accused) for a in briefing.accusations] == [("Borne", "Macron")]
    same = brief(TWO_LEADERS, claims(parties=[{"sentences": [0], "actor": {"new": "Emmanuel Macron"}, "kind": "person"},
                                              {"sentences": [1], "actor": {"new": "Macron"}, "kind": "person"}]))
    assert [p.name for p in same.parties] == ["Emmanuel Macron"]  # one person named twice is one party


@pytest.mark.enable_socket
def test_a_person_the_article_introduced_in_full_is_named_by_the_surname_alone() -> None:
    briefing = brief(BY_SURNAME, claims(
        parties=[{"sentences": [1], "actor": {"new": "Juan Manuel Santos"}, "kind": "person"}]))
    assert cited(briefing, "parties") == [("Juan Manuel Santos", [1])]
    invented = brief(BY_SURNAME, claims(
        parties=[{"sentences": [1], "actor": {"new": "Carlos Santos"}, "kind": "person"}]))
    assert invented.parties == []  # a full name the article never writes is not named by "Santos"
    assert invented.rejected[0].reasons == ["party new actor 'Carlos Santos' is not named in sentence 1"]
