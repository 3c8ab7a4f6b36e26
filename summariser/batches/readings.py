"""Readings kept from submit to collect, so collecting never parses an article again.

A reading without what is only needed while it is made (the spaCy Doc and the word
tokens the inventory scans; what the request, the checks and the validator read is its
sentences, the inventory's actors, forms and mentions, and the candidates) is about
twelve kilobytes pickled, four compressed, and loads in under a millisecond, where
parsing takes a tenth of a second (with the tokens it was three times the size and
several times slower to load: most of collect's time per article after the client).
They are pickles: the state folder is the user's own, never a file from elsewhere. A
missing or unreadable one is simply read again.
"""

from __future__ import annotations

import pickle
import zlib
from pathlib import Path

from ..reading import Reading, with_known_forms, without_parse

SUFFIX = ".reading"


def _path(folder: Path, sha256: str) -> Path:
    return folder / f"{sha256}{SUFFIX}"


def kept(folder: Path, sha256: str) -> bool:
    return _path(folder, sha256).is_file()


def save(folder: Path, sha256: str, reading: Reading) -> None:
    data = zlib.compress(pickle.dumps(without_parse(reading, keep_parse=False), protocol=5), 1)
    folder.mkdir(parents=True, exist_ok=True)
    temporary = _path(folder, sha256).with_suffix(".tmp")
    temporary.write_bytes(data)
    temporary.replace(_path(folder, sha256))


def load(folder: Path, sha256: str, text: str) -> Reading | None:
    try:
        reading = pickle.loads(zlib.decompress(_path(folder, sha256).read_bytes()))
    except (OSError, zlib.error, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        return None
    if not isinstance(reading, Reading) or reading.text != text:
        return None
    return with_known_forms(reading)
