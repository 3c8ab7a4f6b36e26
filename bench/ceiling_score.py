"""Scores of one stand-in run: before the validator (what it was handed) and after (what the
briefing keeps), by `summariser eval`'s own matching rules (`evaluate.score_article`).

"Before" is the items the validator was handed: for `quoted` (and `extract`) the items of
the stand-in's first answers; for `cited` the reading's candidates the model did not veto
(the briefing's kept and validator-refused items). It is scored without re-grounding;
"after" is scored as `summariser eval` scores any briefing, re-grounded.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from standin import KINDS, GoldArticle, Run
from summariser.evaluate import ArticleScore, Counts, Resolver, rule_for, score_article
from summariser.extract import item_key
from summariser.models import CATEGORIES, Briefing
from summariser.names import NameMatcher


def as_item(draft: dict[str, Any]) -> dict[str, Any]:
    """A draft (quotes) as a briefing item (evidence); offsets unknown, and unused unscored."""
    item = {k: v for k, v in draft.items() if k != "quotes"}
    item["evidence"] = [{"quote": q, "start": 0, "end": 0, "match": "exact"} for q in draft.get("quotes", [])]
    return item


def handed_over(run: Run, article: str) -> Briefing:
    """What the validator was handed for one article, as a briefing."""
    briefing = run.briefings[article]
    found: dict[str, list[dict[str, Any]]] = {c: [] for c in CATEGORIES}
    if run.method == "cited":
        for category in CATEGORIES:
            found[category] = [i.model_dump() for i in getattr(briefing, category)]
        for rejected in briefing.rejected:
            if rejected.by == "validator":
                found[rejected.category].append(as_item(rejected.item))
    else:
        for claim in run.claims.get(article, []):
            found[claim.category].append(as_item(claim.item))
    return Briefing.model_validate({"source": briefing.source, "provenance": briefing.provenance, **found})


@dataclass
class Scored:
    before: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in CATEGORIES})
    after: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in CATEGORIES})
    articles: dict[str, tuple[Briefing, ArticleScore, ArticleScore]] = field(default_factory=dict)
    kinds: dict[str, Counter[str]] = field(default_factory=lambda: {k: Counter() for k in KINDS})


def score_run(run: Run, articles: list[GoldArticle]) -> Scored:
    scored = Scored()
    for article in articles:
        given = handed_over(run, article.id)
        before = score_article(given, article.gold, article.text, reground=False)
        after = score_article(run.briefings[article.id], article.gold, article.text)
        for category in CATEGORIES:
            scored.before[category].add(before.counts[category])
            scored.after[category].add(after.counts[category])
        scored.articles[article.id] = (given, before, after)
        _count_kinds(scored.kinds, run, article)
    return scored


def _count_kinds(kinds: dict[str, Counter[str]], run: Run, article: GoldArticle) -> None:
    """Per kind of claim: how many the validator refused and how many the briefing keeps
    (of the swapped and invented ones, those that are not true by chance)."""
    briefing = run.briefings[article.id]
    matcher = NameMatcher(article.text)
    kept = {(c, item_key(c, i.model_dump(), matcher)) for c in CATEGORIES for i in getattr(briefing, c)}
    refused = {(r.category, item_key(r.category, r.item, matcher)) for r in briefing.rejected if r.by == "validator"}
    resolve = Resolver(article.gold, article.text)
    for claim in run.claims.get(article.id, []):
        key = (claim.category, item_key(claim.category, claim.item, matcher))
        # A swap onto another right actor ("Azerbaijan is a party" for the separatists) is
        # no wrong claim: it is counted apart, not as a wrong claim the validator missed.
        true = claim.kind != "untouched" and is_true(claim.category, claim.item, article, resolve)
        for counter in (kinds[claim.kind], kinds.setdefault(f"{claim.kind} {claim.category}", Counter())):
            counter["claimed"] += 1
            counter["true"] += true
            counter["kept"] += key in kept and not true
            counter["refused"] += key in refused and key not in kept and not true
    kinds["dropped"]["planned"] += sum(kind == "dropped" and ref[0] == article.id for ref, kind in run.plan.items())


def is_true(category: str, item: dict[str, Any], article: GoldArticle, resolve: Resolver) -> bool:
    """Does the claim state a gold item exactly? eval's rule, but an alliance needs all its
    members right (eval's Jaccard >= 0.5 would call one invented member of three true)."""
    if category == "alliances":
        members = {resolve(m) for m in item["members"]}
        return any(members == {resolve(m) for m in g.members} for g in article.gold.alliances)
    same = rule_for(category, resolve)
    return any(same(SimpleNamespace(**item), g) for g in getattr(article.gold, category))
