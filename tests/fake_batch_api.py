"""A synthetic OpenAI Batch API on 127.0.0.1: `files` and `batches`, for the batch route's tests.

SYNTHETIC: hand-built, not a recording of OpenAI. It implements what the SDK's `files`
and `batches` resources call: upload (multipart, purpose "batch"), download
(`/files/{id}/content`), create and retrieve a batch. Each created batch follows a plan,
one status per retrieve (the last one stays): "validating", "in_progress", "completed",
"expired" (only the first `answered` lines answered, the rest in the error file with
code "batch_expired", as OpenAI reports requests an expired batch never ran), "failed"
(refused: no output, `errors` set). Every line is answered as tests/fake_openai.py
answers a live request (`answer(tool, body)`), so a batch and a live run of the same
script give the same answers. Every request's headers are kept (`requests`) so tests can
see the key was sent, and check it was not stored.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from fake_openai import QuietHandler, completion, content_completion, empty_answer, serve


@dataclass
class Plan:
    statuses: list[str] = field(default_factory=lambda: ["completed"])
    answered: int | None = None  # "expired": how many lines were answered before it expired


@dataclass
class BatchScript:
    answer: Callable[[str, dict[str, Any]], Any] | None = None
    plans: list[Plan] = field(default_factory=list)  # one per created batch, in order
    files: dict[str, bytes] = field(default_factory=dict)
    batches: dict[str, dict[str, Any]] = field(default_factory=dict)
    requests: list[dict[str, Any]] = field(default_factory=list)  # (method, path, headers)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def respond(self, body: dict[str, Any]) -> dict[str, Any]:
        """A chat completion for one batch line, as fake_openai would answer it live."""
        structured = body.get("response_format", {}).get("type") == "json_schema"
        tool = body["response_format"]["json_schema"]["name"] if structured else body["tool_choice"]["function"]["name"]
        answer = self.answer(tool.lower(), body) if self.answer else None
        arguments = json.dumps(empty_answer(tool.lower()) if answer is None else answer)
        return content_completion(arguments) if structured else completion(tool, arguments)


def _file_object(file_id: str, name: str, size: int, purpose: str) -> dict[str, Any]:
    return {"id": file_id, "object": "file", "bytes": size, "created_at": 0, "filename": name,
            "purpose": purpose, "status": "processed"}


def _multipart(content_type: str, data: bytes) -> dict[str, tuple[str | None, bytes]]:
    boundary = re.search(r'boundary="?([^";]+)"?', content_type).group(1).encode()  # type: ignore[union-attr]
    parts: dict[str, tuple[str | None, bytes]] = {}
    for part in data.split(b"--" + boundary):
        if b"\r\n\r\n" not in part:
            continue
        head, body = part.split(b"\r\n\r\n", 1)
        name = re.search(rb'name="([^"]+)"', head)
        filename = re.search(rb'filename="([^"]*)"', head)
        if name:
            parts[name.group(1).decode()] = (filename.group(1).decode() if filename else None, body[:-2])
    return parts


def _finish(script: BatchScript, batch: dict[str, Any], status: str, plan: Plan) -> None:
    """Write the batch's output and error files the first time it reaches `status`."""
    lines = [json.loads(line) for line in script.files[batch["input_file_id"]].decode().splitlines() if line]
    if status == "failed":
        batch["errors"] = {"object": "list", "data": [{"code": "invalid_request", "message": "synthetic refusal",
                                                         "line": 1, "param": None}]}
        batch["request_counts"] = {"total": len(lines), "completed": 0, "failed": 0}
        return
    answered = len(lines) if status == "completed" or plan.answered is None else plan.answered
    out, errors = [], []
    for number, line in enumerate(lines):
        if number < answered:
            out.append({"id": f"batch_req_{number}", "custom_id": line["custom_id"], "error": None,
                        "response": {"status_code": 200, "request_id": f"req_{number}",
                                     "body": script.respond(line["body"])}})
        else:
            errors.append({"id": f"batch_req_{number}", "custom_id": line["custom_id"], "response": None,
                           "error": {"code": "batch_expired",
                                     "message": "This request could not be executed before the completion window expired."}})
    for kind, rows in (("output_file_id", out), ("error_file_id", errors)):
        if rows:
            file_id = f"file-{kind[:3]}-{batch['id']}"
            script.files[file_id] = "".join(json.dumps(r) + "\n" for r in rows).encode()
            batch[kind] = file_id
    batch["request_counts"] = {"total": len(lines), "completed": len(out), "failed": len(errors)}


def _handler(script: BatchScript) -> type[BaseHTTPRequestHandler]:
    class Handler(QuietHandler):
        def _answer(self, status: int, payload: Any, raw: bytes | None = None) -> None:
            if raw is not None:
                self._send(status, raw, content_type="application/octet-stream")
            else:
                self._send(status, json.dumps(payload).encode())

        def _note(self) -> None:
            with script.lock:
                script.requests.append({"method": self.command, "path": self.path,
                                        "headers": {k.lower(): v for k, v in self.headers.items()}})

        def do_POST(self) -> None:
            self._note()
            data = self.rfile.read(int(self.headers["Content-Length"]))
            if self.path.endswith("/files"):
                parts = _multipart(self.headers["Content-Type"], data)
                name, content = parts["file"]
                with script.lock:
                    file_id = f"file-{len(script.files) + 1}"
                    script.files[file_id] = content
                return self._answer(200, _file_object(file_id, name or "upload", len(content), parts["purpose"][1].decode()))
            if self.path.endswith("/batches"):
                request = json.loads(data)
                if request["input_file_id"] not in script.files:
                    return self._answer(404, {"error": {"message": "no such file"}})
                with script.lock:
                    batch_id = f"batch_{len(script.batches) + 1}"
                    plan = script.plans.pop(0) if script.plans else Plan()
                    script.batches[batch_id] = {
                        "batch": {"id": batch_id, "object": "batch", "endpoint": request["endpoint"],
                                  "completion_window": request["completion_window"], "created_at": 0,
                                  "input_file_id": request["input_file_id"], "status": "validating",
                                  "metadata": request.get("metadata")},
                        "plan": plan, "finished": False}
                return self._answer(200, script.batches[batch_id]["batch"])
            self._answer(404, {"error": {"message": "not found"}})

        def do_GET(self) -> None:
            self._note()
            match = re.search(r"/batches/([^/?]+)$", self.path)
            if match and match.group(1) in script.batches:
                with script.lock:
                    entry = script.batches[match.group(1)]
                    plan, batch = entry["plan"], entry["batch"]
                    status = plan.statuses.pop(0) if len(plan.statuses) > 1 else plan.statuses[0]
                    batch["status"] = status
                    if status in ("completed", "expired", "failed") and not entry["finished"]:
                        _finish(script, batch, status, plan)
                        entry["finished"] = True
                return self._answer(200, batch)
            match = re.search(r"/files/([^/]+)/content$", self.path)
            if match and match.group(1) in script.files:
                return self._answer(200, None, script.files[match.group(1)])
            self._answer(404, {"error": {"message": "not found"}})

    return Handler


@contextmanager
def fake_batch_api(script: BatchScript) -> Iterator[str]:
    """Serve `script` on a free loopback port; yield the base URL."""
    with serve(_handler(script)) as base_url:
        yield base_url
