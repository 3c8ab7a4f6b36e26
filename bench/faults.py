"""Batches against a misbehaving server: does a silent request stall the run, do slots stay busy?

    python bench/faults.py                 # both parts below
    python bench/faults.py --part faults   # only the 24-article run with faults
    python bench/faults.py --part slots    # only the 100-article run

The server is SYNTHETIC: an OpenAI-compatible HTTP/1.1 server on 127.0.0.1, started here in
its own process, whose answers are hand-built from each request's tool schema ("yes", and
the first and last names its enums allow). It serves `--parallel` requests at once, each
after `--delay` seconds, and can misbehave on a fixed schedule:

- every `--silent-every`th request is read and never answered: the connection stays open
  and nothing comes back, ever;
- every 7th request (offset 3) fails transiently, in turn: 429 with Retry-After: 1, 500,
  a body that is not JSON, a completion whose tool arguments are cut in half, and an
  answer with finish_reason "length".

Part "faults" (the issue's run): 24 articles, `summariser brief --jobs 4` with the default
timeout, a server answering in 0.2 s, 4 at a time, one silent request in every 12. It
prints the wall time (target <= 120 s), the briefings written and whether each is complete
JSON (target 24/24), and the exit code (target 0).

Part "slots": 100 articles, `--jobs 8`, a server answering in 1 s, 8 at a time, no faults.
It prints the wall time against the ideal, ceil(requests / 8) x 1 s (target <= 1.15x), and
the same command again (resume: target <= 5% of the first).

Both parts run the real command in a subprocess, as a user does (start-up included), with
a fresh HOME and cache in a temporary folder. Figures only: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # the synthetic servers' shared handler
from fake_openai import QuietHandler  # noqa: E402
CORPUS = REPO / "tests" / "corpus" / "wikinews"
SEEDS = REPO / "seeds"
TRANSIENT = ("429", "500", "garbage", "truncated", "length")


def tool_answer(body: dict[str, Any]) -> dict[str, Any]:
    """A valid answer to any of the tool's forced schemas, built from the schema itself."""
    function = body["tools"][0]["function"]
    schema = function["parameters"]
    definitions = schema.get("$defs", {})
    answer: dict[str, Any] = {}
    for name, spec in schema.get("properties", {}).items():
        spec = definitions.get(spec.get("$ref", "").rsplit("/", 1)[-1], spec)
        if name == "states_it":
            answer[name] = "yes"
        elif "enum" in spec:
            answer[name] = spec["enum"][0] if name != "accused" else spec["enum"][-1]
        elif spec.get("type") == "array":
            answer[name] = []
    return answer


def completion(tool: str, arguments: str, finish_reason: str = "tool_calls") -> bytes:
    return json.dumps({
        "id": "chatcmpl-synthetic", "object": "chat.completion", "created": 0, "model": "synthetic",
        "choices": [{"index": 0, "finish_reason": finish_reason, "message": {
            "role": "assistant", "content": None,
            "tool_calls": [{"id": "call_0", "type": "function", "function": {"name": tool, "arguments": arguments}}],
        }}],
        "usage": {"prompt_tokens": 100, "completion_tokens": 10, "total_tokens": 110},
    }).encode()


class FaultServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, delay: float, parallel: int, silent_every: int, faults: bool) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.delay, self.silent_every, self.faults = delay, silent_every, faults
        self.slots = threading.Semaphore(parallel)
        self.lock = threading.Lock()
        self.count = 0
        self.answered = 0
        self.forever = threading.Event()
        self.log: list[str] = []

    def next_number(self) -> int:
        with self.lock:
            self.count += 1
            return self.count

    def fault_for(self, number: int) -> str | None:
        if self.silent_every and number % self.silent_every == 0:
            return "silent"
        if self.faults and number % 7 == 3:
            return TRANSIENT[(number // 7) % len(TRANSIENT)]
        return None


class _Handler(QuietHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real servers do
    server: FaultServer

    def do_GET(self) -> None:
        self._send(200, b'{"object": "list", "data": []}')

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        number = self.server.next_number()
        fault = self.server.fault_for(number)
        self.server.log.append(f"{time.monotonic():.2f} {number} {fault or 'ok'}")
        if fault == "silent":  # accepted, never answered; the connection stays open
            self.server.forever.wait()
            return
        with self.server.slots:
            time.sleep(self.server.delay)
        tool = body["tool_choice"]["function"]["name"]
        arguments = json.dumps(tool_answer(body))
        if fault == "429":
            return self._send(429, b'{"error": {"message": "rate limited"}}', {"Retry-After": "1"})
        if fault == "500":
            return self._send(500, b'{"error": {"message": "server error"}}')
        if fault == "garbage":
            return self._send(200, b"<html>not json at all</html>")
        if fault == "truncated":
            return self._send(200, completion(tool, arguments[: len(arguments) // 2]))
        if fault == "length":
            return self._send(200, completion(tool, arguments[:5], "length"))
        with self.server.lock:
            self.server.answered += 1
        self._send(200, completion(tool, arguments))


def serve(port_file: Path, count_file: Path, delay: float, parallel: int, silent_every: int, faults: bool) -> None:
    server = FaultServer(delay, parallel, silent_every, faults)

    def report() -> None:  # the request count, for the parent to read
        while True:
            count_file.write_text(str(server.count))
            count_file.with_suffix(".log").write_text("\n".join(server.log))
            time.sleep(0.2)

    threading.Thread(target=report, daemon=True).start()
    port_file.write_text(str(server.server_address[1]))
    server.serve_forever()


def make_articles(folder: Path, count: int) -> None:
    """`count` distinct articles from the corpus and seeds (numbered copies)."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = sorted(CORPUS.glob("*.txt")) + sorted(SEEDS.glob("*.txt"))
    for index in range(count):
        text = sources[index % len(sources)].read_bytes().decode("utf-8")
        (folder / f"article-{index:03d}.txt").write_text(f"{text}\n\n[copy {index}]\n", encoding="utf-8")


class Server:
    """The fault server in its own process (its threads never compete with the client's GIL)."""

    def __init__(self, work: Path, delay: float, parallel: int, silent_every: int, faults: bool) -> None:
        self.port_file, self.count_file = work / "port", work / "count"
        self.process = subprocess.Popen([sys.executable, __file__, "--serve", str(self.port_file),
                                         "--count-file", str(self.count_file), "--delay", str(delay),
                                         "--parallel", str(parallel), "--silent-every", str(silent_every),
                                         *(["--faults"] if faults else [])])
        while not self.port_file.exists() or not self.port_file.read_text():
            time.sleep(0.05)
        self.base_url = f"http://127.0.0.1:{self.port_file.read_text()}/v1"

    def requests(self) -> int:
        time.sleep(0.3)
        return int(self.count_file.read_text() or 0)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait()


def run_command(articles: Path, out: Path, base_url: str, jobs: int, work: Path, limit: float,
                extra: list[str]) -> tuple[float, int, str]:
    """Wall seconds, exit code and stderr tail of one `summariser brief` run."""
    home = work / "home"
    home.mkdir(exist_ok=True)
    env = {**os.environ, "HOME": str(home), "SUMMARISER_CACHE_DIR": str(work / "cache"), "NO_COLOR": "1"}
    env.pop("OPENAI_API_KEY", None)
    command = [sys.executable, "-m", "summariser", "brief", str(articles), "--format", "json", "--out", str(out),
               "--base-url", base_url, "--model", "synthetic", "--jobs", str(jobs), *extra]
    started = time.perf_counter()
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=limit)
        code, stderr = result.returncode, result.stderr
    except subprocess.TimeoutExpired as expired:
        code = -1
        stderr = (expired.stderr or b"").decode("utf-8", "replace") if isinstance(expired.stderr, bytes) else ""
        stderr += f"\n(stopped after {limit:.0f} s)"
    return time.perf_counter() - started, code, "\n".join(stderr.strip().splitlines()[-4:])


def complete_briefings(out: Path) -> tuple[int, int]:
    """(complete JSON briefings, broken or partial files) in `out`."""
    good = broken = 0
    for path in out.glob("*.json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            good += bool(data["source"]["id"])
        except (ValueError, KeyError, TypeError):
            broken += 1
    broken += len(list(out.glob(".*.tmp")))
    return good, broken


def part_faults(options: argparse.Namespace) -> bool:
    articles = 24
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        make_articles(work / "articles", articles)
        server = Server(work, 0.2, 4, 12, True)
        try:
            wall, code, tail = run_command(work / "articles", work / "out", server.base_url, 4, work,
                                           options.limit, options.extra)
            requests = server.requests()
        finally:
            server.stop()
        good, broken = complete_briefings(work / "out")
    print(f"faults: {articles} articles, --jobs 4, server 0.2 s x 4 at a time, 1 silent request in 12, "
          f"transient faults every 7th")
    print(f"  wall {wall:6.1f} s (target <= 120 s); {requests} requests; briefings {good}/{articles} complete, "
          f"{broken} broken; exit {code}")
    if code != 0:
        print("  " + tail.replace("\n", "\n  "))
    return wall <= 120 and good == articles and broken == 0 and code == 0


def part_slots(options: argparse.Namespace) -> bool:
    articles, jobs, delay = 100, 8, 1.0
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        make_articles(work / "articles", articles)
        server = Server(work, delay, jobs, 0, False)
        try:
            first, code, tail = run_command(work / "articles", work / "out", server.base_url, jobs, work,
                                            options.limit, options.extra)
            requests = server.requests()
            second, code2, _ = run_command(work / "articles", work / "out", server.base_url, jobs, work,
                                           options.limit, options.extra)
            again = server.requests() - requests
        finally:
            server.stop()
        good, broken = complete_briefings(work / "out")
    ideal = math.ceil(requests / jobs) * delay
    print(f"slots: {articles} articles, --jobs {jobs}, server {delay:.1f} s x {jobs} at a time, no faults")
    print(f"  first run {first:6.1f} s for {requests} requests; ideal ceil({requests}/{jobs}) x {delay:.0f} s = "
          f"{ideal:.0f} s; ratio {first / ideal:.2f}x (target <= 1.15x); exit {code}; "
          f"briefings {good}/{articles}, {broken} broken")
    print(f"  second run, the same command: {second:5.2f} s = {100 * second / first:.1f}% of the first "
          f"(target <= 5%), {again} requests; exit {code2}")
    if code != 0:
        print("  " + tail.replace("\n", "\n  "))
    return first / ideal <= 1.15 and second / first <= 0.05 and good == articles and code == code2 == 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", choices=["faults", "slots", "all"], default="all")
    parser.add_argument("--limit", type=float, default=1200.0, help="stop a run after this many seconds")
    parser.add_argument("--extra", nargs=argparse.REMAINDER, default=[], help="more `summariser brief` options")
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--count-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--delay", type=float, default=0.2, help=argparse.SUPPRESS)
    parser.add_argument("--parallel", type=int, default=4, help=argparse.SUPPRESS)
    parser.add_argument("--silent-every", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--faults", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.serve:
        return serve(options.serve, options.count_file, options.delay, options.parallel, options.silent_every,
                     options.faults)
    ok = True
    if options.part in ("faults", "all"):
        ok &= part_faults(options)
    if options.part in ("slots", "all"):
        ok &= part_slots(options)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
