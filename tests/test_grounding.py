"""Item cross-checks: quotes located, actors named in them, allegations supported."""

from __future__ import annotations

import pytest

from summariser import ground
from summariser.grounding import allegation_support, ground_item

from conftest import SEED_000, SEED_004, read_text

S4 = read_text(SEED_004)
S0 = read_text(SEED_000)
ACCUSATION = {
    "accuser": "Armenia",
    "accused": "Azerbaijan",
    "allegation": "deliberately attacking the civilian population",
    "quotes": ["The Armenian Foreign Ministry in turn accused the Azerbaijani troops of "
               "“deliberately attacking the civilian population”"],
}


def test_a_supported_accusation_is_grounded_with_offsets() -> None:
    verdict = ground_item("accusations", ACCUSATION, S4)
    assert verdict.grounded, verdict.reasons
    evidence = verdict.evidence[0]
    assert S4[evidence.start:evidence.end] == ACCUSATION["quotes"][0]
    assert verdict.allegation_support == 1.0


def test_a_swapped_accused_is_refused_naming_it() -> None:
    verdict = ground_item("accusations", {**ACCUSATION, "accused": "Turkey"}, S4)
    assert not verdict.grounded
    assert verdict.reasons == ["accused 'Turkey' is not named in any of its quotes"]


def test_an_allegation_the_quotes_do_not_support_is_refused_with_its_score() -> None:
    verdict = ground_item("accusations", {**ACCUSATION, "allegation": "using banned cluster munitions on hospitals"}, S4)
    assert not verdict.grounded
    assert verdict.allegation_support < 0.5
    assert "allegation is not supported by its quotes" in verdict.reasons[0]


def test_accuser_and_accused_must_differ() -> None:
    verdict = ground_item("accusations", {**ACCUSATION, "accuser": "Azeri"}, S4)
    assert "accuser and accused are the same actor ('Azeri')" in verdict.reasons


@pytest.mark.parametrize("category, item", [
    ("alliances", {"members": ["Russia", "Armenia"], "kind": "military_treaty",
                   "quotes": ["Moscow is linked to a military treaty with Yerevan."]}),
    ("mediators", {"name": "OSCE Minsk Group", "members": ["Russia", "France", "United States"],
                   "quotes": ["the co-chairs of the OSCE Minsk Group (Russia, United States, France)"]}),
    ("parties", {"name": "Azerbaijan", "aliases": ["Azeri"], "kind": "state",
                 "quotes": ["The Azeri bombing continued overnight against the capital of the autonomous region"]}),
])
def test_real_items_of_seed_000_are_grounded(category: str, item: dict) -> None:
    verdict = ground_item(category, item, S0)
    assert verdict.grounded, verdict.reasons


def test_ankara_and_baku_ground_an_alliance_of_turkey_and_azerbaijan() -> None:
    item = {"members": ["Turkey", "Azerbaijan"], "kind": "political_support",
            "quotes": ["Especially since Ankara encourages Baku to attack and Moscow is linked to a military treaty with Yerevan."]}
    assert ground_item("alliances", item, S0).grounded


def test_an_invented_party_with_a_real_quote_is_refused() -> None:
    item = {"name": "Georgia", "aliases": [], "kind": "state", "quotes": ["Armenia sees Russia as a protective power"]}
    verdict = ground_item("parties", item, S4)
    assert verdict.reasons == ["name 'Georgia' is not named in any of its quotes"]


def test_a_quote_from_another_article_is_refused() -> None:
    item = {"members": ["Turkey", "Azerbaijan"], "kind": "political_support",
            "quotes": ["Especially since Ankara encourages Baku to attack and Moscow is linked to a military treaty with Yerevan."]}
    verdict = ground_item("alliances", item, S4)
    assert not verdict.grounded and verdict.reasons[0].startswith("quote not found in source")


def test_items_without_quotes_or_with_one_member_are_refused() -> None:
    assert ground_item("parties", {"name": "Armenia", "kind": "state", "quotes": []}, S4).reasons == [
        "no evidence quotes", "name 'Armenia' is not named in any of its quotes"]
    verdict = ground_item("alliances", {"members": ["Russia"], "kind": "other",
                                        "quotes": ["Armenia sees Russia as a protective power"]}, S4)
    assert "an alliance needs at least two members (1 given)" in verdict.reasons


def test_ground_recomputes_the_offsets_of_a_briefing_made_elsewhere() -> None:
    quote = "Armenia sees Russia as a protective power"
    briefing = {"alliances": [{"members": ["Russia", "Armenia"], "kind": "protective_power",
                               "evidence": [{"quote": quote, "start": 0, "end": 5, "match": "exact"}]}]}
    report = ground(briefing, S4).to_dict()
    assert report["grounded"] == 1 and report["ungrounded"] == 0
    evidence = report["items"][0]["evidence"][0]
    assert S4[evidence["start"]:evidence["end"]] == quote


def test_allegation_support_is_the_share_of_content_words() -> None:
    assert allegation_support("attacking civilians", "they attacked civilian areas") == 1.0
    assert allegation_support("attacking hospitals", "they attacked civilian areas") == 0.5


def test_a_whole_short_sentence_is_evidence_but_a_short_fragment_is_not() -> None:
    """The four-word floor is for fragments; a cited sentence such as "He was ruthless."
    is a whole statement of the article (the extract path copies cited sentences)."""
    text = "Ashton Bumhira of Youth Forum Zimbabwe spoke of Zimbabwe's ruler. He was ruthless. He was a dictator."
    item = {"accuser": "Youth Forum Zimbabwe", "accused": "Zimbabwe", "allegation": "ruthless dictator",
            "quotes": ["Ashton Bumhira of Youth Forum Zimbabwe spoke of Zimbabwe's ruler.", "He was ruthless.",
                       "He was a dictator."]}
    verdict = ground_item("accusations", item, text)
    assert verdict.grounded, verdict.reasons
    assert [text[e.start:e.end] for e in verdict.evidence][1] == "He was ruthless."
    fragment = ground_item("accusations", {**item, "quotes": [item["quotes"][0], "was ruthless"]}, text)
    assert any("too short" in reason for reason in fragment.reasons)
    quote_mark = 'He said: "We will fight on."\nThey left.'
    assert ground_item("parties", {"name": "He", "aliases": [], "kind": "other", "quotes": ['"']}, quote_mark).reasons[0] \
        .startswith("quote too short")


def test_a_politician_criticising_his_own_government_is_no_self_accusation() -> None:
    text = ("Brazilian President Jair Bolsonaro cut the environment budget on Monday. Senator Marina Silva, "
            "a Brazilian opposition politician, accused the Brazilian government of abandoning the Amazon.")
    item = {"accuser": "Marina Silva", "accused": "Brazil", "allegation": "abandoning the Amazon",
            "evidence": [{"quote": "Senator Marina Silva, a Brazilian opposition politician, accused the Brazilian "
                                   "government of abandoning the Amazon."}]}
    verdict = ground_item("accusations", item, text)
    assert not any("same actor" in reason for reason in verdict.reasons), verdict.reasons
    item["accuser"] = "Brasília"  # the state's capital accusing the state is one actor
    assert any("same actor" in reason for reason in ground_item("accusations", item, text).reasons)


JOINT = ("Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts met in Cairo. "
         "They concluded that the maritime agreement between Turkey and Libya is null and void. "
         "Somali pirates seized a cargo ship on Monday. The owners said the pirates demanded a ransom. "
         "It is host to a pro-government coalition fighting the Houthis.")


def test_a_side_the_quote_refers_to_by_a_pronoun_or_its_head_noun_is_grounded() -> None:
    bloc = {"members": ["Egypt", "Greece"], "kind": "political_support",
            "quotes": ["They concluded that the maritime agreement between Turkey and Libya is null and void."]}
    assert ground_item("alliances", bloc, JOINT).grounded
    ransom = {"accuser": "owners", "accused": "Somali pirates", "allegation": "demanded a ransom",
              "quotes": ["The owners said the pirates demanded a ransom."]}
    assert "accused 'Somali pirates' is not named in any of its quotes" not in ground_item("accusations", ransom, JOINT).reasons


def test_a_modifier_or_it_does_not_name_a_side() -> None:
    tie = {"members": ["Houthis", "Egypt"], "kind": "political_support",
           "quotes": ["It is host to a pro-government coalition fighting the Houthis."]}
    assert ground_item("alliances", tie, JOINT).reasons == ["member 'Egypt' is not named in any of its quotes"]
