"""Candidate claims: sentences that carry a cue and name the actors it relates.

Pure code over the sentences and the actor inventory. The rules read the roles from the
word order around the cue, the way news writes them:

- accusations: "X accused Y of Z", "Y was accused by X of Z", "X's accusations against Y",
  "X blamed Y for Z", "X said Y had bombed Z", "according to X, Y shelled Z",
  "Y bombed Z, X said"; a subject that denies, rejects or regrets is not accusing, and a
  negated cue is no cue ("Turkey denied sending fighters" is no accusation by Turkey);
- mediation: "X mediates", "talks hosted by X", "the mediators ..., the co-chairs of the
  OSCE Minsk Group (Russia, United States, France)";
- alliances: "X sees Y as a protective power", "X is the closest ally of Y", "an
  Iranian-backed militia", "X and Y signed a joint declaration";
- parties: every actor, scored by the roles above and by how often it stands in a
  sentence about fighting, sanctions or threats.

Each candidate keeps its sentence, so the evidence is the sentence itself, exact by
construction. The rules decide; where a rule has more than one reading it lists the
options, and a model (or the first option) chooses.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .actors import Inventory, Mention, match_phrase
from .lexicon import words_of
from .sentences import Sentence
from .tokens import PhraseSet, Token, keys

PASSIVE_AUX = frozenset("was were been being is are be get got".split())
REPORT_AUX = frozenset("had has have was were would will could may might also once again then".split())
CLAUSE_WORDS = frozenset("while whereas but although though however".split())
RECIPROCAL = (("each", "other"), ("one", "another"))


@dataclass(frozen=True)
class Accusation:
    sentence: int
    accuser: str
    accused: str
    allegation: tuple[int, int]  # character span of the allegation, inside the sentence
    speaker: str | None
    rule: str


@dataclass(frozen=True)
class Mediation:
    sentence: int
    mediator: str
    members: tuple[str, ...]
    rule: str


@dataclass(frozen=True)
class Tie:
    sentence: int
    members: tuple[str, ...]
    kind: str
    rule: str


@dataclass
class PartyScore:
    actor: str
    score: float = 0.0
    sentences: list[int] = field(default_factory=list)


@lru_cache(maxsize=1)
def _cues() -> dict[str, PhraseSet]:
    def phrases(*path: str) -> PhraseSet:
        return PhraseSet((keys(w) for w in words_of(*path)), prefix=path[-1] in ("wrongdoing", "words"))

    table = {
        "accuse": phrases("accuse", "verbs"), "accuse_noun": phrases("accuse", "nouns"),
        "responsible": phrases("accuse", "responsible"), "saying": phrases("accuse", "saying"),
        "attribution": phrases("accuse", "attribution"), "wrongdoing": phrases("accuse", "wrongdoing"),
        "denial": phrases("accuse", "denial"), "negation": phrases("accuse", "negation"),
        "mediate": phrases("mediate", "verbs"), "mediate_noun": phrases("mediate", "nouns"),
        "talks": phrases("mediate", "talks"), "conflict": phrases("conflict", "words"),
        "tie_blocker": phrases("ally", "blockers"),
    }
    for kind in ("military_treaty", "protective_power", "military_support", "political_support", "alleged_involvement"):
        table[f"ally:{kind}"] = phrases("ally", kind)
    return table


@lru_cache(maxsize=1)
def _bodies() -> PhraseSet:
    return PhraseSet(keys(w) for w in words_of("bodies") + words_of("titles"))


class SentenceView:
    """One sentence's tokens, clauses and actor mentions."""

    def __init__(self, sentence: Sentence, tokens: Sequence[Token], mentions: list[Mention], text: str) -> None:
        self.sentence = sentence
        self.tokens = tokens
        self.text = text
        self.mentions = mentions
        self.clause = self._clauses()
        self.inside = {k for m in mentions for k in range(self.local(m), self.local(m) + m.last_token - m.first_token + 1)}

    def _clauses(self) -> list[int]:
        clause, ids = 0, []
        for i, token in enumerate(self.tokens):
            if i and (";" in self.gap(i - 1, i) or token.key in CLAUSE_WORDS):
                clause += 1
            ids.append(clause)
        return ids

    def gap(self, left: int, right: int) -> str:
        return self.text[self.tokens[left].end:self.tokens[right].start]

    def local(self, mention: Mention) -> int:
        """The index of the mention's first token in this sentence's token list."""
        return mention.first_token - self.tokens[0].index

    def before(self, at: int, limit: int = 14) -> list[Mention]:
        """Mentions ending before token `at` in its clause, nearest first."""
        found = [m for m in self.mentions if m.last_token - self.tokens[0].index < at
                 and self.clause[self.local(m)] == self.clause[at] and at - self.local(m) <= limit]
        return sorted(found, key=lambda m: -m.first_token)

    def after(self, at: int, limit: int = 14) -> list[Mention]:
        found = [m for m in self.mentions if self.local(m) > at and self.clause[self.local(m)] == self.clause[at]
                 and self.local(m) - at <= limit]
        return sorted(found, key=lambda m: m.first_token)

    def has(self, at: int, name: str, back: int = 3) -> bool:
        cues = _cues()[name]
        return any(match_phrase(self.tokens, j, cues) for j in range(max(0, at - back), at))

    def clause_end(self, at: int) -> int:
        """Character offset where the clause holding token `at` ends."""
        last = at
        while last + 1 < len(self.tokens) and self.clause[last + 1] == self.clause[at]:
            last += 1
        return self.tokens[last].end

    def find(self, name: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """(token index, length) of every cue of `name` in the sentence."""
        cues = _cues()[name]
        hits, i = [], start
        stop = len(self.tokens) if end is None else min(end, len(self.tokens))
        inside = self.inside
        while i < stop:
            n = cues.match(self.tokens, i)
            if n and i in inside:
                i += n
                continue
            if n:
                hits.append((i, n))
                i += n
            else:
                i += 1
        return hits


class Reader:
    """The candidates of one article."""

    def __init__(self, text: str, sentences: list[Sentence], inventory: Inventory) -> None:
        self.text = text
        self.sentences = sentences
        self.inventory = inventory
        tokens = inventory.tokens
        starts = [t.start for t in tokens]
        self.views = []
        for sentence in sentences:
            a = bisect.bisect_left(starts, sentence.start)
            b = bisect.bisect_left(starts, sentence.end)
            self.views.append(SentenceView(sentence, tokens[a:b], inventory.mentions_in(sentence.start, sentence.end), text))

    # -- accusations ------------------------------------------------------------------

    def accusations(self) -> list[Accusation]:
        found: dict[tuple[str, str, int, int], Accusation] = {}
        for view in self.views:
            if not view.tokens:
                continue
            for item in [*self._accuse_verbs(view), *self._accuse_nouns(view), *self._reported(view)]:
                if item.accuser != item.accused and item.allegation[1] > item.allegation[0]:
                    found.setdefault((item.accuser, item.accused, item.sentence, item.allegation[0]), item)
        return list(found.values())

    def _speaker(self, view: SentenceView, mention: Mention) -> str | None:
        """Who voiced it: a person the article introduced, or the body named with the actor."""
        if mention.via == "person":
            for full, actor in self.inventory.persons.items():
                if actor == mention.actor and full.endswith(mention.text) and len(full) >= len(mention.text):
                    return full
            return mention.text
        at = view.local(mention) + (mention.last_token - mention.first_token) + 1
        roles = _bodies()
        n, total = 1, 0
        while n and at + total < len(view.tokens):
            n = match_phrase(view.tokens, at + total, roles)
            total += n
        if not total:
            return None
        return self.text[mention.start:view.tokens[at + total - 1].end]

    def _allegation_after(self, view: SentenceView, at: int) -> tuple[int, int]:
        """From token `at` to the end of its clause, without trailing punctuation."""
        start, end = view.tokens[at].start, view.clause_end(at)
        return start, end

    def _accuse_verbs(self, view: SentenceView) -> list[Accusation]:
        out = []
        for at, n in view.find("accuse"):
            if view.has(at, "negation") or view.has(at, "denial", back=6):
                continue
            after_cue = at + n
            by = after_cue < len(view.tokens) and view.tokens[after_cue].key == "by"
            passive = (at and view.tokens[at - 1].key in PASSIVE_AUX) or by
            if passive:
                accused = view.before(at)
                accusers = [m for m in view.after(at, 8) if view.tokens[view.local(m) - 1].key == "by"]
                if not accused or not accusers:
                    continue
                accuser, target = accusers[0], accused[0]
            else:
                subjects = view.before(at, 40)
                if not subjects:
                    continue
                if any(match_phrase(view.tokens, after_cue, [r]) for r in RECIPROCAL):
                    pair = {m.actor: m for m in subjects}
                    if len(pair) >= 2:
                        a, b = list(pair.values())[:2]
                        span = self._allegation_tail(view, after_cue + 2)
                        out += [Accusation(view.sentence.index, a.actor, b.actor, span, None, "reciprocal"),
                                Accusation(view.sentence.index, b.actor, a.actor, span, None, "reciprocal")]
                    continue
                objects = [m for m in view.after(at, 10) if m.actor != subjects[0].actor]
                if not objects:
                    continue
                accuser, target = subjects[0], objects[0]
            tail = view.local(target) + (target.last_token - target.first_token) + 1
            span = self._allegation_tail(view, max(tail, after_cue))
            out.append(Accusation(view.sentence.index, accuser.actor, target.actor, span,
                                  self._speaker(view, accuser), "passive" if passive else "verb"))
        return out

    def _allegation_tail(self, view: SentenceView, at: int) -> tuple[int, int]:
        """The allegation: after "of/for/with/over" when present, else what follows."""
        at += match_phrase(view.tokens, at, _bodies()) if at < len(view.tokens) else 0
        while at < len(view.tokens) and view.tokens[at].key in ("of", "for", "with", "over", "by", "in", "that"):
            at += 1
        if at >= len(view.tokens):
            return (0, 0)
        return self._allegation_after(view, at)

    def _accuse_nouns(self, view: SentenceView) -> list[Accusation]:
        out = []
        for at, n in view.find("accuse_noun"):
            if view.has(at, "negation", back=2):
                continue
            before = view.before(at, 4)
            possessive = [m for m in before if view.tokens[view.local(m) + (m.last_token - m.first_token)].possessive]
            by = [m for m in view.after(at, 5) if view.tokens[view.local(m) - 1].key in ("by", "from")]
            accusers = possessive or by
            if view.has(at, "denial", back=4):
                deniers = [m for m in view.before(at, 10) if m not in accusers]
                if accusers and deniers:
                    out.append(Accusation(view.sentence.index, accusers[0].actor, deniers[0].actor,
                                          self._allegation_tail(view, at + n), None, "rejected-claim"))
                continue
            targets = [m for m in view.after(at, 8) if view.tokens[view.local(m) - 1].key in ("against", "that", "of")
                       and (not accusers or m.actor != accusers[0].actor)]
            if accusers and targets:
                tail = view.local(targets[0]) + (targets[0].last_token - targets[0].first_token) + 1
                out.append(Accusation(view.sentence.index, accusers[0].actor, targets[0].actor,
                                      self._allegation_tail(view, tail), self._speaker(view, accusers[0]), "noun"))
        return out

    def _wrong_after(self, view: SentenceView, start: int, limit: int = 12) -> int | None:
        for at, _ in view.find("wrongdoing", start, start + limit):
            if view.clause[at] != view.clause[start] or view.has(at, "negation", back=2):
                return None
            return at
        return None

    def _reported(self, view: SentenceView) -> list[Accusation]:
        """"X said Y had bombed Z", "according to X, Y bombed Z", "Y bombed Z, X said"."""
        out = []
        for at, n in view.find("saying"):
            if at and view.tokens[at - 1].key in PASSIVE_AUX or view.has(at, "negation"):
                continue
            speakers = view.before(at, 8)
            reported = view.after(at + n - 1, 6)
            if speakers and reported:
                wrong = self._wrong_after(view, view.local(reported[0]) + 1)
                if wrong is not None and reported[0].actor != speakers[0].actor:
                    out.append(self._report(view, speakers[0], reported[0], wrong, "said"))
                continue
            # "Y bombed Z, X said": the speaker comes after the claim, behind a comma.
            comma = self.text.rfind(",", view.sentence.start, view.tokens[at].start)
            if speakers and comma > 0 and speakers[0].start > comma:
                subjects = [m for m in view.mentions if m.end <= comma and m.actor != speakers[0].actor]
                if subjects:
                    wrong = self._wrong_after(view, view.local(subjects[0]) + 1)
                    if wrong is not None:
                        out.append(self._report(view, speakers[0], subjects[0], wrong, "said-after"))
        for at, n in view.find("attribution"):
            sources = view.after(at + n - 1, 5)
            if not sources:
                continue
            source = sources[0]
            rest = [m for m in view.mentions if m.actor != source.actor and m is not source]
            for target in rest:
                wrong = self._wrong_after(view, view.local(target) + 1, 8)
                if wrong is not None:
                    out.append(self._report(view, source, target, wrong, "according-to"))
                    break
        return out

    def _report(self, view: SentenceView, speaker: Mention, target: Mention, wrong: int, rule: str) -> Accusation:
        start = wrong
        while start - 1 > view.local(target) and view.tokens[start - 1].key in REPORT_AUX:
            start -= 1
        end = view.clause_end(wrong)
        cut = self.text.find(", according to", view.tokens[start].start, end)
        if cut > 0:
            end = cut
        return Accusation(view.sentence.index, speaker.actor, target.actor, (view.tokens[start].start, end),
                          self._speaker(view, speaker), rule)

    # -- mediation --------------------------------------------------------------------

    def mediations(self) -> list[Mediation]:
        out = []
        for index, view in enumerate(self.views):
            verbs = view.find("mediate")
            nouns = view.find("mediate_noun")
            hosting = [(a, n) for a, n in verbs if view.tokens[a].key.startswith(("host", "chair"))]
            real_verbs = [(a, n) for a, n in verbs if (a, n) not in hosting]
            if hosting and not view.find("talks"):
                hosting = []
            if not (real_verbs or hosting or nouns):
                continue
            organisations = [m for m in view.mentions if self.inventory.kind_of(m.actor) == "international_organisation"]
            states = [m for m in view.mentions if self.inventory.kind_of(m.actor) == "state"]
            format_word = any(view.tokens[a].key in ("format", "co", "chairs", "co-chairs") for a, _ in nouns)
            if not organisations and format_word and index:
                previous = self.views[index - 1]
                organisations = [m for m in previous.mentions
                                 if self.inventory.kind_of(m.actor) == "international_organisation"]
            if organisations:
                org = max(organisations, key=lambda m: len(self.inventory.actors[m.actor].name))
                members = self._listed_members(view, org, states)
                out.append(Mediation(view.sentence.index, org.actor, members, "organisation"))
                continue
            for at, _ in real_verbs + hosting:
                by = [m for m in view.after(at, 4) if view.tokens[view.local(m) - 1].key == "by"]
                subjects = by or self._coordinated(view, at)
                for mention in subjects:
                    out.append(Mediation(view.sentence.index, mention.actor, (), "verb"))
        return out

    def _listed_members(self, view: SentenceView, org: Mention, states: list[Mention]) -> tuple[str, ...]:
        """States listed in parentheses after the organisation, or listed as the verb's subject."""
        tail = self.text[org.end:view.sentence.end]
        if tail.lstrip().startswith("("):
            close = tail.find(")")
            inside = [m.actor for m in states if org.end < m.start < org.end + close]
            if inside:
                return tuple(dict.fromkeys(inside))
        for at, _ in view.find("mediate"):
            listed = self._coordinated(view, at)
            if len(listed) >= 2:
                return tuple(dict.fromkeys(m.actor for m in listed))
        return ()

    def _coordinated(self, view: SentenceView, at: int) -> list[Mention]:
        """"Russia, France and the USA mediate": the list right before the verb."""
        listed: list[Mention] = []
        for mention in view.before(at, 12):
            end = view.local(mention) + (mention.last_token - mention.first_token)
            between = self.text[mention.end:(listed[-1].start if listed else view.tokens[at].start)]
            if listed and between.strip(" ,") not in ("and", "the", "and the", "", "or"):
                break
            if not listed and len(between.split()) > 3:
                break
            listed.append(mention)
            del end
        return listed[::-1]

    # -- alliances --------------------------------------------------------------------

    def ties(self) -> list[Tie]:
        out = []
        symmetric = {"together", "joint", "coalition", "bloc", "alliance", "cooperation", "partnership", "between"}
        for view in self.views:
            for name in [k for k in _cues() if k.startswith("ally:")]:
                kind = name.split(":", 1)[1]
                for at, n in view.find(name):
                    if view.has(at, "negation", back=3) or view.has(at, "tie_blocker", back=3):
                        continue
                    words = {view.tokens[a].key for a in range(at, at + n)}
                    backed = view.tokens[at].key == "backed" and at and view.gap(at - 1, at) == "-"
                    if backed:
                        backers = view.before(at, 1)
                        others = [m for m in view.after(at, 4) + view.before(at, 12)
                                  if backers and m.actor != backers[0].actor]
                        if backers and others:
                            out.append(Tie(view.sentence.index, (backers[0].actor, others[0].actor), kind, "backed"))
                        continue
                    if words & symmetric:
                        clause = [m for m in view.mentions if view.clause[view.local(m)] == view.clause[at]]
                        members = tuple(dict.fromkeys(m.actor for m in clause))
                        if len(members) >= 2:
                            out.append(Tie(view.sentence.index, members, kind, "joint"))
                        continue
                    left, right = view.before(at, 10), view.after(at + n - 1, 12)
                    right = [m for m in right if not left or m.actor != left[0].actor]
                    if left and right:
                        out.append(Tie(view.sentence.index, (left[0].actor, right[0].actor), kind, "tie"))
                    elif len({m.actor for m in left}) >= 2:
                        # "Armenia sees Russia as a protective power": subject and object both before.
                        first = left[0]
                        second = next(m for m in left if m.actor != first.actor)
                        out.append(Tie(view.sentence.index, (second.actor, first.actor), kind, "sees-as"))
        unique: dict[frozenset[str], Tie] = {}
        for tie in out:
            unique.setdefault(frozenset(tie.members), tie)
        return list(unique.values())

    # -- parties ----------------------------------------------------------------------

    def party_scores(self, accusations: list[Accusation], ties: list[Tie],
                     mediations: Sequence[Mediation] = ()) -> list[PartyScore]:
        """Actors ranked by how much the article shows them in the conflict; mediators are not sides."""
        scores: dict[str, PartyScore] = {}

        def add(actor: str, points: float, sentence: int) -> None:
            entry = scores.setdefault(actor, PartyScore(actor))
            entry.score += points
            if sentence not in entry.sentences:
                entry.sentences.append(sentence)

        for view in self.views:
            if not view.find("conflict"):
                continue
            for actor in dict.fromkeys(m.actor for m in view.mentions):
                add(actor, 1.0, view.sentence.index)
        for item in accusations:
            add(item.accused, 2.0, item.sentence)
            add(item.accuser, 1.0, item.sentence)
        for tie in ties:
            for actor in tie.members:
                add(actor, 0.5, tie.sentence)
        sides = {a for item in accusations for a in (item.accuser, item.accused)}
        for mediation in mediations:
            for actor in (mediation.mediator, *mediation.members):
                if actor not in sides:
                    scores.pop(actor, None)
        return sorted(scores.values(), key=lambda s: (-s.score, s.actor))
