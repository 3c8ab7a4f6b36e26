"""Sentences with exact character offsets.

The splitter is `sentencex` (Wikimedia's segmenter, maintained, ~300 languages): it
returns each sentence's start and end index in the original string, so the evidence the
tool cites is `text[start:end]` by construction, and it knows abbreviations ("U.S.",
"Gen.") that a regex splitter breaks on. It runs the whole test corpus in under 10 ms.
pysbd was the other candidate; its `char_span` mode has open offset bugs.

News adds one thing sentencex does not split on: headlines and datelines end at a line
break without a full stop ("Explosions in the largest cities\\nAccording to ..."), so each
sentence is also cut at line breaks. White space is trimmed from both ends.
"""

from __future__ import annotations

from dataclasses import dataclass

from sentencex import get_sentence_boundaries


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, at = [], start
    while at < end:
        cut = text.find("\n", at, end)
        stop = end if cut < 0 else cut
        a, b = _trimmed(text, at, stop)
        if b > a:
            spans.append((a, b))
        at = stop + 1
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of `text`, in order, numbered from 0."""
    spans: list[tuple[int, int]] = []
    for boundary in get_sentence_boundaries("en", text):
        spans.extend(_lines(text, boundary["start_index"], boundary["end_index"]))
    return [Sentence(i, a, b, text[a:b]) for i, (a, b) in enumerate(spans)]
