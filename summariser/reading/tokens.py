"""Words with offsets: the unit the actor inventory and the cue finder work on.

The words are spaCy's tokens (the article's parse, `pipeline.py`), with punctuation left
out and a possessive "'s" folded into the word before it. A token keeps its span in the
original text, its index in the parse (`i`), a folded key (case, diacritics and quote
marks folded) and its capitalisation, because a name's capital letter is what tells
"Turkey" from "turkey" and "US" from "us". Lexicon phrases are cut by the same tokenizer,
so a phrase and the text it should match always agree on where words end.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..quotes import fold

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span
    from spacy.tokens import Token as SpacyToken

POSSESSIVE = frozenset({"'s", "’s", "'", "’", "'S", "’S"})


@dataclass(frozen=True)
class Token:
    index: int
    start: int
    end: int  # the possessive "'s" excluded
    key: str
    capital: bool
    upper: bool
    possessive: bool
    i: int = -1  # the spaCy token's index in the article's parse


def key_of(word: str) -> str:
    return fold(word.replace(".", ""))


def from_doc(doc: "Doc | Span | Iterable[SpacyToken]", base: int = 0) -> tuple[Token, ...]:
    """The words of a parsed text (or a span of it, offsets counted from `base`):
    punctuation left out, "'s" marking the word before it."""
    tokens: list[Token] = []
    for t in doc:
        word = t.text
        idx = t.idx - base
        if word in POSSESSIVE:
            if tokens and tokens[-1].end == idx:
                tokens[-1] = replace(tokens[-1], possessive=True)
            continue
        if not any(c.isalnum() for c in word):
            continue
        bare = word.replace(".", "")
        tokens.append(Token(len(tokens), idx, idx + len(word), key_of(word), word[0].isupper(),
                            bare.isupper() and len(bare) > 1, False, t.i))
    return tuple(tokens)


@lru_cache(maxsize=4096)
def tokenize(text: str) -> tuple[Token, ...]:
    """The words of a short phrase (a lexicon entry, a name), cut by spaCy's English tokenizer."""
    from .pipeline import tokenizer

    return from_doc(tokenizer()(text))


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
        # (first the longest; phrases of one length in the order given, not a set's: iterating the
        # set decides which of two phrases an article's actor is first made from)
        unique = dict.fromkeys(tuple(p) for p in phrases if p)  # type: ignore[union-attr]
        for phrase in sorted(unique, key=len, reverse=True):
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
        one = singular(first)
        for candidates in (self.by_first.get(first), self.by_first.get(one) if one != first else None):
            for phrase in candidates or ():
                n = len(phrase)
                if at + n > len(tokens):
                    continue
                if all(self._same(tokens[at + i].key, phrase[i], i == n - 1) for i in range(1, n)):
                    return n
        # (with `prefix`, every one-word phrase is in `single_prefixes`, none in `by_first`)
        return 1 if self.single_prefixes and first.startswith(self.single_prefixes) else 0

    def _same(self, key: str, wanted: str, last: bool) -> bool:
        if key == wanted or singular(key) == wanted:
            return True
        return self.prefix and last and key.startswith(wanted)
