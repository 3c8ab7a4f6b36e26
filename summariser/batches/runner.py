"""`batch run-local`: a batch JSONL run against any OpenAI-compatible endpoint.

What OpenAI's Batch API and vLLM's `run_batch` do with the file, done here with `jobs`
requests in flight against a live server (the embedded llama.cpp one, Ollama, vLLM's
server ...): each line's `body` is POSTed as it is (no SDK rebuilds it), and each answer
is appended to the results file in the Batch API's output format as soon as it is in.
A line already answered in that file is not asked again, so a killed run is simply run
again. Transport failures and 429/5xx are retried a few times; what still fails is
written as an error line, which `collect` asks again in its next round.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..batch import append_line
from ..errors import InputError

ATTEMPTS = 3


@dataclass
class RunReport:
    asked: int = 0
    answered: int = 0
    errors: int = 0
    skipped: int = 0  # answered by an earlier run into the same results file
    bad_lines: list[str] = field(default_factory=list)


def _requests(path: Path, report: RunReport) -> list[tuple[str, dict[str, Any]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read the batch file ({error})") from None
    found = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            found.append((str(data["custom_id"]), dict(data["body"])))
        except (ValueError, KeyError, TypeError):
            report.bad_lines.append(f"{path}:{number}: not a batch request line")
    return found


def _answered(results: Path) -> set[str]:
    if not results.is_file():
        return set()
    done = set()
    for line in results.read_text(encoding="utf-8").splitlines():
        try:
            data = json.loads(line)
        except ValueError:
            continue
        if isinstance(data, dict) and not data.get("error") and (data.get("response") or {}).get("status_code") == 200:
            done.add(data.get("custom_id"))
    return done


def _line(number: int, identifier: str, status: int | None, body: Any, error: str | None) -> str:
    response = None if status is None else {"status_code": status, "request_id": f"req_{number}", "body": body}
    return json.dumps({"id": f"batch_req_{number}", "custom_id": identifier, "response": response,
                       "error": None if error is None else {"code": "request_failed", "message": error}},
                      ensure_ascii=False)


async def _run(requests: list[tuple[str, dict[str, Any]]], base_url: str, results: Path, jobs: int,
               timeout: float, api_key: str, model: str | None, report: RunReport,
               progress: Callable[[RunReport], None]) -> None:
    import httpx2

    url = base_url.rstrip("/") + "/chat/completions"
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    slots = asyncio.Semaphore(jobs)
    async with httpx2.AsyncClient(timeout=timeout, headers=headers) as client:

        async def one(number: int, identifier: str, body: dict[str, Any]) -> None:
            sent = {**body, "model": model} if model else body
            status: int | None = None
            answer: Any = None
            error: str | None = None
            async with slots:
                for attempt in range(ATTEMPTS):
                    try:
                        response = await client.post(url, json=sent)
                        status, error = response.status_code, None
                        try:
                            answer = response.json()
                        except ValueError:
                            answer, error = None, f"HTTP {status}: not JSON"
                        if status not in (429,) and status < 500 and error is None:
                            break
                    except httpx2.HTTPError as failure:
                        status, answer, error = None, None, f"{type(failure).__name__}: {failure}"
                    if attempt + 1 < ATTEMPTS:
                        await asyncio.sleep(min(0.5 * 2 ** attempt, 5.0))
            append_line(results, _line(number, identifier, status, answer, error))
            if status == 200 and error is None:
                report.answered += 1
            else:
                report.errors += 1
            progress(report)

        await asyncio.gather(*(one(n, i, b) for n, (i, b) in enumerate(requests, 1)))


def run_local(batch_file: Path, base_url: str, results: Path, *, jobs: int = 1, timeout: float = 600.0,
              api_key: str = "", model: str | None = None,
              progress: Callable[[RunReport], None] = lambda report: None) -> RunReport:
    """Answer every line of `batch_file` not yet answered in `results`."""
    report = RunReport()
    requests = _requests(batch_file, report)
    done = _answered(results)
    todo = [(i, b) for i, b in requests if i not in done]
    report.skipped = len(requests) - len(todo)
    report.asked = len(todo)
    if todo:
        asyncio.run(_run(todo, base_url, results, max(1, jobs), timeout, api_key, model, report, progress))
    return report
