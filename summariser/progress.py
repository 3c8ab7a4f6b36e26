"""What a batch tells the user while it runs and when it ends (on stderr).

A progress bar on a terminal; plain log lines when piped, so CI logs stay readable. The
closing table counts done, skipped and failed articles and gives each failure's reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .batch import Outcome
from .models import CATEGORIES
from .reading.language import NOTE_PREFIX as NOT_ENGLISH


def describe(outcome: Outcome) -> str:
    name = outcome.article.path or outcome.article.id
    if outcome.status == "skipped":
        return f"{name}: skipped ({outcome.reason})"
    if outcome.status == "failed":
        return f"{name}: failed: {outcome.reason}"
    briefing = outcome.briefing
    assert briefing is not None
    skipped = [note for note in briefing.notes if note.startswith(NOT_ENGLISH)]
    if skipped:  # an article not in English: the one line says why it has nothing
        return f"{name}: {skipped[0]}"
    kept = sum(len(getattr(briefing, c)) for c in CATEGORIES)
    p = briefing.provenance
    return f"{name}: {kept} grounded, {len(briefing.rejected)} rejected ({p.calls} calls, {p.seconds:.1f} s)"


@contextmanager
def progress_reporter(total: int, console: Console | None = None) -> Iterator[Callable[[Outcome], None]]:
    console = console or Console(stderr=True)
    if not console.is_terminal:
        yield lambda outcome: console.print(describe(outcome), markup=False, highlight=False, soft_wrap=True)
        return
    columns = (TextColumn("briefing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("articles", total=total)

        def report(outcome: Outcome) -> None:
            progress.console.print(describe(outcome), markup=False, highlight=False, soft_wrap=True)
            progress.advance(task)

        yield report


def print_summary(outcomes: list[Outcome], console: Console | None = None) -> None:
    console = console or Console(stderr=True)
    counts = {status: sum(o.status == status for o in outcomes) for status in ("done", "skipped", "failed")}
    if len(outcomes) <= 1 and not counts["failed"]:
        return
    table = Table(title=None, show_header=True, box=None)
    table.add_column("done", justify="right")
    table.add_column("skipped", justify="right")
    table.add_column("failed", justify="right")
    table.add_row(*(str(counts[s]) for s in ("done", "skipped", "failed")))
    console.print(table)
    for outcome in outcomes:
        if outcome.status == "failed":
            console.print(f"failed: {outcome.article.path or outcome.article.id}: {outcome.reason}",
                          markup=False, highlight=False, soft_wrap=True)
