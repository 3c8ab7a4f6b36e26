"""Is an actor named in a passage? Real-world name forms, not only the literal string.

News names one actor many ways: "Azerbaijan", "Azerbaijani", "Azeris", "Baku";
"the Organization for Security and Cooperation in Europe (OSCE)" and later "the OSCE".
A checker that wants the literal string refuses good evidence; one that accepts any
overlap accepts "Armenia" for "Armenian Genocide Museum". The rule here:

A name is named in a text when, with case, diacritics, quote marks and a trailing plural
or possessive "s" folded away and matching whole words only,
(a) the name itself, or one of the item's aliases, appears; or
(b) an equivalent form appears: for a country, its name, other spellings, demonym or
    capital (the capital as metonym: "Ankara encourages Baku"); for an acronym of an actor
    the article names ("Syrian Democratic Forces (SDF)"), the long form or the acronym; or
(c) for a name of several words, each of its distinctive words appears through (a) or
    (b), generic words (ministry, forces, government, party, ...) aside: "the Azerbaijani
    troops" is named by "Azeri troops", "the Democratic Party" by "Democratic leaders";
(d) for a person the article introduces by full name ("Ricardo Rosselló Nevares"), the
    name or any run of its words the article writes ("Ricardo Rosselló") is named by the
    surname alone, capitalised as a name ("Before resigning, Rosselló appointed ...").
    People are named so after their first mention; the full name must be the article's,
    so a name a model made up is still refused.

A possessive is folded away before matching, also after a name that ends in "s"
("Qaboos's", "the Princess's"), which folding the apostrophe alone would turn into
another word.

Country names, other spellings, demonyms and capitals come from the `countryinfo`
package. It lacks a few forms in everyday use; `EXTRA_FORMS` adds only those, each with
the reason it is needed.

Which actor a name denotes is not decided here: `reading.actors` owns that, per article
(`read(text).inventory`, which also holds the acronyms the article introduces) and with no
article (`resolve_known`). `NameMatcher` asks them for its acronym pairs and for
`canonical`, so the validator, the reading, `eval` and the digest give one name one actor id.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from .quotes import fold

if TYPE_CHECKING:
    from .reading.actors import Inventory

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
    # countryinfo gives "Tajikistani", "Uzbekistani", ...: news writes the short demonyms
    "tajikistan": ("tajik",), "uzbekistan": ("uzbek",), "kazakhstan": ("kazakh",), "kyrgyzstan": ("kyrgyz",),
    "bosnia and herzegovina": ("bosnian",), "nepal": ("nepali",), "djibouti": ("djiboutian",),
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
    fighters group people republic self proclaimed de facto party""".split()
)
# A possessive "'s" (any apostrophe), dropped before folding: "Qaboos's" folds to "qabooss",
# which the plural rule cannot take back to "qaboos".
POSSESSIVE = re.compile(r"(?<=\w)['’‘`´]s\b")


def words(text: str) -> list[str]:
    return WORD.findall(fold(expand_codes(text)))


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _strings(value: object) -> list[str]:
    """countryinfo gives a string, a list of strings, or nothing."""
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


# Other spellings countryinfo lists that are English words or common names in news: "Mayotte
# Island" is no Iceland ("Island"), "a family reunion" no Réunion, "Thomas Mann" no Isle of Man.
NOT_COUNTRY_NAMES = frozenset({"island", "reunion", "mann", "dominique", "viti"})
# Capitals whose name news uses far more often for a person, a word or a better-known place:
# "Victorian Premier Daniel Andrews" (Australia's Victoria, not the Seychelles), "Hamilton",
# "Douglas" and "Stanley" (people, not Bermuda, the Isle of Man or the Falklands), "male".
AMBIGUOUS_CAPITALS = frozenset({"victoria", "hamilton", "douglas", "jamestown", "stanley", "plymouth", "george town",
                                "saint denis", "male", "the valley", "west island", "road town", "cockburn town",
                                "marigot", "gustavia", "philipsburg", "saint pierre", "edinburgh"})


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
        candidates = [data["name"], *_strings(data.get("demonym")),
                      *(c for c in _strings(data.get("capital")) if " ".join(words(c)) not in AMBIGUOUS_CAPITALS)]
        candidates += [s for s in _strings(data.get("altSpellings")) if len(s) > 3 and s.lower() not in NOT_COUNTRY_NAMES]
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


CONNECTORS = frozenset({"of", "for", "and", "the", "in", "de", "du"})
CAPITALISED_CODES = {"US": "United States", "U.S.": "United States", "UK": "United Kingdom",
                     "U.K.": "United Kingdom", "UAE": "United Arab Emirates", "EU": "European Union"}
CODE = re.compile(r"(?<![\w.])(?:U\.S\.|U\.K\.|US|UK|UAE|EU)(?![\w])")


def expand_codes(text: str) -> str:
    """Capitalised country codes written out, before case folding turns "US" into "us"."""
    return CODE.sub(lambda m: CAPITALISED_CODES[m.group()], text)


def _is_acronym(form: str) -> bool:
    bare = form.replace(".", "")
    return 2 <= len(bare) <= 10 and bare.isalpha() and bare.isupper()


def acronym_pairs(inventory: "Inventory") -> dict[str, str]:
    """Acronym -> long form (both folded) for each actor the article names under both: an
    all-capitals form of the actor and a longer form whose initials spell it ("SDF" and
    "Syrian Democratic Forces"; "OSCE" and "Organization for Security and Cooperation in
    Europe"). The inventory found them (`_introduce_acronyms`); no second scan of the text."""
    from .reading.tokens import keys

    pairs: dict[str, str] = {}
    for actor in inventory.actors.values():
        surfaces = list(dict.fromkeys([actor.name, *actor.forms]))
        for short in (s for s in surfaces if _is_acronym(s)):
            acronym = "".join(keys(short))
            for long in surfaces:
                tail = [k for k in keys(long) if k not in CONNECTORS]
                if len(tail) >= 2 and "".join(k[0] for k in tail) == acronym:
                    folded_short, folded_long = " ".join(words(short)), " ".join(words(long))
                    if folded_short != folded_long:  # "US" is folded to "united states" already
                        pairs.setdefault(folded_short, folded_long)
                    break
    return pairs


class NameMatcher:
    """Name matching for one article: its actor inventory (`reading`) decides which actor a
    name denotes and gives the acronyms the article introduces; the string rules of this
    module say whether a passage names it. With no text, no article is read."""

    def __init__(self, article_text: str = "") -> None:
        self.inventory: Inventory | None = None
        if article_text.strip():
            from .reading import read  # cached: the reading and the validator share one parse

            self.inventory = read(article_text).inventory
        self.acronyms = acronym_pairs(self.inventory) if self.inventory is not None else {}
        self.long_forms = {long: short for short, long in self.acronyms.items()}
        self._actor_keys: dict[str, str] = {}

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
        haystack = f" {' '.join(_singular(w) for w in words(POSSESSIVE.sub('', text)))} "
        for candidate in (name, *aliases):
            if any(_contains(haystack, form) for form in self.forms(candidate)):
                return True
        if self._by_surname(name, text):
            return True
        name_words = words(name)
        distinctive = [w for w in name_words if w not in GENERIC]
        if not distinctive or len(distinctive) == len(name_words):
            return False  # rule (c) only sets generic words aside
        return all(any(_contains(haystack, form) for form in self.forms(word)) for word in distinctive)

    def _by_surname(self, name: str, text: str) -> bool:
        """Rule (d): a person of the article's named by the surname alone."""
        full = self.person_name(name)
        if full is None:
            return False
        surname = name.split()[-1]
        return re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", POSSESSIVE.sub("", text)) is not None

    def person_name(self, name: str) -> str | None:
        """The full name of the person of the article `name` names (itself, or a run of its
        words: "Ricardo Rosselló" of "Ricardo Rosselló Nevares"), when the name is of two
        words at least, each capitalised, and the reading found that person; else None."""
        if self.inventory is None:
            return None
        parts = name.split()
        if len(parts) < 2 or not all(p[:1].isupper() for p in parts if p.lower() not in CONNECTORS | {"bin", "al"}):
            return None
        wanted = words(name)
        found = {full for full, full_words in self._people if _run_of(wanted, full_words)}
        return found.pop() if len(found) == 1 else None

    @cached_property
    def _people(self) -> list[tuple[str, list[str]]]:
        """The people the reading found in this article, by the longest form it saw, each
        with its words. Found once per matcher (the inventory is complete when the matcher
        is made): every name keyed (`actor_key`) asks for them, and finding them compares
        the words of every pair of the article's people, a fifth of collecting a result
        when it was done again for each name."""
        if self.inventory is None:
            return []
        names = set(self.inventory.persons)
        names |= {form for actor in self.inventory.actors.values() if actor.kind == "person" for form in actor.forms}
        named = [(n, words(n)) for n in names]
        return [(n, w) for n, w in named if not any(n != m and _run_of(w, v) for m, v in named)]

    def is_person(self, name: str) -> bool:
        """Does `name` name a person the article ties to an actor ("Lindsey Graham" to the
        United States)? Such a person may accuse that actor: a senator criticising his own
        government is no self-accusation."""
        if self.inventory is None:
            return False
        key = tuple(words(name))
        if key[:1] == ("the",):
            key = key[1:]
        form = self.inventory.forms.get(key)
        return form is not None and form.via == "person"

    def person_key(self, name: str) -> str | None:
        """Which person `name` is, when it names a person the article ties to an actor
        (`is_person`) or one the reading found (`person_name`): the fullest form of the
        name the article writes ("donald trump" for "Trump"), so "Trump" and "Donald Trump"
        are one person and "Joe Biden" another, though all three resolve to the United
        States. None for a name that is no such person."""
        if not (self.is_person(name) or self.person_name(name)):
            return None
        wanted = words(name)
        if wanted[:1] == ["the"]:
            wanted = wanted[1:]
        fuller = {" ".join(full_words) for _, full_words in self._people if _run_of(wanted, full_words)}
        return fuller.pop() if len(fuller) == 1 else " ".join(wanted)

    def actor_key(self, name: str) -> str:
        """A key for the actor `name` stands for in a claim: `canonical`, except that a person
        is an actor of their own, apart from the actor the article ties them to and from
        every other person tied to it ("Joe Biden" and "Donald Trump" both resolve to the
        United States, and are two sides of a debate). Kept by name: an article's claims
        name the same few actors again and again (every item keyed to merge it, both sides
        of every accusation compared)."""
        key = self._actor_keys.get(name)
        if key is None:
            person = self.person_key(name)
            key = self.canonical(name) if person is None else f"{self.canonical(name)}/person:{person}"
            self._actor_keys[name] = key
        return key

    def canonical(self, name: str) -> str:
        """A stable key: two names with the same key denote the same actor. A known actor's
        id ("AZE" for "Baku", "Azeri troops"; the SDF's where the article introduces it), asked
        of the article's inventory, else of `resolve_known`; else the folded name."""
        if self.inventory is not None:
            found = self.inventory.resolve(name)
            if found is not None:
                return found
        known = _resolve_known(name)
        if known is not None:
            return known
        form = " ".join(words(name))
        if form.startswith("the "):
            form = form[4:]
        return self.acronyms.get(form, form)


@lru_cache(maxsize=65536)
def _resolve_known(name: str) -> str | None:
    from .reading.actors import resolve_known

    info = resolve_known(name)
    return info.id if info is not None else None


def _run_of(part: Sequence[str], whole: Sequence[str]) -> bool:
    """Is `part` a run of consecutive words of `whole` (`whole` itself included)?"""
    n = len(part)
    return bool(n) and any(list(whole[i:i + n]) == list(part) for i in range(len(whole) - n + 1))


def _contains(haystack: str, form: str) -> bool:
    tokens = " ".join(_singular(w) for w in form.split())
    return bool(tokens) and f" {tokens} " in haystack


def canonical_name(name: str, article_text: str = "") -> str:
    return NameMatcher(article_text).canonical(name)
