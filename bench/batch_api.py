"""The batch route at scale: what `submit --dry-run` adds to the reading, and how long `collect` takes.

    python bench/batch_api.py [--articles 10000] [--jobs 2] [--collects 2]

Prints, for `--articles` unique articles (bench/reading.py's: the corpus and the seeds
cycled, each with its own last sentence):

- the reading alone: parsed in `--jobs` worker processes and read, as a batch reads them;
- `submit --dry-run` (Python API `batches.submit`): the reading, the live code's first
  request per piece through the batch transport, the JSONL and the state folder; the
  overhead over the reading (target <= 10%);
- `collect --results` (`batches.collect`, `--jobs` worker processes): a SYNTHETIC results
  file answering every request with the reading's own hints as the model's claims (so
  every item is checked), turned into briefings with the live validator and written as
  JSON, resume manifest included (target <= 60 s for 10,000 on 2 cores); `--collects`
  times, each into a fresh copy of the submitted state, so the range shows the noise.

Each phase is timed by the wall clock and by the CPU time of this process and its worker
processes. On a machine shared with other work the wall clock measures the load as much
as the code; the CPU seconds over the number of cores are what an idle machine would take
(at best), and the dry run's CPU overhead is the one the load does not skew. The targets
are judged on the wall clock. Exit 1 when one is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from reading import corpus, unique_articles  # noqa: E402

TARGET_OVERHEAD = 0.10
TARGET_COLLECT = 60.0  # seconds for 10,000 results


def synthetic_results(requests: Path, results: Path) -> int:
    """Answer each request with its own HINTS block (the reading's proposals) as the model's claims."""
    lines = []
    for number, line in enumerate(requests.read_text(encoding="utf-8").splitlines()):
        request = json.loads(line)
        user = request["body"]["messages"][1]["content"]
        claims = user.rsplit("HINTS:\n", 1)[1]
        body = {"id": f"chatcmpl-{number}", "object": "chat.completion", "created": 0, "model": "synthetic",
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": claims}}],
                "usage": {"prompt_tokens": len(json.dumps(request["body"])) // 4, "completion_tokens": len(claims) // 4,
                          "total_tokens": 0}}
        lines.append(json.dumps({"id": f"batch_req_{number}", "custom_id": request["custom_id"], "error": None,
                                 "response": {"status_code": 200, "request_id": f"req_{number}", "body": body}}))
    results.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (parse and collect workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class Timed:
    """Wall and CPU seconds of a block."""

    def __enter__(self) -> Timed:
        self.wall, self.cpu = time.perf_counter(), cpu_seconds()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, cpu_seconds() - self.cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2, help="worker processes parsing and collecting the articles")
    parser.add_argument("--collects", type=int, default=2, help="collects timed (each into a fresh copy of the state)")
    args = parser.parse_args()

    from summariser.batches import collect, submit
    from summariser.inputs import Article
    from summariser.providers import Provider
    from summariser.reading import pipeline, read

    texts = unique_articles([t for _, t in corpus()], args.articles)
    articles = [Article(f"a{i:05d}", text) for i, text in enumerate(texts)]
    pipeline.nlp()  # loaded once, outside every timing

    with Timed() as reading:
        with pipeline.primed(texts, jobs=args.jobs):
            for text in texts:
                read(text)
    read.cache_clear()

    collects = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out"
        with Timed() as dry_run:
            report = submit(articles, out, Provider("openai", "gpt-4o-mini"), dry_run=True, reasks=0, jobs=args.jobs)
        assert report.requests_file is not None
        size = report.requests_file.stat().st_size
        results = Path(folder) / "results.jsonl"
        answered = synthetic_results(report.requests_file, results)
        submitted = Path(folder) / "submitted"
        shutil.copytree(out, submitted)
        for _ in range(max(1, args.collects)):
            shutil.rmtree(out)
            shutil.copytree(submitted, out)
            read.cache_clear()
            with Timed() as collecting:
                collected = collect(out, results=[results], fmt="json", jobs=args.jobs)
            collects.append((collecting, collected))

    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    overhead, cpu_overhead = dry_run.wall / reading.wall - 1, dry_run.cpu / reading.cpu - 1
    per_10k = [c.wall * 10_000 / len(articles) for c, _ in collects]
    print(f"articles: {len(articles):,} unique, {sum(map(len, texts)):,} characters, --jobs {args.jobs}, "
          f"{cpus} CPUs, load average {os.getloadavg()[0]:.1f} at the end")
    print(f"reading alone:     {reading.wall:8.1f} s  ({len(articles) / reading.wall:.1f} articles/s; "
          f"CPU {reading.cpu:.1f} s)")
    print(f"submit --dry-run:  {dry_run.wall:8.1f} s  ({report.requests:,} requests, {size / 1e6:.1f} MB of JSONL; "
          f"CPU {dry_run.cpu:.1f} s); overhead over the reading {overhead:+.1%} wall, {cpu_overhead:+.1%} CPU "
          f"(target <= {TARGET_OVERHEAD:.0%}: {'met' if overhead <= TARGET_OVERHEAD else 'MISSED'})")
    for (timed, collected), scaled in zip(collects, per_10k):
        print(f"collect --results: {timed.wall:8.1f} s  ({answered:,} results, {collected.done:,} briefings written, "
              f"{len(collected.failed)} failed; CPU {timed.cpu:.1f} s, {timed.cpu * 1000 / len(articles):.1f} ms "
              f"an article); {scaled:.0f} s per 10,000 (an idle machine: "
              f"{timed.cpu * 10_000 / len(articles) / min(cpus, args.jobs):.0f} s), target <= {TARGET_COLLECT:.0f} s: "
              f"{'met' if scaled <= TARGET_COLLECT else 'MISSED'}")
    return 0 if overhead <= TARGET_OVERHEAD and min(per_10k) <= TARGET_COLLECT else 1


if __name__ == "__main__":
    sys.exit(main())
