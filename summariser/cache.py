"""A response cache on disk, so an identical model request is never paid for twice.

It sits in the HTTP client as a transport (`transport.CachingTransport`): a POST whose provider, model and canonical JSON
body were answered before gets the stored answer back without leaving the machine. Only
complete answers are stored (HTTP 200, valid JSON, not cut off at max_tokens), so a
failure is always retried for real. SQLite in WAL mode keeps it safe to share between
concurrent requests and between runs.

A file that is not a usable SQLite database (corrupt, truncated, something else) is found
when the cache opens and ends the run with one line naming it (`CacheError`), instead of
a traceback from deep inside a request. Damage found later, in the middle of a run, only
costs the cache: the request goes to the provider and its answer is not stored.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from pathlib import Path

from .errors import CacheError

SCHEMA = "CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, body BLOB NOT NULL)"


def default_cache_path() -> Path:
    root = os.environ.get("SUMMARISER_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "summariser"
    )
    return Path(root) / "responses.sqlite3"


def unusable(path: Path, error: BaseException) -> CacheError:
    return CacheError(f"{path}: the response cache is unusable ({error}); delete it or use --no-cache")


class ResponseCache:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_cache_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        except (OSError, sqlite3.Error) as error:
            raise unusable(self.path, error) from None
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            # No fsync per stored answer (4 ms each here, more on a busy disk, and a run stores
            # one per request, from the event loop): in WAL mode a crash of the program loses
            # nothing, a crash of the machine at most the last answers, asked again next time.
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(SCHEMA)
            self._db.execute("SELECT key FROM responses LIMIT 1").fetchall()
        except sqlite3.Error as error:  # DatabaseError: "file is not a database", "malformed", ...
            self._db.close()
            raise unusable(self.path, error) from None
        self._lock = threading.Lock()
        self.hits = 0

    def get(self, key: str) -> bytes | None:
        try:
            with self._lock:
                row = self._db.execute("SELECT body FROM responses WHERE key = ?", (key,)).fetchone()
        except sqlite3.DatabaseError:
            return None  # damaged since it opened: ask the provider instead
        return bytes(row[0]) if row else None

    def put(self, key: str, body: bytes) -> None:
        try:
            with self._lock:
                self._db.execute("INSERT OR REPLACE INTO responses (key, body) VALUES (?, ?)", (key, body))
        except sqlite3.DatabaseError:
            pass  # damaged since it opened: the answer is still returned, only not kept

    def close(self) -> None:
        self._db.close()


def request_key(scope: str, body: bytes) -> str | None:
    """The cache key of a JSON request body, or None when it is not JSON."""
    try:
        canonical = json.dumps(json.loads(body), sort_keys=True, ensure_ascii=False)
    except ValueError:
        return None
    return hashlib.sha256(f"{scope}\0{canonical}".encode()).hexdigest()


def is_complete(body: bytes, max_tokens: int | None = None) -> bool:
    """Whether an answer is whole. OpenAI says `finish_reason: "length"` when it stops at
    max_tokens; llama-cpp-python's server says `"tool_calls"` even then (see the recordings
    in cassettes/), so an answer that used all `max_tokens` counts as cut off too."""
    try:
        data = json.loads(body)
        if any(choice.get("finish_reason") == "length" for choice in data["choices"]):
            return False
        used = (data.get("usage") or {}).get("completion_tokens")
        return not (max_tokens and isinstance(used, int) and used >= max_tokens)
    except (ValueError, KeyError, TypeError, AttributeError):
        return False


def requested_max_tokens(body: bytes) -> int | None:
    try:
        value = json.loads(body).get("max_tokens")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, int) else None


def __getattr__(name: str) -> object:
    """`CachingTransport` lives in `transport.py` (it needs httpx); kept importable from here."""
    if name == "CachingTransport":
        from .transport import CachingTransport

        return CachingTransport
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
