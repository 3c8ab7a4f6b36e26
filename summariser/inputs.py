"""Reading articles: files, folders, globs and stdin, refusing non-articles in one line.

Text is decoded from bytes with no newline translation, so the offsets in a briefing
index the article's text exactly as it is (`text[start:end]`), `\r\n` included. For HTML
the article is the main text that trafilatura extracts; the briefing's offsets index that
text, which `summariser brief --out` writes beside the briefing.

An article's title and publication date come only from metadata: front matter at the top
of a .txt/.md file (stripped, so offsets index the body), HTML metadata (trafilatura,
without its guessing from the page text), or an `index.json` beside the file (entries with
"file", "title", "date", as in tests/corpus/index.json). A date is kept only if it is a real
calendar date; otherwise the article is undated, never given one.
"""

from __future__ import annotations

import codecs
import datetime as dt
import glob
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
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
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD from the article's metadata, never guessed


def expand_paths(
    arguments: Iterable[str], in_folder: Callable[[Path], bool], keep: Callable[[Path], bool] = lambda p: True,
    stdin: bool = False,
) -> list[str]:
    """Files as given, folders searched recursively for files `in_folder` accepts, globs
    expanded (keeping what `keep` accepts), each path once.

    A name that matches nothing stays as it is, so reading it reports the problem.
    """
    paths: list[str] = []
    for argument in arguments:
        path = Path(argument)
        if (stdin and argument == STDIN) or path.is_file():
            paths.append(argument)
        elif path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and in_folder(p) and keep(p))
            paths.extend(str(p) for p in found) if found else paths.append(argument)
        elif glob.has_magic(argument):
            paths.extend(sorted(p for p in glob.glob(argument, recursive=True) if keep(Path(p))) or [argument])
        else:
            paths.append(argument)
    return list(dict.fromkeys(paths))


def expand_inputs(arguments: tuple[str, ...] | list[str]) -> list[str]:
    """Article files: folders are searched for .txt, .md and .html; `-` is stdin."""
    return expand_paths(arguments, lambda p: p.suffix.lower() in ARTICLE_SUFFIXES, stdin=True)


# Byte-order marks, longest first (UTF-32-LE's begins with UTF-16-LE's). A file that starts
# with one is text in that encoding, whatever --encoding says, unless it names another.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def _bom(data: bytes) -> tuple[str, str] | None:
    """(codec, label) of the byte-order mark `data` starts with, if any."""
    for mark, codec, label in BOMS:
        if data.startswith(mark):
            return codec, label
    return None


def _unmarked_utf(data: bytes) -> str | None:
    """The codec of UTF-16 or UTF-32 text with no byte-order mark, if `data` looks like it:
    the NULs that Latin letters carry in those encodings fall at the same places in every
    code unit (a binary file's NULs fall anywhere)."""
    sample = data[:4096]
    for size, codec in ((4, "utf-32"), (2, "utf-16")):
        units = len(sample) // size
        if units < 8:
            continue
        for endian, high in (("le", range(1, size)), ("be", range(0, size - 1))):
            low = size - 1 if endian == "be" else 0
            zero_high = sum(sample[i * size + j] == 0 for i in range(units) for j in high)
            zero_low = sum(sample[i * size + low] == 0 for i in range(units))
            if zero_high >= 0.9 * units * len(high) and zero_low == 0:
                return f"{codec}-{endian}"
    return None


def _decode(data: bytes, name: str, encoding: str) -> tuple[str, str]:
    bom = _bom(data)
    if bom is not None and encoding in ("utf-8", "auto"):
        codec, label = bom
        try:
            return data.decode(codec), codec.removesuffix("-sig")
        except UnicodeDecodeError as error:
            raise InputError(f"{name}: starts with a {label} byte-order mark but is not {label} text "
                             f"(byte {error.start})") from None
    if b"\0" in data[:8192] and bom is None and encoding in ("utf-8", "auto"):
        unmarked = _unmarked_utf(data)
        if unmarked is None:
            raise InputError(f"{name}: binary file, not text")
        if encoding == "utf-8":
            raise InputError(f"{name}: not UTF-8 text ({unmarked.upper()} without a byte-order mark?); "
                             "try --encoding auto")
        try:
            return data.decode(unmarked), unmarked
        except UnicodeDecodeError:
            raise InputError(f"{name}: binary file, not text") from None
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
        return data.decode("utf-8"), "utf-8"
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
    """The article's text and encoding, or an InputError naming `name` and what is wrong.

    A byte-order mark (UTF-8, UTF-16, UTF-32) says how the text is encoded; NUL bytes
    without one mean a binary file, unless they fall like UTF-16's (then the message names
    the encoding to try).
    """
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
    article = Article(id=path.stem, text=text, path=name, encoding=used, extracted=html)
    return with_metadata(article, path, data if html else None)


# --- title and publication date, from metadata only ----------------------------------

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
INDEX_FILE = "index.json"
INDEX_LEVELS = 3  # an index.json this many folders up can still list the file ("wikinews/x.txt")


def iso_date(value: object) -> str | None:
    """YYYY-MM-DD if `value` is a real date (or an ISO date-time), else None."""
    if not isinstance(value, str) or len(value.strip()) < 10:
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat() if len(text) == 10 else (
            dt.datetime.fromisoformat(text).date().isoformat())
    except ValueError:
        return None


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """`key: value` fields of a leading `---` block, and the text without it."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, colon, value = line.partition(":")
        if colon and key.strip():
            fields[key.strip().lower()] = value.strip().strip("\"'").strip()
    return fields, text[match.end():]


def _html_metadata(data: bytes) -> tuple[str | None, str | None]:
    from trafilatura import extract_metadata

    try:
        # extensive=False: dates from the page's markup and metadata, not guessed from its text.
        meta = extract_metadata(data.decode("utf-8", errors="replace"), extensive=False)
    except Exception:  # noqa: BLE001 - metadata is optional; a page trafilatura chokes on has none
        return None, None
    if meta is None:
        return None, None
    return (meta.title or None), iso_date(meta.date)


@lru_cache(maxsize=32)
def _index(path: Path, mtime: float) -> dict[Path, dict[str, object]]:
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}
    if not isinstance(entries, list):
        return {}
    return {(path.parent / str(e["file"])).resolve(): e for e in entries if isinstance(e, dict) and "file" in e}


def _index_entry(path: Path) -> dict[str, object]:
    target = path.resolve()
    for folder in list(target.parents)[:INDEX_LEVELS]:
        index = folder / INDEX_FILE
        if index.is_file():
            entry = _index(index, index.stat().st_mtime).get(target)
            if entry:
                return entry
    return {}


def with_metadata(article: Article, path: Path, html: bytes | None) -> Article:
    """The article with its title and date, its front matter (if any) stripped from the text."""
    title = published = None
    text = article.text
    if html is not None:
        title, published = _html_metadata(html)
    elif path.suffix.lower() in (".txt", ".md"):
        fields, text = split_front_matter(text)
        title, published = fields.get("title") or None, iso_date(fields.get("date"))
        if not text.strip():
            raise InputError(f"{path}: empty article (only front matter)")
    if title is None or published is None:
        entry = _index_entry(path)
        title = title or (str(entry["title"]) if entry.get("title") else None)
        published = published or iso_date(entry.get("date"))
    return replace(article, text=text, title=title, published=published)
