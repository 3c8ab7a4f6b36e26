"""A synthetic OpenAI-compatible server on 127.0.0.1, for fault and secret tests.

SYNTHETIC: its answers are hand-built, not recordings of any model. It answers each chat
completion by calling the forced tool with arguments from `answers` (by tool name), and
can misbehave on a schedule: `faults` is a list consumed one per request, each one of
"429", "500", "hang", "garbage", "truncated", "length" or None for a normal answer.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Script:
    answers: dict[str, Any] = field(default_factory=dict)
    faults: list[str | None] = field(default_factory=list)
    retry_after: str = "0"
    hang_seconds: float = 5.0
    delay: float = 0.0  # every answer waits this long
    requests: list[dict[str, Any]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_fault(self) -> str | None:
        with self.lock:
            return self.faults.pop(0) if self.faults else None


def empty_answer(category: str) -> dict[str, list[Any]]:
    if category == "extraction":  # the single call for all four categories
        return {"parties": [], "mediators": [], "alliances": [], "accusations": []}
    return {category: []}


def completion(tool: str, arguments: str, finish_reason: str = "tool_calls") -> dict[str, Any]:
    return {
        "id": "chatcmpl-synthetic",
        "object": "chat.completion",
        "created": 0,
        "model": "synthetic",
        "choices": [{
            "index": 0,
            "finish_reason": finish_reason,
            "message": {
                "role": "assistant",
                "content": None,
                "tool_calls": [{"id": "call_0", "type": "function",
                                "function": {"name": tool, "arguments": arguments}}],
            },
        }],
        "usage": {"prompt_tokens": 100, "completion_tokens": 10, "total_tokens": 110},
    }


def _handler(script: Script) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # keep test output clean
            pass

        def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            self._send(200, b'{"object": "list", "data": []}')

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            with script.lock:
                script.requests.append({"headers": {k.lower(): v for k, v in self.headers.items()}, "body": body})
            tool = body["tool_choice"]["function"]["name"]
            category = tool.lower()
            arguments = json.dumps(script.answers.get(category, empty_answer(category)))
            fault = script.next_fault()
            time.sleep(script.delay)
            if fault == "429":
                return self._send(429, b'{"error": {"message": "rate limited"}}', {"Retry-After": script.retry_after})
            if fault == "500":
                return self._send(500, b'{"error": {"message": "server error"}}')
            if fault == "hang":
                time.sleep(script.hang_seconds)
            if fault == "garbage":
                return self._send(200, b"<html>not json at all</html>")
            if fault == "truncated":
                return self._send(200, json.dumps(completion(tool, arguments[: len(arguments) // 2])).encode())
            if fault == "length":
                return self._send(200, json.dumps(completion(tool, arguments[:5], "length")).encode())
            self._send(200, json.dumps(completion(tool, arguments)).encode())

    return Handler


@contextmanager
def fake_openai(script: Script) -> Iterator[str]:
    """Serve `script` on a free loopback port; yield the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(script))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()
