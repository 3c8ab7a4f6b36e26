"""A quicker stand-in for spaCy's `attribute_ruler`, setting exactly the attributes it sets.

The ruler of `en_core_web_sm` maps each fine tag to its part of speech and morphology and
fixes a few words ("ai n't", "gon na"): ~180 patterns, nearly all of one token. It runs
them through spaCy's general `Matcher` and makes a `Span` for every match, a tenth of the
pipeline's time for what is mostly a dict lookup. `QuickAttributes` reads the ruler's own
patterns when the pipeline loads and answers the same question from the token's
attributes as stored (hashes): the patterns that match a single token are looked up once
per distinct (tag, word, ...) and remembered; the few longer ones are tried at each token.

It gives the same attributes: the patterns are matched against the tokens before any is
changed (as the ruler does: it matches first, then sets), and for each token the matched
patterns' attributes are applied in the ruler's order (a later pattern wins), through the
ruler's own `set_token_attrs`. A ruler with a pattern of any other shape (an operator, an
extension attribute, another token attribute or predicate) is left in place (`compile`
gives None).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

# The token attributes a pattern may test (its names in a pattern: their attribute ids),
# and those it may set. Setting one of those is a plain store into the token (none is a
# lexeme attribute), so applying the matched patterns' attributes merged in order is the
# same as applying them one after another.
TESTED = ("ORTH", "LOWER", "TAG", "DEP", "IS_SPACE")
SET = ("POS", "TAG", "MORPH", "LEMMA", "DEP")
MEMO_LIMIT = 200_000  # distinct single tokens remembered before the memo starts over

Row = tuple[int, ...]  # one token's tested attributes, as `Doc.to_array` gives them


@dataclass(frozen=True)
class Test:
    """A test of one token attribute as the `Matcher` makes it (see `_test`): `equal` to a
    hash or flag, one of `members` (or, `inside` False, none of them), or `regex` searched in
    the attribute's text."""

    column: int  # in a `Row`
    equal: int | None = None
    members: frozenset[int] | None = None
    inside: bool = True
    regex: "re.Pattern[str] | None" = None
    strings: object = None  # the vocabulary's strings, to read a hash's text for `regex`

    def __call__(self, row: Row) -> bool:
        value = row[self.column]
        if self.equal is not None:
            return value == self.equal
        if self.members is not None:
            return (value in self.members) == self.inside
        return bool(self.regex.search(self.strings[value]))  # type: ignore[index, union-attr]

    def values(self) -> frozenset[int] | None:
        """The values it can pass, when they are few (an index of the rules by them), else None."""
        if self.equal is not None:
            return frozenset({self.equal})
        return self.members if self.members is not None and self.inside else None


@dataclass(frozen=True)
class Rule:
    """One alternative of a ruler pattern: a test per token, and which token it sets."""

    key: int  # the pattern's place in the ruler: a later one wins
    tests: tuple[tuple[Test, ...], ...]
    index: int  # the token of the match that gets the attributes (non-negative)

    def matches(self, row: Row, at: int) -> bool:
        """Does `row` pass the tests of the rule's token `at`?"""
        return all(test(row) for test in self.tests[at])


class QuickAttributes:
    """The ruler's patterns, matched from `Doc.to_array` rows (see the module's docstring)."""

    def __init__(self, ruler: "AttributeRuler", rules: list[Rule]) -> None:
        self.ruler = ruler
        self.indexed = _index(rules)
        # a token's row -> the one-token patterns it matches, and the longer rules its first token starts
        self.memo: dict[Row, tuple[tuple[int, ...], tuple[Rule, ...]]] = {}
        self.merged: dict[tuple[int, ...], dict[int, int]] = {}  # matched patterns -> their attributes, in order

    @classmethod
    def compile(cls, ruler: "AttributeRuler") -> "QuickAttributes | None":
        """The ruler's patterns compiled, or None when one has a shape this does not read."""
        from spacy.attrs import IDS

        if any(set(attrs) - {IDS[name] for name in SET} for attrs in ruler.attrs):
            return None
        rules = []
        for key in range(len(ruler.attrs)):
            for alternative in ruler.matcher.get(str(key))[1]:
                rule = _rule(key, alternative, ruler.indices[key], ruler.vocab)
                if rule is None:
                    return None
                rules.append(rule)
        return cls(ruler, rules)

    def __call__(self, doc: "Doc") -> "Doc":
        from spacy.attrs import IDS
        from spacy.tokens._retokenize import set_token_attrs

        rows = [tuple(row) for row in doc.to_array([IDS[name] for name in TESTED]).tolist()]
        matched: list[tuple[int, ...] | set[int]] = []
        longer: dict[int, set[int]] = {}  # token -> the longer patterns that set it
        for start, row in enumerate(rows):
            keys, starting = self._first(row)
            matched.append(keys)
            for rule in starting:
                n = len(rule.tests)
                if start + n <= len(rows) and all(rule.matches(rows[start + j], j) for j in range(1, n)):
                    longer.setdefault(start + rule.index, set()).add(rule.key)
        for i, keys in longer.items():
            matched[i] = tuple(sorted({*matched[i], *keys}))
        for i, keys in enumerate(matched):
            if keys:
                set_token_attrs(doc[i], self._attrs(keys))  # type: ignore[arg-type]
        return doc

    def _first(self, row: Row) -> tuple[tuple[int, ...], tuple[Rule, ...]]:
        """The one-token patterns `row` matches, in the ruler's order, and the longer rules
        whose first token it matches (remembered)."""
        found = self.memo.get(row)
        if found is None:
            if len(self.memo) >= MEMO_LIMIT:
                self.memo.clear()
            first = [r for r in self._candidates(row) if r.matches(row, 0)]
            found = self.memo[row] = (tuple(sorted({r.key for r in first if len(r.tests) == 1})),
                                      tuple(r for r in first if len(r.tests) > 1))
        return found

    def _candidates(self, row: Row) -> list[Rule]:
        """The rules whose first token `row` may match: those indexed under one of its
        values, and those indexed under none."""
        found = list(self.indexed.get(None, ()))
        for column, by_value in self.indexed.items():
            if column is not None:
                found += by_value.get(row[column], ())  # type: ignore[union-attr]
        return found

    def _attrs(self, keys: tuple[int, ...]) -> dict[int, int]:
        """The attributes of the patterns `keys` applied in order: a later one's value wins."""
        merged = self.merged.get(keys)
        if merged is None:
            merged = {}
            for key in keys:
                merged.update(self.ruler.attrs[key])
            self.merged[keys] = merged
        return merged


def _index(rules: list[Rule]) -> dict:  # type: ignore[type-arg]
    """The rules by a column and a value a test of their first token needs (word before
    tag), each under every value it can pass; those with no such test under None."""
    index: dict = {None: []}  # type: ignore[type-arg]
    order = [TESTED.index(name) for name in ("LOWER", "ORTH", "TAG", "DEP", "IS_SPACE")]
    for rule in rules:
        needed = {test.column: test.values() for test in rule.tests[0] if test.values() is not None}
        column = next((c for c in order if c in needed), None)
        if column is None:
            index[None].append(rule)
            continue
        for value in needed[column]:  # type: ignore[union-attr]
            index.setdefault(column, {}).setdefault(value, []).append(rule)
    return index


def _rule(key: int, alternative: Sequence[dict], index: int, vocab) -> Rule | None:  # type: ignore[no-untyped-def]
    """One pattern alternative as a `Rule`, or None when it is of a shape not read here."""
    if not alternative or not -len(alternative) <= index < len(alternative):
        return None
    tests = []
    for spec in alternative:
        token_tests = [_test(name, value, vocab) for name, value in spec.items()]
        if not token_tests or any(t is None for t in token_tests):
            return None
        tests.append(tuple(t for t in token_tests if t is not None))
    return Rule(key, tuple(tests), index % len(alternative))


def _test(name: str, value: object, vocab) -> Test | None:  # type: ignore[no-untyped-def]
    """A test of one token attribute as the `Matcher` makes it: a string or a flag equal
    (compared as hashes), a list of strings IN or NOT_IN, or a REGEX searched in the text."""
    from spacy.strings import get_string_id

    if name not in TESTED:
        return None
    column = TESTED.index(name)
    if isinstance(value, bool) or isinstance(value, int) and name == "IS_SPACE":
        return Test(column, equal=int(value))
    if isinstance(value, str):
        return Test(column, equal=get_string_id(value))
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (predicate, argument), = value.items()
    if predicate in ("IN", "NOT_IN") and isinstance(argument, list) and all(isinstance(v, str) for v in argument):
        return Test(column, members=frozenset(get_string_id(v) for v in argument), inside=predicate == "IN")
    if predicate == "REGEX" and isinstance(argument, str):
        return Test(column, regex=re.compile(argument), strings=vocab.strings)
    return None


def use_quick_attributes(nlp) -> bool:  # type: ignore[no-untyped-def]
    """Put `QuickAttributes` in place of `nlp`'s attribute ruler, when it reads every pattern
    of it (else leave the ruler). Whether it did."""
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler

    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    quick = QuickAttributes.compile(ruler) if type(ruler) is AttributeRuler else None
    if quick is None:
        return False
    if not Language.has_factory(FACTORY):
        Language.factory(FACTORY, func=_made_for)
    _MADE[id(nlp)] = quick
    nlp.add_pipe(FACTORY, after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    return True


FACTORY = "summariser_attributes"
_MADE: dict[int, QuickAttributes] = {}  # the stand-in made for each pipeline, by id, until added


def _made_for(nlp, name: str) -> QuickAttributes:  # type: ignore[no-untyped-def]
    """The factory spaCy calls in `add_pipe`: the stand-in compiled for this pipeline."""
    return _MADE.pop(id(nlp))
