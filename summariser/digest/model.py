"""The shape of a digest: one briefing across many articles, with every source kept.

A digest never states more than its briefings did. Each merged claim lists the articles
that support it, each with the evidence that article's briefing located (quote and
offsets into that article), so a reader can go back from the digest to the text. The
actor merge is shown too (which surface form came from which article), because merging
"Moscow" with "Russia" is a decision a reader should be able to check.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..models import ActorKind, Category, Evidence, Strict

DIGEST_VERSION = "1"

Resolution = Literal["inventory", "countryinfo", "known", "name"]


class FormSeen(Strict):
    """One surface form of an actor and the articles that used it."""

    form: str
    articles: list[str]


class DigestActor(Strict):
    id: str = Field(description="ISO 3166 alpha-3 for states, a slug otherwise; stable across articles.")
    name: str
    kind: ActorKind
    resolved_by: list[Resolution] = Field(
        description="How its names were tied to the id: the briefing's actor inventory, countryinfo's "
        "country forms (names, demonyms, capitals), the known organisations and groups of the reading's "
        "lexicon (actors.toml), or the name itself (slug)."
    )
    forms: list[FormSeen]
    articles: int = Field(description="Number of articles that name it in a claim or in their inventory.")
    mentions: int = Field(default=0, description="Mentions summed over the inventories that count them.")


class ClaimSource(Strict):
    """One article's support for a merged claim: its own wording and its located evidence."""

    article: str
    title: str | None = None
    published: str | None = None
    as_given: str = Field(description="The claim as this article's briefing worded it.")
    speaker: str | None = None
    evidence: list[Evidence]


class DigestClaim(Strict):
    id: str
    category: Category
    actors: list[str] = Field(description="Actor ids: [party], [mediator, *members], sorted members, "
                              "or [accuser, accused].")
    accuser: str | None = None
    accused: str | None = None
    allegation: str | None = Field(default=None, description="The first wording seen; others are in sources.")
    kinds: list[str] = []
    articles: int = Field(description="Number of distinct articles supporting it.")
    sources: list[ClaimSource]


class Edge(Strict):
    """Accusations from one actor to another; weight = number of distinct articles."""

    accuser: str
    accused: str
    weight: int
    claims: list[str]


class DigestArticle(Strict):
    id: str
    title: str | None = None
    published: str | None = Field(default=None, description="From the briefing's source; never guessed.")
    sha256: str
    file: str = Field(description="Where the briefing was read (a path, or path:line for JSONL).")
    claims: int


class TimelineEntry(Strict):
    date: str
    articles: list[str]


class Problem(Strict):
    """A briefing that was not digested, and why (the same line the CLI prints)."""

    file: str
    message: str


class Digest(Strict):
    digest_version: str = DIGEST_VERSION
    schema_versions: list[str] = Field(description="Briefing schema versions read.")
    articles: list[DigestArticle]
    actors: list[DigestActor]
    claims: list[DigestClaim]
    network: list[Edge]
    timeline: list[TimelineEntry] = Field(description="Dated articles by publication date, oldest first.")
    undated: list[str] = Field(description="Articles whose briefing gives no publication date.")
    problems: list[Problem] = []
    skipped: list[Problem] = Field(default=[], description="Briefings of an article already digested.")
