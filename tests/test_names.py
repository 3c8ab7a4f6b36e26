"""Actors are recognised through real-world name forms, not only the literal string."""

from __future__ import annotations

import pytest

from summariser.names import NameMatcher, canonical_name, introduced_acronyms

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
    assert introduced_acronyms(SYRIA)["sdf"] == "syrian democratic forces"
    assert introduced_acronyms(S4)["osce"] == "organization for security and cooperation in europe"
    matcher = NameMatcher(SYRIA)
    assert matcher.is_named("SDF", "the Syrian Democratic Forces said")
    assert matcher.is_named("Syrian Democratic Forces", "The SDF said")
    assert not NameMatcher(S4).is_named("SDF", "the Syrian Democratic Forces said")  # not introduced there


def test_canonical_names_group_forms_of_one_actor() -> None:
    assert {canonical_name(n) for n in ("Azeri", "Azerbaijan", "Baku", "Republic of Azerbaijan")} == {"azerbaijan"}
    assert canonical_name("OSCE", S4) == canonical_name("Organization for Security and Cooperation in Europe", S4)
    assert canonical_name("Armenia") != canonical_name("Azerbaijan")
    assert canonical_name("the Russian government") == "russia"
