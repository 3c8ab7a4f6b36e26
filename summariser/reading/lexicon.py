"""The reading layer's word lists, loaded from TOML data files.

They live in `reading/data/` (each file states its source and licence). A user extends
them without code: a folder named by the environment variable `SUMMARISER_LEXICONS`
holding TOML files with the same tables; their lists are appended to ours, and their
`[[actor]]` entries added to the known actors.
"""

from __future__ import annotations

import os
import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

FILES = ("cues.toml", "actors.toml", "roles.toml", "predicates.toml", "people.toml", "cities.toml")


def _data_dir() -> Path:
    return Path(str(resources.files("summariser.reading"))) / "data"


def _merge(into: dict[str, Any], extra: dict[str, Any]) -> None:
    for key, value in extra.items():
        if isinstance(value, dict):
            _merge(into.setdefault(key, {}), value)
        elif isinstance(value, list):
            into.setdefault(key, [])
            into[key] = [*into[key], *value]
        else:
            into[key] = value


@cache
def lexicon() -> dict[str, Any]:
    """All tables of every data file, with the user's additions appended."""
    merged: dict[str, Any] = {}
    for name in FILES:
        _merge(merged, tomllib.loads((_data_dir() / name).read_text(encoding="utf-8")))
    extra = os.environ.get("SUMMARISER_LEXICONS")
    if extra and Path(extra).is_dir():
        for path in sorted(Path(extra).glob("*.toml")):
            _merge(merged, tomllib.loads(path.read_text(encoding="utf-8")))
    return merged


def words_of(*path: str) -> list[str]:
    """A list from the lexicon, lower-cased: `words_of("predicates", "accuse")`."""
    node: Any = lexicon()
    for key in path:
        node = node.get(key, {})
    return [str(w).lower() for w in node] if isinstance(node, list) else []


@cache
def word_set(*path: str) -> frozenset[str]:
    """`words_of` as a set, read once: what the rules test a word's lemma against, per token."""
    return frozenset(words_of(*path))
