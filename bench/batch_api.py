"""The batch route at scale: what `submit --dry-run` adds to the reading, and how long `collect` takes.

    python bench/batch_api.py [--articles 10000] [--jobs 2] [--collects 2] [--reading 1000] [--keep DIR]

Prints, for `--articles` unique articles (bench/reading.py's: the corpus and the seeds
cycled, each with its own last sentence, so each is parsed, asked and answered on its own,
as distinct articles are):

- the reading alone: the first `--reading` of the articles (all of them when fewer),
  parsed in `--jobs` worker processes and read, as a batch reads them. Reading an
  article does not depend on the others, so its time per article is the reading's for
  any number of them; a sample keeps a 10,000-article run to one reading of each
  article (submit's) instead of two;
- `submit --dry-run` (Python API `batches.submit`) of all the articles: the reading, the
  live code's first request per piece through the batch transport, the JSONL and the
  state folder (each article's reading kept); its time per article over the reading's
  is the overhead (target <= 10%);
- `collect --results`: the command a user runs (`python -m summariser batch collect --out
  OUT --results FILE --format json --jobs J`, a process of its own: its start-up and cold
  caches counted) on a SYNTHETIC results file answering every request with the
  reading's own hints as the model's claims (so every item is checked), into a fresh
  output folder holding only the submitted state, as a first collect is: the briefings
  validated by the live validator and written as JSON, resume manifest included (target
  <= 60 s for 10,000 on 2 cores). `--collects` times; every folder is copied from the
  submitted state and flushed to disk before the first one is timed, and none is deleted
  until all are done, so no timed collect pays for the copying or deleting of files.

`--keep DIR` keeps the submitted state and the results file in DIR, and a later run with
the same DIR and `--articles` times only the collects on them (the reading and submit
lines then say they were not run): how a change to the collect path is measured again
without reading 10,000 articles again. The state's articles are checked to be the ones
the benchmark makes.

Each phase is timed by the wall clock and by the CPU time of this process and its child
processes (parse workers, the collect process and its workers). On a machine shared with
other work the wall clock measures the load as much as the code; the CPU seconds over the
number of cores are what an idle machine would take (at best), and the dry run's CPU
overhead is the one the load does not skew. The targets are judged on the wall clock.
Exit 1 when one is missed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import resource
import shutil
import subprocess
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


def articles_digest(texts: list[str]) -> str:
    return hashlib.sha256("\0".join(texts).encode("utf-8")).hexdigest()


def submitted_state(folder: Path, texts: list[str]) -> bool:
    """Whether `folder` holds a submitted state (and its results file) for exactly `texts`."""
    try:
        made = json.loads((folder / "bench.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return made.get("articles") == articles_digest(texts) and (folder / "results.jsonl").is_file()


def collect_command(out: Path, results: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "summariser", "batch", "collect", "--out", str(out), "--results", str(results),
            "--format", "json", "--jobs", str(jobs)]


def timed_collect(out: Path, results: Path, jobs: int) -> tuple[Timed, int, int]:
    """`summariser batch collect` in a process of its own, as a user runs it: (timing, briefed, failed)."""
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    with Timed() as timing:
        done = subprocess.run(collect_command(out, results, jobs), cwd=REPO, env=env, capture_output=True,
                              text=True, check=False)
    summary = re.search(r"briefed (\d+), already done \d+, failed (\d+)", done.stderr)
    if summary is None:
        raise SystemExit(f"collect exited {done.returncode} without its summary:\n{done.stderr[-3000:]}")
    return timing, int(summary[1]), int(summary[2])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2, help="worker processes parsing and collecting the articles")
    parser.add_argument("--collects", type=int, default=2, help="collects timed (each into a fresh copy of the state)")
    parser.add_argument("--reading", type=int, default=1000,
                        help="articles read alone (the first ones; all when fewer): the reading's time per article")
    parser.add_argument("--keep", type=Path, help="keep (or reuse) the submitted state and results file here")
    args = parser.parse_args()

    texts = unique_articles([t for _, t in corpus()], args.articles)
    keep = args.keep.resolve() if args.keep else None
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
    reuse = keep is not None and submitted_state(keep, texts)
    reading = dry_run = None

    with tempfile.TemporaryDirectory(dir=keep) as scratch:
        work = keep or Path(scratch)
        submitted, results = work / "submitted", work / "results.jsonl"
        if not reuse:
            from summariser.batches import submit
            from summariser.inputs import Article
            from summariser.providers import Provider
            from summariser.reading import pipeline, read

            articles = [Article(f"a{i:05d}", text) for i, text in enumerate(texts)]
            sample = texts[:max(1, min(args.reading, len(texts)))]
            pipeline.nlp()  # loaded once, outside every timing
            with Timed() as reading:
                with pipeline.primed(sample, jobs=args.jobs):
                    for text in sample:
                        read(text)
            read.cache_clear()
            if submitted.exists():
                shutil.rmtree(submitted)
            with Timed() as dry_run:
                report = submit(articles, submitted, Provider("openai", "gpt-4o-mini"), dry_run=True, reasks=0,
                                jobs=args.jobs)
            assert report.requests_file is not None
            requests, size = report.requests, report.requests_file.stat().st_size
            synthetic_results(report.requests_file, results)
            if keep is not None:
                (keep / "bench.json").write_text(json.dumps({"articles": articles_digest(texts)}) + "\n",
                                                 encoding="utf-8")
        answered = sum(1 for _ in results.open(encoding="utf-8"))

        # Every collect's folder made (and flushed) before the first is timed; none deleted until all are.
        outs = [Path(scratch) / f"collect-{n}" for n in range(1, max(1, args.collects) + 1)]
        for out in outs:
            shutil.copytree(submitted, out)
        collects = []
        for out in outs:
            os.sync()
            collects.append(timed_collect(out, results, args.jobs))

    n = len(texts)
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    print(f"articles: {n:,} unique, {sum(map(len, texts)):,} characters, --jobs {args.jobs}, "
          f"{cpus} CPUs, load average {os.getloadavg()[0]:.1f} at the end")
    overhead = None
    if reading is None or dry_run is None:
        print(f"reading alone, submit --dry-run: not run (the submitted state kept in {keep} was collected)")
    else:
        read_n = len(sample)
        wall_each, cpu_each = reading.wall / read_n, reading.cpu / read_n
        overhead, cpu_overhead = (dry_run.wall / n) / wall_each - 1, (dry_run.cpu / n) / cpu_each - 1
        print(f"reading alone:     {reading.wall:8.1f} s for the first {read_n:,} ({1000 * wall_each:.1f} ms an "
              f"article, {1 / wall_each:.1f} articles/s; CPU {1000 * cpu_each:.1f} ms an article): "
              f"{wall_each * n:.0f} s for {n:,}")
        print(f"submit --dry-run:  {dry_run.wall:8.1f} s for {n:,} ({1000 * dry_run.wall / n:.1f} ms an article; "
              f"{requests:,} requests, {size / 1e6:.1f} MB of JSONL; CPU {1000 * dry_run.cpu / n:.1f} ms an "
              f"article); overhead over the reading {overhead:+.1%} wall, {cpu_overhead:+.1%} CPU "
              f"(target <= {TARGET_OVERHEAD:.0%}: {'met' if overhead <= TARGET_OVERHEAD else 'MISSED'})")
    print(f"collect --results: `{' '.join(collect_command(Path('OUT'), Path('RESULTS'), args.jobs)[1:])}`, "
          f"{answered:,} results, each time into a fresh folder holding the submitted state")
    per_10k = []
    for timed, briefed, failed in collects:
        scaled = timed.wall * 10_000 / n
        per_10k.append(scaled)
        print(f"collect --results: {timed.wall:8.1f} s  ({briefed:,} briefings written, {failed} failed; "
              f"CPU {timed.cpu:.1f} s, {timed.cpu * 1000 / n:.1f} ms a result); {scaled:.0f} s per 10,000 "
              f"(an idle machine: {timed.cpu * 10_000 / n / min(cpus, args.jobs):.0f} s), "
              f"target <= {TARGET_COLLECT:.0f} s: {'met' if scaled <= TARGET_COLLECT else 'MISSED'}")
    ok = (overhead is None or overhead <= TARGET_OVERHEAD) and min(per_10k) <= TARGET_COLLECT
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
