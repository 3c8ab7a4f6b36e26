"""Merging briefings into one digest, one briefing at a time.

`DigestBuilder.add` takes a briefing, folds its claims into the running result and keeps
nothing else of it, so memory grows with the merged result (actors, distinct claims,
their sources) and not with the input. Claims are the same claim when they have the same
category and the same actor ids; accusations must also make the same allegation, judged by
content-word overlap (the grounding's `content_words`: stop words out, words stemmed),
so "shelled civilians" and "violated the ceasefire" between one pair stay two claims.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import InputError
from ..grounding import content_words
from ..models import CATEGORIES, ActorKind, Briefing
from .actors import BriefingActors, Resolved
from .load import Loaded, expand_briefing_inputs, read_briefings
from .model import (
    ClaimSource,
    Digest,
    DigestActor,
    DigestArticle,
    DigestClaim,
    Edge,
    FormSeen,
    Problem,
    Resolution,
    TimelineEntry,
)

# Two allegations are one when their content words overlap this much (Jaccard). Half is
# the grounding's own bar for "the quote supports the allegation".
SAME_ALLEGATION = 0.5


@lru_cache(maxsize=65536)
def allegation_words(allegation: str) -> frozenset[str]:
    return frozenset(content_words(allegation))


def same_allegation(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return a == b
    return len(a & b) / len(a | b) >= SAME_ALLEGATION


def real_date(value: str | None) -> str | None:
    """The date if it is a real YYYY-MM-DD date, else None: a digest never invents one."""
    if not value or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        return None


@dataclass
class _Actor:
    name: str
    kind: ActorKind
    how: set[Resolution] = field(default_factory=set)
    forms: dict[str, list[str]] = field(default_factory=dict)
    articles: set[str] = field(default_factory=set)
    mentions: int = 0

    def saw(self, form: str, article: str) -> None:
        seen = self.forms.setdefault(form.strip(), [])
        if not seen or seen[-1] != article:
            seen.append(article)
        self.articles.add(article)


@dataclass
class _Claim:
    category: str
    actors: list[str]
    accuser: str | None = None
    accused: str | None = None
    allegation: str | None = None
    words: frozenset[str] = frozenset()
    kinds: list[str] = field(default_factory=list)
    sources: list[ClaimSource] = field(default_factory=list)

    def article_count(self) -> int:
        return len({s.article for s in self.sources})


class DigestBuilder:
    """The running digest. `add` one checked briefing at a time, then `build`."""

    def __init__(self) -> None:
        self.actors: dict[str, _Actor] = {}
        self.claims: dict[tuple[str, ...], list[_Claim]] = {}
        self.articles: list[DigestArticle] = []
        self.seen: dict[str, tuple[str, str]] = {}  # source id -> (sha256, where read)
        self.versions: set[str] = set()
        self.problems: list[Problem] = []
        self.skipped: list[Problem] = []

    # --- input ---------------------------------------------------------------------

    def check_new(self, briefing: Briefing, label: str) -> bool:
        """False for a briefing of an article already digested; an error if its text differs."""
        source = briefing.source
        earlier = self.seen.get(source.id)
        if earlier is None:
            self.seen[source.id] = (source.sha256, label)
            return True
        if earlier[0] != source.sha256:
            raise InputError(
                f"{label}: source id {source.id!r} was already read from {earlier[1]} with a different sha256 "
                "(two different texts under one id)"
            )
        self.skipped.append(Problem(file=label, message=f"same article as {earlier[1]}; not counted twice"))
        return False

    def add(self, briefing: Briefing, label: str) -> None:
        if not self.check_new(briefing, label):
            return
        self.versions.add(briefing.schema_version)
        source = briefing.source
        article = source.id
        names = BriefingActors(briefing)
        for actor in briefing.actors:
            merged = self._actor(Resolved(actor.id, actor.name, actor.kind, "inventory"))
            for form in actor.forms or [actor.name]:
                merged.saw(form, article)
            merged.mentions += actor.mentions

        def resolve(name: str, kind: str | None = None) -> str:
            resolved = names.resolve(name, kind)
            self._actor(resolved).saw(name, article)
            return resolved.id

        def cite(as_given: str, evidence: list, speaker: str | None = None) -> ClaimSource:
            return ClaimSource(article=article, title=source.title, published=real_date(source.published),
                               as_given=as_given, speaker=speaker, evidence=evidence)

        for party in briefing.parties:
            pid = resolve(party.name, party.kind)
            for alias in party.aliases:
                self._actor_by_id(pid).saw(alias, article)
            claim = self._claim(("parties", pid), lambda: _Claim("parties", [pid]))
            _add_kind(claim, party.kind)
            claim.sources.append(cite(party.name, party.evidence))
        for mediator in briefing.mediators:
            mid = resolve(mediator.name)
            members = sorted({resolve(m) for m in mediator.members} - {mid})
            claim = self._claim(("mediators", mid), lambda: _Claim("mediators", [mid]))
            claim.actors += [m for m in members if m not in claim.actors]
            members_text = f" (members: {', '.join(mediator.members)})" if mediator.members else ""
            claim.sources.append(cite(mediator.name + members_text, mediator.evidence))
        for alliance in briefing.alliances:
            ids = sorted({resolve(m) for m in alliance.members})
            claim = self._claim(("alliances", *ids), lambda: _Claim("alliances", ids))
            _add_kind(claim, alliance.kind)
            claim.sources.append(cite(" – ".join(alliance.members), alliance.evidence))
        for accusation in briefing.accusations:
            accuser, accused = resolve(accusation.accuser), resolve(accusation.accused)
            wanted = allegation_words(accusation.allegation)
            group = self.claims.setdefault(("accusations", accuser, accused), [])
            claim = next((c for c in group if same_allegation(c.words, wanted)), None)
            if claim is None:
                claim = _Claim("accusations", [accuser, accused], accuser, accused, accusation.allegation, wanted)
                group.append(claim)
            claim.sources.append(cite(f"{accusation.accuser} accuses {accusation.accused}: {accusation.allegation}",
                                      accusation.evidence, accusation.speaker))

        self.articles.append(DigestArticle(
            id=article, title=source.title, published=real_date(source.published), sha256=source.sha256,
            file=label, claims=sum(len(getattr(briefing, c)) for c in CATEGORIES),
        ))

    def _actor(self, resolved: Resolved) -> _Actor:
        actor = self.actors.get(resolved.id)
        if actor is None:
            actor = self.actors[resolved.id] = _Actor(resolved.name, resolved.kind)
        elif resolved.how == "inventory" and "inventory" not in actor.how:
            actor.name, actor.kind = resolved.name, resolved.kind  # the article's reading names it best
        actor.how.add(resolved.how)
        return actor

    def _actor_by_id(self, actor_id: str) -> _Actor:
        return self.actors[actor_id]

    def _claim(self, key: tuple[str, ...], new: Callable[[], _Claim]) -> _Claim:
        group = self.claims.setdefault(key, [])
        if not group:
            group.append(new())
        return group[0]

    # --- output --------------------------------------------------------------------

    def build(self) -> Digest:
        order = {c: i for i, c in enumerate(CATEGORIES)}
        merged = [c for group in self.claims.values() for c in group]
        merged.sort(key=lambda c: (order[c.category], -c.article_count()))
        claims = [
            DigestClaim(id=f"c{n}", category=c.category, actors=c.actors, accuser=c.accuser,  # type: ignore[arg-type]
                        accused=c.accused, allegation=c.allegation, kinds=c.kinds,
                        articles=c.article_count(), sources=c.sources)
            for n, c in enumerate(merged, 1)
        ]
        edges: dict[tuple[str, str], tuple[set[str], list[str]]] = {}
        for claim in claims:
            if claim.category == "accusations" and claim.accuser and claim.accused:
                articles, ids = edges.setdefault((claim.accuser, claim.accused), (set(), []))
                articles.update(s.article for s in claim.sources)
                ids.append(claim.id)
        network = [Edge(accuser=a, accused=b, weight=len(arts), claims=ids)
                   for (a, b), (arts, ids) in sorted(edges.items(), key=lambda e: (-len(e[1][0]), e[0]))]
        dated: dict[str, list[str]] = {}
        for article in self.articles:
            if article.published:
                dated.setdefault(article.published, []).append(article.id)
        actors = [
            DigestActor(id=actor_id, name=a.name, kind=a.kind, resolved_by=sorted(a.how),
                        forms=[FormSeen(form=f, articles=arts) for f, arts in
                               sorted(a.forms.items(), key=lambda kv: (-len(kv[1]), kv[0]))],
                        articles=len(a.articles), mentions=a.mentions)
            for actor_id, a in sorted(self.actors.items(), key=lambda kv: (-len(kv[1].articles), kv[0]))
        ]
        return Digest(
            schema_versions=sorted(self.versions), articles=self.articles, actors=actors, claims=claims,
            network=network, timeline=[TimelineEntry(date=d, articles=ids) for d, ids in sorted(dated.items())],
            undated=[a.id for a in self.articles if not a.published],
            problems=self.problems, skipped=self.skipped,
        )


def _add_kind(claim: _Claim, kind: str) -> None:
    if kind not in claim.kinds:
        claim.kinds.append(kind)


def digest_briefings(
    arguments: Iterable[str],
    *,
    strict: bool = False,
    on_problem: Callable[[InputError], None] | None = None,
) -> Digest:
    """Digest briefing files, folders, globs and JSONL files.

    Each unusable briefing is recorded in `Digest.problems` and passed to `on_problem`
    (the CLI prints it at once); with `strict` the first one is raised instead.
    """
    builder = DigestBuilder()
    for item in read_briefings(expand_briefing_inputs(arguments)):
        try:
            if isinstance(item, InputError):
                raise item
            assert isinstance(item, Loaded)
            builder.add(item.briefing, item.label)
        except InputError as error:
            if strict:
                raise
            label, _, message = str(error).partition(": ")
            builder.problems.append(Problem(file=label, message=message))
            if on_problem:
                on_problem(error)
    return builder.build()
