"""Locating a quote in its article: accept what is truly there, refuse what is not.

Models change typography when they copy (straight for curly quotes, hyphens for dashes,
dropped diacritics, their own wrapping quote marks) and mark cuts with an ellipsis; a
plain `quote in source` check refuses all of that. Fuzzy string similarity goes the other
way and accepts a quote whose number, name or negation was changed — the very changes
that turn evidence into misinformation. So the policy here is layered, cheapest first:

1. `exact`: the quote is in the article as it is.
2. `normalised`: equal after folding typography — quote marks and apostrophes of every
   kind (dropped), dashes, white space and line breaks, letter case, diacritics, and the
   model's own trailing punctuation.
3. `elided`: fragments separated by `...`, `…`, `[...]` or `(…)` are each found, in
   order, close together in one paragraph.
4. `fuzzy` (optional): the same words in the same order, except small spelling slips in
   ordinary lower-case words of five letters or more that keep their first two letters.
   Never in a number, a capitalised word (a name) or a negation (nor a negating prefix:
   "successful" for "unsuccessful"), never a word added, dropped or moved.

Every match starts and ends on word edges of the article: "30,000 people" is not found
inside "330,000 people", nor "successful" inside "unsuccessful".

Everything else is refused, with a reason a person (and the model, on a re-ask) can act
on: where a near passage exists, the reason names the words that differ.

Offsets are Python indices into the original, unmodified source: the source is folded
once (cached) together with a map from every folded character back to its original
position, and matching is `str.find` on the folded text, so it stays fast on long inputs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

MatchKind = Literal["exact", "normalised", "elided", "fuzzy"]

MIN_WORDS = 4
MAX_ELISION_GAP = 400
QUOTE_MARKS = "\"'`´‘’‚‛“”„‟«»‹›′″ʼ"
DASHES = "‐‑‒–—―−﹘﹣－"
WRAPPING = QUOTE_MARKS + " \t\r\n"
TRAILING = ".,;:!?" + WRAPPING
DOTS = r"(?:\.\.\.|\. \. \.|…)"
ELLIPSIS = re.compile(rf"\s*(?:\[\s*{DOTS}\s*\]|\(\s*{DOTS}\s*\)|{DOTS})\s*")
WORD = re.compile(r"\w+")
NEGATIONS = frozenset(
    "not no never none nor neither without cannot nobody nothing nowhere nt dont doesnt didnt isnt wasnt"
    " arent werent wont cant couldnt shouldnt wouldnt hasnt havent hadnt".split()
)


@dataclass(frozen=True)
class QuoteMatch:
    start: int
    end: int
    kind: MatchKind
    fragments: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class QuoteCheck:
    match: QuoteMatch | None
    reason: str | None = None


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in QUOTE_MARKS:  # a model drops, adds and swaps these freely
        return ""
    if char in DASHES:
        return "-"
    if char.isspace():
        return " "
    decomposed = unicodedata.normalize("NFKD", char)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return kept.casefold()


ASCII_FOLD = str.maketrans({**{c: None for c in QUOTE_MARKS if c.isascii()}, "-": "-"})


def fold(text: str) -> str:
    """Typography folded away; white space runs become one space (as `_fold_with_map`)."""
    if text.isascii():
        folded = text.translate(ASCII_FOLD).lower()
    else:
        folded = "".join(map(_fold_char, text))
    return " ".join(folded.split())


def _fold_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text, and for each of its characters the original index it came from."""
    pieces: list[str] = []
    origin: list[int] = []
    last_space = True
    for index, char in enumerate(text):
        folded = _fold_char(char)
        if folded == " ":
            if last_space:
                continue
            last_space = True
        elif not folded:
            continue
        else:
            last_space = False
        pieces.append(folded)
        origin.extend([index] * len(folded))
    folded_text = "".join(pieces)
    if folded_text.endswith(" "):
        folded_text = folded_text[:-1]
        origin.pop()
    return folded_text, origin


@dataclass
class _Source:
    text: str
    folded: str
    origin: list[int]
    _words: list[tuple[str, int, int]] | None = field(default=None, repr=False)
    _positions: dict[str, list[int]] | None = field(default=None, repr=False)

    def span(self, folded_start: int, folded_end: int) -> tuple[int, int]:
        """Original (start, end) of folded[folded_start:folded_end], marks included."""
        start = self.origin[folded_start]
        end = self.origin[folded_end - 1] + 1
        while end < len(self.text) and unicodedata.combining(self.text[end]):
            end += 1
        return start, end

    @property
    def words(self) -> list[tuple[str, int, int]]:
        if self._words is None:
            self._words = [(m.group(), m.start(), m.end()) for m in WORD.finditer(self.folded)]
        return self._words

    @property
    def positions(self) -> dict[str, list[int]]:
        if self._positions is None:
            positions: dict[str, list[int]] = {}
            for number, (word, _, _) in enumerate(self.words):
                positions.setdefault(word, []).append(number)
            self._positions = positions
        return self._positions


@lru_cache(maxsize=16)
def _source(text: str) -> _Source:
    folded, origin = _fold_with_map(text)
    return _Source(text, folded, origin)


def _same_mark(a: str, b: str) -> bool:
    return a == b or (a in QUOTE_MARKS and b in QUOTE_MARKS) or (a in DASHES + "-" and b in DASHES + "-")


def _walk(text: str, at: int, marks: str, step: int) -> int:
    """Move from `at` over the marks (white space in them matches any run of white space)."""
    for mark in marks if step > 0 else reversed(marks):
        probe = at
        if mark.isspace():
            while 0 < probe < len(text) + (step > 0) and text[probe if step > 0 else probe - 1].isspace():
                probe += step
            at = probe
            continue
        index = at if step > 0 else at - 1
        if 0 <= index < len(text) and _same_mark(text[index], mark):
            at += step
        else:
            break
    return at


def _widen(text: str, start: int, end: int, quote: str) -> tuple[int, int]:
    """Take in the punctuation and quote marks at the passage's edges that the quote has too.

    Folding drops quote marks, so a match begins and ends at words; the passage a reader
    expects includes the marks the model copied (“...”, a closing full stop).
    """
    words = list(WORD.finditer(quote))
    inside = list(WORD.finditer(text, start, end))
    if not words or not inside:
        return start, end
    first = _walk(text, inside[0].start(), quote[: words[0].start()].lstrip(), -1)
    last = _walk(text, inside[-1].end(), quote[words[-1].end():].rstrip(), 1)
    while first < inside[0].start() and text[first].isspace():
        first += 1
    while last > inside[-1].end() and text[last - 1].isspace():
        last -= 1
    return first, last


def _core(quote: str) -> str:
    """The quote without the model's wrapping quote marks and trailing punctuation."""
    return quote.strip(WRAPPING).rstrip(TRAILING).strip(WRAPPING)


NO_MARKS = str.maketrans({c: None for c in QUOTE_MARKS})


def _plain_words(text: str) -> list[str]:
    """The words as `fold` splits them (quote marks dropped), with their original case."""
    return WORD.findall(text.translate(NO_MARKS))


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def _on_word_edges(text: str, start: int, end: int) -> bool:
    """A match must not begin or end inside a word: "30,000" is not in "330,000"."""
    inside_before = start > 0 and text[start - 1].isalnum() and text[start].isalnum()
    inside_after = end < len(text) and text[end - 1].isalnum() and text[end].isalnum()
    return not inside_before and not inside_after


def _find(text: str, needle: str, start: int = 0) -> int:
    """`text.find(needle)`, skipping occurrences that begin or end inside a word."""
    at = text.find(needle, start)
    while at >= 0 and not _on_word_edges(text, at, at + len(needle)):
        at = text.find(needle, at + 1)
    return at


def _find_folded(source: _Source, quote: str, start: int = 0) -> tuple[int, int] | None:
    needle = fold(quote)
    if not needle:
        return None
    at = _find(source.folded, needle, start)
    return (at, at + len(needle)) if at >= 0 else None


def _fragments(quote: str) -> list[str]:
    """The pieces of an elided quote, each without wrapping marks or trailing punctuation."""
    pieces = [piece.strip(WRAPPING).rstrip(TRAILING) for piece in ELLIPSIS.split(quote)]
    return [piece for piece in pieces if piece]


def _elided(source: _Source, quote: str, edges: str) -> QuoteMatch | None:
    """`quote` split at its ellipses; `edges` is the quote as given, for its outer marks."""
    fragments = _fragments(quote)
    if len(fragments) < 2 or any(word_count(f) < 2 for f in fragments):
        return None
    first = fold(fragments[0])
    at = _find(source.folded, first)
    while at >= 0:
        spans = _follow(source, fragments, at, at + len(first))
        if spans:
            originals = [source.span(a, b) for a, b in spans]
            pieces = ELLIPSIS.split(edges)
            originals[0] = (_widen(source.text, *originals[0], pieces[0])[0], originals[0][1])
            originals[-1] = (originals[-1][0], _widen(source.text, *originals[-1], pieces[-1])[1])
            return QuoteMatch(originals[0][0], originals[-1][1], "elided", tuple(originals))
        at = _find(source.folded, first, at + 1)
    return None


def _follow(source: _Source, fragments: list[str], start: int, end: int) -> list[tuple[int, int]] | None:
    """The later fragments, each soon after the previous one and in the same paragraph."""
    spans = [(start, end)]
    for fragment in fragments[1:]:
        found = _find_folded(source, fragment, end)
        if found is None or found[0] - end > MAX_ELISION_GAP:
            return None
        gap_start, gap_end = source.span(end - 1, found[0] + 1) if found[0] > end else (0, 0)
        if "\n" in source.text[gap_start:gap_end]:
            return None
        spans.append(found)
        end = found[1]
    return spans


def _edit_distance(a: str, b: str, limit: int) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _is_slip(quoted: str, original_word: str, source_word: str) -> bool:
    """A spelling slip we forgive: an ordinary lower-case word, not a number, name or negation."""
    if not quoted.isalpha() or not source_word.isalpha() or len(source_word) < 5:
        return False
    if original_word[:1].isupper() or quoted in NEGATIONS or source_word in NEGATIONS:
        return False
    if quoted[:2] != source_word[:2]:  # "successful" for "unsuccessful" is a negation, not a slip
        return False
    return _edit_distance(quoted, source_word, 2 if len(source_word) >= 8 else 1) <= (2 if len(source_word) >= 8 else 1)


@dataclass(frozen=True)
class _Alignment:
    first: int  # index into source.words
    mismatches: tuple[tuple[int, str, str], ...]  # (position in quote, quoted word, source word)


def _align(source: _Source, quote: str, max_mismatches: int) -> _Alignment | None:
    """The source window with the same number of words that differs in the fewest words."""
    quoted = WORD.findall(fold(quote))
    if len(quoted) < MIN_WORDS:
        return None
    anchors = sorted(
        ((len(source.positions.get(w, ())), i) for i, w in enumerate(quoted) if w in source.positions),
        key=lambda pair: pair[0],
    )
    best: _Alignment | None = None
    for _, anchor in anchors[:2]:
        for position in source.positions[quoted[anchor]]:
            first = position - anchor
            if first < 0 or first + len(quoted) > len(source.words):
                continue
            mismatches = []
            for offset, word in enumerate(quoted):
                if source.words[first + offset][0] != word:
                    mismatches.append((offset, word, source.words[first + offset][0]))
                    if len(mismatches) > max_mismatches:
                        break
            if len(mismatches) <= max_mismatches and (best is None or len(mismatches) < len(best.mismatches)):
                best = _Alignment(first, tuple(mismatches))
                if len(mismatches) <= 1:
                    return best
    return best


def _fuzzy(source: _Source, quote: str, alignment: _Alignment | None, edges: str) -> QuoteMatch | None:
    """A match despite spelling slips, when the aligned window differs only by slips.

    `edges` is the quote as given, for the marks at its ends."""
    words = _plain_words(quote)
    if alignment is None or not alignment.mismatches or len(alignment.mismatches) > max(1, len(words) // 8):
        return None
    if not all(_is_slip(q, words[i], s) for i, q, s in alignment.mismatches):
        return None
    if not _same_separators(source, quote, alignment):
        return None
    first = source.words[alignment.first]
    last = source.words[alignment.first + len(words) - 1]
    start, end = _widen(source.text, *source.span(first[1], last[2]), edges)
    return QuoteMatch(start, end, "fuzzy", ((start, end),))


def _same_separators(source: _Source, quote: str, alignment: _Alignment) -> bool:
    """The punctuation between words matches too: a fuzzy match is one passage, not two
    joined ones whose seam happens to fall on a sentence boundary."""
    folded_quote = fold(quote)
    spans = [(m.start(), m.end()) for m in WORD.finditer(folded_quote)]
    for k in range(len(spans) - 1):
        between_quote = folded_quote[spans[k][1]:spans[k + 1][0]].strip()
        between_source = source.folded[source.words[alignment.first + k][2]:source.words[alignment.first + k + 1][1]]
        if between_quote != between_source.strip():
            return False
    return True


def _explain(quote: str, alignment: _Alignment | None) -> str:
    """Why a quote is refused: the words that differ from the nearest passage, if any."""
    if alignment and alignment.mismatches:
        words = _plain_words(quote)
        differences = ", ".join(f"'{words[i]}' where the article has '{s}'" for i, q, s in alignment.mismatches[:3])
        return f"quote differs from the source: {differences}"
    shown = " ".join(quote.split())
    return f"quote not found in source: '{shown[:60]}{'…' if len(shown) > 60 else ''}'"


def check_quote(source_text: str, quote: str, *, allow_fuzzy: bool = True) -> QuoteCheck:
    """Locate `quote` in `source_text`, or say why it is refused."""
    if not quote or not quote.strip():
        return QuoteCheck(None, "quote is empty")
    count = word_count(quote)
    if count < MIN_WORDS:
        return QuoteCheck(None, f"quote too short to be evidence ({count} words; at least {MIN_WORDS} needed)")
    at = _find(source_text, quote)
    if at >= 0:
        return QuoteCheck(QuoteMatch(at, at + len(quote), "exact", ((at, at + len(quote)),)))
    source = _source(source_text)
    for candidate in dict.fromkeys((quote, _core(quote))):
        found = _find_folded(source, candidate)
        if found:
            start, end = _widen(source_text, *source.span(*found), quote)
            return QuoteCheck(QuoteMatch(start, end, "normalised", ((start, end),)))
    core = _core(quote)
    elided = _elided(source, core, quote)
    if elided:
        return QuoteCheck(elided)
    alignment = _align(source, core, max(2, count // 6))
    if allow_fuzzy:
        fuzzy = _fuzzy(source, core, alignment, quote)
        if fuzzy:
            return QuoteCheck(fuzzy)
    return QuoteCheck(None, _explain(core, alignment))


def locate_quote(source_text: str, quote: str, *, allow_fuzzy: bool = True) -> QuoteMatch | None:
    """Where `quote` is in `source_text`, or None. See the module docstring for the policy."""
    return check_quote(source_text, quote, allow_fuzzy=allow_fuzzy).match


def passage_matches(source_text: str, match: QuoteMatch, quote: str) -> bool:
    """Whether the located passage is the quote after folding (fragment by fragment)."""
    if match.kind == "elided":
        parts = _fragments(_core(quote))
        return len(parts) == len(match.fragments) and all(
            fold(source_text[a:b]) == fold(part) for (a, b), part in zip(match.fragments, parts)
        )
    if match.kind == "fuzzy":
        return len(WORD.findall(fold(source_text[match.start:match.end]))) == len(WORD.findall(fold(quote)))
    return fold(source_text[match.start:match.end]) in (fold(quote), fold(_core(quote)))
