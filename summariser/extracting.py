"""The `extract` method: the model extracts every claim, citing numbered sentences.

For a capable model (the default for `openai` and `--base-url`). Unlike `cited`, where
the model only judges what the reading proposed, here it may report what the reading
missed; unlike `quoted`, it never copies a quote: it cites sentence numbers, and the code
writes the evidence from those sentences (`citations.py`).

One call per article, or per piece of a long one (`chunks.split_article`, the sentences
of each piece; numbers stay the article's, so pieces merge without shifting offsets).

The request (a stand-in model can answer it from this description alone):

- system message: `prompts/extract.md`;
- user message, three blocks separated by blank lines:

      SENTENCES:
      [0] First sentence of the article.
      [1] Second sentence.

      ACTORS:
      ARM: Armenia (state); forms: Armenia, Armenian, Yerevan

      HINTS:
      {"parties": [{"sentences": [0], "actor": "ARM", "kind": "state"}], "mediators": [],
       "alliances": [], "accusations": []}

  Sentence numbers are the reading's (0-based, `Evidence.sentence`); ACTORS is the
  reading's inventory (id: name (kind); the forms seen in the article); HINTS are the
  reading's proposals (`cited.candidates`) in the answer's own shape, which the model may
  confirm, correct or ignore. Article text is sent as it is, in its own message and
  through no template engine, so `{{ }}` in an article stays as written.
- the answer: `models.ExtractedClaims` (`schemas/extraction.extract.schema.json`): four
  lists of items, each with `sentences: list[int]` and actors as inventory ids or
  `{"new": name}`. OpenAI gets it as strict structured outputs (`response_format`
  json_schema, `strict: true`); llama.cpp, vLLM and Ollama as a forced tool call
  (instructor `Mode.TOOLS`; llama.cpp refuses `response_format: json_schema`).
- re-asks: the conversation so far, the failing items as the assistant's turn, then
  `prompts/extract_reask.md` listing each failing item with its reasons; only failing
  items, at most `reasks` rounds. The answer has the same shape.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

from .chunks import merge_evidence, split_article
from .cited import CitedResult, candidates
from .citations import Checked, check_item
from .errors import ModelError
from .extract import Tally, failures_text, item_key
from .grounding import matcher_for
from .models import CATEGORIES, Category, ExtractedClaims, Rejected
from .policy import RetryPolicy
from .prompts import load_templates, reask_message
from .providers import Connection
from .reading import Reading, Sentence


def sentences_block(sentences: list[Sentence]) -> str:
    return "SENTENCES:\n" + "\n".join(f"[{s.index}] {' '.join(s.text.split())}" for s in sentences)


def actors_block(reading: Reading) -> str:
    lines = [f"{a.id}: {a.name} ({a.kind}); forms: {', '.join(a.forms) or a.name}"
             for a in sorted(reading.inventory.actors.values(), key=lambda a: a.id)]
    return "ACTORS:\n" + ("\n".join(lines) or "(none found)")


def hints(reading: Reading, numbers: set[int]) -> dict[str, list[dict[str, Any]]]:
    """The reading's proposals within these sentences, in the answer's shape (ids, not names)."""
    ids = {a.name: a.id for a in reading.inventory.actors.values()}

    def ref(name: str) -> Any:
        return ids.get(name, {"new": name})

    found: dict[str, list[dict[str, Any]]] = {category: [] for category in CATEGORIES}
    for candidate in candidates(reading):
        if not candidate.proposed or not set(candidate.sentences) <= numbers:
            continue
        item, cited = candidate.item, sorted(candidate.sentences)
        if candidate.category == "parties":
            found["parties"].append({"sentences": cited, "actor": ref(item["name"]), "kind": item["kind"]})
        elif candidate.category == "mediators":
            found["mediators"].append({"sentences": cited, "actor": ref(item["name"]),
                                       "members": [ref(m) for m in item["members"]]})
        elif candidate.category == "alliances":
            found["alliances"].append({"sentences": cited, "members": [ref(m) for m in item["members"]],
                                       "kind": item["kind"]})
        else:
            found["accusations"].append({"sentences": cited, "accuser": ref(item["accuser"]),
                                         "accused": ref(item["accused"]), "allegation": item["allegation"]})
    return found


def extract_messages(reading: Reading, sentences: list[Sentence]) -> list[dict[str, str]]:
    """The fixed instructions first (a server can reuse that prefix), the article after."""
    numbers = {s.index for s in sentences}
    user = "\n\n".join([sentences_block(sentences), actors_block(reading),
                        "HINTS:\n" + json.dumps(hints(reading, numbers), ensure_ascii=False)])
    return [{"role": "system", "content": load_templates()["extract"].strip()}, {"role": "user", "content": user}]


def pieces(reading: Reading, max_chars: int) -> list[list[Sentence]]:
    """The sentences of each piece of the article (one piece when it fits)."""
    found = []
    for chunk in split_article(reading.text, max_chars):
        end = chunk.start + len(chunk.text)
        inside = [s for s in reading.sentences if s.start >= chunk.start and s.end <= end]
        if inside:
            found.append(inside)
    return found


async def _ask(connection: Connection, messages: list[dict[str, str]], usage: Any,
               policy: RetryPolicy) -> dict[str, list[dict[str, Any]]]:
    from .calls import ask  # the model client stack, loaded only when a model is asked

    answer = await ask(connection, ExtractedClaims, messages, usage, policy, structured=True)
    return answer.model_dump()  # type: ignore[no-any-return]


async def _extract_piece(connection: Connection, reading: Reading, sentences: list[Sentence], tally: Tally,
                         reasks: int, policy: RetryPolicy) -> tuple[list[Checked], list[Checked], list[str]]:
    """(kept, still failing, notes) for one piece: ask, check, re-ask about the failures only."""
    messages = extract_messages(reading, sentences)
    try:
        answer = await _ask(connection, messages, tally.first, policy)
    except ModelError as error:
        return [], [], [f"all categories: no usable answer from the model ({error})"]
    kept: list[Checked] = []
    failed: list[Checked] = []
    notes: list[str] = []
    for round_number in range(reasks + 1):
        checked = [(check_item(reading, category, item), item)
                   for category in CATEGORIES for item in answer.get(category, [])]
        kept += [c for c, _ in checked if c.item is not None]
        failing = [(c, item) for c, item in checked if c.item is None]
        failed += [c for c, _ in failing]
        if not failing or round_number == reasks:
            break
        tally.reask_rounds += 1
        shown: dict[str, list[dict[str, Any]]] = {category: [] for category in CATEGORIES}
        for c, item in failing:
            shown[c.category].append(item)
        messages = [
            *messages,
            {"role": "assistant", "content": json.dumps(shown, ensure_ascii=False)},
            reask_message(failures_text([({c.category: item}, c.reasons) for c, item in failing]), "extract_reask"),
        ]
        try:
            answer = await _ask(connection, messages, tally.reasks, policy)
        except ModelError as error:
            notes.append(f"all categories: re-ask failed ({error})")
            break
    return kept, failed, notes


async def extract_claims(reading: Reading, connect: Callable[[], Awaitable[Connection]], tally: Tally,
                         policy: RetryPolicy = RetryPolicy(), *, reasks: int = 1,
                         max_chars: int = 200_000) -> CitedResult:
    """The whole `extract` path for one article: every piece asked at once, merged."""
    kept: dict[Category, list[dict[str, Any]]] = {category: [] for category in CATEGORIES}
    if not reading.sentences:
        return CitedResult(kept, [], ["no sentences in the article: nothing to brief"])
    connection = await connect()
    results = await asyncio.gather(*(
        _extract_piece(connection, reading, sentences, tally, reasks, policy)
        for sentences in pieces(reading, max_chars)
    ))
    matcher = matcher_for(reading.text)  # the validator's own: one per article, not two
    by_key: dict[tuple[Any, ...], dict[str, Any]] = {}
    rejected: dict[tuple[Any, ...], Checked] = {}
    notes: list[str] = []
    for good, bad, said in results:
        notes += said
        for checked in good:
            assert checked.item is not None
            key = (checked.category, *item_key(checked.category, checked.item, matcher))
            if key in by_key:
                merge_evidence(by_key[key], checked.item)
            else:
                by_key[key] = checked.item
                kept[checked.category].append(checked.item)
        for checked in bad:
            rejected.setdefault((checked.category, *item_key(checked.category, checked.draft, matcher)), checked)
    # An item refused once and kept after a re-ask (or in another piece) is not rejected.
    refused = [Rejected(category=c.category, item=c.draft, reasons=c.reasons)
               for key, c in rejected.items() if key not in by_key]
    return CitedResult(kept, refused, notes)


__all__ = ["extract_claims", "extract_messages", "hints", "pieces"]
