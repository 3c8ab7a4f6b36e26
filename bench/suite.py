"""How long the offline test suite takes (target: under 60 s on this 2-core machine).

    python bench/suite.py

Runs every test except the live local-model one (`-m "not live"`), as CI's replay part
does, three times, and prints each wall time and the best. Timings belong here, never
in assertions: the machine is shared and noisy.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    times = []
    for run in range(3):
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-m", "not live", "-p", "no:cacheprovider"],
                                cwd=REPO, capture_output=True, text=True)
        times.append(time.perf_counter() - started)
        summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr[-300:]
        print(f"run {run + 1}: {times[-1]:6.1f} s  ({summary})")
        if result.returncode != 0:
            sys.exit(result.returncode)
    print(f"offline suite: best {min(times):.1f} s, worst {max(times):.1f} s (target < 60 s)")


if __name__ == "__main__":
    main()
