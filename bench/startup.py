"""Start-up: how long the command takes to answer before it does any work.

    python bench/startup.py [--runs 5]

Runs the installed command in fresh interpreters, as a user does, and prints the median
and best of `--runs` for:

- `summariser --help` and `summariser --version` (target <= 0.4 s);
- a missing file's one-line error (exit 2);
- the first byte on stdout of the default briefing of a seed (`summariser brief
  seeds/004_....txt`, Markdown to stdout; target <= 1 s), the reading pipeline's load
  included;
- which heavy packages that briefing imported (none of the model client stack:
  openai, instructor, httpx; those load only when a model is asked).

Figures only; a shared machine is noisy, so take the best as the machine's own speed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "004_1a1daf8f610255dc.txt"
CLIENT_STACK = ("openai", "instructor", "httpx2", "httpx", "vcr", "tenacity")


def command() -> list[str]:
    return [sys.executable, "-m", "summariser"]


def env(home: Path) -> dict[str, str]:
    environment = {**os.environ, "HOME": str(home), "SUMMARISER_CACHE_DIR": str(home / "cache"), "NO_COLOR": "1"}
    environment.pop("OPENAI_API_KEY", None)
    return environment


def wall(args: list[str], home: Path) -> tuple[float, int]:
    started = time.perf_counter()
    result = subprocess.run([*command(), *args], env=env(home), capture_output=True)
    return time.perf_counter() - started, result.returncode


def first_byte(args: list[str], home: Path) -> tuple[float, float, int]:
    """Seconds to the first byte on stdout, and to the end."""
    started = time.perf_counter()
    process = subprocess.Popen([*command(), *args], env=env(home), stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL)
    assert process.stdout is not None
    process.stdout.read(1)
    first = time.perf_counter() - started
    process.stdout.read()
    process.wait()
    return first, time.perf_counter() - started, process.returncode


def imported(home: Path) -> list[str]:
    """The client-stack packages a default briefing of the seed imports."""
    probe = ("import sys, runpy\nsys.argv = ['summariser', 'brief', %r]\n"
             "try:\n    runpy.run_module('summariser', run_name='__main__')\nexcept SystemExit:\n    pass\n"
             "print('IMPORTED:', *sorted({m.split('.')[0] for m in sys.modules} & set(%r)), file=sys.stderr)"
             % (str(SEED), CLIENT_STACK))
    result = subprocess.run([sys.executable, "-c", probe], env=env(home), capture_output=True, text=True)
    lines = [line for line in result.stderr.splitlines() if line.startswith("IMPORTED:")]
    return lines[-1].split()[1:] if lines else ["(probe failed)"]


def report(name: str, times: list[float], target: float | None = None) -> None:
    goal = f" (target <= {target:g} s)" if target else ""
    print(f"{name:44s} median {statistics.median(times):5.2f} s, best {min(times):5.2f} s{goal}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        wall(["--version"], home)  # warm the file cache once
        help_times = [wall(["--help"], home)[0] for _ in range(options.runs)]
        version_times = [wall(["--version"], home)[0] for _ in range(options.runs)]
        errors = [wall(["brief", str(home / "missing.txt")], home) for _ in range(options.runs)]
        briefs = [first_byte(["brief", str(SEED)], home) for _ in range(options.runs)]
        stack = imported(home)
    report("summariser --help", help_times, 0.4)
    report("summariser --version", version_times, 0.4)
    report(f"missing file error (exit {errors[0][1]})", [t for t, _ in errors])
    report("default briefing of a seed: first byte", [b[0] for b in briefs], 1.0)
    report(f"default briefing of a seed: whole run (exit {briefs[0][2]})", [b[1] for b in briefs])
    print(f"model client stack imported by that briefing: {', '.join(stack) or 'none'}")


if __name__ == "__main__":
    main()
