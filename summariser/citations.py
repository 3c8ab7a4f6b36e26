"""The `extract` method's check of one item: its cited sentences exist and name its actors.

The model cites sentence numbers and names actors by inventory id, or as `{"new": name}`
for an actor the inventory lacks (`models.ExtractedClaims`). Before the grounding
validator sees an item, the code checks what only this path can check:

- every cited number is a sentence of the article, and at least one is cited;
- every actor is named in the cited sentences: an inventory id through one of the
  inventory's mentions inside them (the forms the reading found: "Moscow" for RUS), a new
  actor by its name written there verbatim; an id the inventory lacks is refused.

A refusal says which actor is absent from which sentences, so a re-ask can fix it. The
item is then written in the briefing's shape (names for ids, the cited sentences as its
quotes) and grounded by `grounding.ground_item` as on every other path; what passes is
reported with the cited sentences as evidence, their offsets exact by construction
(`cited.sentence_item`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .cited import sentence_item
from .grounding import ground_item, matcher_for
from .models import Category
from .reading import Reading

WORD = re.compile(r"\w")


@dataclass
class Checked:
    """One extracted item after the checks: `item` when kept, else `reasons`."""

    category: Category
    draft: dict[str, Any]  # the item in the briefing's shape, quotes = cited sentences
    reasons: list[str] = field(default_factory=list)
    item: dict[str, Any] | None = None


@dataclass
class _Actor:
    name: str  # what the briefing shows
    id: str | None  # the inventory's id, None for a new actor
    known: bool  # an inventory id (or a new name), not an unknown id


def _numbers(cited: list[int]) -> str:
    return ", ".join(str(n) for n in cited)


def _resolve(reading: Reading, ref: Any) -> _Actor:
    inventory = reading.inventory
    if isinstance(ref, dict):
        return _Actor(" ".join(str(ref.get("new", "")).split()), None, True)
    ref = str(ref)
    if ref in inventory.actors:
        return _Actor(inventory.name_of(ref), ref, True)
    return _Actor(ref, None, False)


def _aliases(reading: Reading, actor_id: str) -> list[str]:
    """The forms a party item carries as its aliases (people aside: they are actors of their own)."""
    info = reading.inventory.actors.get(actor_id)
    if info is None:  # an id the article never names: no form of it to carry
        return []
    return [f for f in info.forms if f != info.name and reading.inventory.persons.get(f) is None]


def _absent(reading: Reading, category: Category, role: str, ref: Any, actor: _Actor,
            cited: list[int]) -> str | None:
    """Why `actor` is not named in the cited sentences, or None when it is."""
    sentences = [reading.sentences[i] for i in cited]
    where = f"sentence{'s' if len(cited) > 1 else ''} {_numbers(cited)}"
    if not actor.known:
        return f"{role} '{ref}' is not an id of the ACTORS list (write {{\"new\": name}} for an actor it lacks)"
    if actor.id is not None:
        if any(m.actor == actor.id for s in sentences for m in reading.inventory.mentions_in(s.start, s.end)):
            return None
        # The validator's own string rules too ("a protester" names "protesters"): this
        # check must not refuse what `grounding.ground_item` would accept, nor accept what
        # it refuses: only a party's item carries the inventory's forms (as aliases), so
        # only a party may be named by a form other than its name ("protesters" names the
        # actor the reading tied them to, whose name the accusation would then carry).
        forms = tuple(_aliases(reading, actor.id)) if category == "parties" else ()
        if matcher_for(reading.text).is_named(actor.name, "\n".join(s.text for s in sentences), forms):
            return None
        return f"{role} '{actor.id}' ({actor.name}) is not named in {where}"
    if not actor.name:
        return f"{role}: a new actor needs a name"
    if any(actor.name in " ".join(s.text.split()) for s in sentences):
        return None
    if matcher_for(reading.text).is_named(actor.name, "\n".join(s.text for s in sentences)):
        return None  # "El Paso police" for "El Paso's police chief": as the validator reads names
    return f"{role} new actor '{actor.name}' is not named in {where}"


def _roles(category: Category, answer: dict[str, Any]) -> list[tuple[str, Any]]:
    """(role, actor reference) of every actor the item names, in the reasons' words."""
    if category == "parties":
        return [("party", answer["actor"])]
    if category == "mediators":
        return [("mediator", answer["actor"]), *(("member", m) for m in answer["members"])]
    if category == "alliances":
        return [("member", m) for m in answer["members"]]
    return [("accuser", answer["accuser"]), ("accused", answer["accused"])]


def _draft(reading: Reading, category: Category, answer: dict[str, Any], names: list[_Actor],
           cited: list[int]) -> dict[str, Any]:
    """The item in the briefing's shape, its quotes the cited sentences (what `ground_item` reads)."""
    quotes = [reading.sentences[i].text for i in cited]
    if category == "parties":
        actor = names[0]
        info = reading.inventory.actors.get(actor.id) if actor.id else None
        aliases = _aliases(reading, info.id) if info else []
        return {"name": actor.name, "aliases": aliases, "kind": answer["kind"], "quotes": quotes}
    if category == "mediators":
        return {"name": names[0].name, "members": [a.name for a in names[1:]], "quotes": quotes}
    if category == "alliances":
        return {"members": [a.name for a in names], "kind": answer["kind"], "quotes": quotes}
    return {"accuser": names[0].name, "accused": names[1].name, "allegation": " ".join(answer["allegation"].split()),
            "speaker": None, "quotes": quotes}


def check_item(reading: Reading, category: Category, answer: dict[str, Any]) -> Checked:
    """Check one item the model extracted (`answer`: an `Extracted*` item as a dict)."""
    count = len(reading.sentences)
    numbers = list(dict.fromkeys(int(n) for n in answer["sentences"]))
    cited = [n for n in numbers if 0 <= n < count]
    # A "sentence" with no word in it (the splitter can cut a closing quote mark off its
    # sentence) holds no evidence and, copied as a quote, would be refused as too short
    # and take the item with it: the perfect stand-in lost two gold accusations so.
    cited = [n for n in cited if WORD.search(reading.sentences[n].text)] or cited
    reasons = [f"sentence {n} does not exist (the article has sentences 0 to {count - 1})"
               for n in numbers if not 0 <= n < count]
    if not numbers:
        reasons.append("the item cites no sentence")
    roles = _roles(category, answer)
    names = [_resolve(reading, ref) for _, ref in roles]
    draft = _draft(reading, category, answer, names, cited)
    if cited:
        reasons += [r for (role, ref), actor in zip(roles, names)
                    if (r := _absent(reading, category, role, ref, actor, cited)) is not None]
    if reasons:
        return Checked(category, draft, reasons)
    verdict = ground_item(category, draft, reading.text)
    if not verdict.grounded:
        return Checked(category, draft, verdict.reasons)
    return Checked(category, draft, [], sentence_item(reading, category, draft, cited, verdict))
