"""Words with offsets: the unit the actor inventory and the cue finder work on.

A token keeps its span in the original text, a folded key (case, diacritics and quote
marks folded, a possessive "'s" set aside) and its capitalisation, because a name's
capital letter is what tells "Turkey" from "turkey" and "US" from "us".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..quotes import fold

TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:['’][sS](?![^\W_]))?")


@dataclass(frozen=True)
class Token:
    index: int
    start: int
    end: int  # the possessive "'s" excluded
    key: str
    capital: bool
    upper: bool
    possessive: bool


def key_of(word: str) -> str:
    return fold(word.replace(".", ""))


@lru_cache(maxsize=64)
def tokenize(text: str) -> tuple[Token, ...]:
    tokens = []
    for match in TOKEN.finditer(text):
        word = match.group()
        possessive = len(word) > 2 and word[-2] in "'’" and word[-1] in "sS"
        if possessive:
            word = word[:-2]
        end = match.start() + len(word)
        tokens.append(Token(len(tokens), match.start(), end, key_of(word), word[0].isupper(),
                            word.replace(".", "").isupper() and len(word.replace(".", "")) > 1, possessive))
    return tuple(tokens)


def keys(phrase: str) -> tuple[str, ...]:
    """The folded keys of a phrase: "Nagorno-Karabakh" -> ("nagorno", "karabakh")."""
    return tuple(t.key for t in tokenize(phrase))


def singular(key: str) -> str:
    return key[:-1] if len(key) > 3 and key.endswith("s") and not key.endswith("ss") else key


class PhraseSet:
    """Phrases (tuples of folded keys) indexed by their first word, for fast matching.

    `match` gives the length of the longest phrase at a token; with `prefix=True` the last
    word of a phrase only has to start the token ("bomb" matches "bombed").
    """

    def __init__(self, phrases: object, prefix: bool = False) -> None:
        self.prefix = prefix
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        self.single_prefixes: tuple[str, ...] = ()
        singles = []
        for phrase in sorted({tuple(p) for p in phrases if p}, key=len, reverse=True):  # type: ignore[union-attr]
            if prefix and len(phrase) == 1:
                singles.append(phrase[0])
            else:
                self.by_first.setdefault(phrase[0], []).append(phrase)
        self.single_prefixes = tuple(singles)

    def __iter__(self):  # type: ignore[no-untyped-def]
        for group in self.by_first.values():
            yield from group
        for single in self.single_prefixes:
            yield (single,)

    def __add__(self, other: "PhraseSet") -> "PhraseSet":
        return PhraseSet([*self, *other], self.prefix)

    def match(self, tokens: "tuple[Token, ...] | list[Token]", at: int) -> int:
        if not 0 <= at < len(tokens):
            return 0
        first = tokens[at].key
        for candidates in (self.by_first.get(first), self.by_first.get(singular(first))):
            for phrase in candidates or ():
                n = len(phrase)
                if at + n > len(tokens):
                    continue
                if all(self._same(tokens[at + i].key, phrase[i], i == n - 1) for i in range(1, n)):
                    return n
        if self.single_prefixes and first.startswith(self.single_prefixes):
            return 1
        if self.prefix:
            for key, candidates in self.by_first.items():
                if first.startswith(key) and key != first:
                    for phrase in candidates:
                        if len(phrase) == 1:
                            return 1
        return 0

    def _same(self, key: str, wanted: str, last: bool) -> bool:
        if key == wanted or singular(key) == wanted:
            return True
        return self.prefix and last and key.startswith(wanted)
