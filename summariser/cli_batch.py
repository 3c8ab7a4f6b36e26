"""`summariser batch ...`: briefings through a Batch API, a thin layer over `summariser.batches`.

Like the rest of the CLI it imports only click until a command runs; every mistake is one
line on stderr and a documented exit code (README, "Exit codes").
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import errors

if TYPE_CHECKING:  # the batch route loads only when a batch command runs
    from .batches.api import BatchReport

OUT_HELP = "The folder of the briefings; the batch's state is kept in its .summariser-batch/."


@click.group()
def batch() -> None:
    """Brief many articles through a Batch API (OpenAI's, half the price, results within 24 h)
    or any runner of its JSONL (vLLM run_batch, `batch run-local`)."""


def _key() -> str:
    return os.environ.get("OPENAI_API_KEY", "")


def _echo_report(report: BatchReport) -> None:
    parts = [f"round {report.round}: {report.status}"]
    if report.batch_id:
        parts.append(f"batch {report.batch_id}")
    if report.counts:
        parts.append(", ".join(f"{k} {v}" for k, v in report.counts.items()))
    if report.done or report.skipped or report.failed:
        parts.append(f"briefed {report.done}, already done {report.skipped}, failed {len(report.failed)}")
    if report.requests:
        parts.append(f"{report.requests} requests in {report.requests_file}")
    click.echo("; ".join(parts), err=True)


@batch.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path), help=OUT_HELP)
@click.option("--provider", type=click.Choice(["openai", "compatible"]), default="openai", show_default=True,
              help="openai: strict structured outputs (response_format); compatible: tool calls (vLLM, llama.cpp).")
@click.option("--model", help="Model name (openai default: gpt-4o-mini).")
@click.option("--base-url", help="Where the Batch API is (default: OpenAI's, or OPENAI_BASE_URL).")
@click.option("--method", type=click.Choice(["extract", "cited", "quoted"]), default="extract", show_default=True)
@click.option("--reasks", type=click.IntRange(0, 5), default=1, show_default=True,
              help="Rounds of re-asking about items that failed grounding (each a follow-up batch).")
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes reading the articles.")
@click.option("--encoding", default="utf-8", show_default=True)
@click.option("--dry-run", is_flag=True, help="Write the requests JSONL only (for vLLM run_batch or any runner).")
def submit(files: tuple[str, ...], out: Path, provider: str, model: str | None, base_url: str | None, method: str,
           reasks: int, jobs: int, encoding: str, dry_run: bool) -> None:
    """Write one request per article (per piece for long ones) and send them as one batch."""
    from .cli import fail, read_articles, user_errors

    with user_errors():
        articles, code = read_articles(files, encoding)
        if not articles:
            sys.exit(code)
        from .batches import submit as submit_batch
        from .providers import DEFAULT_OPENAI_MODEL, Provider

        if provider == "compatible" and not model:
            raise errors.InputError("--provider compatible needs --model")
        if not dry_run and not _key():
            raise errors.ProviderError("the Batch API needs OPENAI_API_KEY in the environment (or use --dry-run)")
        chosen = Provider(provider, model or DEFAULT_OPENAI_MODEL, base_url, _key() or "no-key-needed")
        report = submit_batch(articles, out, chosen, method=method, dry_run=dry_run, reasks=reasks, jobs=jobs)
        for article, reason in report.failed:
            fail(f"{article}: {reason}")
        _echo_report(report)
        if report.requests_file is not None:
            click.echo(str(report.requests_file))
        sys.exit(code or (errors.EXIT_MODEL if report.failed else errors.EXIT_OK))


@batch.command()
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path), help=OUT_HELP)
def status(out: Path) -> None:
    """The current round of the batch in --out, as the provider reports it."""
    from .cli import user_errors

    with user_errors():
        from .batches import status as batch_status

        _echo_report(batch_status(out, _key()))


@batch.command()
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path), help=OUT_HELP)
@click.option("--results", "results", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="A results JSONL from any runner (repeatable), instead of downloading the batch's.")
@click.option("--format", "fmt", type=click.Choice(["markdown", "json", "html", "both", "all"]), default="json",
              show_default=True)
@click.option("--jsonl", type=click.Path(dir_okay=False, path_type=Path),
              help="Append one JSON line per finished article to this file.")
@click.option("--resume/--no-resume", default=True, show_default=True)
@click.option("--follow-ups", type=click.IntRange(0, 10), default=3, show_default=True,
              help="Follow-up batches at most (re-asks, retries, what an expired batch left).")
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes briefing the articles (one core each).")
def collect(out: Path, results: tuple[Path, ...], fmt: str, jsonl: Path | None, resume: bool, follow_ups: int,
            jobs: int) -> None:
    """Turn the batch's results into briefings; send what is still asked as a follow-up batch."""
    from .cli import fail, user_errors

    with user_errors():
        from .batches import collect as collect_batch

        report = collect_batch(out, fmt=fmt, jsonl=jsonl, results=list(results), resume=resume,
                               follow_ups=follow_ups, jobs=jobs, api_key=_key(), echo=click.echo)
        for bad in report.bad_lines:
            fail(f"{bad.where}: {bad.reason}")
        for article, reason in report.failed:
            fail(f"{article}: {reason}")
        _echo_report(report)
        if report.requests and report.batch_id is None:
            click.echo(f"next: run {report.requests_file}, then collect --results FILE", err=True)
        sys.exit(errors.EXIT_INPUT if report.bad_lines else errors.EXIT_MODEL if report.failed else errors.EXIT_OK)


@batch.command(name="run-local")
@click.argument("batch_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--base-url", required=True, help="An OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1.")
@click.option("-o", "--results", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Results JSONL (appended; lines already answered there are not asked again).")
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True, help="Requests in flight.")
@click.option("--timeout", type=click.FloatRange(0, min_open=True), default=600.0, show_default=True,
              help="Seconds one request may take.")
@click.option("--model", help="Send this model name instead of the lines' own.")
def run_local(batch_file: Path, base_url: str, results: Path, jobs: int, timeout: float, model: str | None) -> None:
    """Run a batch JSONL against an OpenAI-compatible endpoint, writing Batch API results."""
    from .cli import fail, user_errors

    with user_errors():
        from .batches.runner import run_local as run

        report = run(batch_file, base_url, results, jobs=jobs, timeout=timeout, api_key=_key(), model=model)
        for bad in report.bad_lines:
            fail(bad)
        click.echo(f"asked {report.asked}, answered {report.answered}, errors {report.errors}, "
                   f"already answered {report.skipped}", err=True)
        sys.exit(errors.EXIT_INPUT if report.bad_lines else errors.EXIT_PROVIDER if report.errors else errors.EXIT_OK)


@batch.command()
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path), help=OUT_HELP)
@click.option("--prices", type=click.Path(dir_okay=False, path_type=Path),
              help='JSON, dollars per million tokens: {"MODEL": {"input": 0.15, "output": 0.6}} '
                   "(batch_input/batch_output if not half).")
def cost(out: Path, prices: Path | None) -> None:
    """Tokens per article, and with --prices the cost of 1,000 articles live and by batch."""
    from .cli import user_errors

    with user_errors():
        from .batches.costs import cost_report

        for line in cost_report(out, prices).lines():
            click.echo(line)
