"""A synthetic OpenAI-compatible server on 127.0.0.1, for fault and secret tests.

SYNTHETIC: its answers are hand-built, not recordings of any model. It answers each chat
completion by calling the forced tool with arguments from `answers` (by tool name; a
`response_format: json_schema` request by schema name, the JSON as the message content),
and can misbehave on a schedule: `faults` is a list consumed one per request, each one of
"429", "500", "hang", "silent", "garbage", "truncated", "length", "openai-length" or None
for a normal answer. "hang" answers after `hang_seconds`; "silent" accepts the request and
never answers, keeping the connection open until the client drops it (counted in
`dropped`). With `only` set, the schedule applies only to requests whose messages contain
that text (one article's); the others are answered normally. `answer` (optional) picks
the arguments per request instead of `answers`.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
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
    only: str | None = None  # the schedule applies only to requests whose messages contain this
    # (tool name in lower case, request body) -> tool arguments; overrides `answers`
    answer: Callable[[str, dict[str, Any]], Any] | None = None
    requests: list[dict[str, Any]] = field(default_factory=list)
    dropped: int = 0  # silent requests whose connection the client closed
    lock: threading.Lock = field(default_factory=threading.Lock)
    closing: threading.Event = field(default_factory=threading.Event)

    def next_fault(self, body: dict[str, Any] | None = None) -> str | None:
        if self.only is not None and body is not None and not any(
                self.only in str(m.get("content")) for m in body.get("messages", [])):
            return None
        with self.lock:
            return self.faults.pop(0) if self.faults else None


def empty_answer(category: str) -> dict[str, list[Any]]:
    if category in ("extraction", "extractedclaims"):  # one call for all four categories
        return {"parties": [], "mediators": [], "alliances": [], "accusations": []}
    return {category: []}


def content_completion(arguments: str, finish_reason: str = "stop") -> dict[str, Any]:
    """An answer to a `response_format: json_schema` request: the JSON is the message content."""
    answer = completion("-", arguments, finish_reason)
    answer["choices"][0]["message"] = {"role": "assistant", "content": arguments}
    return answer


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


def llama_cpp_cut_off(tool: str, arguments: str, body: dict[str, Any]) -> dict[str, Any]:
    """What llama-cpp-python's server (the embedded `local` provider) sends when the model
    runs out of tokens in a forced tool call.

    SYNTHETIC, shaped field for field after a real recording: cassettes/000_be02ae75645424f4.
    local-smollm2-135m-instruct-q4_1.p0c7b9942cce6.s1-2acbfd25.yaml, interaction 1 (usage
    2174 + 512 with max_tokens 512). Note what it does NOT say: `finish_reason` stays
    "tool_calls", not "length"; the only signs are `completion_tokens == max_tokens` and
    arguments that stop mid-JSON. Grepping every cassette finds no "length" finish at all.
    It also repeats the call as the legacy `function_call` and has `logprobs: null`.
    """
    completion_id = f"cmpl-{uuid.uuid4()}"
    call = {"name": tool, "arguments": arguments}
    max_tokens = int(body.get("max_tokens") or 512)
    return {
        "id": f"chat{completion_id}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "synthetic"),
        "choices": [{
            "index": 0,
            "message": {
                "content": None,
                "tool_calls": [{"id": f"call__0_{tool}_{completion_id}", "type": "function", "function": call}],
                "role": "assistant",
                "function_call": dict(call),
            },
            "logprobs": None,
            "finish_reason": "tool_calls",
        }],
        "usage": {"prompt_tokens": 2174, "completion_tokens": max_tokens, "total_tokens": 2174 + max_tokens},
    }


def drafts_of(briefing: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """A briefing's kept items as a model would fill them (quotes instead of evidence), to
    make the fake server answer with claims we know to be grounded."""
    drafts: dict[str, list[dict[str, Any]]] = {}
    for category in ("parties", "mediators", "alliances", "accusations"):
        drafts[category] = []
        for item in briefing.get(category, []):
            fields = {k: v for k, v in item.items() if k not in ("evidence", "allegation_support", "speaker")}
            drafts[category].append({"quotes": [e["quote"] for e in item["evidence"]], **fields})
    return drafts


class QuietHandler(BaseHTTPRequestHandler):
    """What every synthetic server here (and bench/faults.py) shares: no request log on
    stderr, and one way to send a whole answer."""

    # Headers and body go out in two writes; with Nagle's algorithm the body waits for the
    # client's delayed ACK of the headers, 40 ms on Linux, so every answer came 40 ms late
    # (bench/faults.py's "server answering in 1 s" answered in 1.044 s). Real servers set
    # TCP_NODELAY too.
    disable_nagle_algorithm = True

    def log_message(self, *args: Any) -> None:  # keep test output clean
        pass

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None,
              content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client is gone (a Ctrl-C test): no one to answer
            self.close_connection = True


def _handler(script: Script) -> type[BaseHTTPRequestHandler]:
    class Handler(QuietHandler):

        def _stay_silent(self) -> None:
            """Read nothing more, answer nothing; return when the client closes the connection."""
            self.close_connection = True
            self.connection.settimeout(0.1)
            while not script.closing.is_set():
                try:
                    if self.connection.recv(1) == b"":
                        with script.lock:
                            script.dropped += 1
                        return
                except socket.timeout:
                    continue
                except OSError:
                    return

        def do_GET(self) -> None:
            self._send(200, b'{"object": "list", "data": []}')

        def do_POST(self) -> None:
            try:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            except ValueError:  # a client killed mid-send (the Ctrl-C tests): nothing to answer
                return
            with script.lock:
                script.requests.append({"headers": {k.lower(): v for k, v in self.headers.items()}, "body": body})
            structured = body.get("response_format", {}).get("type") == "json_schema"
            tool = body["response_format"]["json_schema"]["name"] if structured else body["tool_choice"]["function"]["name"]
            category = tool.lower()
            answer = script.answer(category, body) if script.answer else script.answers.get(category)
            arguments = json.dumps(empty_answer(category) if answer is None else answer)
            fault = script.next_fault(body)
            if fault == "silent":
                return self._stay_silent()
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
            if fault == "length":  # llama.cpp's real shape: see llama_cpp_cut_off
                return self._send(200, json.dumps(llama_cpp_cut_off(tool, arguments[:5], body)).encode())
            if fault == "openai-length":  # OpenAI's documented shape: finish_reason "length"
                return self._send(200, json.dumps(completion(tool, arguments[:5], "length")).encode())
            answered = content_completion(arguments) if structured else completion(tool, arguments)
            self._send(200, json.dumps(answered).encode())

    return Handler


@contextmanager
def serve(handler: type[BaseHTTPRequestHandler], on_close: Callable[[], None] = lambda: None) -> Iterator[str]:
    """Serve `handler` on a free loopback port; yield the base URL (also tests/fake_batch_api.py's)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    # A short poll: shutdown() waits for it, and every test that uses the server pays it.
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        on_close()
        server.shutdown()
        server.server_close()


@contextmanager
def fake_openai(script: Script) -> Iterator[str]:
    """Serve `script` on a free loopback port; yield the base URL."""
    with serve(_handler(script), script.closing.set) as base_url:
        yield base_url
