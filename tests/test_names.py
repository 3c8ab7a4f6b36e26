"""Actors are recognised through real-world name forms, not only the literal string, and
one resolver (`reading.actors`) says which actor a name denotes, for every caller."""

from __future__ import annotations

import pytest

from summariser.digest.actors import BriefingActors, resolve_name
from summariser.briefing import actors_of
from summariser.models import Briefing, Provenance, Source
from summariser.names import NameMatcher, canonical_name
from summariser.reading import read
from summariser.reading.actors import resolve_known

from conftest import CORPUS, SEED_004, read_text

S4 = read_text(SEED_004)
SYRIA = read_text(CORPUS / "2019-10-15-kurds-announce-deal-with-assad-s-government-as-turkey-invade.txt")


@pytest.mark.parametrize("name, text", [
    ("Azerbaijan", "The Azerbaijani Ministry of Defense said"),
    ("Azerbaijan", "Azeri authorities have reported the deaths of 30 civilians"),
    ("Azerbaijan", "Ankara encourages Baku to attack"),  # a capital as metonym
    ("Turkey", "Ankara encourages Baku to attack"),
    ("Turkey", "fighting with Turkish troops"),
    ("Iran", "Iranian officials said"),
    ("Armenia", "320 Armenians fell on the battlefield"),
    ("Russia", "Russia’s stronger role"),  # possessive, curly apostrophe
    ("United States", "In this format Russia, France and the USA mediate"),
    ("United States", "US troops left the base"),
    ("Erdoğan", "Erdogan said on Monday"),  # diacritics
    ("Azerbaijani troops", "Azeri troops bombed the city"),
])
def test_names_match_through_demonyms_capitals_and_spellings(name: str, text: str) -> None:
    assert NameMatcher(S4).is_named(name, text)


@pytest.mark.parametrize("name, text", [
    ("Georgia", "Armenia sees Russia as a protective power"),
    ("United States", "he told us about it"),  # "us" is not the US
    ("Iran", "Iraqi officials said"),
    ("Oman", "Romania said"),  # whole words only
    ("Armenian Foreign Ministry", "The Azerbaijani Ministry of Defense said"),
])
def test_other_actors_and_accidental_substrings_do_not_match(name: str, text: str) -> None:
    assert not NameMatcher(S4).is_named(name, text)


def test_acronyms_the_article_introduces_match_their_long_form() -> None:
    # The pairs come from the article's actor inventory: no second scan of the text.
    assert NameMatcher(SYRIA).acronyms["sdf"] == "syrian democratic forces"
    assert NameMatcher(S4).acronyms["osce"] == "organization for security and cooperation in europe"
    assert "sdf" not in NameMatcher(S4).acronyms
    matcher = NameMatcher(SYRIA)
    assert matcher.is_named("SDF", "the Syrian Democratic Forces said")
    assert matcher.is_named("Syrian Democratic Forces", "The SDF said")
    assert not NameMatcher(S4).is_named("SDF", "the Syrian Democratic Forces said")  # not introduced there


def test_without_an_article_nothing_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    import summariser.reading as reading

    def refuse(text: str) -> None:
        raise AssertionError("NameMatcher('') parsed a text")

    monkeypatch.setattr(reading, "read", refuse)
    matcher = NameMatcher("")
    assert matcher.inventory is None and matcher.acronyms == {}
    assert matcher.canonical("Baku") == "AZE"


def test_canonical_names_group_forms_of_one_actor() -> None:
    # A known actor's key is its id (ISO alpha-3 for a state), as the inventory gives it.
    assert {canonical_name(n) for n in ("Azeri", "Azerbaijan", "Baku", "Republic of Azerbaijan")} == {"AZE"}
    assert canonical_name("OSCE", S4) == canonical_name("Organization for Security and Cooperation in Europe", S4)
    assert canonical_name("SDF", SYRIA) == canonical_name("Syrian Democratic Forces", SYRIA)
    assert canonical_name("Armenia") != canonical_name("Azerbaijan")
    assert canonical_name("SDF", SYRIA) != canonical_name("Turkey", SYRIA)
    assert canonical_name("the Russian government") == "RUS"
    assert canonical_name("the Shadow Brokers") == "shadow brokers"  # an unknown name: folded


ARTICLE = ("North Korea fired two missiles into the sea on Tuesday, the KPA said in a statement. "
           "Pyongyang called the launch a routine test. In the south Caucasus, Azeri troops shelled "
           "the town overnight, Armenia said; Baku denied it.")


@pytest.mark.parametrize("names, actor", [
    (("the KPA", "North Korea", "Pyongyang"), "PRK"),
    (("Azeri troops", "Baku"), "AZE"),
])
def test_the_digest_the_validator_and_the_inventory_give_one_id(names: tuple[str, ...], actor: str) -> None:
    reading = read(ARTICLE)
    briefing = Briefing(source=Source(id="a", sha256="-", chars=len(ARTICLE)),
                        provenance=Provenance(provider="test", model="test", prompt_version="-"),
                        actors=actors_of(reading))
    digest, matcher = BriefingActors(briefing), NameMatcher(ARTICLE)
    for name in names:
        assert reading.inventory.resolve(name) == actor, name
        assert matcher.canonical(name) == actor, name
        assert digest.resolve(name).id == actor, name
        assert resolve_name(name).id == actor, name  # a briefing without an inventory
        assert resolve_known(name) is not None and resolve_known(name).id == actor, name
