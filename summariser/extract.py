"""Extraction of one category: ask, ground every item, re-ask only what failed.

The model drafts items with quotes; `grounding.ground_item` locates each quote and checks
the item against it. Items that fail go back to the model with their specific reasons,
for at most `reasks` rounds, and only those items: re-asking the whole list would spend
tokens re-deciding what was already verified. What is still ungrounded after that is
returned as rejected, with its reasons, and never as a fact.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import ModelError
from .grounding import ItemVerdict, content_words, ground_item
from .models import CATEGORIES, DRAFTS, Category, Evidence, Extraction, Rejected
from .names import NameMatcher
from .policy import RetryPolicy, Usage
from .prompts import extraction_messages, reask_message
from .providers import Connection


@dataclass
class CategoryResult:
    category: Category | None = None
    kept: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class Tally:
    """Tokens spent on first asks and on re-asks, counted apart."""

    first: Usage = field(default_factory=Usage)
    reasks: Usage = field(default_factory=Usage)
    reask_rounds: int = 0


def kept_item(category: Category, draft: dict[str, Any], verdict: ItemVerdict) -> dict[str, Any]:
    """The tool-facing item: the draft's fields, its quotes replaced by located evidence."""
    item = {key: value for key, value in draft.items() if key != "quotes"}
    item["evidence"] = [e.model_dump() if isinstance(e, Evidence) else e for e in verdict.evidence]
    if category == "accusations":
        item["allegation_support"] = verdict.allegation_support
    return item


def item_key(category: Category, item: dict[str, Any], matcher: NameMatcher) -> tuple[Any, ...]:
    """What makes two items the same claim, so a re-ask cannot add a duplicate. Actors are
    keyed as the validator tells them apart (`NameMatcher.actor_key`): two people the
    article ties to one state are two parties, not one merged away."""
    key = matcher.actor_key
    if category in ("parties", "mediators"):
        return (key(item["name"]),)
    if category == "alliances":
        return (frozenset(key(m) for m in item["members"]), item["kind"])
    # Distinct per allegation: two different charges between one pair are two claims.
    return (key(item["accuser"]), key(item["accused"]),
            frozenset(content_words(str(item.get("allegation", "")))))


def failures_text(failing: Sequence[tuple[dict[str, Any], Sequence[str]]]) -> str:
    """The failing items, numbered, each with its reasons: what a re-ask tells the model."""
    lines = []
    for number, (draft, reasons) in enumerate(failing, 1):
        lines.append(f"{number}. {json.dumps(draft, ensure_ascii=False)}")
        lines.extend(f"   - {reason}" for reason in reasons)
    return "\n".join(lines)


def _assistant_turn(category: Category, drafts: list[dict[str, Any]]) -> dict[str, str]:
    return {"role": "assistant", "content": json.dumps({category: drafts}, ensure_ascii=False)}


async def extract_category(
    connection: Connection,
    category: Category,
    text: str,
    matcher: NameMatcher,
    tally: Tally,
    *,
    reasks: int = 1,
    policy: RetryPolicy = RetryPolicy(),
) -> CategoryResult:
    """One call for this category, then grounding and re-asks."""
    from .calls import ask

    messages = extraction_messages(category, text)
    try:
        answer = await ask(connection, DRAFTS[category], messages, tally.first, policy)
    except ModelError as error:
        return CategoryResult(notes=[f"{category}: no usable answer from the model ({error})"])
    drafts = [d.model_dump() for d in getattr(answer, category)]
    return await settle(connection, category, drafts, messages, text, matcher, tally, reasks, policy)


async def extract_all(
    connection: Connection,
    text: str,
    matcher: NameMatcher,
    tally: Tally,
    *,
    reasks: int = 1,
    policy: RetryPolicy = RetryPolicy(),
) -> list[CategoryResult]:
    """One call for all four categories (the article's tokens are paid once), then
    grounding and re-asks per category, in parallel."""
    from .calls import ask

    messages = extraction_messages("all", text)
    try:
        answer = await ask(connection, Extraction, messages, tally.first, policy)
    except ModelError as error:
        return [CategoryResult(notes=[f"all categories: no usable answer from the model ({error})"])]
    return list(await asyncio.gather(*(
        settle(connection, category, [d.model_dump() for d in getattr(answer, category)],
               messages, text, matcher, tally, reasks, policy)
        for category in CATEGORIES
    )))


async def settle(
    connection: Connection,
    category: Category,
    drafts: list[dict[str, Any]],
    messages: list[dict[str, str]],
    text: str,
    matcher: NameMatcher,
    tally: Tally,
    reasks: int,
    policy: RetryPolicy,
) -> CategoryResult:
    """Ground the drafts; re-ask about the failing ones only, at most `reasks` rounds."""
    from .calls import ask

    result = CategoryResult(category)
    seen: set[tuple[Any, ...]] = set()
    failed: dict[tuple[Any, ...], tuple[dict[str, Any], ItemVerdict]] = {}
    for round_number in range(reasks + 1):
        failing = _ground_into(result, category, drafts, text, matcher, seen)
        failed.update((item_key(category, d, matcher), (d, v)) for d, v in failing)
        if not failing or round_number == reasks:
            break
        tally.reask_rounds += 1
        messages = [
            *messages,
            _assistant_turn(category, [draft for draft, _ in failing]),
            reask_message(failures_text([(d, v.reasons) for d, v in failing])),
        ]
        try:
            answer = await ask(connection, DRAFTS[category], messages, tally.reasks, policy)
        except ModelError as error:
            result.notes.append(f"{category}: re-ask failed ({error})")
            break
        drafts = [d.model_dump() for d in getattr(answer, category)]
    # An item the model dropped or never fixed stays rejected; one fixed later does not.
    result.rejected.extend(
        Rejected(category=category, item=draft, reasons=verdict.reasons)
        for key, (draft, verdict) in failed.items()
        if key not in seen
    )
    return result


def _ground_into(
    result: CategoryResult,
    category: Category,
    drafts: list[dict[str, Any]],
    text: str,
    matcher: NameMatcher,
    seen: set[tuple[Any, ...]],
) -> list[tuple[dict[str, Any], ItemVerdict]]:
    """Keep the grounded drafts (once each); return the failing ones with their verdicts."""
    failing = []
    for draft in drafts:
        verdict = ground_item(category, draft, text, matcher=matcher)
        if not verdict.grounded:
            failing.append((draft, verdict))
            continue
        key = item_key(category, draft, matcher)
        if key not in seen:
            seen.add(key)
            result.kept.append(kept_item(category, draft, verdict))
    return failing
