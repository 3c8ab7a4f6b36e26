"""Which actor a name in a briefing denotes, as an id that is the same in every article.

A schema-2 briefing carries its own actor inventory (`Briefing.actors`), with stable ids
(ISO 3166 alpha-3 for states, a slug otherwise) and every surface form the article used:
a claim's name is looked up there first, because the article's own reading knows that
"the Kremlin" in it means Russia. Older briefings and gold files have no inventory; their
names go to the reading's article-free resolver (`reading.actors.resolve_known`: states
from countryinfo with their alpha-3, the bodies that stand for them and the organisations
and groups of `reading/data/actors.toml`), the one the inventory, the validator and `eval`
ask too, or else get a slug of the name. Both routes give the same id to a known actor, so
old and new briefings merge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..models import ActorKind, Briefing
from ..names import words
from ..reading.actors import resolve_known
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


@lru_cache(maxsize=65536)
def resolve_name(name: str) -> Resolved:
    """A name without an inventory: the known actor it denotes (`resolve_known`), else a slug."""
    known = resolve_known(name)
    if known is not None:
        how: Resolution = "countryinfo" if known.kind == "state" else "known"
        return Resolved(known.id, known.name, known.kind, how)  # type: ignore[arg-type]
    return Resolved(slug(fold(name)), name.strip(), "other", "name")


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
