"""Deterministic reading of an article: sentences, actors, cues, candidates.

Pure code: no model, no network, no I/O beyond its own data files. The extractor asks it
what the article says and who is in each sentence; the validator asks it whether an actor
is named in a passage. One reading per text, cached, so both see the same actors.

    reading = read(text)
    reading.sentences          # [Sentence(index, start, end, text)]
    reading.inventory.actors   # {id: ActorInfo(id, name, kind, forms)}
    reading.accusations        # candidates, each with its sentence and roles
"""

from __future__ import annotations

import copy
import dataclasses
from collections import ChainMap
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .actors import ActorInfo, Inventory, Mention, known_actors
from .candidates import Accusation, Mediation, PartyScore, Reader, Tie
from .language import empty_doc, is_english
from .pipeline import parse, primed_reading
from .sentences import Sentence, sentences_of
from .time_limit import deadline, limit_for

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Reading:
    text: str
    sentences: list[Sentence]
    inventory: Inventory
    accusations: list[Accusation]
    mediations: list[Mediation]
    ties: list[Tie]
    parties: list[PartyScore]


# Readings made earlier and handed back (`given`): the batch route reads an article at
# submit and validates its answers hours later, without parsing it again.
_GIVEN: dict[str, Reading] = {}


@contextmanager
def given(reading: Reading) -> Iterator[None]:
    """`read(reading.text)` is `reading` inside this block."""
    _GIVEN[reading.text] = reading
    try:
        yield
    finally:
        _GIVEN.pop(reading.text, None)


def read(text: str) -> Reading:
    known = _GIVEN.get(text)
    return known if known is not None else _read(text)


def given_reading(text: str) -> Reading | None:
    """The reading handed back for `text` (`given`), if any: `read` has nothing to do."""
    return _GIVEN.get(text)


@lru_cache(maxsize=32)
def _read(text: str) -> Reading:
    if not is_english(text):  # another language: an empty reading, not a misparse (language.py)
        return Reading(text, [], Inventory(text, [], empty_doc()), [], [], [], [])
    made = primed_reading(text)  # a batch's worker processes read it already
    return with_known_forms(made) if made is not None else reading_of(text, parse(text))


def reading_of(text: str, doc: "Doc") -> Reading:
    """The reading of `text` from its parse, within its deadline (`time_limit.py`)."""
    with deadline(limit_for(text)):
        return _reading_of(text, doc)


def _reading_of(text: str, doc: "Doc") -> Reading:
    sentences = sentences_of(doc)
    actors = Inventory(text, sentences, doc)
    reader = Reader(text, sentences, actors)
    accusations = reader.accusations()
    mediations = reader.mediations(accusations)
    ties = reader.ties(mediations, accusations)
    parties = reader.party_scores(accusations, ties, mediations)
    actors.share_known_forms()
    return Reading(text, sentences, actors, accusations, mediations, ties, parties)


def without_parse(reading: Reading, keep_parse: bool = True) -> Reading:
    """`reading` without what only its making needs (the word tokens the inventory scans)
    and without the shared table of known actors' and cities' forms (`with_known_forms` puts
    it back): what crosses a process or is kept on disk. What the request, the checks and
    the validator read stays: sentences, the inventory's own forms and mentions, the
    candidates. The parse goes as bytes, or (`keep_parse` false, for disk) not at all, made
    again if asked for. Without the table a corpus reading pickles to 90 KiB in 7 ms (601 KiB in
    48 ms with it), and kept on disk it is a tenth of the size."""
    inventory = copy.copy(reading.inventory)
    inventory.without_doc(keep_bytes=keep_parse)
    del inventory.tokens  # only the inventory's making scans them: asked for after, it fails loudly
    inventory.share_known_forms()
    own = inventory.own_forms()
    if own is not None:
        inventory.forms = own
        inventory._own_forms_only = True  # type: ignore[attr-defined]
    return dataclasses.replace(reading, inventory=inventory)


def with_known_forms(reading: Reading) -> Reading:
    """A `without_parse` reading made whole again for use: the shared table behind its own forms."""
    inventory = reading.inventory
    if getattr(inventory, "_own_forms_only", False):
        inventory.forms = ChainMap(inventory.forms, known_actors().shared_forms)
        del inventory._own_forms_only
    return reading


read.cache_clear = _read.cache_clear  # type: ignore[attr-defined]

__all__ = ["ActorInfo", "Accusation", "Inventory", "Mediation", "Mention", "PartyScore", "Reading", "Sentence",
           "Tie", "given", "given_reading", "read"]
