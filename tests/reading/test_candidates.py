"""Candidate claims read from cue sentences: who accuses, mediates or backs whom."""

from __future__ import annotations


from summariser.reading import Reading, read


def accusations(text: str) -> list[tuple[str, str, str, str]]:
    """(accuser, accused, allegation text, rule) of every accusation the reading proposes."""
    reading = read(text)
    return [(a.accuser, a.accused, text[a.allegation[0]:a.allegation[1]], a.rule) for a in reading.accusations]


def inside_its_sentence(reading: Reading) -> bool:
    return all(reading.sentences[a.sentence].start <= a.allegation[0] < a.allegation[1]
               <= reading.sentences[a.sentence].end for a in reading.accusations)


def test_an_accusation_verb_gives_the_direction_and_the_charge() -> None:
    text = "Officials met in Addis Ababa. Ethiopia accused Eritrea of sending troops into Tigray."
    reading = read(text)
    assert accusations(text) == [("ETH", "ERI", "sending troops into Tigray", "accuse")]
    assert reading.accusations[0].sentence == 1
    assert inside_its_sentence(reading)


def test_a_capital_speaking_accuses_an_armed_group() -> None:
    text = "Khartoum said the Rapid Support Forces had shelled civilians in Omdurman."
    assert accusations(text) == [("SDN", "rsf", "had shelled civilians in Omdurman", "reported")]


def test_a_passive_accusation_keeps_its_direction() -> None:
    text = "Eritrea was accused by Ethiopia of sending troops into Tigray."
    reading = read(text)
    assert [(a.accuser, a.accused, a.rule) for a in reading.accusations] == [("ETH", "ERI", "passive")]
    assert inside_its_sentence(reading)


def test_a_passive_accusation_charge_leaves_out_the_accuser() -> None:
    text = "Eritrea was accused by Ethiopia of sending troops into Tigray."
    assert [a[2] for a in accusations(text)] == ["sending troops into Tigray"]


def test_an_acronym_in_parentheses_is_not_part_of_the_charge() -> None:
    text = "Sudan accused the Rapid Support Forces (RSF) of looting hospitals."
    assert accusations(text) == [("SDN", "rsf", "looting hospitals", "accuse")]


def test_a_denial_accuses_nobody() -> None:
    text = "Turkey denied sending fighters to Libya."
    reading = read(text)
    assert set(reading.inventory.actors) == {"TUR", "LBY"}
    assert reading.accusations == []


def test_a_rejected_accusation_is_the_accusers_never_the_deniers() -> None:
    text = "Russia rejected Germany's accusations that it poisoned the opposition leader."
    found = accusations(text)
    assert ("RUS", "DEU") not in {(a, b) for a, b, _, _ in found}
    # Germany's accusation against Russia, or nothing: both are right readings
    assert found in ([], [("DEU", "RUS", "it poisoned the opposition leader", "noun")])


def test_accusing_each_other_goes_both_ways() -> None:
    text = "India and Pakistan accused each other of violating the ceasefire in Kashmir."
    found = accusations(text)
    assert sorted((a, b) for a, b, _, _ in found) == [("IND", "PAK"), ("PAK", "IND")]
    assert {charge for _, _, charge, _ in found} == {"violating the ceasefire in Kashmir"}
    assert {rule for _, _, _, rule in found} == {"reciprocal"}


def test_a_mediator_of_talks_between_two_sides() -> None:
    text = "Qatar mediated talks between the Taliban and the United States."
    reading = read(text)
    assert [m.mediator for m in reading.mediations] == ["QAT"]
    assert reading.accusations == []


def test_an_actor_backed_by_another_is_its_ally() -> None:
    text = "Iran-backed Houthi rebels fired missiles at Saudi Arabia."
    ties = read(text).ties
    assert [(t.members, t.kind) for t in ties] == [(("IRN", "houthis"), "military_support")]
    assert all("SAU" not in t.members for t in ties)


def test_the_closest_ally_of_another_is_its_ally() -> None:
    text = "Belarus is the closest ally of Russia."
    ties = read(text).ties
    assert len(ties) == 1
    assert set(ties[0].members) == {"BLR", "RUS"}


def test_a_sentence_naming_one_actor_has_no_accusation() -> None:
    text = "Ethiopia accused unnamed foreign powers of meddling."
    assert accusations(text) == []


def test_israel_accuses_hamas() -> None:
    text = "Israel accused Hamas of firing rockets at Tel Aviv."
    assert accusations(text) == [("ISR", "hamas", "firing rockets at Tel Aviv", "accuse")]
