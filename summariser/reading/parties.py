"""Party ranking: which actors the article shows as sides of the conflict.

Every actor scores for each sentence about fighting, sanctions or threats that names it
(`[conflict]` cues), more for being accused or accusing, a little for being tied to
another. Mediators and their members are not sides unless they accuse or are accused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .accusations import Accusation
from .alliances import Tie
from .mediations import Mediation
from .view import SentenceView


@dataclass
class PartyScore:
    actor: str
    score: float = 0.0
    sentences: list[int] = field(default_factory=list)


def party_scores(views: list[SentenceView], accusations: Sequence[Accusation], ties: Sequence[Tie],
                 mediations: Sequence[Mediation] = ()) -> list[PartyScore]:
    scores: dict[str, PartyScore] = {}

    def add(actor: str, points: float, sentence: int) -> None:
        entry = scores.setdefault(actor, PartyScore(actor))
        entry.score += points
        if sentence not in entry.sentences:
            entry.sentences.append(sentence)

    for view in views:
        if view.find("conflict"):
            for actor in dict.fromkeys(m.actor for m in view.mentions):
                add(actor, 1.0, view.sentence.index)
    for item in accusations:
        for actor, points in ((item.accused, 2.0), (item.accuser, 1.0)):
            add(actor, points, item.sentence)
            for sentence in item.context:  # the sentence that names one described as "a 25-year-old man"
                add(actor, 0.0, sentence)
    for tie in ties:
        for actor in tie.members:
            add(actor, 0.5, tie.sentence)
    sides = {a for item in accusations for a in (item.accuser, item.accused)}
    for mediation in mediations:
        for actor in (mediation.mediator, *mediation.members):
            if actor not in sides:
                scores.pop(actor, None)
    return sorted(scores.values(), key=lambda s: (-s.score, s.actor))
