"""Which actor a name in a briefing denotes, as an id that is the same in every article.

A schema-2 briefing carries its own actor inventory (`Briefing.actors`), with stable ids
(ISO 3166 alpha-3 for states, a slug otherwise) and every surface form the article used:
a claim's name is looked up there first, because the article's own reading knows that
"the Kremlin" in it means Russia. Older briefings and gold files have no inventory; their
names go through the same country knowledge the grounding uses (`NameMatcher.canonical`:
names, demonyms, capitals from countryinfo) and get the country's alpha-3, or else a slug
of the name. Both routes give the same id to a state, so old and new briefings merge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..models import ActorKind, Briefing
from ..names import NameMatcher, words
from .model import Resolution

PARTY_TO_ACTOR_KIND: dict[str, ActorKind] = {
    "state": "state",
    "armed_group": "armed_group",
    "separatist_authority": "separatist_authority",
    "government_body": "government_body",
    "international_organisation": "international_organisation",
}


@dataclass(frozen=True)
class Resolved:
    id: str
    name: str
    kind: ActorKind
    how: Resolution


def fold(name: str) -> str:
    form = " ".join(words(name))
    return form[4:] if form.startswith("the ") else form


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", " ".join(words(text))).strip("-") or "unnamed"


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, str]]:
    """countryinfo key (as `NameMatcher.canonical` returns it) -> (alpha-3, display name)."""
    from countryinfo import CountryInfo

    table: dict[str, tuple[str, str]] = {}
    for data in CountryInfo.all().values():
        alpha3 = (data.get("ISO") or {}).get("alpha3")
        if alpha3:
            table[" ".join(words(data["name"]))] = (alpha3, data["name"])
    return table


@lru_cache(maxsize=1)
def _matcher() -> NameMatcher:
    return NameMatcher("")


@lru_cache(maxsize=65536)
def resolve_name(name: str) -> Resolved:
    """A name without an inventory: a country's alpha-3 through countryinfo, else a slug."""
    canonical = _matcher().canonical(name)
    country = _countries().get(canonical)
    if country:
        return Resolved(country[0], country[1], "state", "countryinfo")
    return Resolved(slug(canonical), name.strip(), "other", "name")


class BriefingActors:
    """Name resolution for one briefing: its inventory first, then `resolve_name`."""

    def __init__(self, briefing: Briefing) -> None:
        self.by_form: dict[str, Resolved] = {}
        for actor in briefing.actors:
            resolved = Resolved(actor.id, actor.name, actor.kind, "inventory")
            for form in (actor.name, *actor.forms):
                self.by_form.setdefault(fold(form), resolved)
            # So a form the inventory lacks can still reach one of its states (see `resolve`).
            self.by_form.setdefault(f"id:{actor.id}", resolved)
        if not briefing.actors:
            # No inventory: a party's aliases are still the article's word that they are one actor
            # ("Houthi movement", also "Houthis").
            for party in briefing.parties:
                resolved = self.resolve(party.name, party.kind)
                for form in (party.name, *party.aliases):
                    self.by_form.setdefault(fold(form), resolved)

    def resolve(self, name: str, kind: str | None = None) -> Resolved:
        found = self.by_form.get(fold(name))
        if found is None and self.by_form:
            fallback = resolve_name(name)
            found = self.by_form.get(f"id:{fallback.id}")
        if found is not None:
            return found
        resolved = resolve_name(name)
        if kind and resolved.how == "name" and kind in PARTY_TO_ACTOR_KIND:
            return Resolved(resolved.id, resolved.name, PARTY_TO_ACTOR_KIND[kind], resolved.how)
        return resolved
