"""The batch route at scale: what `submit --dry-run` adds to the reading, and how long `collect` takes.

    python bench/batch_api.py [--articles 10000] [--jobs 2]

Prints, for `--articles` unique articles (bench/reading.py's: the corpus and the seeds
cycled, each with its own last sentence):

- the reading alone: parsed in `--jobs` worker processes and read, as a batch reads them;
- `submit --dry-run` (Python API `batches.submit`): the reading, the live code's first
  request per piece through the batch transport, the JSONL and the state folder; the
  overhead over the reading (target <= 10%);
- `collect --results` (`batches.collect`): a SYNTHETIC results file answering every
  request with the reading's own hints as the model's claims (so every item is checked),
  turned into briefings with the live validator and written as JSON, resume manifest
  included (target <= 60 s for 10,000 on 2 cores).

Figures only; the machine's load shows in them. Exit 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2, help="worker processes parsing the articles")
    args = parser.parse_args()

    from summariser.batches import collect, submit
    from summariser.inputs import Article
    from summariser.providers import Provider
    from summariser.reading import pipeline, read

    texts = unique_articles([t for _, t in corpus()], args.articles)
    articles = [Article(f"a{i:05d}", text) for i, text in enumerate(texts)]
    pipeline.nlp()  # loaded once, outside every timing

    started = time.perf_counter()
    with pipeline.primed(texts, jobs=args.jobs):
        for text in texts:
            read(text)
    reading = time.perf_counter() - started
    read.cache_clear()

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out"
        started = time.perf_counter()
        report = submit(articles, out, Provider("openai", "gpt-4o-mini"), dry_run=True, reasks=0, jobs=args.jobs)
        dry_run = time.perf_counter() - started
        assert report.requests_file is not None
        results = Path(folder) / "results.jsonl"
        answered = synthetic_results(report.requests_file, results)
        read.cache_clear()
        started = time.perf_counter()
        collected = collect(out, results=[results], fmt="json", jobs=args.jobs)
        collecting = time.perf_counter() - started
        size = report.requests_file.stat().st_size

    overhead = dry_run / reading - 1
    scaled = collecting * 10_000 / len(articles)
    print(f"articles: {len(articles):,} unique, {sum(map(len, texts)):,} characters, --jobs {args.jobs}")
    print(f"reading alone:     {reading:8.1f} s  ({len(articles) / reading:.1f} articles/s)")
    print(f"submit --dry-run:  {dry_run:8.1f} s  ({report.requests:,} requests, {size / 1e6:.1f} MB of JSONL); "
          f"overhead over the reading {overhead:+.1%} (target <= {TARGET_OVERHEAD:.0%}: "
          f"{'met' if overhead <= TARGET_OVERHEAD else 'MISSED'})")
    print(f"collect --results: {collecting:8.1f} s  ({answered:,} results, {collected.done:,} briefings written, "
          f"{len(collected.failed)} failed; {scaled:.0f} s per 10,000, target <= {TARGET_COLLECT:.0f} s: "
          f"{'met' if scaled <= TARGET_COLLECT else 'MISSED'})")
    return 0 if overhead <= TARGET_OVERHEAD and scaled <= TARGET_COLLECT else 1


if __name__ == "__main__":
    sys.exit(main())
