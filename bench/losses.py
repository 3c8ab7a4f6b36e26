"""Where a perfect answer is lost, and why (issue 15, part 3).

For each gold item the briefing of a perfect-model run lacks, one cause:

- the model never claimed it: for `cited`, no candidate of the reading matches it (and
  whether one of its actors is missing from the article's actor inventory), or the
  reading ranked its candidate out (a party below the threshold is never proposed);
- the validator (or extract's citation check) refused the claim: its first reason, names
  and numbers blanked for counting; and whose the cause is, where it is plain:
  * "same actor" when the inventory ties a person the gold makes an actor of their own
    to the state they criticise (the reading's, not the validator's: it cannot tell
    "Senator Graham accuses the US" from a model's "Lavrov accuses Moscow");
  * a cited sentence with no word in it (the sentence splitter cut a lone quote mark);
- the claim was kept but merged with another gold item's (one claim key for two items:
  the inventory resolves both actors to one id), or kept and refused by `summariser
  eval`'s re-check, or kept and still not matched.
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
    absent = "actor missing from the inventory" if missing else ""
    detail = f"not in the inventory: {', '.join(missing)}" if missing else "no candidate matches it"
    if run.method != "cited":
        return absent or "not claimed", detail
    resolve = Resolver(article.gold, article.text)
    same = rule_for(category, resolve)
    matching = [c for c in candidates(read(article.text)) if c.category == category
                and same(SimpleNamespace(**c.item), gold_item)]
    if not matching:
        return "not a reading candidate: " + (absent or "no cue found"), detail
    return "a candidate the reading does not propose", f"{len(matching)} candidate(s), none proposed"


def lost_claim(briefing: Briefing, after: Any, article: GoldArticle, category: str,
               item: dict[str, Any]) -> tuple[str, str]:
    """Why a claim the validator was handed does not score in the briefing."""
    matcher = NameMatcher(article.text)
    key = item_key(category, item, matcher)  # type: ignore[arg-type]
    for rejected in briefing.rejected:
        if rejected.category == category and item_key(category, rejected.item, matcher) == key:
            reason = rejected.reasons[0] if rejected.reasons else "no reason given"
            return f"validator refusal: {blank(reason)}{whose(article, rejected.item, reason)}", reason
    kept = getattr(briefing, category)
    for index, other in enumerate(kept):
        if item_key(category, other.model_dump(), matcher) != key:  # type: ignore[arg-type]
            continue
        if not after.grounded.get((category, index), True):
            return "kept, refused by eval's re-check", "ungrounded on re-check"
        if index in after.pairs[category]:
            kept_name = describe(category, SimpleNamespace(**other.model_dump()))
            return ("merge: one claim key for two gold items (the inventory resolves both actors to one)",
                    f"merged into '{kept_name}'")
        return "kept but not matched", "kept item does not match the gold item"
    return "merge: not in the briefing", "neither kept nor refused: merged away before grounding"


def whose(article: GoldArticle, item: dict[str, Any], reason: str) -> str:
    """Whose cause a refusal is, where the reason and the article make it plain."""
    inventory = read(article.text).inventory
    if "same actor" in reason and any(str(item.get(role, "")).strip() in inventory.persons
                                      for role in ("accuser", "accused")):
        return " (the inventory ties the person to that state: the reading's)"
    named = re.match(r"\w+ '([^']*)' is not named", reason)
    if named and inventory.resolve(named.group(1)) is None:
        return " (the actor is missing from the inventory: the reading's)"
    if "too short" in reason and any(not re.search(r"\w", q) for q in item.get("quotes", [])):
        return " (a cited sentence is a lone quote mark: the sentence splitter's)"
    return ""


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
