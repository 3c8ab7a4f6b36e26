"""Is an actor named in a passage? Real-world name forms, not only the literal string.

News names one actor many ways: "Azerbaijan", "Azerbaijani", "Azeris", "Baku";
"the Organization for Security and Cooperation in Europe (OSCE)" and later "the OSCE".
A checker that wants the literal string refuses good evidence; one that accepts any
overlap accepts "Armenia" for "Armenian Genocide Museum". The rule here:

A name is named in a text when, with case, diacritics, quote marks and a trailing plural
or possessive "s" folded away and matching whole words only,
(a) the name itself, or one of the item's aliases, appears; or
(b) an equivalent form appears: for a country, its name, other spellings, demonym or
    capital (the capital as metonym: "Ankara encourages Baku"); for an acronym the
    article introduces ("Syrian Democratic Forces (SDF)"), the long form or the acronym; or
(c) for a name of several words, each of its distinctive words appears through (a) or
    (b), generic words (ministry, forces, government, ...) aside: "the Azerbaijani
    troops" is named by "Azeri troops".

Country names, other spellings, demonyms and capitals come from the `countryinfo`
package. It lacks a few forms in everyday use; `EXTRA_FORMS` adds only those, each with
the reason it is needed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .quotes import fold

WORD = re.compile(r"\w+")

# Forms countryinfo does not have (checked against its data), in everyday news use.
EXTRA_FORMS: dict[str, tuple[str, ...]] = {
    "azerbaijan": ("azeri", "azerbaijanis"),  # countryinfo has only "Azerbaijani"
    "united states": ("usa", "america", "american", "washington"),  # has "Washington, D.C." only
    "united kingdom": ("uk", "britain", "british", "london"),
    "russia": ("russian federation", "soviet", "kremlin"),
    "iran": ("persia", "islamic republic of iran"),
    "syria": ("syrian arab republic",),
    "turkey": ("turkiye", "turks"),
    "netherlands": ("dutch", "holland"),
}
# States countryinfo still lists that no longer exist: their demonyms belong to their successors
# ("Serbian" is Serbia, not Serbia and Montenegro).
DISSOLVED = frozenset({"serbia and montenegro", "netherlands antilles"})
# Words that describe a kind of body rather than which one: they do not identify an actor.
GENERIC = frozenset(
    """the of and for in on a an armed forces force troops army military ministry ministries
    government authorities authority side officials official regime administration
    president prime minister foreign defence defense affairs spokesman spokeswoman
    spokesperson department office state security council parliament soldiers militia
    fighters group people republic self proclaimed de facto""".split()
)


def words(text: str) -> list[str]:
    return WORD.findall(fold(expand_codes(text)))


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _strings(value: object) -> list[str]:
    """countryinfo gives a string, a list of strings, or nothing."""
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


@lru_cache(maxsize=1)
def country_forms() -> dict[str, str]:
    """Folded form (words joined by one space) -> the country's key, for every country."""
    from countryinfo import CountryInfo

    forms: dict[str, str] = {}
    # Where two countries share a form, a country's own name wins, then the more populous
    # country: "Indian" is India, not the British Indian Ocean Territory.
    countries = sorted((d for d in CountryInfo.all().values() if " ".join(words(d["name"])) not in DISSOLVED),
                       key=lambda d: -(d.get("population") or 0))
    for data in countries:
        forms.setdefault(" ".join(words(data["name"])), " ".join(words(data["name"])))
    for data in countries:
        key = " ".join(words(data["name"]))
        candidates = [data["name"], *_strings(data.get("demonym")), *_strings(data.get("capital"))]
        candidates += [s for s in _strings(data.get("altSpellings")) if len(s) > 3]
        candidates += EXTRA_FORMS.get(key, ())
        for candidate in candidates:
            form = " ".join(words(candidate))
            if form and form not in forms:
                forms[form] = key
    for key, extra in EXTRA_FORMS.items():
        for candidate in extra:
            forms.setdefault(" ".join(words(candidate)), key)
    return forms


@lru_cache(maxsize=1)
def _forms_by_country() -> dict[str, frozenset[str]]:
    grouped: dict[str, set[str]] = {}
    for form, key in country_forms().items():
        grouped.setdefault(key, set()).add(form)
    return {key: frozenset(forms) for key, forms in grouped.items()}


ACRONYM = re.compile(r"((?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|the|in|de|du)\s+)*){1,8}[A-Z][\w’'-]*)\s*\(([A-Z][A-Za-z&.]{1,9})\)")


CONNECTORS = frozenset({"of", "for", "and", "the", "in", "de", "du"})
CAPITALISED_CODES = {"US": "United States", "U.S.": "United States", "UK": "United Kingdom",
                     "U.K.": "United Kingdom", "UAE": "United Arab Emirates", "EU": "European Union"}
CODE = re.compile(r"(?<![\w.])(?:U\.S\.|U\.K\.|US|UK|UAE|EU)(?![\w])")


def expand_codes(text: str) -> str:
    """Capitalised country codes written out, before case folding turns "US" into "us"."""
    return CODE.sub(lambda m: CAPITALISED_CODES[m.group()], text)


def introduced_acronyms(article_text: str) -> dict[str, str]:
    """Acronym -> long form (both folded), for each "Long Form (LF)" in the article.

    The long form is the shortest run of words before the parenthesis whose initials
    spell the acronym: "the Minsk Group of the Organization for Security and Cooperation
    in Europe (OSCE)" gives "organization for security and cooperation in europe".
    """
    pairs: dict[str, str] = {}
    for match in ACRONYM.finditer(article_text):
        long_words = words(match.group(1))
        acronym = "".join(words(match.group(2)))
        for start in range(len(long_words)):
            tail = long_words[start:]
            if tail[0] not in CONNECTORS and "".join(w[0] for w in tail if w not in CONNECTORS) == acronym:
                pairs[acronym] = " ".join(tail)
                break
    return pairs


class NameMatcher:
    """Name matching for one article (it knows the acronyms that article introduces)."""

    def __init__(self, article_text: str = "") -> None:
        self.acronyms = introduced_acronyms(article_text)
        self.long_forms = {long: short for short, long in self.acronyms.items()}

    def forms(self, name: str) -> set[str]:
        """Every folded form that names the same actor as `name`."""
        form = " ".join(words(name))
        if form.startswith("the "):
            form = form[4:]
        found = {form}
        country = country_forms().get(form) or country_forms().get(_singular(form))
        if country:
            found |= _forms_by_country()[country]
        if form in self.acronyms:
            found.add(self.acronyms[form])
        if form in self.long_forms:
            found.add(self.long_forms[form])
        return {f for f in found if f}

    def is_named(self, name: str, text: str, aliases: Sequence[str] = ()) -> bool:
        haystack = f" {' '.join(_singular(w) for w in words(text))} "
        for candidate in (name, *aliases):
            if any(_contains(haystack, form) for form in self.forms(candidate)):
                return True
        name_words = words(name)
        distinctive = [w for w in name_words if w not in GENERIC]
        if not distinctive or len(distinctive) == len(name_words):
            return False  # rule (c) only sets generic words aside
        return all(any(_contains(haystack, form) for form in self.forms(word)) for word in distinctive)

    def canonical(self, name: str) -> str:
        """A stable key: two names with the same key denote the same actor."""
        form = " ".join(words(name))
        if form.startswith("the "):
            form = form[4:]
        country = country_forms().get(form) or country_forms().get(_singular(form))
        if country:
            return country
        head = [w for w in form.split() if w not in GENERIC]
        if len(head) == 1 and head[0] != form:
            # "Azerbaijani troops", "the Russian government": the state acting.
            country = country_forms().get(head[0]) or country_forms().get(_singular(head[0]))
            if country:
                return country
        return self.acronyms.get(form, form)


def _contains(haystack: str, form: str) -> bool:
    tokens = " ".join(_singular(w) for w in form.split())
    return bool(tokens) and f" {tokens} " in haystack


def canonical_name(name: str, article_text: str = "") -> str:
    return NameMatcher(article_text).canonical(name)
