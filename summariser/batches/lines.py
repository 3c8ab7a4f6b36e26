"""The batch JSONL formats, shared by OpenAI's Batch API, vLLM's `run_batch` and `run-local`.

A request line: `{"custom_id", "method": "POST", "url": "/v1/chat/completions", "body"}`,
`body` being exactly what the OpenAI SDK would POST for the live request.

A result line (OpenAI's output and error files, vLLM's output file):
`{"id", "custom_id", "response": {"status_code", "request_id", "body"}, "error"}`; some
runners put the completion itself under `response`, which is read too. A line that is
not one of these is reported with its number and skipped: the others are kept.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

ENDPOINT = "/v1/chat/completions"


def body_hash(body: dict[str, Any]) -> str:
    """The request body's identity: its canonical JSON (key order does not count)."""
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def custom_id(sha256: str, method: str, prompt_version: str, schema_version: str, body: dict[str, Any]) -> str:
    """Article, method, prompt and schema versions, and which request of the article it is
    (its body's hash: a piece of a long article, a re-ask), under OpenAI's 64 characters."""
    return f"{sha256[:16]}.{method}.p{prompt_version}.s{schema_version}.{body_hash(body)[:12]}"


def request_line(identifier: str, body: dict[str, Any]) -> str:
    return json.dumps({"custom_id": identifier, "method": "POST", "url": ENDPOINT, "body": body},
                      ensure_ascii=False)


@dataclass(frozen=True)
class Result:
    """One result line: the completion's JSON when it succeeded, else why it did not."""

    custom_id: str
    body: dict[str, Any] | None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.body is not None and self.error is None


def parse_result(data: Any) -> Result:
    """A result line's object as a `Result`; ValueError when it is not one."""
    if not isinstance(data, dict) or not isinstance(data.get("custom_id"), str):
        raise ValueError("no custom_id")
    identifier = data["custom_id"]
    response, error = data.get("response"), data.get("error")
    if error:
        message = error.get("message") or error.get("code") if isinstance(error, dict) else str(error)
        return Result(identifier, None, str(message))
    if not isinstance(response, dict):
        raise ValueError("neither a response nor an error")
    body = response.get("body") if "status_code" in response or "body" in response else response
    status = response.get("status_code", 200)
    if status != 200:
        detail = body.get("error", {}).get("message") if isinstance(body, dict) and isinstance(
            body.get("error"), dict) else ""
        return Result(identifier, None, f"HTTP {status}" + (f": {detail}" if detail else ""))
    if not isinstance(body, dict) or not isinstance(body.get("choices"), list):
        raise ValueError("the response body is not a chat completion")
    return Result(identifier, body)


@dataclass(frozen=True)
class BadLine:
    where: str  # "file:line"
    reason: str


def read_results(lines: Iterable[str], where: str) -> Iterator[Result | BadLine]:
    """Every line of a results file as a Result, or a BadLine saying what is wrong with it."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield parse_result(json.loads(line))
        except ValueError as error:  # json.JSONDecodeError is a ValueError
            yield BadLine(f"{where}:{number}", f"not a batch result line ({error})")
