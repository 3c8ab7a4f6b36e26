"""Reading articles from disk, refusing what is not an article with a one-line reason.

Text is decoded from bytes with no newline translation, so the offsets in a briefing
index the file's text exactly as it is (`text[start:end]`), `\r\n` included.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    path: str | None = None


def decode_article(data: bytes, name: str) -> str:
    """The article's text, or an InputError naming `name` and what is wrong."""
    if b"\0" in data[:8192]:
        raise InputError(f"{name}: binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: not UTF-8 text (byte {error.start}: {data[error.start:error.start + 1]!r})"
        ) from None
    if not text.strip():
        raise InputError(f"{name}: empty article")
    return text


def read_article(path: str | Path) -> Article:
    path = Path(path)
    name = str(path)
    if not path.exists():
        raise InputError(f"{name}: no such file")
    if path.is_dir():
        raise InputError(f"{name}: is a directory, not an article file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{name}: too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{name}: cannot read ({error.strerror})") from None
    return Article(id=path.stem, text=decode_article(data, name), path=name)
