"""A response cache on disk, so an identical model request is never paid for twice.

It sits in the HTTP client as a transport: a POST whose provider, model and canonical JSON
body were answered before gets the stored answer back without leaving the machine. Only
complete answers are stored (HTTP 200, valid JSON, not cut off at max_tokens), so a
failure is always retried for real. SQLite in WAL mode keeps it safe to share between
concurrent requests and between runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from pathlib import Path

import httpx2

SCHEMA = "CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, body BLOB NOT NULL)"


def default_cache_path() -> Path:
    root = os.environ.get("SUMMARISER_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "summariser"
    )
    return Path(root) / "responses.sqlite3"


class ResponseCache:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_cache_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(SCHEMA)
        self._lock = threading.Lock()
        self.hits = 0

    def get(self, key: str) -> bytes | None:
        with self._lock:
            row = self._db.execute("SELECT body FROM responses WHERE key = ?", (key,)).fetchone()
        return bytes(row[0]) if row else None

    def put(self, key: str, body: bytes) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO responses (key, body) VALUES (?, ?)", (key, body))

    def close(self) -> None:
        self._db.close()


def request_key(scope: str, body: bytes) -> str | None:
    """The cache key of a JSON request body, or None when it is not JSON."""
    try:
        canonical = json.dumps(json.loads(body), sort_keys=True, ensure_ascii=False)
    except ValueError:
        return None
    return hashlib.sha256(f"{scope}\0{canonical}".encode()).hexdigest()


def is_complete(body: bytes) -> bool:
    try:
        data = json.loads(body)
        return all(choice.get("finish_reason") != "length" for choice in data["choices"])
    except (ValueError, KeyError, TypeError, AttributeError):
        return False


class CachingTransport(httpx2.AsyncBaseTransport):
    """Answer repeated POSTs from the cache; store complete new answers."""

    def __init__(self, cache: ResponseCache, scope: str, inner: httpx2.AsyncBaseTransport | None = None) -> None:
        self.cache = cache
        self.scope = scope
        self.inner = inner or httpx2.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        key = request_key(self.scope, await request.aread()) if request.method == "POST" else None
        stored = self.cache.get(key) if key else None
        if stored is not None:
            self.cache.hits += 1
            return httpx2.Response(200, content=stored, headers={"content-type": "application/json"})
        response = await self.inner.handle_async_request(request)
        if key and response.status_code == 200:
            body = await response.aread()
            if is_complete(body):
                self.cache.put(key, body)
            # The body is already decoded: pass no content-encoding on.
            return httpx2.Response(200, content=body, headers={"content-type": "application/json"})
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
