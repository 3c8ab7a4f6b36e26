"""Alliance candidates: standing ties between actors, and the kind of tie.

- "X sees Y as a protective power", "X is the closest ally of Y", "X is linked to a
  military treaty with Y": the actor before the cue and the one after (or the two before);
- "an Iranian-backed militia": the backer and the group it backs;
- "X and Y signed a joint declaration", "cooperation between X and Y": every actor of the clause.

A tie word right after "suspension of", "against" and the like is no tie.
"""

from __future__ import annotations

from dataclasses import dataclass

from .view import SentenceView, cues

SYMMETRIC = frozenset({"together", "joint", "coalition", "bloc", "alliance", "cooperation", "partnership", "between"})
MAX_JOINT = 5


@dataclass(frozen=True)
class Tie:
    sentence: int
    members: tuple[str, ...]
    kind: str
    rule: str


def ties(views: list[SentenceView]) -> list[Tie]:
    out: list[Tie] = []
    kinds = [name for name in cues() if name.startswith("ally:")]
    for view in views:
        for name in kinds:
            for at, n in view.find(name):
                if view.has(at, "negation", back=3) or view.has(at, "tie_blocker", back=3):
                    continue
                tie = _tie(view, at, n, name.split(":", 1)[1])
                if tie is not None:
                    out.append(tie)
    unique: dict[frozenset[str], Tie] = {}
    for tie in out:
        unique.setdefault(frozenset(tie.members), tie)
    return list(unique.values())


def _tie(view: SentenceView, at: int, n: int, kind: str) -> Tie | None:
    words = {view.tokens[a].key for a in range(at, at + n)}
    index = view.sentence.index
    if view.tokens[at].key == "backed" and at and view.gap(at - 1, at) == "-":
        backers = view.before(at, 1)
        others = [m for m in view.after(at, 4) + view.before(at, 12) if backers and m.actor != backers[0].actor]
        return Tie(index, (backers[0].actor, others[0].actor), kind, "backed") if backers and others else None
    if words & SYMMETRIC:
        clause = [m for m in view.mentions if view.clause[view.local(m)] == view.clause[at]]
        members = tuple(dict.fromkeys(m.actor for m in clause))
        return Tie(index, members, kind, "joint") if 2 <= len(members) <= MAX_JOINT else None
    left, right = view.before(at, 10), view.after(at + n - 1, 12)
    right = [m for m in right if not left or m.actor != left[0].actor]
    if left and right:
        return Tie(index, (left[0].actor, right[0].actor), kind, "tie")
    if len({m.actor for m in left}) >= 2:
        # "Armenia sees Russia as a protective power": subject and object both before the cue.
        first = left[0]
        second = next(m for m in left if m.actor != first.actor)
        return Tie(index, (second.actor, first.actor), kind, "sees-as")
    return None
