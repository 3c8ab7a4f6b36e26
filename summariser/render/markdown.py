"""Briefings as Markdown for people: the claims, their quotes, and what was rejected.

Rejected items appear only in their own section, labelled as unverified, with the reason
each failed: a reader sees what the model claimed and why the tool would not vouch for it.
"""

from __future__ import annotations

from typing import Any

from ..models import Briefing, Evidence

TITLES = {
    "parties": "Parties",
    "mediators": "Mediators",
    "alliances": "Alliances",
    "accusations": "Accusations",
}


def _evidence(evidence: list[Evidence]) -> list[str]:
    return [f"  > {' '.join(e.quote.split())}  \n  > _chars {e.start}–{e.end}, {e.match}_" for e in evidence]


def _headline(category: str, item: Any) -> str:
    if category == "parties":
        also = f"; also {', '.join(item.aliases)}" if item.aliases else ""
        return f"**{item.name}** ({item.kind.replace('_', ' ')}{also})"
    if category == "mediators":
        members = f" — members: {', '.join(item.members)}" if item.members else ""
        return f"**{item.name}**{members}"
    if category == "alliances":
        return f"**{' – '.join(item.members)}** ({item.kind.replace('_', ' ')})"
    speaker = f" _(voiced by {item.speaker})_" if item.speaker else ""
    support = f" _(allegation support {item.allegation_support:.2f})_" if item.allegation_support is not None else ""
    return f"**{item.accuser}** accuses **{item.accused}**: {item.allegation}{speaker}{support}"


def draft_summary(category: str, item: dict[str, Any]) -> str:
    """One line for a rejected draft (a plain dict: it never passed the models' checks)."""
    if category == "accusations":
        return f"{item.get('accuser')} accuses {item.get('accused')}: {item.get('allegation')}"
    if category == "alliances":
        return " – ".join(map(str, item.get("members", [])))
    return str(item.get("name", ""))


def provenance_line(briefing: Briefing) -> str:
    p = briefing.provenance
    return (
        f"_{p.provider} · {p.model} · {p.method} · prompt {p.prompt_version} · schema {p.schema_version} · "
        f"{p.calls} calls ({p.reasks} re-asks) · {p.prompt_tokens:,} + {p.completion_tokens:,} tokens · "
        f"{p.seconds:.1f} s_"
    )


def to_markdown(briefing: Briefing) -> str:
    source = briefing.source
    lines = [f"# Briefing: {source.title or source.id}", ""]
    if source.title or source.published:
        lines.extend([f"_{source.id}" + (f" · published {source.published}" if source.published else "") + "_", ""])
    lines.extend([provenance_line(briefing), ""])
    if briefing.actors:
        lines.extend(["## Actors", ""])
        for actor in briefing.actors:
            forms = f"; as {', '.join(actor.forms)}" if actor.forms else ""
            mentions = f"; {actor.mentions} mentions" if actor.mentions else ""
            lines.append(f"- **{actor.name}** (`{actor.id}`, {actor.kind.replace('_', ' ')}{forms}{mentions})")
        lines.append("")
    for category, title in TITLES.items():
        items = getattr(briefing, category)
        lines.append(f"## {title}")
        lines.append("")
        if not items:
            lines.extend(["_none found_", ""])
        for item in items:
            lines.append(f"- {_headline(category, item)}")
            lines.extend(_evidence(item.evidence))
        if items:
            lines.append("")
    if briefing.rejected:
        lines.extend([f"## Unverified, not shown as facts ({len(briefing.rejected)})", ""])
        for rejected in briefing.rejected:
            reasons = "; ".join(rejected.reasons)
            lines.append(f"- {rejected.category}: {draft_summary(rejected.category, rejected.item)} — {reasons}")
        lines.append("")
    if briefing.notes:
        lines.extend(["## Notes", "", *(f"- {note}" for note in briefing.notes), ""])
    return "\n".join(lines)
