"""How long the embedded model's slowest request takes: what its default deadline is sized on.

    python bench/local_timeout.py [--repeat 1]

The longest request the tool sends the embedded server is a free-quote extraction
(`--method quoted`) of one part of a long article: `Provider.context_chars` (16,000)
characters, one category's schema, up to 512 tokens of answer. This builds such a part
from the corpus, starts the server, asks each category once (the first request also pays
the prompt prefix that llama.cpp caches for the others) and prints each request's time.
`providers.LOCAL_SLOWEST` is set from the slowest; the deadline is three times that.
Needs the [local] extra (make brief-model).
"""

from __future__ import annotations

import argparse
import asyncio
import time
from pathlib import Path

from summariser.calls import RetryPolicy, Usage, ask
from summariser.errors import SummariserError
from summariser.models import CATEGORIES, DRAFTS
from summariser.prompts import extraction_messages
from summariser.providers import LOCAL_SLOWEST, LOCAL_TIMEOUT, choose_provider, connect

REPO = Path(__file__).resolve().parents[1]


def longest_part(chars: int) -> str:
    """`chars` characters of news English: corpus articles, longest first, until full."""
    texts = sorted((p.read_bytes().decode("utf-8") for p in (REPO / "tests" / "corpus" / "wikinews").glob("*.txt")),
                   key=len, reverse=True)
    part = ""
    for text in texts:
        if len(part) >= chars:
            break
        part += text.strip() + "\n\n"
    return part[:chars]


async def measure(repeat: int) -> list[tuple[str, float, str]]:
    provider = choose_provider("local")
    text = longest_part(provider.context_chars)
    timings = []
    # No deadline here: this measures what the deadline should be.
    with connect(provider, timeout=3600.0, is_async=True) as connection:
        for _ in range(repeat):
            for category in CATEGORIES:
                started = time.perf_counter()
                try:
                    await ask(connection, DRAFTS[category], extraction_messages(category, text), Usage(),
                              RetryPolicy(parse_retries=0, request_attempts=1))
                    outcome = "answered"
                except SummariserError as error:  # a cut-off or unusable answer still took its time
                    outcome = f"no usable answer ({error})"
                timings.append((category, time.perf_counter() - started, outcome))
                print(f"{category:12s} {timings[-1][1]:6.1f} s  {outcome[:80]}", flush=True)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=1)
    options = parser.parse_args()
    timings = asyncio.run(measure(options.repeat))
    slowest = max(seconds for _, seconds, _ in timings)
    print(f"slowest request: {slowest:.1f} s (16,000-character part, 512-token answers); "
          f"providers.LOCAL_SLOWEST is {LOCAL_SLOWEST:.0f} s, the default deadline {LOCAL_TIMEOUT:.0f} s")


if __name__ == "__main__":
    main()
