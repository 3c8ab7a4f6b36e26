"""The briefing as one self-contained HTML page: the article with its evidence highlighted.

A reader checks a briefing by looking at the evidence in place, so the page shows the whole
article with every evidence span marked, and the claims beside it. The page must open from
disk anywhere (an e-mail attachment, an air-gapped laptop): CSS and JS are inline and it
loads nothing. Everything from the article or the model goes through Jinja2's autoescaping,
and the script reads its data from the DOM (never from text pasted into a `<script>`), so a
hostile article or model answer is shown as text and runs nothing.

Overlapping spans are split at every boundary into segments; each segment is exactly one
`<mark>` carrying the union of the claim ids it supports, so tags never nest or cross.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

import jinja2

from ..models import Briefing, Evidence
from .markdown import draft_summary

# Label and one-letter tag per category: colour is never the only cue.
LABELS = {"parties": "Party", "mediators": "Mediator", "alliances": "Alliance", "accusations": "Accusation"}
TAGS = {"parties": "P", "mediators": "M", "alliances": "L", "accusations": "A"}


@dataclass
class Claim:
    """One kept item as the page shows it; `id` is what marks point to (`data-claims`)."""

    id: str
    category: str
    label: str
    headline: str
    names: list[str]
    actors: list[str]
    evidence: list[Evidence]
    kind: str | None = None
    allegation: str | None = None
    speaker: str | None = None
    support: float | None = None

    @property
    def tag(self) -> str:
        """Short visible tag, e.g. `P1` for `party-1`: what the text shows beside a span."""
        return TAGS[self.category] + self.id.rsplit("-", 1)[1]


@dataclass
class Segment:
    """A stretch of article text covered by the same set of claims (none: plain text)."""

    text: str
    claims: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    starts: list[str] = field(default_factory=list)  # tags of claims whose evidence span starts here

    @property
    def css(self) -> str:
        """A class per category; `multi` (a stripe pattern) when claims of several meet here."""
        return " ".join([*(f"cat-{c}" for c in self.categories), *(["multi"] if len(self.categories) > 1 else [])])


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def _actor_index(briefing: Briefing) -> dict[str, str]:
    """Every surface form of an inventory actor → `actor:<id>`, so 'Moscow' filters as Russia."""
    index: dict[str, str] = {}
    for actor in briefing.actors:
        for form in [actor.name, actor.id, *actor.forms]:
            index.setdefault(_key(form), f"actor:{actor.id}")
    return index


def _claims(briefing: Briefing, index: dict[str, str]) -> list[Claim]:
    claims: list[Claim] = []

    def actors(names: list[str]) -> list[str]:
        return sorted({index.get(_key(n), f"name:{_key(n)}") for n in names if n.strip()})

    for n, party in enumerate(briefing.parties, 1):
        names = [party.name, *party.aliases]
        claims.append(Claim(f"party-{n}", "parties", LABELS["parties"], party.name, names, actors(names),
                            party.evidence, kind=party.kind.replace("_", " ")))
    for n, mediator in enumerate(briefing.mediators, 1):
        names = [mediator.name, *mediator.members]
        headline = mediator.name + (f" ({', '.join(mediator.members)})" if mediator.members else "")
        claims.append(Claim(f"mediator-{n}", "mediators", LABELS["mediators"], headline, names, actors(names),
                            mediator.evidence))
    for n, alliance in enumerate(briefing.alliances, 1):
        claims.append(Claim(f"alliance-{n}", "alliances", LABELS["alliances"], " – ".join(alliance.members),
                            list(alliance.members), actors(alliance.members), alliance.evidence,
                            kind=alliance.kind.replace("_", " ")))
    for n, accusation in enumerate(briefing.accusations, 1):
        names = [accusation.accuser, accusation.accused]
        claims.append(Claim(f"accusation-{n}", "accusations", LABELS["accusations"],
                            f"{accusation.accuser} accuses {accusation.accused}", names, actors(names),
                            accusation.evidence, allegation=accusation.allegation, speaker=accusation.speaker,
                            support=accusation.allegation_support))
    return claims


def segments(text: str, claims: list[Claim]) -> list[Segment]:
    """Split `text` at every span boundary; each piece knows every claim covering it.

    Spans outside the text or empty are skipped (a pure renderer must not crash on a
    briefing of another text; the CLI refuses those by checksum before getting here).
    """
    spans = [(e.start, e.end, c) for c in claims for e in c.evidence if 0 <= e.start < e.end <= len(text)]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    pieces: list[Segment] = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [c for s, e, c in spans if s <= start and end <= e]
        ids = list(dict.fromkeys(c.id for c in covering))
        categories = list(dict.fromkeys(c.category for c in covering))
        starts = list(dict.fromkeys(c.tag for s, _, c in spans if s == start))
        pieces.append(Segment(text[start:end], ids, categories, starts))
    return pieces


def _actor_options(briefing: Briefing, claims: list[Claim]) -> list[tuple[str, str]]:
    """The actor filter's choices: the inventory first, then names no inventory actor covers."""
    options = [(f"actor:{a.id}", a.name + (f" ({', '.join(a.forms)})" if a.forms else "")) for a in briefing.actors]
    seen = {value for value, _ in options}
    for claim in claims:
        for name in claim.names:
            value = _actor_index(briefing).get(_key(name), f"name:{_key(name)}")
            if value not in seen and name.strip():
                seen.add(value)
                options.append((value, name))
    used = {a for c in claims for a in c.actors}
    return [(value, label) for value, label in options if value in used]


def _rejected(briefing: Briefing) -> list[dict[str, Any]]:
    rows = []
    for item in briefing.rejected:
        quotes = item.item.get("quotes", [])
        rows.append({
            "category": LABELS.get(item.category, item.category),
            "summary": draft_summary(item.category, item.item),
            "quotes": [str(q) for q in quotes] if isinstance(quotes, list) else [],
            "reasons": item.reasons,
        })
    return rows


@cache
def environment() -> jinja2.Environment:
    """The one Jinja2 environment of every HTML page here (briefing and digest)."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("summariser.render", "templates"),
        autoescape=True,  # every template here is HTML: escape always, not by file suffix
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def to_html(briefing: Briefing, text: str) -> str:
    """One self-contained page for `briefing` over `text`, the article its offsets index."""
    claims = _claims(briefing, _actor_index(briefing))
    present = [c for c in LABELS if any(claim.category == c for claim in claims)]
    return environment().get_template("briefing.html.j2").render(
        briefing=briefing,
        claims=claims,
        segments=segments(text, claims),
        categories=[(c, LABELS[c], TAGS[c], sum(claim.category == c for claim in claims)) for c in LABELS],
        present=present,
        actor_options=_actor_options(briefing, claims),
        rejected=_rejected(briefing),
        tags=TAGS,
    )
