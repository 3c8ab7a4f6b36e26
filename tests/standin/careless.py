"""The careless model's plan: which gold items it drops, gets wrong, or leaves alone.

Over the whole gold folder, in a seeded shuffle, exactly a fifth of the items are dropped,
a fifth get the wrong actor ("swapped": an accusation's accused, a party's or mediator's
name, one alliance member becomes another actor the article names), a tenth get an actor
the article never names ("invented"), and the rest are answered as the gold has them.
Deterministic: the same seed and gold give the same plan, so runs can be compared.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any, Literal

from summariser.models import CATEGORIES, Category

Kind = Literal["untouched", "dropped", "swapped", "invented"]
KINDS: tuple[Kind, ...] = ("untouched", "dropped", "swapped", "invented")
SHARES: dict[Kind, float] = {"dropped": 0.2, "swapped": 0.2, "invented": 0.1}
# Names no article of the corpus uses: an actor a model made up.
INVENTED = ("Freedonia", "Ruritania", "Elbonia", "Latveria", "Genovia", "Zubrowka", "Sokovia", "Wakanda")
ItemRef = tuple[str, Category, int]  # article id, category, index in the gold


def plan(items: Sequence[ItemRef], seed: int) -> dict[ItemRef, Kind]:
    """Each gold item's kind, with the shares of `SHARES` exact over the whole folder."""
    order = sorted(items)
    random.Random(seed).shuffle(order)
    kinds: dict[ItemRef, Kind] = {}
    start = 0
    for kind, share in SHARES.items():
        count = round(share * len(order))
        kinds.update((ref, kind) for ref in order[start:start + count])
        start += count
    kinds.update((ref, "untouched") for ref in order[start:])
    return kinds


def gold_refs(article: str, gold: Any) -> list[ItemRef]:
    return [(article, category, i) for category in CATEGORIES for i in range(len(getattr(gold, category)))]


def pick(choices: Sequence[str], ref: ItemRef, seed: int) -> str:
    """One of `choices`, the same one every time for this item and seed."""
    return random.Random(f"{seed}|{ref}").choice(sorted(choices))


def perturb(category: Category, item: dict[str, Any], kind: Kind, other: str, invented: str) -> dict[str, Any]:
    """The item as the careless model writes it: `other` (another actor of the article) for
    a swap, `invented` for an invention. The aliases go: they named the right actor."""
    if kind not in ("swapped", "invented"):
        return item
    actor = other if kind == "swapped" else invented
    changed = dict(item)
    if category == "accusations":
        changed["accused" if kind == "swapped" else "accuser"] = actor
    elif category == "alliances":
        changed["members"] = [actor, *item["members"][1:]]
    else:
        changed["name"] = actor
        if "aliases" in changed:
            changed["aliases"] = []
    return changed
