"""Mediation candidates: who tries to bring the sides to talks.

- an organisation in a sentence about mediation, with the states it lists as members:
  "the co-chairs of the OSCE Minsk Group (Russia, United States, France)"; a sentence about
  "this format" or "the co-chairs" takes the organisation of the sentence before;
- the actors that mediate, broker or facilitate: "Russia, France and the USA mediate",
  "talks brokered by Qatar"; hosting or chairing counts only when it is about talks.
"""

from __future__ import annotations

from dataclasses import dataclass

from .actors import Inventory, Mention
from .view import SentenceView


@dataclass(frozen=True)
class Mediation:
    sentence: int
    mediator: str
    members: tuple[str, ...]
    rule: str


def mediations(views: list[SentenceView], inventory: Inventory) -> list[Mediation]:
    out = []
    for index, view in enumerate(views):
        verbs = view.find("mediate")
        nouns = view.find("mediate_noun")
        hosting = [(a, n) for a, n in verbs if view.tokens[a].key.startswith(("host", "chair"))]
        acting = [(a, n) for a, n in verbs if (a, n) not in hosting]
        if hosting and not view.find("talks"):
            hosting = []
        if not (acting or hosting or nouns):
            continue
        organisations = [m for m in view.mentions if inventory.kind_of(m.actor) == "international_organisation"]
        format_word = any(view.tokens[a].key in ("format", "co", "chairs", "co-chairs") for a, _ in nouns)
        if not organisations and format_word and index:
            organisations = [m for m in views[index - 1].mentions
                             if inventory.kind_of(m.actor) == "international_organisation"]
        if organisations:
            org = max(organisations, key=lambda m: len(inventory.actors[m.actor].name))
            out.append(Mediation(view.sentence.index, org.actor, _members(view, org, inventory), "organisation"))
            continue
        for at, _ in acting + hosting:
            by = [m for m in view.after(at, 4) if view.tokens[view.local(m) - 1].key == "by"]
            for mention in by or view.group_before(at, 12):
                out.append(Mediation(view.sentence.index, mention.actor, (), "verb"))
    return out


def _members(view: SentenceView, org: Mention, inventory: Inventory) -> tuple[str, ...]:
    """States listed in parentheses after the organisation, or listed as the verb's subject."""
    states = [m for m in view.mentions if inventory.kind_of(m.actor) == "state"]
    tail = view.text[org.end:view.sentence.end]
    if tail.lstrip().startswith("("):
        close = tail.find(")")
        inside = [m.actor for m in states if org.end < m.start < org.end + close]
        if inside:
            return tuple(dict.fromkeys(inside))
    for at, _ in view.find("mediate"):
        listed = view.group_before(at, 12)
        if len(listed) >= 2:
            return tuple(m.actor for m in listed)
    return ()
