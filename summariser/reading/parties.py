"""Party ranking: which actors the article shows as sides of the conflict.

Every actor scores for each sentence about fighting, sanctions or threats that names it
(`[conflict]` cues), more for being accused or accusing, a little for being tied to
another. Mediators and their members are not sides unless they accuse or are accused.

Which of the ranked actors the briefing calls parties is not a hand-set cut on that score:
a logistic model over what the article shows of each actor (`party_features`: the score's
parts, where and how often it is named, its kind, whether it acts or is only a place) gives
the chance that an annotator calls it a side. Its weights are data (`data/party_model.toml`),
fitted by `dev/fit_parties.py` on the development splits only, never on a held-out one.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

from .accusations import Accusation
from .alliances import Tie
from .mediations import Mediation
from .view import SentenceView

if TYPE_CHECKING:
    from .actors import Inventory, Mention
    from .syntax import Resolver

# Prepositions that make a mention a place ("clashes in Iraq", "flew to Germany"), not a side.
PLACE_PREPOSITIONS = frozenset("in at near inside across throughout within into to from around outside".split())
SUBJECTS = frozenset({"nsubj", "nsubjpass", "agent"})
MODIFIERS = frozenset({"poss", "amod", "compound", "nmod"})
KINDS = ("state", "armed_group", "political_group", "person", "government_body", "international_organisation",
         "separatist_authority")


@dataclass
class PartyScore:
    actor: str
    score: float = 0.0
    sentences: list[int] = field(default_factory=list)
    chance: float = 0.0  # the model's chance that the actor is a side (`party_model`)
    features: dict[str, float] = field(default_factory=dict)


def party_scores(views: list[SentenceView], accusations: Sequence[Accusation], ties: Sequence[Tie],
                 mediations: Sequence[Mediation] = (), between: Sequence[tuple[int, str]] = (),
                 owner: "Callable[[Mention], str]" = lambda m: m.actor) -> list[PartyScore]:
    """Each actor's party score; `owner` says whose a mention is (`speaking_persons`)."""
    scores: dict[str, PartyScore] = {}

    def add(actor: str, points: float, sentence: int) -> None:
        entry = scores.setdefault(actor, PartyScore(actor))
        entry.score += points
        if sentence not in entry.sentences:
            entry.sentences.append(sentence)

    for view in views:
        if view.find("conflict"):
            for actor in dict.fromkeys(owner(m) for m in _sides_named(view.mentions)):
                add(actor, 1.0, view.sentence.index)
    for item in accusations:
        for actor, points in ((item.accused, 2.0), (item.accuser, 1.0)):
            add(actor, points, item.sentence)
            for sentence in item.context:  # the sentence that names one described as "a 25-year-old man"
                add(actor, 0.0, sentence)
    for actor, sentence in {a: s for s, a in reversed(between)}.items():
        add(actor, 2.0, sentence)  # "a truce between A and B" (`Reader._sides_between`): once an actor
    for tie in ties:
        for actor in tie.members:
            add(actor, 0.5, tie.sentence)
    sides = {a for item in accusations for a in (item.accuser, item.accused)}
    for mediation in mediations:
        for actor in (mediation.mediator, *mediation.members):
            if actor not in sides:
                scores.pop(actor, None)
    return sorted(scores.values(), key=lambda s: (-s.score, s.actor))


def party_features(views: list[SentenceView], scores: list[PartyScore], accusations: Sequence[Accusation],
                   ties: Sequence[Tie], mediations: Sequence[Mediation], between: Sequence[tuple[int, str]],
                   inventory: "Inventory", resolver: "Resolver",
                   owner: "Callable[[Mention], str]" = lambda m: m.actor) -> dict[str, dict[str, float]]:
    """What the article shows of each actor it names, as numbers for `party_model`."""
    named: dict[str, list[int]] = {}
    for view in views:
        for actor in dict.fromkeys(owner(m) for m in _sides_named(view.mentions)):
            named.setdefault(actor, []).append(view.sentence.index)
    roles = _roles(inventory, resolver, owner)
    by_score = {s.actor: s for s in scores}
    top = scores[0].score if scores else 0.0
    ranked = sorted(named, key=lambda a: (-len(named[a]), a))
    conflict_sentences = {view.sentence.index for view in views if view.find("conflict")}
    mediating = {a for m in mediations for a in (m.mediator, *m.members)}
    out = {}
    for rank, actor in enumerate(ranked):
        score = by_score.get(actor)
        conflict = sum(1 for i in named[actor] if i in conflict_sentences)
        role = roles.get(actor, {})
        mentions = max(1, sum(role.values()))
        kind = inventory.kind_of(actor)
        out[actor] = {
            "conflict": math.log1p(conflict),
            "accused": math.log1p(sum(1 for a in accusations if a.accused == actor)),
            "accuser": math.log1p(sum(1 for a in accusations if a.accuser == actor)),
            "tied": math.log1p(sum(1 for t in ties if actor in t.members)),
            "between": float(any(a == actor for _, a in between)),
            "sentences": math.log1p(len(named[actor])),
            "share": len(named[actor]) / max(1, len(views)),
            "lede": float(0 in named[actor]),
            "early": float(any(i < 3 for i in named[actor])),
            "first": float(bool(scores) and scores[0].actor == actor),
            "relative": score.score / top if score is not None and top else 0.0,
            "mention_rank": 1.0 / (rank + 1),
            "mediator": float(actor in mediating),
            "subject": role.get("subject", 0) / mentions,
            "place": role.get("place", 0) / mentions,
            "object": role.get("object", 0) / mentions,
            "only_place": float(role.get("place", 0) == sum(role.values()) > 0),
            "accused_person": float(kind == "person" and any(a.accused == actor for a in accusations)),
            **{f"kind_{k}": float(kind == k) for k in KINDS},
        }
    return out


def speaking_persons(accusations: Sequence[Accusation], inventory: "Inventory") -> Callable[["Mention"], str]:
    """Whose a mention is, for ranking: a leader the reading names as a person in a domestic
    dispute ("Trump accused Biden of ...": Donald Trump, not the United States) owns the
    mentions of their name that stood for the state, so the person is ranked as the side."""
    persons = {a for item in accusations for a in (item.accuser, item.accused) if inventory.kind_of(a) == "person"}
    # only people whose names stood for a state ("Donald Trump", not his niece "Mary Trump")
    leaders = {inventory.name_of(a): a for a in persons if inventory.name_of(a) in inventory.persons}

    def owner(mention: "Mention") -> str:
        if mention.via != "person" or mention.actor in persons:
            return mention.actor
        found = {actor for name, actor in leaders.items() if mention.text == name or mention.text in name.split()}
        return found.pop() if len(found) == 1 else mention.actor
    return owner


def _sides_named(mentions: "Sequence[Mention]") -> "list[Mention]":
    """The mentions that may name a side: not a city ("a flight from Tomsk", "doctors in Omsk"),
    which only tells where. A capital stays one: it may speak for its government ("Moscow said")."""
    return [m for m in mentions if m.via != "city"]


def _roles(inventory: "Inventory", resolver: "Resolver",
           owner: Callable[["Mention"], str] = lambda m: m.actor) -> dict[str, dict[str, int]]:
    """How each actor's mentions sit in their clause: as (or owning) a subject, as a place
    after "in"/"to", as an object; a side acts and is acted on, a place is only where."""
    roles: dict[str, dict[str, int]] = {}
    for mention in _sides_named(inventory.mentions):
        span = resolver.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        if root.dep_ in MODIFIERS:
            root = root.head
        if root.dep_ in SUBJECTS:
            role = "subject"
        elif root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS:
            role = "place"
        elif root.dep_ in ("dobj", "pobj", "dative", "attr"):
            role = "object"
        else:
            role = "other"
        counts = roles.setdefault(owner(mention), {})
        counts[role] = counts.get(role, 0) + 1
    return roles


class PartyModel(NamedTuple):
    """The fitted model and how its chances become parties: every actor at `threshold` or
    above, and at least the `least` likeliest whose chance reaches `floor`. A conflict has two
    sides; on news unlike the articles the rules grew on, the evidence for the second is
    weaker, not absent."""

    weights: dict[str, float]
    bias: float
    threshold: float
    least: int
    floor: float


@cache
def party_model() -> PartyModel:
    """The model in `data/party_model.toml` (written by `dev/fit_parties.py`)."""
    path = resources.files("summariser.reading") / "data" / "party_model.toml"
    table = tomllib.loads(path.read_text(encoding="utf-8"))
    return PartyModel(dict(table["weights"]), float(table["bias"]), float(table["threshold"]),
                      int(table["least"]), float(table["floor"]))


def chance(features: dict[str, float]) -> float:
    """The model's chance that an actor with these features is a side."""
    model = party_model()
    z = model.bias + sum(model.weights.get(name, 0.0) * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
