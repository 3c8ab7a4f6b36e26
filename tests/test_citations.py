"""The extract path's citation check on what the sentence splitter really cuts."""

from __future__ import annotations

from summariser.citations import check_item
from summariser.reading import read

TEXT = ('Houthi spokesman Yahya Sarea said the Houthis attacked Saudi Arabia. "We have the right to strike '
        'back in retaliation to the air strikes of Saudi Arabia for the last five years."\nThe Saudis said nothing.')


def test_a_cited_lone_quote_mark_is_no_evidence_and_does_not_cost_the_item() -> None:
    """A closing quote mark cut off as a sentence of its own holds no words: citing it with
    the sentence it closes (as a model that cites every sentence of a quote does) keeps the
    item, with the sentences that have words as its evidence."""
    reading = read(TEXT)
    assert reading.sentences[2].text == '"'  # the splitter's cut this guards against
    answer = {"sentences": [0, 1, 2], "accuser": "houthis", "accused": "SAU", "allegation": "the air strikes"}
    checked = check_item(reading, "accusations", answer)
    assert checked.item is not None, checked.reasons
    assert [e["sentence"] for e in checked.item["evidence"]] == [0, 1]
    alone = check_item(reading, "accusations", {**answer, "sentences": [2]})
    assert alone.item is None  # a quote mark alone is still no evidence


def test_an_actor_the_validator_finds_named_is_not_refused_by_the_citation_check() -> None:
    """The inventory's mentions miss a singular ("a protester" for "protesters"); the
    validator's string rules find it, and the citation check must agree with them."""
    text = ("Thousands of protesters marched in Hong Kong against the government. "
            '"The government is lying to us," said a protester using a pseudonym.')
    reading = read(text)
    answer = {"sentences": [1], "accuser": "protesters", "accused": "HKG", "allegation": "lying to us"}
    assert "protesters" in reading.inventory.actors, sorted(reading.inventory.actors)
    checked = check_item(reading, "accusations", answer)
    assert not any("accuser" in reason for reason in checked.reasons), checked.reasons


def test_a_new_actor_the_validator_finds_named_is_not_refused_by_the_citation_check() -> None:
    text = "El Paso's police chief Greg Allen said the police were attributing the document to the suspect."
    reading = read(text)
    answer = {"sentences": [0], "actor": {"new": "El Paso police"}, "kind": "government_body"}
    assert check_item(reading, "parties", answer).item is not None
    absent = check_item(reading, "parties", {**answer, "actor": {"new": "Dallas police"}})
    assert any("not named" in reason for reason in absent.reasons)
