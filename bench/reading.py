"""How fast is the reading (spaCy's parse and the code on it, no language model)?

    python bench/reading.py [--articles 1000] [--jobs 2] [--repeat 3]

Prints, in this order (each measured once in this one process):

- import: `import summariser.reading` (spaCy itself is imported on first use);
- pipeline load: importing spaCy and loading the English pipeline (`pipeline.nlp()`);
- one seed, cold: the pipeline load plus the first `read()` of the longest seed (its data
  files, lexicons and actor lists, loaded on the way) — what `summariser brief` of one
  article pays after the import;
- one seed, warm: the best of `--repeat` further reads of it with the reading's caches
  cleared, so it is parsed and read again but nothing is loaded — what each further
  article costs when read alone;
- throughput: `--articles` articles (default 1,000) made by cycling
  `tests/corpus/wikinews/*.txt` and `seeds/*.txt`, each made unique by a last sentence
  with its number (so no cache hides work), read as a batch reads them: parsed in one
  batched stream: with `--jobs` > 1 read whole (parse and rules) in that many worker
  processes (`pipeline.primed`), this process only collecting the readings. Articles per second.
- memory: the peak resident memory of this process, which collects and holds every reading.

The CPU time per article (this process and its workers) is printed beside the rate: the
number of CPUs over it is what an idle machine could reach at best.

Targets: >= 10 articles/s through the reading on 2 cores; one seed <= 1 s warm. Exit 1
when one is missed. The machine's load shows in the figures: run it on an idle one.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from itertools import cycle, islice
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET_RATE = 10.0  # articles per second, on 2 cores
TARGET_WARM = 1.0  # seconds for one seed, warm


def corpus() -> list[tuple[str, str]]:
    paths = sorted((REPO / "tests" / "corpus" / "wikinews").glob("*.txt")) + sorted((REPO / "seeds").glob("*.txt"))
    return [(p.stem, p.read_bytes().decode("utf-8")) for p in paths]


def unique_articles(texts: list[str], n: int) -> list[str]:
    """`n` articles cycling `texts`, each ending with its own numbered sentence."""
    return [f"{text.rstrip()}\n\nThis is copy {i + 1} of the article in the benchmark.\n"
            for i, text in enumerate(islice(cycle(texts), n))]


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the parse workers)."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="articles read in the throughput run")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes parsing them")
    parser.add_argument("--repeat", type=int, default=3, help="warm reads of the seed (best one is reported)")
    args = parser.parse_args()
    texts = corpus()
    if not texts:
        print("no articles found", file=sys.stderr)
        return 2
    seed_name, seed = max((t for t in texts if (REPO / "seeds" / f"{t[0]}.txt").is_file()), key=lambda t: len(t[1]))

    started = time.perf_counter()
    from summariser.reading import pipeline, read, tokens
    imported = time.perf_counter() - started

    started = time.perf_counter()
    pipeline.nlp()
    loaded = time.perf_counter() - started

    started = time.perf_counter()
    read(seed)
    first_read = time.perf_counter() - started
    cold = loaded + first_read

    warm_runs = []
    for _ in range(max(1, args.repeat)):
        for cached in (read, tokens.tokenize):
            cached.cache_clear()
        started = time.perf_counter()
        read(seed)
        warm_runs.append(time.perf_counter() - started)
    warm = min(warm_runs)

    batch = unique_articles([t for _, t in texts], args.articles)
    chars = sum(len(t) for t in batch)
    read.cache_clear()
    cpu_before = cpu_seconds()
    started = time.perf_counter()
    with pipeline.primed(batch, jobs=args.jobs):
        readings = [read(text) for text in batch]
    batch_seconds = time.perf_counter() - started
    rate = len(batch) / batch_seconds
    cpu_per_article = (cpu_seconds() - cpu_before) / len(batch)

    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"pipeline: {pipeline.pipeline_name()} (spaCy), {cpus} CPUs available")
    print(f"import:        {imported:7.2f} s  (summariser.reading)")
    print(f"pipeline load: {loaded:7.2f} s  (spaCy's import and the pipeline; import + load: {imported + loaded:.2f} s)")
    print(f"one seed, cold: {cold:6.2f} s  ({seed_name}, {len(seed):,} characters: pipeline load + first read)")
    print(f"one seed, warm: {warm:6.2f} s  (best of {len(warm_runs)}; reading caches cleared)")
    print(f"throughput:    {rate:7.1f} articles/s  ({len(batch)} unique articles, {chars:,} characters, "
          f"{batch_seconds:.1f} s; read in {args.jobs} worker processes)")
    print(f"CPU time:      {cpu_per_article * 1000:7.0f} ms per article (this process and its workers): "
          f"at most {(cpus or 1) / cpu_per_article:.1f} articles/s on {cpus} idle CPUs")
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"memory:        {peak:7.0f} MiB peak in this process, holding the {len(readings)} readings "
          f"(each keeps its own forms only: Inventory.share_known_forms)")
    print(f"readings: {sum(len(r.sentences) for r in readings):,} sentences, "
          f"{sum(len(r.inventory.actors) for r in readings):,} actors, "
          f"{sum(len(r.accusations) for r in readings):,} accusation candidates")
    ok_rate, ok_warm = rate >= TARGET_RATE, warm <= TARGET_WARM
    print(f"target: >= {TARGET_RATE:.0f} articles/s: {'met' if ok_rate else 'MISSED'}; "
          f"one seed <= {TARGET_WARM:.0f} s warm: {'met' if ok_warm else 'MISSED'}")
    return 0 if ok_rate and ok_warm else 1


if __name__ == "__main__":
    sys.exit(main())
