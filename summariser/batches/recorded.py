"""`batch run-local` recorded: a real run against a real endpoint, kept as one cassette.

The round trip a user runs without a provider's Batch API (`submit --dry-run`, `run-local`
against an OpenAI-compatible server, `collect --results`, again for each follow-up round)
is recorded here against a real model (by default the embedded llama.cpp server with the
SmolLM2 GGUF), with `--jobs` requests in flight, into

    cassettes/batch/run-local.<provider>-<model>.<method>.p<prompt version>.s<schema version>-<hash>.yaml

named like every cassette (`recording.cassette_name`), so a change to the prompts or
schemas asks for a new recording. `tests/test_batch_api.py` replays it (record mode
`none`, sockets blocked): run-local's requests must find their recorded answers, and the
batch route's briefings must equal the live route's replayed from the same cassette.

    summariser record --run-local            # from the checkout; starts the embedded server
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from ..errors import ProviderError
from ..inputs import Article
from ..providers import Provider
from ..recording import cassette_name, cassette_prefix, make_vcr
from .api import collect, submit
from .runner import run_local

RUN_LOCAL_ID = "run-local"
FOLDER = "batch"  # under the cassettes folder
METHOD = "extract"  # the one request per article that a capable model answers in a batch
# Two short corpus reports: each asks a first request and a re-ask, so the recording holds a
# follow-up round, and the 135M model answers them in seconds rather than minutes.
ARTICLES = (
    "tests/corpus/wikinews/2020-01-13-iran-admits-downing-ukrainian-jet-cites-human-error.txt",
    "tests/corpus/wikinews/2020-09-05-germany-says-alexei-navalny-poisoned-with-novichok.txt",
)
JOBS = 2  # requests in flight: the recording shows run-local's concurrency


def batch_provider_for(model: str) -> Provider:
    """The lines' provider: tool calls (`compatible`), as vLLM and llama.cpp servers take them."""
    return Provider("compatible", model)


def run_local_cassette(model: str) -> str:
    return f"{FOLDER}/{cassette_name(RUN_LOCAL_ID, batch_provider_for(model), METHOD)}"


def run_rounds(articles: list[Article], model: str, out: Path, base_url: str, *, jobs: int = JOBS,
               timeout: float = 600.0, progress: Callable[[str], None] = lambda message: None) -> int:
    """submit --dry-run, then run-local and collect --results until nothing is asked: the rounds."""
    report = submit(articles, out, batch_provider_for(model), dry_run=True, jobs=1)
    rounds = 0
    while report.requests:
        rounds += 1
        results = out.parent / f"results-{rounds}.jsonl"
        ran = run_local(report.requests_file, base_url, results, jobs=jobs, timeout=timeout)  # type: ignore[arg-type]
        progress(f"round {rounds}: asked {ran.asked}, answered {ran.answered}, errors {ran.errors}")
        if ran.errors or ran.bad_lines:
            raise ProviderError(f"run-local round {rounds}: {ran.errors} requests failed")
        report = collect(out, results=[results], echo=lambda text: None)
    return rounds


def record_run_local(articles: list[Article], model: str, base_url: str, cassette_dir: Path, *,
                     jobs: int = JOBS, timeout: float = 600.0,
                     progress: Callable[[str], None] = print) -> Path:
    """Record the whole round trip against `base_url` into one cassette (replacing the old one)."""
    folder = cassette_dir / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob(cassette_prefix(RUN_LOCAL_ID, batch_provider_for(model), METHOD) + "*"):
        stale.unlink()
    name = run_local_cassette(model)
    with tempfile.TemporaryDirectory() as scratch, make_vcr(cassette_dir, "all").use_cassette(name):
        rounds = run_rounds(articles, model, Path(scratch) / "out", base_url, jobs=jobs, timeout=timeout,
                            progress=progress)
    progress(f"recorded {cassette_dir / name} ({len(articles)} articles, {rounds} rounds)")
    return cassette_dir / name
