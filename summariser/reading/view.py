"""One sentence seen as tokens, clauses and actor mentions, with the cue lookups every rule uses.

Accusations and most mediations and ties are read from the parse (`syntax.py`); the party
ranking, the organisation mediators ("the co-chairs of the OSCE Minsk Group (Russia, ...)")
and the ties the parse does not read still go by word order around a cue. This is the
vocabulary they share: mentions before and after a token in the same clause, coordinated
lists ("Egypt, Greece and Cyprus"), and the cue words themselves (`data/cues.toml`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .actors import Mention, match_phrase
from .lexicon import words_of
from .sentences import Sentence
from .tokens import PhraseSet, Token, keys

CLAUSE_WORDS = frozenset("while whereas but although though however".split())
# A mention right after one of these is a prepositional object ("in Cairo", "of Cyprus"),
# never the subject of the verb that follows.
PREPOSITIONS = frozenset("of in on at to from into over with for against about near by between among within".split())
DETERMINERS = frozenset("the a an its their his her".split())
# Words a coordinated list of actors may hold between its names: "Egyptian foreign minister
# Sameh Shoukry and his Greek, Cypriot and French counterparts", "both Israel and the US".
LIST_GLUE = frozenset("and or both the his her its their as well nor either".split())


@lru_cache(maxsize=1)
def cues() -> dict[str, PhraseSet]:
    def phrases(*path: str) -> PhraseSet:
        return PhraseSet((keys(w) for w in words_of(*path)), prefix=path[-1] in ("wrongdoing", "words"))

    # Accusations are read from the parse (accusations.py, data/predicates.toml); these are
    # the word-order cues the party ranking, the organisation mediators and the word-order
    # ties still use.
    table = {
        "negation": phrases("clause", "negation"),
        "mediate": phrases("mediate", "verbs"), "mediate_noun": phrases("mediate", "nouns"),
        "talks": phrases("mediate", "talks"), "conflict": phrases("conflict", "words"),
        "tie_blocker": phrases("ally", "blockers"), "hostile": phrases("ally", "hostile"),
    }
    for kind in ("military_treaty", "protective_power", "military_support", "political_support", "alleged_involvement"):
        table[f"ally:{kind}"] = phrases("ally", kind)
    return table


@lru_cache(maxsize=1)
def role_words() -> PhraseSet:
    """Titles and bodies: "foreign minister", "Ministry of Defense", "troops"."""
    return PhraseSet(keys(w) for w in words_of("bodies") + words_of("titles"))


class SentenceView:
    """One sentence's tokens, clauses and actor mentions."""

    def __init__(self, sentence: Sentence, tokens: Sequence[Token], mentions: list[Mention], text: str) -> None:
        self.sentence = sentence
        self.tokens = tokens
        self.text = text
        self.mentions = mentions
        self.clause = self._clauses()
        self.inside = {k for m in mentions for k in range(self.local(m), self.end(m))}

    def _clauses(self) -> list[int]:
        clause, ids = 0, []
        for i, token in enumerate(self.tokens):
            if i and (";" in self.gap(i - 1, i) or token.key in CLAUSE_WORDS):
                clause += 1
            ids.append(clause)
        return ids

    # -- positions --------------------------------------------------------------------

    def gap(self, left: int, right: int) -> str:
        return self.text[self.tokens[left].end:self.tokens[right].start]

    def local(self, mention: Mention) -> int:
        """The index of the mention's first token in this sentence's token list."""
        return mention.first_token - self.tokens[0].index

    def end(self, mention: Mention) -> int:
        """The index just past the mention's last token."""
        return mention.last_token - self.tokens[0].index + 1

    def before(self, at: int, limit: int = 14) -> list[Mention]:
        """Mentions ending before token `at` in its clause, nearest first."""
        found = [m for m in self.mentions if self.end(m) <= at
                 and self.clause[self.local(m)] == self.clause[at] and at - self.local(m) <= limit]
        return sorted(found, key=lambda m: -m.first_token)

    def after(self, at: int, limit: int = 14) -> list[Mention]:
        found = [m for m in self.mentions if self.local(m) > at and self.clause[self.local(m)] == self.clause[at]
                 and self.local(m) - at <= limit]
        return sorted(found, key=lambda m: m.first_token)

    # -- cues -------------------------------------------------------------------------

    def has(self, at: int, name: str, back: int = 3) -> bool:
        table = cues()[name]
        return any(table.match(self.tokens, j) for j in range(max(0, at - back), at))

    def find(self, name: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """(token index, length) of every cue of `name` in the sentence, outside actor names."""
        table = cues()[name]
        hits, i = [], start
        stop = len(self.tokens) if end is None else min(end, len(self.tokens))
        while i < stop:
            n = table.match(self.tokens, i)
            if n and i not in self.inside:
                hits.append((i, n))
            i += n or 1
        return hits

    # -- groups of actors -------------------------------------------------------------

    def prepositional(self, mention: Mention) -> bool:
        """Is the mention the object of a preposition ("the region of Nagorno-Karabakh")?"""
        i = self.local(mention) - 1
        while i >= 0 and self.tokens[i].key in DETERMINERS:
            i -= 1
        if i < 0 or self.tokens[i].key not in PREPOSITIONS:
            return False
        # "a spokesman for the PMF", "the Prime Minister of Iraq": the office speaks for it
        # (not "foreign ministers in Cairo": a place).
        if self.tokens[i].key not in ("for", "of"):
            return True
        return not any(match_phrase(self.tokens, j, role_words()) == i - j for j in range(max(0, i - 3), i))

    def _joined(self, start: int, end: int) -> bool:
        """Two list items are joined by a comma, "and" or "or" between them."""
        if start >= end:
            return "," in self.text[self.tokens[start - 1].end:self.tokens[end].start] if start else False
        between = self.text[self.tokens[start - 1].end if start else 0:self.tokens[end].start]
        return "," in between or any(self.tokens[i].key in ("and", "or", "nor") for i in range(start, end))

    def _skippable(self, start: int, end: int) -> bool:
        """Only list glue, titles, bodies, person names or punctuation between two tokens."""
        i = start
        while i < end:
            token = self.tokens[i]
            n = match_phrase(self.tokens, i, role_words())
            if n:
                i += n
            elif token.key in LIST_GLUE or token.capital:
                i += 1
            else:
                return False
        return True

    def group_before(self, at: int, limit: int = 40) -> list[Mention]:
        """The coordinated actors that end right before token `at` ("Saudi Arabia and the
        United States have alleged"), in text order, one mention per actor."""
        listed: list[Mention] = []
        edge = at
        for mention in self.before(at, limit):
            if self.prepositional(mention) or not self._skippable(self.end(mention), edge):
                break
            if listed and not self._joined(self.end(mention), self.local(listed[-1])):
                if mention.actor != listed[-1].actor:
                    break  # "Ambassador to Germany Richard Grenell": not a list
            listed.append(mention)
            edge = self.local(mention)
        return _distinct(listed[::-1])


def _distinct(mentions: list[Mention]) -> list[Mention]:
    """One mention per actor, in order; a person speaking for it is the mention kept
    ("the Azerbaijani presidential adviser Hikmet Hajjev" is voiced by Hajjev)."""
    seen: dict[str, Mention] = {}
    for mention in mentions:
        if mention.actor not in seen or (mention.via == "person" and seen[mention.actor].via != "person"):
            seen[mention.actor] = mention
    return sorted(seen.values(), key=lambda m: m.first_token)
