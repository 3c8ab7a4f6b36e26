"""How fast is the deterministic reading of the whole corpus (no model)?

    python bench/reading.py [--repeat 5]

Reads every article of `tests/corpus/wikinews/*.txt` and `seeds/*.txt` with
`summariser.reading.read` and prints:

- cold: the first pass in this process, including loading the data (countryinfo's
  states, the TOML lexicons, sentencex) — what one `summariser brief --method reading` pays;
- warm: the best of `--repeat` further passes with the per-text caches cleared (`read`,
  `inventory`, `tokenize`), so every article is read again but the data stays loaded —
  what each further article of a batch pays;
- the per-article mean of both, and the counts of actors and candidates
  (`cited.candidates`, per category).

Target: the whole corpus in under 1 s (cold). Exit 1 when it is missed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET_SECONDS = 1.0


def articles() -> list[tuple[str, str]]:
    paths = sorted((REPO / "tests" / "corpus" / "wikinews").glob("*.txt")) + sorted((REPO / "seeds").glob("*.txt"))
    return [(p.stem, p.read_bytes().decode("utf-8")) for p in paths]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="warm passes (best one is reported)")
    args = parser.parse_args()
    texts = articles()
    if not texts:
        print("no articles found", file=sys.stderr)
        return 2
    chars = sum(len(t) for _, t in texts)

    started = time.perf_counter()
    from summariser.reading import read, tokens
    imported = time.perf_counter() - started
    from summariser import cited  # the model-facing side (instructor, openai): not the reading

    started = time.perf_counter()
    readings = [read(text) for _, text in texts]
    cold = time.perf_counter() - started

    warm_runs = []
    for _ in range(max(1, args.repeat)):
        for cached in (read, tokens.tokenize):
            cached.cache_clear()
        started = time.perf_counter()
        readings = [read(text) for _, text in texts]
        warm_runs.append(time.perf_counter() - started)
    warm = min(warm_runs)

    started = time.perf_counter()
    found = [cited.candidates(r) for r in readings]
    candidate_seconds = time.perf_counter() - started

    n = len(texts)
    per_category = Counter(c.category for cs in found for c in cs)
    actor_count = sum(len(r.inventory.actors) for r in readings)
    print(f"articles: {n} ({chars:,} characters, {sum(len(r.sentences) for r in readings)} sentences)")
    print(f"import:   {imported * 1000:8.1f} ms (summariser.reading)")
    print(f"cold:     {cold * 1000:8.1f} ms whole corpus, {cold / n * 1000:6.1f} ms per article (first pass, data loading included)")
    print(f"warm:     {warm * 1000:8.1f} ms whole corpus, {warm / n * 1000:6.1f} ms per article (best of {len(warm_runs)})")
    print(f"candidates from readings: {candidate_seconds * 1000:.1f} ms")
    print(f"actors:     {actor_count} ({actor_count / n:.1f} per article)")
    print(f"candidates: {sum(per_category.values())} — " +
          ", ".join(f"{k} {per_category.get(k, 0)}" for k in ("parties", "mediators", "alliances", "accusations")))
    print(f"reading accusations: {sum(len(r.accusations) for r in readings)}, mediations: "
          f"{sum(len(r.mediations) for r in readings)}, ties: {sum(len(r.ties) for r in readings)}")
    ok = cold + imported < TARGET_SECONDS
    print(f"target: whole corpus < {TARGET_SECONDS:.0f} s cold (import included): "
          f"{'met' if ok else 'MISSED'} ({cold + imported:.3f} s)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
