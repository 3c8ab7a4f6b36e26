"""Digest benchmark: wall time and peak memory for 1,000 and 10,000 briefings.

    .venv/bin/python bench/digest.py [--sizes 1000,10000] [--seed 7]

Generates synthetic briefings from the gold briefings (`tests/fixtures/digest/dated`): each
copy gets a new source id and sha256, its actors renamed from a pool of ~60 states (given by
name, demonym or capital, so the actor merge has work to do), allegations drawn from a pool,
and a publication date or none. They go into one JSONL file in a temporary folder, which is
deleted afterwards. Each size is digested in a fresh process, so its peak resident memory
(ru_maxrss) is its own; the figure that matters is the growth over the process's memory
after imports, set against the input size and the merged result. Target: 10,000 in < 10 s.
Prints figures only; nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "fixtures" / "digest" / "dated"
STATES = """Russia Ukraine Armenia Azerbaijan Turkey Greece Cyprus Egypt Libya Iran Iraq Syria Israel Lebanon Jordan
Yemen Oman Qatar Kuwait Bahrain India Pakistan China Japan Germany France Italy Spain Poland Hungary Serbia
Georgia Moldova Belarus Sudan Ethiopia Eritrea Somalia Kenya Nigeria Mali Niger Chad Algeria Morocco
Tunisia Mexico Colombia Venezuela Brazil Peru Chile Cuba Canada Australia Indonesia Malaysia Thailand""".split()
ALLEGATIONS = [f"{verb} {what}" for verb in ("shelled", "attacked", "violated", "blockaded", "threatened",
                                             "sanctioned", "invaded", "bombed")
               for what in ("civilian areas", "the ceasefire", "border posts", "the port", "aid convoys",
                            "the capital", "oil facilities", "the airport", "a hospital", "the dam")]


def generate(path: Path, count: int, seed: int) -> int:
    """Write `count` briefings as JSONL; return the file's size in bytes."""
    from countryinfo import CountryInfo

    rng = random.Random(seed)
    templates = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]
    forms = {}
    for state in STATES:
        info = CountryInfo(state).info()
        forms[state] = [state, *([info["demonym"]] if info.get("demonym") else []),
                        *([info["capital"]] if info.get("capital") else [])]
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            briefing = json.loads(json.dumps(templates[n % len(templates)]))
            article = f"{briefing['source']['id'][:40]}-{n:06d}"
            briefing["source"]["id"] = article
            briefing["source"]["sha256"] = hashlib.sha256(article.encode()).hexdigest()
            briefing["source"]["published"] = (
                None if rng.random() < 0.1 else f"20{rng.randint(19, 23)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            )
            for accusation in briefing["accusations"]:
                accuser, accused = rng.sample(STATES, 2)
                accusation["accuser"] = rng.choice(forms[accuser])
                accusation["accused"] = rng.choice(forms[accused])
                accusation["allegation"] = rng.choice(ALLEGATIONS)
            for party in briefing["parties"]:
                if party["kind"] == "state":
                    party["name"], party["aliases"] = rng.choice(STATES), []
            out.write(json.dumps(briefing, ensure_ascii=False) + "\n")
    return path.stat().st_size


def child(path: str) -> None:
    """Digest one JSONL file in this process and print one JSON line of figures."""
    from summariser.digest import digest_briefings
    from summariser.render.digest_output import render_digest

    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    digest = digest_briefings([path])
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result_bytes = len(render_digest(digest, "json").encode())
    print(json.dumps({
        "seconds": seconds, "base_kib": base, "peak_kib": peak, "articles": len(digest.articles),
        "actors": len(digest.actors), "claims": len(digest.claims),
        "sources": sum(len(c.sources) for c in digest.claims), "problems": len(digest.problems),
        "result_bytes": result_bytes,
    }))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    print(f"{'briefings':>9} {'input MB':>9} {'seconds':>8} {'/s':>7} {'peak MB':>8} {'growth MB':>9} "
          f"{'result MB':>9} {'actors':>6} {'claims':>7} {'sources':>8}")
    with tempfile.TemporaryDirectory(prefix="digest-bench-") as folder:
        for size in (int(s) for s in args.sizes.split(",")):
            path = Path(folder) / f"briefings-{size}.jsonl"
            input_bytes = generate(path, size, args.seed)
            run = subprocess.run([sys.executable, __file__, "--child", str(path)], check=True,
                                 capture_output=True, text=True, cwd=ROOT)
            f = json.loads(run.stdout.strip().splitlines()[-1])
            assert f["articles"] == size and not f["problems"], f
            mb = 1 / 1024  # ru_maxrss is in KiB on Linux
            print(f"{size:>9,} {input_bytes / 2**20:>9.1f} {f['seconds']:>8.2f} {size / f['seconds']:>7,.0f} "
                  f"{f['peak_kib'] * mb:>8.1f} {(f['peak_kib'] - f['base_kib']) * mb:>9.1f} "
                  f"{f['result_bytes'] / 2**20:>9.1f} {f['actors']:>6} {f['claims']:>7,} {f['sources']:>8,}")
    print("growth = peak resident memory minus memory after imports; result = the digest's JSON size.")
    print("target: 10,000 briefings in < 10 s, growth in step with the result, not with the input.")


if __name__ == "__main__":
    main()
