"""The cited path: which parties the reading proposes, and how a model's two answers (claim,
counter-claim) become a verdict."""

from __future__ import annotations

from summariser.cited import candidates, verdict_of
from summariser.reading import read
from summariser.reading.parties import party_model


def test_a_capable_model_that_says_no_to_the_claim_drops_it_whatever_it_says_of_the_counter_claim() -> None:
    assert verdict_of(False, False, capable=True) is False  # the sentence states neither
    assert verdict_of(True, True, capable=True) is True  # a mutual accusation: both stated
    assert verdict_of(False, True, capable=True) is False


def test_the_small_model_counts_only_when_it_tells_the_claim_from_the_counter_claim() -> None:
    assert verdict_of(False, False, capable=False) is None
    assert verdict_of(True, True, capable=False) is None
    assert verdict_of(True, False, capable=False) is True
    assert verdict_of(False, True, capable=False) is False


def proposed_parties(text: str) -> list[str]:
    return sorted(c.item["name"] for c in candidates(read(text)) if c.category == "parties" and c.proposed)


def test_a_person_is_a_party_only_when_accused_a_state_by_the_fighting() -> None:
    # The reporter is named in two sentences of fighting; she is no side of it (tests/gold/README.md:
    # a person is an actor only when acting for no state or group).
    text = ("Chad has accused Sudan of shelling its border villages. The Sudanese troops attacked the town of "
            "Adre on Monday, and Amina Idriss, a reporter who was there, said that the shelling went on for "
            "hours. Amina Idriss said the troops fired rockets at the market and killed at least four people. "
            "The Chadian troops returned fire and they killed four soldiers in the fighting that followed, the "
            "army said.")
    parties = proposed_parties(text)
    assert "Chad" in parties and "Sudan" in parties
    assert "Amina Idriss" not in parties


def test_a_person_accused_by_name_is_a_party() -> None:
    text = ("The Kenyan police have accused Abdi Hassan of planning the attack on the barracks in Garissa. "
            "The police said that Abdi Hassan had fled towards the Somali border after the attack and that he "
            "was now being sought by the army as well as by the police in the north of the country.")
    assert "Abdi Hassan" in proposed_parties(text)


def test_a_person_the_article_is_about_is_a_party() -> None:
    text = ("The opposition leader Ilya Markov was flown to a clinic in Berlin on Saturday. Markov had fallen "
            "ill on a flight from Tomsk, and his aides say he was poisoned. Markov was attacked twice last year. "
            "Doctors in Omsk had at first refused to let Markov leave the country for treatment.")
    assert proposed_parties(text) == ["Ilya Markov"]


def test_an_article_with_no_fighting_words_still_has_the_sides_it_names_most() -> None:
    # A rescue at sea: no side scores on words of fighting or charges, yet the two states the
    # article keeps naming are its sides; a state named once is not.
    text = ("More than 600 migrants were rescued off the coast of Thailand on Friday. Thailand said the boat had "
            "drifted for weeks after Myanmar turned it away. Myanmar said the boat had never entered its "
            "waters. Thailand will house the migrants in a camp near the border with Myanmar while Thailand "
            "and Myanmar discuss their return. A ship from Singapore helped with the rescue.")
    assert proposed_parties(text) == ["Myanmar", "Thailand"]


def test_the_sides_of_a_truce_between_two_actors_are_parties() -> None:
    # No word of fighting names Israel or Hamas; "a truce between" them makes them its sides.
    text = ("Qatar said on Sunday that talks on a truce between Israel and Hamas had stalled. The Qatari foreign "
            "ministry said both sides had been asked to return to Doha next week, and that Egypt would take part.")
    parties = proposed_parties(text)
    assert "Hamas" in parties and "Israel" in parties
    assert "Egypt" not in parties  # named once, taking part in talks: no side


def test_the_party_model_weighs_every_feature_the_reading_computes_and_no_other() -> None:
    # A feature added to the reading without refitting (dev/fit_parties.py --write) would
    # count for nothing; a weight left for a removed one would be dead data.
    model = party_model()
    scores = read("Chad has accused Sudan of shelling its border villages near Adre.").parties
    assert scores, "the article names actors"
    assert all(set(score.features) == set(model.weights) for score in scores)
    assert 0.0 < model.floor <= model.threshold < 1.0 and model.least >= 1


def test_a_conflict_has_two_sides_so_the_second_likeliest_is_proposed_above_the_floor(monkeypatch) -> None:
    # A model sure of no side: only the likeliest (an article always has one), or the two
    # likeliest when the model asks for two whose chance reaches its floor.
    text = "Chad has accused Sudan of shelling its border villages near Adre. Mali was not involved."
    model = party_model()
    monkeypatch.setattr("summariser.cited.party_model", lambda: model._replace(threshold=0.999, least=1))
    assert len(proposed_parties(text)) == 1
    monkeypatch.setattr("summariser.cited.party_model", lambda: model._replace(threshold=0.999, least=2, floor=0.0))
    assert proposed_parties(text) == ["Chad", "Sudan"]
    monkeypatch.setattr("summariser.cited.party_model", lambda: model._replace(threshold=0.999, least=2, floor=0.999))
    assert len(proposed_parties(text)) == 1


def test_the_same_charge_said_again_in_more_words_is_one_item_with_both_sentences() -> None:
    text = ("South Africa's top court jails Zuma for contempt\n\nSouth Africa's Constitutional Court on Tuesday "
            "sentenced former President Jacob Zuma to 15 months in prison for contempt of court.")
    found = [c for c in candidates(read(text)) if c.category == "accusations"]
    assert [(c.item["accuser"], c.item["accused"], len(c.sentences)) for c in found] \
        == [("Constitutional Court", "Jacob Zuma", 2)]
