"""Recorded model exchanges (vcrpy cassettes): naming, matching, secrets, re-recording.

A cassette holds the real HTTP exchanges of one briefing run. Its name is derived from
everything that determines those exchanges, so a change to any of them asks for a new
recording instead of silently replaying a stale one:

    cassettes/<article id>.<provider>-<model>.<method>.p<prompt version>.s<schema version>-<schema hash>.yaml

Requests are matched on method, path and the canonical JSON body (keys sorted) — not on
host or port — so a recording made against a local server on one port replays anywhere,
and a changed prompt, schema or setting never matches an old answer.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import vcr
from vcr.request import Request

from .models import SCHEMA_VERSION
from .prompts import prompt_version
from .providers import Provider
from .schema_files import schema_fingerprint

SECRET_HEADERS = (
    "authorization",
    "api-key",
    "x-api-key",
    "openai-organization",
    "openai-project",
    "cookie",
    "set-cookie",
    "proxy-authorization",
)
# Key-shaped strings that must never be committed: OpenAI keys, bearer tokens, JWT-like blobs.
SECRET_PATTERN = re.compile(
    r"sk-[A-Za-z0-9_-]{16,}|Bearer\s+[A-Za-z0-9._~+/=-]{12,}|eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{10,}"
)


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-").lower()


def cassette_name(article_id: str, provider: Provider, method: str = "cited") -> str:
    return (
        f"{cassette_prefix(article_id, provider, method)}{prompt_version(method)}"
        f".s{SCHEMA_VERSION}-{schema_fingerprint(method)}.yaml"
    )


def cassette_prefix(article_id: str, provider: Provider, method: str = "cited") -> str:
    """The part of the name that stays when prompts or schemas change."""
    return f"{slug(article_id)}.{slug(provider.name)}-{slug(provider.model)}.{method}.p"


def _json_or_bytes(request: Request) -> Any:
    body = request.body
    if body is None:
        return None
    if isinstance(body, str):
        body = body.encode()
    try:
        return json.loads(body)
    except ValueError:
        return body


def canonical_body(first: Request, second: Request) -> None:
    """vcrpy matcher: the two bodies are the same JSON value (key order ignored)."""
    a, b = _json_or_bytes(first), _json_or_bytes(second)
    if a != b:
        raise AssertionError("request bodies differ")


def _drop_secret_headers(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SECRET_HEADERS:
            del headers[name]
    return response


def make_vcr(cassette_dir: Path, record_mode: str = "none") -> vcr.VCR:
    recorder = vcr.VCR(
        cassette_library_dir=str(cassette_dir),
        record_mode=record_mode,
        match_on=["method", "path", "canonical_body"],
        filter_headers=list(SECRET_HEADERS),
        before_record_response=_drop_secret_headers,
        decode_compressed_response=True,
    )
    recorder.register_matcher("canonical_body", canonical_body)
    return recorder


def find_secrets(text: str) -> list[str]:
    return SECRET_PATTERN.findall(text)
