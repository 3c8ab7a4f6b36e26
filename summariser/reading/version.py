"""Which reading made a briefing: a short hash of the reading's code, its word lists (the
user's `SUMMARISER_LEXICONS` too) and the English pipeline it parsed with.

Every method's briefing rests on the reading (its candidates are what a model judges), so
`summariser batch` compares this with the briefings it already wrote: one made by older rules
is made again rather than kept on resume."""

from __future__ import annotations

import hashlib
import importlib.util
import os
from functools import cache
from importlib import resources
from pathlib import Path

from .pipeline import pipeline_name


def reading_version() -> str:
    return _version(pipeline_name() or "", os.environ.get("SUMMARISER_LEXICONS", ""))


@cache
def _version(pipeline: str, lexicons: str) -> str:
    """Hashed once per pipeline and lexicon folder (the environment names both)."""
    digest = hashlib.sha256()
    package = Path(str(resources.files("summariser.reading")))
    files = sorted(package.glob("*.py")) + sorted((package / "data").glob("*.toml"))
    if lexicons and Path(lexicons).is_dir():
        files += sorted(Path(lexicons).glob("*.toml"))
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    digest.update(_pipeline_label(pipeline).encode())
    return digest.hexdigest()[:12]


def _pipeline_label(name: str) -> str:
    """The pipeline's name and its package's own meta.json (name, version, sources), when
    the name is an installed package; a pipeline given as a folder by its name alone."""
    spec = importlib.util.find_spec(name) if name and os.sep not in name else None
    meta = Path(spec.origin).parent / "meta.json" if spec is not None and spec.origin else None
    return name + "\0" + (meta.read_text(encoding="utf-8") if meta is not None and meta.is_file() else "")
