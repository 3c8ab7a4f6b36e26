"""Long articles: split on paragraph boundaries with overlap, merge what the parts found.

A model sees a limited context. An article longer than the provider's budget is cut into
parts of whole paragraphs, each part repeating the previous part's last paragraph so a
claim that straddles the cut is seen whole at least once. Each part is briefed on its
own; the items are merged back by the same identity the re-ask uses (canonical names),
keeping every piece of evidence, with offsets moved to the whole article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")


@dataclass(frozen=True)
class Chunk:
    start: int  # offset of `text` in the whole article
    text: str


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, separators excluded."""
    spans, at = [], 0
    for match in PARAGRAPH_BREAK.finditer(text):
        if match.start() > at:
            spans.append((at, match.start()))
        at = match.end()
    if at < len(text):
        spans.append((at, len(text)))
    return spans


def _pieces(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Paragraphs, with any paragraph longer than `max_chars` cut at sentence ends or spaces."""
    pieces = []
    for start, end in paragraphs(text):
        while end - start > max_chars:
            window = text[start:start + max_chars]
            cut = max(window.rfind(". "), window.rfind(" "))
            cut = cut + 1 if cut > max_chars // 2 else max_chars
            pieces.append((start, start + cut))
            start += cut
        pieces.append((start, end))
    return pieces


def split_article(text: str, max_chars: int, overlap: int = 1) -> list[Chunk]:
    """The whole text as one chunk when it fits, else parts of whole paragraphs."""
    if len(text) <= max_chars:
        return [Chunk(0, text)]
    pieces = _pieces(text, max_chars)
    chunks: list[Chunk] = []
    first = 0
    while first < len(pieces):
        last = first
        while last + 1 < len(pieces) and pieces[last + 1][1] - pieces[first][0] <= max_chars:
            last += 1
        start, end = pieces[first][0], pieces[last][1]
        chunks.append(Chunk(start, text[start:end]))
        if last + 1 >= len(pieces):
            break
        first = max(first + 1, last + 1 - overlap)
    return chunks


def shift(item: dict[str, Any], offset: int) -> dict[str, Any]:
    """The item with its evidence offsets moved from its chunk to the whole article."""
    if not offset:
        return item
    evidence = [{**e, "start": e["start"] + offset, "end": e["end"] + offset} for e in item.get("evidence", [])]
    return {**item, "evidence": evidence}


def merge_evidence(kept: dict[str, Any], more: dict[str, Any]) -> None:
    """Add `more`'s evidence to `kept`, each passage once."""
    seen = {(e["start"], e["end"]) for e in kept["evidence"]}
    for evidence in more["evidence"]:
        if (evidence["start"], evidence["end"]) not in seen:
            kept["evidence"].append(evidence)
            seen.add((evidence["start"], evidence["end"]))
