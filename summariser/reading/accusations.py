"""Accusation candidates: who accuses whom of what, read from the words around a cue.

The patterns, each a general shape of news English (cue words in `data/cues.toml`):

- verb:       "X accused Y of Z", "X blamed both Y and W for Z", "X condemned Y's Z"
- reciprocal: "X and Y accused each other of Z"
- passive:    "Y was accused by X of Z", "Y ... was condemned in a statement by X, W and V"
- noun:       "X's accusations against Y", "Y rejected accusations by X that ..."
- allege:     "X and W have alleged Iranian involvement in Z" (alleging is accusing)
- attribute:  "X attributed the bombing to Y"
- punish:     "X sanctioned Y over alleged Z"
- demand:     "X called on Y to halt Z"
- said:       "X said Y had bombed Z", "Y shelled Z, X said", "according to X, Y bombed Z"
              (a reported clause accuses only when it states a wrongdoing)

The accuser is the cue's subject: the coordinated actors right before it, else the first
actor of its clause, else — for "They concluded ..." — the actors the previous sentence
opened with. A denial, regret or negation before the cue cancels it: "Turkey denied
sending fighters" accuses nobody. The allegation is the rest of the clause after the
accused, cut at the next comma, so it stays the article's own words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .actors import Mention, match_phrase
from .view import PLURAL_PRONOUNS, SentenceView, role_words

PASSIVE_AUX = frozenset("was were been being is are be get got".split())
LINKS = frozenset("of for with over by in that about".split())
RECIPROCAL = (("each", "other"), ("one", "another"))
ADJECTIVE_BEFORE = frozenset("the a an over of for about after despite amid on in its their his her".split())
MIN_ALLEGATION_WORDS = 2
REPORT_REACH = 25  # tokens from the saying verb to the wrong it reports
CLOSING_QUOTES = ('"', "”", "“", "»")
OPENING_QUOTES = ('"', "“", "„", "«")
PARENTHESIS_OPENERS = frozenset("where which who whom whose".split())
ASIDE_OPENERS = frozenset("the a an this that which who whom whose where when while as saying adding according "
                          "calling describing citing claiming noting despite after before since and but".split())
CAUSES = (("because", "of"), ("due", "to"), ("over",), ("for",))


@dataclass(frozen=True)
class Accusation:
    sentence: int
    accuser: str
    accused: str
    allegation: tuple[int, int]  # character span of the allegation, inside the sentence
    speaker: str | None
    rule: str
    context: tuple[int, ...] = ()  # earlier sentences that name the accuser ("They ..." refers back)


Speaker = Callable[[SentenceView, Mention], "str | None"]


class AccusationRules:
    """The accusation patterns over one article's sentences."""

    def __init__(self, views: list[SentenceView], speaker: Speaker) -> None:
        self.views = views
        self.speaker = speaker

    def all(self) -> list[Accusation]:
        found: list[Accusation] = []
        for index, view in enumerate(self.views):
            if not view.tokens:
                continue
            rules = (self._verbs, self._nouns, self._allege, self._attribute, self._punish, self._demand,
                     self._label, self._said, self._according_to)
            for rule in rules:
                for item in rule(index, view):
                    if item.accuser != item.accused and item.allegation[1] > item.allegation[0] \
                            and not any(_same_claim(item, other) for other in found):
                        found.append(item)  # the rules run most specific first: the first reading wins
        return found

    # -- shared -------------------------------------------------------------------------

    def _make(self, view: SentenceView, accusers: list[Mention], accused: list[Mention], span: tuple[int, int],
              rule: str) -> list[Accusation]:
        out = []
        for a in accusers:
            home = self._view_of(view, a)
            context = () if home is view else (home.sentence.index,)
            out += [Accusation(view.sentence.index, a.actor, b.actor, span, self.speaker(home, a), rule, context)
                    for b in accused if a.actor != b.actor]
        return out

    def _view_of(self, view: SentenceView, mention: Mention) -> SentenceView:
        """The sentence a mention stands in (a pronoun's actor is named in an earlier one)."""
        if mention in view.mentions:
            return view
        return next((v for v in self.views if mention in v.mentions), view)

    def _subjects(self, index: int, view: SentenceView, at: int) -> list[Mention]:
        """Who does the cue at `at`: the actors right before it, the clause's first actor, or
        what a pronoun subject stands for."""
        pronoun = view.pronoun_subject(at)
        if pronoun is not None:
            # "They concluded": the last sentence that opened with several actors; "He said": with one.
            plural = pronoun in PLURAL_PRONOUNS
            for previous in self.views[max(0, index - 3):index][::-1]:
                group = previous.leading_group()
                if group and (len(group) >= 2) == plural:
                    return group
            return []
        group = [m for m in view.group_before(at) if not self._media(view, m)]
        if group:
            return group
        opening = [m for m in view.before(at, 60) if not view.prepositional(m) and not self._media(view, m)]
        if opening:
            return [min(opening, key=lambda m: m.first_token)]
        return []

    @staticmethod
    def _media(view: SentenceView, mention: Mention) -> bool:
        """"Greek daily Kathimerini", "Iranian state media": the press reports, it does not accuse."""
        return view.is_cue("media", view.end(mention)) > 0

    def _blocked(self, view: SentenceView, at: int) -> bool:
        return view.has(at, "negation", back=3) or view.has(at, "denial", back=6)

    def _allegation(self, view: SentenceView, at: int) -> tuple[int, int]:
        """From token `at` (past role words and linking words) to the end of the clause, cut
        at the first comma once it has a few words: the article's words for the charge."""
        at += match_phrase(view.tokens, at, role_words()) if at < len(view.tokens) else 0
        if at < len(view.tokens) and at and "(" in view.gap(at - 1, at):
            # "the Rapid Support Forces (RSF) of looting": the acronym is no part of the charge
            while at < len(view.tokens) and ")" not in view.text[view.tokens[at].end:view.tokens[at].end + 2]:
                at += 1
            at += 1
        while at < len(view.tokens) and view.tokens[at].key in LINKS:
            at += 1
        if at >= len(view.tokens):
            return (0, 0)
        return self._span(view, at)

    def _span(self, view: SentenceView, at: int) -> tuple[int, int]:
        start, end = view.tokens[at].start, view.clause_end(at)
        words = 0
        for i in range(at, len(view.tokens)):
            if view.tokens[i].end > end:
                break
            words += 1
            gap = view.text[view.tokens[i].end:view.tokens[i + 1].start] if i + 1 < len(view.tokens) else ""
            if words >= MIN_ALLEGATION_WORDS and self._ends_here(view, i, gap):
                return start, view.tokens[i].end
        return start, end

    @staticmethod
    def _ends_here(view: SentenceView, i: int, gap: str) -> bool:
        """Does the charge end after token `i`? At a dash or colon; at a comma that opens an
        aside ("Stepanakert, the capital of ...", "the attacks, saying ..."), not one inside a
        list ("suffering, violence, and instability"); at a closing quote mark that no new
        quotation follows."""
        following = view.tokens[i + 1].key if i + 1 < len(view.tokens) else ""
        if "—" in gap or " – " in gap or ":" in gap:
            return True
        if "," in gap:
            if following in PARENTHESIS_OPENERS and _closes_later(view, i + 1):
                return False  # "sending soldiers to Libya, where a war is underway, goes against ..."
            return (following in ASIDE_OPENERS or following.endswith("ing")
                    or view.mention_at(i + 1) is not None)
        # A quote mark right after the word closes a quotation, unless another one opens
        # right after it: '"null and void" and "infringes ..."' goes on.
        if gap[:1] not in CLOSING_QUOTES:
            return False
        after = view.text[view.tokens[i].end + 1:view.tokens[i].end + 10]
        return not any(q in after for q in OPENING_QUOTES)

    # -- the patterns -------------------------------------------------------------------

    def _verbs(self, index: int, view: SentenceView) -> list[Accusation]:
        out: list[Accusation] = []
        for at, n in view.find("accuse"):
            if self._blocked(view, at):
                continue
            after = at + n
            by_next = after < len(view.tokens) and view.tokens[after].key == "by"
            passive = (at > 0 and view.tokens[at - 1].key in PASSIVE_AUX) or by_next
            if passive:
                out += self._passive(view, at, after)
                continue
            accusers = self._subjects(index, view, at)
            if not accusers:
                continue
            if any(match_phrase(view.tokens, after, [r]) for r in RECIPROCAL):
                if len(accusers) >= 2:
                    span = self._allegation(view, after + 2)
                    a, b = accusers[-2:]
                    out += self._make(view, [a], [b], span, "reciprocal") + self._make(view, [b], [a], span,
                                                                                        "reciprocal")
                continue
            accused = [m for m in view.group_after(at + n - 1, 10) if m.actor not in {a.actor for a in accusers}]
            if not accused:
                continue
            out += self._make(view, accusers, accused, self._allegation(view, view.end(accused[-1])), "verb")
        return out

    def _passive(self, view: SentenceView, at: int, after: int) -> list[Accusation]:
        """"Turkey ... was condemned in a joint statement by Egypt, Greece and Cyprus"."""
        by = next((i for i in range(after, min(after + 8, len(view.tokens))) if view.tokens[i].key == "by"), None)
        if by is None:
            return []
        accusers = view.group_after(by, 3)
        clause = [m for m in view.before(at, 60)]
        if not accusers or not clause:
            return []
        accused = [min(clause, key=lambda m: m.first_token)]
        # "was accused by Ethiopia of sending troops": the charge follows the accusers.
        span = self._cause(view) or self._allegation(view, view.end(accusers[-1]) if by == after else after)
        return self._make(view, accusers, accused, span, "passive")

    def _cause(self, view: SentenceView) -> tuple[int, int] | None:
        """"Because of its drilling operations there, Turkey ... was condemned": the stated cause."""
        for i in range(len(view.tokens)):
            for cause in CAUSES:
                if tuple(view.tokens[j].key for j in range(i, min(i + len(cause), len(view.tokens)))) == cause:
                    start = i + len(cause)
                    while start < len(view.tokens) and view.tokens[start].key in ("its", "their", "the", "his", "her"):
                        start += 1
                    if start < len(view.tokens) and view.tokens[start].key not in ("the", "a"):
                        return self._span(view, start)
        return None

    def _nouns(self, index: int, view: SentenceView) -> list[Accusation]:
        out: list[Accusation] = []
        for at, n in view.find("accuse_noun"):
            if view.has(at, "negation", back=2):
                continue
            possessive = [m for m in view.before(at, 4) if view.tokens[view.end(m) - 1].possessive]
            by = [m for m in view.after(at, 5) if view.tokens[view.local(m) - 1].key in ("by", "from")]
            accusers = possessive[:1] or by[:1]
            if view.has(at, "denial", back=4):
                # "Y rejected accusations by X": X accuses the denier.
                deniers = [m for m in view.before(at, 10) if m not in accusers]
                if accusers and deniers:
                    out += self._make(view, accusers, deniers[:1], self._allegation(view, at + n), "rejected-claim")
                continue
            targets = [m for m in view.after(at, 8) if view.tokens[view.local(m) - 1].key in ("against", "that", "of")
                       and (not accusers or m.actor != accusers[0].actor)]
            if accusers and targets:
                out += self._make(view, accusers, targets[:1], self._allegation(view, view.end(targets[0])), "noun")
        return out

    def _allege(self, index: int, view: SentenceView) -> list[Accusation]:
        """Alleging is accusing: "X and W have alleged Iranian involvement in the attack"."""
        out: list[Accusation] = []
        for at, n in view.find("allege"):
            if self._blocked(view, at) or (at and view.tokens[at - 1].key in PASSIVE_AUX | ADJECTIVE_BEFORE):
                continue  # "over alleged plots", "the alleged attack": an adjective, not an accusation
            accusers = self._subjects(index, view, at)
            accused = [m for m in view.after(at + n - 1, 6) if m.actor not in {a.actor for a in accusers}]
            if accusers and accused:
                out += self._make(view, accusers, accused[:1], self._span(view, view.local(accused[0])), "allege")
        return out

    def _attribute(self, index: int, view: SentenceView) -> list[Accusation]:
        """"X attributed the bombing to Y"."""
        out: list[Accusation] = []
        for at, n in view.find("attribute"):
            if self._blocked(view, at):
                continue
            to = next((i for i in range(at + n, min(at + n + 12, len(view.tokens))) if view.tokens[i].key == "to"), None)
            accusers = self._subjects(index, view, at)
            accused = view.group_after(to, 2) if to is not None else []
            if accusers and accused and to is not None and to > at + n:
                span = (view.tokens[at + n].start, view.tokens[to - 1].end)
                out += self._make(view, accusers, accused, span, "attribute")
        return out

    def _punish(self, index: int, view: SentenceView) -> list[Accusation]:
        """"X sanctioned Y over alleged Z": a penalty for a stated wrong."""
        out: list[Accusation] = []
        for at, n in view.find("punish"):
            if self._blocked(view, at) or (at and view.tokens[at - 1].key in PASSIVE_AUX):
                continue
            accusers = self._subjects(index, view, at)
            accused = [m for m in view.after(at + n - 1, 3) if m.actor not in {a.actor for a in accusers}]
            if not accusers or not accused:
                continue
            reason = view.end(accused[0])
            while reason < len(view.tokens) and view.tokens[reason].key not in ("over", "for") and reason < view.end(accused[0]) + 5:
                reason += 1
            if reason < len(view.tokens) and view.tokens[reason].key in ("over", "for"):
                out += self._make(view, accusers, accused[:1], self._allegation(view, reason), "punish")
        return out

    def _demand(self, index: int, view: SentenceView) -> list[Accusation]:
        """"X called on Y to halt Z": asking Y to stop Z says Y is doing wrong."""
        out: list[Accusation] = []
        for at, n in view.find("demand"):
            if self._blocked(view, at):
                continue
            accusers = self._subjects(index, view, at)
            accused = [m for m in view.after(at + n - 1, 4) if m.actor not in {a.actor for a in accusers}]
            if not accusers or not accused:
                continue
            stop = next((i for i in range(view.end(accused[0]), min(view.end(accused[0]) + 4, len(view.tokens)))
                         if view.is_cue("stop", i)), None)
            if stop is not None:
                out += self._make(view, accusers, accused[:1], self._allegation(view, stop + view.is_cue("stop", stop)),
                                  "demand")
        return out

    def _label(self, index: int, view: SentenceView) -> list[Accusation]:
        """"He named both the PKK and the YPG as terrorists": a label that is a charge."""
        out: list[Accusation] = []
        for at, n in view.find("label"):
            if self._blocked(view, at) or (at and view.tokens[at - 1].key in PASSIVE_AUX):
                continue
            accusers = self._subjects(index, view, at)
            accused = [m for m in view.group_after(at + n - 1, 4) if m.actor not in {a.actor for a in accusers}]
            if not accusers or not accused:
                continue
            as_at = view.end(accused[-1])
            as_at += match_phrase(view.tokens, as_at, role_words()) if as_at < len(view.tokens) else 0
            if as_at < len(view.tokens) and view.tokens[as_at].key == "as" and \
                    view.find("wrongdoing", as_at + 1, as_at + 4):
                out += self._make(view, accusers, accused, self._span(view, as_at + 1), "label")
        return out

    def _reported(self, view: SentenceView, accusers: list[Mention], start: int, rule: str,
                  explicit: bool = False) -> list[Accusation]:
        """The reported clause from `start`: its actor did a wrong. "Armenian troops had bombed
        Ganja", or "hundreds of fighters escaped following Turkish airstrikes" (the actor
        named as the wrong's adjective)."""
        if start >= len(view.tokens):
            return []
        # `explicit`: the clause is marked ("said that ...", "according to X, ..."), so it is
        # the allegation from its first word; else it starts at its actor.
        while start < len(view.tokens) and view.tokens[start].key == "that":
            start += 1
            explicit = True
        speakers = {a.actor for a in accusers}
        for wrong, _ in view.find("wrongdoing", start, start + REPORT_REACH):
            if view.clause[wrong] != view.clause[min(start, len(view.tokens) - 1)] or view.has(wrong, "negation", back=2):
                return []
            if any(view.tokens[i].key == "by" for i in range(max(start, wrong - 2), wrong)):
                continue  # "was martyred by the airstrike": the actor before is the victim
            # The reported clause opens after "that", else at its start.
            opening = max((i + 1 for i in range(start, wrong) if view.tokens[i].key == "that"), default=start)
            owner = view.mention_at(wrong - 1)
            if owner is not None and owner.actor not in speakers:
                return self._make(view, accusers, [owner], self._span(view, opening), rule)
            actors = [m for m in view.after(opening - 1, REPORT_REACH) if view.local(m) < wrong
                      and m.actor not in speakers]
            if not actors:
                continue
            if opening == start and not explicit:
                opening = view.local(actors[0])  # "Hajjev said Armenian forces had attacked ..."
                if opening > start and view.tokens[opening - 1].key == "the":
                    opening -= 1
            return self._make(view, accusers, actors[:1], self._span(view, opening), rule)
        return []

    def _said(self, index: int, view: SentenceView) -> list[Accusation]:
        out: list[Accusation] = []
        for at, n in view.find("saying"):
            if (at and view.tokens[at - 1].key in PASSIVE_AUX) or view.has(at, "negation"):
                continue
            speakers = self._subjects(index, view, at)
            if speakers and view.local(speakers[0]) < at:
                out += self._reported(view, speakers, at + n, "said")
                continue
            # "Y bombed Z, X said": the speaker comes after the claim, behind a comma.
            comma = view.text.rfind(",", view.sentence.start, view.tokens[at].start)
            after = [m for m in view.after(at, 4)] + [m for m in view.before(at, 4) if m.start > comma]
            if comma > 0 and after:
                first = next(i for i, t in enumerate(view.tokens) if t.start >= view.sentence.start)
                out += [a for a in self._reported(view, after[:1], first, "said-after") if a.allegation[1] <= comma]
        return out

    def _according_to(self, index: int, view: SentenceView) -> list[Accusation]:
        """"According to X, Y bombed Z" and "Y bombed Z, according to X"."""
        out: list[Accusation] = []
        for at, n in view.find("attribution"):
            sources = view.after(at + n - 1, 5)
            if not sources:
                continue
            if at == 0 or view.tokens[at].start - view.sentence.start < 3:
                # "According to Armenian sources, Azerbaijani soldiers bombed ...": after the comma.
                comma = view.text.find(",", sources[0].end, view.sentence.end)
                after = next((i for i, t in enumerate(view.tokens) if comma >= 0 and t.start > comma), None)
                out += self._reported(view, sources[:1], after if after is not None else view.end(sources[0]),
                                      "according-to", explicit=after is not None)
            else:
                out += self._reported(view, sources[:1], 0, "according-to")
        return out


def _same_claim(a: Accusation, b: Accusation) -> bool:
    """One pair, one sentence, overlapping allegations: two rules read the same claim."""
    return (a.accuser, a.accused, a.sentence) == (b.accuser, b.accused, b.sentence) and \
        a.allegation[0] < b.allegation[1] and b.allegation[0] < a.allegation[1]


def _closes_later(view: SentenceView, at: int) -> bool:
    """Does a comma close the aside opened at token `at`, with the clause going on after it?"""
    for j in range(at, len(view.tokens) - 1):
        if view.clause[j + 1] != view.clause[at]:
            return False
        if "," in view.gap(j, j + 1):
            return True
    return False
