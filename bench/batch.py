"""Batch benchmark: 100 articles, --jobs 8, against a server that takes 1 s per request.

    python bench/batch.py [--articles 100] [--jobs 8] [--delay 1.0]

The server (started here, in its own process, on 127.0.0.1) serves 8 requests at once and
answers every one after a fixed delay with a real recorded response body: a single-call
answer of the embedded SmolLM2 model, taken from the bench cassette in `cassettes/bench/`
(recorded by this script with the local model when missing). Every
article needs one request (remote providers use one call for all categories; re-asks
are off so the count is exact), so the ideal wall time is articles / jobs x delay.

Both runs go through the Python API the CLI uses, in this process, so interpreter start-up
(about 1 s of imports) is not counted. It prints: wall time against that ideal, peak
memory, the same run repeated (resume skips what is done), and a run into a fresh folder,
which resume cannot help and the response cache answers, each as a share of the first.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "004_1a1daf8f610255dc.txt"
CORPUS = REPO / "tests" / "corpus" / "wikinews"
BENCH_CASSETTE = REPO / "cassettes" / "bench" / "single-call.local-smollm2-135m-instruct-q4_1.yaml"


def valid_answer(cassette: Path) -> bytes | None:
    """The first recorded chat answer that parses into the single-call schema."""
    import yaml

    from summariser.models import Extraction

    for interaction in yaml.safe_load(cassette.read_text(encoding="utf-8"))["interactions"]:
        body = interaction["response"]["body"]["string"]
        try:
            arguments = json.loads(body)["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]
            Extraction.model_validate_json(arguments)
        except (ValueError, KeyError, TypeError, IndexError):
            continue
        return body.encode("utf-8") if isinstance(body, str) else body
    return None


def record_body() -> None:
    """Record real single-call exchanges with the embedded local model until one parses
    (the tiny model often fills the four-category schema with invalid JSON)."""
    from summariser.briefing import Summariser
    from summariser.recording import make_vcr

    BENCH_CASSETTE.parent.mkdir(parents=True, exist_ok=True)
    with Summariser("local", reasks=0, single_call=True) as summariser:
        for article in [SEED, *sorted(CORPUS.glob("*.txt"))][:8]:
            BENCH_CASSETTE.unlink(missing_ok=True)
            with make_vcr(BENCH_CASSETTE.parent, "all").use_cassette(BENCH_CASSETTE.name):
                summariser.brief(article.read_bytes().decode("utf-8"), source_id=article.stem)
            if valid_answer(BENCH_CASSETTE):
                return


def recorded_body() -> bytes:
    if not BENCH_CASSETTE.is_file():
        print("recording the bench response with the local model (30 s or more) ...", flush=True)
        record_body()
    body = valid_answer(BENCH_CASSETTE)
    if body is None:
        raise SystemExit(f"no valid answer in {BENCH_CASSETTE}: delete it to record again")
    return body


def serve(port_file: Path, delay: float, parallel: int) -> None:
    body = recorded_body()
    slots = threading.Semaphore(parallel)

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            with slots:
                time.sleep(delay)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    port_file.write_text(str(server.server_address[1]))
    server.serve_forever()


def make_articles(folder: Path, count: int) -> None:
    """`count` distinct articles from the corpus and seeds (numbered copies)."""
    sources = sorted(CORPUS.glob("*.txt")) + sorted((REPO / "seeds").glob("*.txt"))
    for index in range(count):
        source = sources[index % len(sources)]
        text = source.read_bytes().decode("utf-8")
        (folder / f"article-{index:03d}.txt").write_text(f"{text}\n\n[copy {index}]\n", encoding="utf-8")


def run_batch_in_process(articles_dir: Path, out: Path, base_url: str, jobs: int, cache_dir: Path) -> float:
    """Wall seconds of one batch through the Python API the CLI uses (imports already paid)."""
    from summariser.batch import Outputs, run_batch
    from summariser.briefing import Summariser
    from summariser.cache import ResponseCache
    from summariser.inputs import expand_inputs, read_article

    started = time.perf_counter()
    articles = [read_article(path) for path in expand_inputs([str(articles_dir)])]
    cache = ResponseCache(cache_dir / "responses.sqlite3")
    with Summariser("compatible", model="bench", base_url=base_url, reasks=0, cache=cache) as summariser:
        outcomes = run_batch(summariser, articles, Outputs("json", out, None, echo=print), jobs=jobs)
    cache.close()
    failed = [o for o in outcomes if o.status == "failed"]
    if failed:
        raise SystemExit(f"{len(failed)} articles failed, e.g. {failed[0].reason}")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=8)
    parser.add_argument("--delay", type=float, default=1.0)
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.serve:
        return serve(options.serve, options.delay, options.jobs)

    recorded_body()
    with tempfile.TemporaryDirectory() as work:
        work_dir = Path(work)
        port_file = work_dir / "port"
        server = subprocess.Popen([sys.executable, __file__, "--serve", str(port_file),
                                   "--delay", str(options.delay), "--jobs", str(options.jobs)])
        try:
            while not port_file.exists() or not port_file.read_text():
                time.sleep(0.05)
            base_url = f"http://127.0.0.1:{port_file.read_text()}/v1"
            articles = work_dir / "articles"
            articles.mkdir()
            make_articles(articles, options.articles)
            cache = work_dir / "cache"
            first = run_batch_in_process(articles, work_dir / "out1", base_url, options.jobs, cache)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            second = run_batch_in_process(articles, work_dir / "out1", base_url, options.jobs, cache)
            cached = run_batch_in_process(articles, work_dir / "out2", base_url, options.jobs, cache)
            written = len(list((work_dir / "out1").glob("*.json")))
            complete = all(json.loads(p.read_text())["source"] for p in (work_dir / "out1").glob("*.json"))
        finally:
            server.terminate()
            server.wait()
    ideal = options.articles / options.jobs * options.delay
    print(f"articles: {options.articles}, jobs: {options.jobs}, server: {options.jobs} parallel, {options.delay:.1f} s each")
    print(f"briefings written: {written} (all complete JSON: {complete})")
    print(f"first run:  {first:6.2f} s wall; ideal {ideal:.2f} s; ratio {first / ideal:.2f}x (target <= 1.2x)")
    print(f"peak memory (this process, briefing through the Python API): {peak / 1024:.0f} MiB")
    print(f"second run, the same command again (resume + cache): {second:6.2f} s = "
          f"{100 * second / first:.1f}% of the first (target < 5%)")
    print(f"third run into a fresh --out (resume cannot help; every answer from the cache): {cached:6.2f} s = "
          f"{100 * cached / first:.1f}% of the first")
    ok = first / ideal <= 1.2 and second / first < 0.05 and written == options.articles
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
