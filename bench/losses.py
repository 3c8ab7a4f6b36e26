"""Where a perfect answer is lost, and why (issue 15, part 3).

For each gold item the briefing of a perfect-model run lacks, one cause:

- the model never claimed it: for `cited`, no candidate of the reading matches it (and
  whether one of its actors is missing from the article's actor inventory), or the
  reading ranked its candidate out (a party below the threshold is never proposed);
- the validator refused the claim (and its first reason, names blanked for counting);
- the claim was kept but merged with another gold item's (one claim key for two items),
  or kept and refused by `summariser eval`'s re-check, or kept and still not matched.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from ceiling_score import Scored
from standin import GoldArticle, Run
from summariser.cited import candidates
from summariser.evaluate import Resolver, rule_for
from summariser.extract import item_key
from summariser.models import CATEGORIES, Briefing
from summariser.names import NameMatcher
from summariser.reading import read


@dataclass(frozen=True)
class Loss:
    article: str
    category: str
    gold: str  # the gold item, in a few words
    cause: str  # the cause's kind, for counting
    detail: str  # this item's own reason


def losses(run: Run, scored: Scored, articles: list[GoldArticle]) -> list[Loss]:
    found = []
    for article in articles:
        given, before, after = scored.articles[article.id]
        briefing = run.briefings[article.id]
        for category in CATEGORIES:
            for j in after.missed(category, article.gold):
                gold_item = getattr(article.gold, category)[j]
                claimed = {g: i for i, g in before.pairs[category].items()}.get(j)
                if claimed is None:
                    cause, detail = unclaimed(run, article, category, gold_item)
                else:
                    item = getattr(given, category)[claimed].model_dump()
                    cause, detail = lost_claim(briefing, after, article, category, item)
                found.append(Loss(article.id, category, describe(category, gold_item), cause, detail))
    return found


def unclaimed(run: Run, article: GoldArticle, category: str, gold_item: Any) -> tuple[str, str]:
    """Why the model's answer never held this gold item."""
    missing = [n for n in actor_names(category, gold_item) if not in_inventory(article, n)]
    absent = f"actor missing from the inventory ({', '.join(missing)})" if missing else ""
    if run.method != "cited":
        return absent or "not claimed", absent or "the stand-in's answer did not hold it"
    resolve = Resolver(article.gold, article.text)
    same = rule_for(category, resolve)
    matching = [c for c in candidates(read(article.text)) if c.category == category
                and same(SimpleNamespace(**c.item), gold_item)]
    if not matching:
        return ("not a reading candidate: " + (absent or "no cue found")), absent or "no candidate matches it"
    return "a candidate the reading does not propose", f"{len(matching)} candidate(s), none proposed"


def lost_claim(briefing: Briefing, after: Any, article: GoldArticle, category: str,
               item: dict[str, Any]) -> tuple[str, str]:
    """Why a claim the validator was handed does not score in the briefing."""
    matcher = NameMatcher(article.text)
    key = item_key(category, item, matcher)  # type: ignore[arg-type]
    for rejected in briefing.rejected:
        if rejected.category == category and item_key(category, rejected.item, matcher) == key:
            reason = rejected.reasons[0] if rejected.reasons else "no reason given"
            return f"validator refusal ({rejected.by}): {blank(reason)}", reason
    kept = getattr(briefing, category)
    for index, other in enumerate(kept):
        if item_key(category, other.model_dump(), matcher) != key:  # type: ignore[arg-type]
            continue
        if not after.grounded.get((category, index), True):
            return "kept, refused by eval's re-check", "ungrounded on re-check"
        if index in after.pairs[category]:
            return "merge: one claim key for two gold items", "merged into the item matched to another gold item"
        return "kept but not matched", "kept item does not match the gold item"
    return "merge: not in the briefing", "neither kept nor refused: merged away before grounding"


def actor_names(category: str, item: Any) -> list[str]:
    if category == "accusations":
        return [item.accuser, item.accused]
    if category == "alliances":
        return list(item.members)
    return [item.name, *getattr(item, "members", [])]


def in_inventory(article: GoldArticle, name: str) -> bool:
    """Does the article's actor inventory know this actor (by the name or a gold alias)?"""
    inventory = read(article.text).inventory
    names = [name]
    for party in article.gold.parties:  # the gold's aliases of the same actor
        if name in (party.name, *party.aliases):
            names += [party.name, *party.aliases]
    return any(inventory.resolve(n) is not None for n in names)


def describe(category: str, item: Any) -> str:
    if category == "accusations":
        return f"{item.accuser} → {item.accused}: {item.allegation}"
    if category == "alliances":
        return " + ".join(item.members)
    return str(item.name)


def blank(reason: str) -> str:
    """A reason with its names and numbers blanked, so equal causes count together."""
    return re.sub(r"\d+(\.\d+)?", "N", re.sub(r"'[^']*'", "'…'", reason))


def cause_table(found: list[Loss]) -> str:
    counts = Counter((loss.category, loss.cause) for loss in found)
    lines = ["| category | cause | gold items lost |", "|---|---|---:|"]
    lines += [f"| {category} | {cause} | {n} |" for (category, cause), n in sorted(counts.items())]
    return "\n".join(lines)
