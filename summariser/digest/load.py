"""Reading briefings one at a time: files, folders, globs and JSONL, each checked.

The digest must not hold the input in memory, so this yields one briefing at a time and
forgets it; a JSONL file is read line by line. Everything that makes a briefing unusable
for a digest is refused here with one line naming the file (and line), so the merge can
trust what it gets: the JSON contract, a schema version this tool knows, and evidence
offsets that could index the article.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import InputError
from ..inputs import expand_paths
from ..models import SCHEMA_VERSION, Briefing

ACCEPTED_VERSIONS = ("1", "2")
MANIFEST = ".summariser-manifest.jsonl"


@dataclass(frozen=True)
class Loaded:
    """A briefing that passed every check, and where it was read."""

    label: str
    briefing: Briefing


def expand_briefing_inputs(arguments: Iterable[str]) -> list[str]:
    """Briefing files: folders are searched for *.json; the batch manifest is never one."""
    return expand_paths(arguments, lambda p: p.suffix == ".json", keep=lambda p: p.name != MANIFEST)


def _version_problem(data: dict[str, Any]) -> str | None:
    version = data.get("schema_version")
    if version in ACCEPTED_VERSIONS:
        return None
    if isinstance(version, str) and version.isdigit() and int(version) > int(SCHEMA_VERSION):
        return f"briefing schema version {version} is newer than this tool's ({SCHEMA_VERSION}); upgrade summariser"
    return f"unknown briefing schema version {version!r} (this tool reads {', '.join(ACCEPTED_VERSIONS)})"


def offset_problem(briefing: Briefing) -> str | None:
    """The first impossible evidence offset, or None: a digest cites offsets as sources."""
    chars = briefing.source.chars
    for category in ("parties", "mediators", "alliances", "accusations"):
        for index, item in enumerate(getattr(briefing, category)):
            for evidence in item.evidence:
                where = f"{category}[{index}] evidence {evidence.start}-{evidence.end}"
                if evidence.start < 0:
                    return f"impossible evidence offsets: {where} starts before the article"
                if evidence.end < evidence.start:
                    return f"impossible evidence offsets: {where} ends before it starts"
                if evidence.end > chars:
                    return f"impossible evidence offsets: {where} ends past the article's {chars} characters"
    return None


def parse_briefing(data: Any, label: str) -> Briefing:
    """A checked Briefing, or an InputError naming `label` and the first thing wrong."""
    if not isinstance(data, dict) or "source" not in data or "schema_version" not in data:
        raise InputError(f"{label}: not a briefing (expected a JSON object with schema_version and source)")
    problem = _version_problem(data)
    if problem:
        raise InputError(f"{label}: {problem}")
    try:
        briefing = Briefing.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "top level"
        raise InputError(f"{label}: not a briefing in the JSON contract ({where}: {first['msg']})") from None
    problem = offset_problem(briefing)
    if problem:
        raise InputError(f"{label}: {problem}")
    return briefing


def _load(raw: bytes, label: str) -> Loaded | InputError:
    """One briefing from its JSON text, or the one-line error that names it."""
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return InputError(f"{label}: not a JSON briefing ({error})")
    try:
        return Loaded(label, parse_briefing(data, label))
    except InputError as error:
        return error


def _json_file(path: Path, name: str) -> Iterator[Loaded | InputError]:
    yield _load(path.read_bytes(), name)


def _jsonl_file(path: Path, name: str) -> Iterator[Loaded | InputError]:
    with path.open("rb") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                yield _load(line, f"{name}:{number}")


def read_briefings(paths: Iterable[str]) -> Iterator[Loaded | InputError]:
    """Each briefing of each path in turn, or the error that stops that one.

    Errors are yielded, not raised, so the caller decides whether the rest goes on.
    """
    for name in paths:
        path = Path(name)
        if not path.exists():
            yield InputError(f"{name}: no such file")
        elif path.is_dir():
            yield InputError(f"{name}: is a directory with no briefing files (*.json)")
        else:
            try:
                reader = _jsonl_file if path.suffix.lower() == ".jsonl" else _json_file
                yield from reader(path, name)
            except OSError as error:
                yield InputError(f"{name}: cannot read ({error.strerror})")
