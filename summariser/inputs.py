"""Reading articles: files, folders, globs and stdin, refusing non-articles in one line.

Text is decoded from bytes with no newline translation, so the offsets in a briefing
index the article's text exactly as it is (`text[start:end]`), `\r\n` included. For HTML
the article is the main text that trafilatura extracts; the briefing's offsets index that
text, which `summariser brief --out` writes beside the briefing.
"""

from __future__ import annotations

import glob
import sys
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

MAX_BYTES = 5_000_000
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
STDIN = "-"


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    path: str | None = None
    encoding: str = "utf-8"
    extracted: bool = False  # the text was extracted from HTML


def expand_inputs(arguments: tuple[str, ...] | list[str]) -> list[str]:
    """Files as given, folders searched recursively for articles, globs expanded.

    A name that matches nothing stays as it is, so reading it reports the problem.
    """
    paths: list[str] = []
    for argument in arguments:
        path = Path(argument)
        if argument == STDIN or path.is_file():
            paths.append(argument)
        elif path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
            paths.extend(str(p) for p in found) if found else paths.append(argument)
        elif glob.has_magic(argument):
            paths.extend(sorted(glob.glob(argument, recursive=True)) or [argument])
        else:
            paths.append(argument)
    return list(dict.fromkeys(paths))


def _decode(data: bytes, name: str, encoding: str) -> tuple[str, str]:
    if encoding != "auto":
        try:
            return data.decode("utf-8-sig" if encoding == "utf-8" else encoding), encoding
        except UnicodeDecodeError as error:
            label = "UTF-8" if encoding == "utf-8" else encoding
            raise InputError(
                f"{name}: not {label} text (byte {error.start}: {data[error.start:error.start + 1]!r}); "
                "try --encoding auto"
            ) from None
        except LookupError:
            raise InputError(f"{name}: unknown encoding {encoding!r}") from None
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(f"{name}: not text in any encoding that could be detected")
    return str(best), best.encoding


def _html_text(html: str, name: str) -> str:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise InputError(f"{name}: no article text found in the HTML")
    return text


def decode_article(data: bytes, name: str, encoding: str = "utf-8", html: bool = False) -> tuple[str, str]:
    """The article's text and encoding, or an InputError naming `name` and what is wrong."""
    if b"\0" in data[:8192]:
        raise InputError(f"{name}: binary file, not text")
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: too large ({len(data):,} bytes; the limit is {MAX_BYTES:,})")
    text, used = _decode(data, name, encoding)
    if html:
        text = _html_text(text, name)
    if not text.strip():
        raise InputError(f"{name}: empty article")
    return text, used


def read_article(path: str | Path, encoding: str = "utf-8") -> Article:
    name = str(path)
    if name == STDIN:
        text, used = decode_article(sys.stdin.buffer.read(MAX_BYTES + 1), "<stdin>", encoding)
        return Article(id="stdin", text=text, path=None, encoding=used)
    path = Path(path)
    if not path.exists():
        raise InputError(f"{name}: no such file")
    if path.is_dir():
        raise InputError(f"{name}: is a directory with no article files ({', '.join(ARTICLE_SUFFIXES)})")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{name}: too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{name}: cannot read ({error.strerror})") from None
    html = path.suffix.lower() in HTML_SUFFIXES
    text, used = decode_article(data, name, encoding, html)
    return Article(id=path.stem, text=text, path=name, encoding=used, extracted=html)
