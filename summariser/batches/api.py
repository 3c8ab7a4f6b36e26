"""submit, status, collect: the batch route's Python API (the CLI is a thin layer on it).

    submit   read the articles, ask the live code its first requests (`answering.Driver`
             with no answers), write them as round 1, and send them (unless dry-run);
    status   the current round as the provider reports it;
    collect  fetch the round's results (or take `--results` from any runner), brief every
             article the results answer, with the live validator and the live writers
             (resume included), and put what the live code still asks (re-asks, parse
             retries, requests an expired round left unanswered) into the next round, at
             most `rounds` follow-ups. A result line that cannot be read is one error; the
             other lines are kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..batch import Outputs, Rendered
from ..errors import BatchPending, InputError, ProviderError
from ..inputs import Article
from ..models import SCHEMA_VERSION
from ..prompts import prompt_version
from ..providers import Provider
from . import parallel, remote
from .answering import Driver, Step, Wanted, batch_provider
from .lines import BadLine, Result, read_results, request_line
from .store import Round, State, Store

FOLLOW_UPS = 3  # follow-up rounds at most: re-asks, parse retries, what an expired round left
# Briefings written together: one manifest append (one flush to disk) for all of them.
WRITTEN_AT_ONCE = parallel.CHUNK


@dataclass
class BatchReport:
    out: Path
    round: int
    status: str
    requests: int = 0  # requests in the round now under way (0: nothing left to ask)
    requests_file: Path | None = None
    batch_id: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    done: int = 0
    skipped: int = 0
    waiting: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (article id, reason)
    bad_lines: list[BadLine] = field(default_factory=list)


def _driver(store: Store, provider: str, model: str, method: str, reasks: int, results: dict[str, Result],
            jobs: int) -> Driver:
    return Driver(batch_provider(provider, model), method, results, reasks, jobs, store.readings)


def _request_lines(wanted: list[Wanted]) -> list[str]:
    seen: dict[str, str] = {}
    for w in wanted:
        seen.setdefault(w.custom_id, request_line(w.custom_id, w.body))
    return list(seen.values())


def submit(articles: list[Article], out: Path, provider: Provider, *, method: str = "extract",
           dry_run: bool = False, reasks: int = 1, jobs: int = 1) -> BatchReport:
    """Write round 1 (one request per article, per piece for long ones) and send it."""
    store = Store(out)
    if store.exists():
        raise InputError(f"{out}: a batch is already under way here (collect it, or use another --out)")
    sent: set[str] = set()  # custom ids written (two copies of an article ask one request)
    failed: list[tuple[str, str]] = []
    with store.writing_requests(1) as write:

        def on_step(step: Step) -> None:
            for wanted in step.wanted:
                if wanted.custom_id not in sent:
                    sent.add(wanted.custom_id)
                    write(request_line(wanted.custom_id, wanted.body))
            if step.error is not None:
                failed.append((step.article.id, str(step.error)))

        _driver(store, provider.name, provider.model, method, reasks, {}, jobs).advance(articles, on_step)
    state = State(provider.name, provider.model, method, prompt_version(method), SCHEMA_VERSION, reasks,
                  provider.base_url, remote=not dry_run, articles=len(articles))
    store.save_articles(articles)
    path = store.requests_file(1)
    state.rounds.append(Round(1, path.name, len(sent)))
    store.save(state)
    if not dry_run and sent:
        _send(store, state, provider.api_key)
    current = state.rounds[-1]
    return BatchReport(out, 1, current.status, len(sent), path, current.batch_id, failed=failed)


def _send(store: Store, state: State, api_key: str) -> None:
    """Send the current round; its state is saved first, so a crash cannot lose a sent batch's id."""
    current = state.current
    assert current is not None
    with remote.client(api_key, state.base_url) as sdk:
        file_id, batch_id = remote.send(sdk, store.folder / current.requests_file,
                                        {"summariser_round": str(current.number)})
    current.input_file_id, current.batch_id, current.status = file_id, batch_id, "validating"
    store.save(state)


def status(out: Path, api_key: str = "") -> BatchReport:
    """The current round, refreshed from the provider when it was sent there."""
    store = Store(out)
    state = store.load()
    current = state.current
    assert current is not None
    if current.batch_id and current.status not in ("collected",) and api_key:
        with remote.client(api_key, state.base_url) as sdk:
            batch = remote.retrieve(sdk, current.batch_id)
        current.status, current.counts = batch.status, remote.counts_of(batch)
        store.save(state)
    return BatchReport(out, current.number, current.status, current.requests,
                       store.folder / current.requests_file, current.batch_id, current.counts)


def _fetch(store: Store, state: State, api_key: str, given: list[Path]) -> None:
    """Bring the current round's results into the state folder (or say why not yet)."""
    current = state.current
    assert current is not None
    name = f"results-{current.number}.jsonl"
    if given:
        for path in given:
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as error:
                raise InputError(f"{path}: cannot read results ({error})") from None
            store.add_results(name, lines)
    elif current.status == "collected" or not current.requests:
        return
    elif not state.remote:
        raise InputError(f"round {current.number} was written for a runner of your choice "
                         f"({store.folder / current.requests_file}): run it, then collect --results FILE")
    else:
        if current.batch_id is None:  # written, not yet sent (a crash between the two)
            _send(store, state, _key(api_key))
        with remote.client(_key(api_key), state.base_url) as sdk:
            batch = remote.retrieve(sdk, current.batch_id)
            current.counts = remote.counts_of(batch)
            if batch.status not in remote.FINISHED:
                current.status = batch.status
                store.save(state)
                done = current.counts.get("completed", 0) + current.counts.get("failed", 0)
                raise BatchPending(f"batch {current.batch_id} is {batch.status} "
                                   f"({done} of {current.counts.get('total', current.requests)} requests done): "
                                   "collect again later")
            if batch.status == "failed":
                current.status = "failed"
                store.save(state)
                raise ProviderError(f"batch {current.batch_id} failed: {remote.errors_of(batch)}")
            for file_id in (batch.output_file_id, batch.error_file_id):
                if file_id:
                    store.add_results(name, remote.download(sdk, file_id))
    if name not in current.results_files:
        current.results_files.append(name)
    current.status = "collected"
    store.save(state)


def _key(api_key: str) -> str:
    if not api_key:
        raise ProviderError("the Batch API needs OPENAI_API_KEY in the environment")
    return api_key


def load_results(store: Store, state: State, report: BatchReport) -> dict[str, Result]:
    """Every result of every round, by custom id; an answer is never replaced by an error."""
    results: dict[str, Result] = {}
    for where, lines in store.result_lines(state):
        for result in read_results(lines, where):
            if isinstance(result, BadLine):
                report.bad_lines.append(result)
            elif result.ok or result.custom_id not in results or not results[result.custom_id].ok:
                results[result.custom_id] = result
    return results


def collect(out: Path, *, fmt: str = "json", jsonl: Path | None = None, results: list[Path] | None = None,
            resume: bool = True, follow_ups: int = FOLLOW_UPS, jobs: int = 1, api_key: str = "",
            echo: Callable[[str], None] = print) -> BatchReport:
    """Brief every article the results answer; put what is still asked into the next round."""
    store = Store(out)
    state = store.load()
    _fetch(store, state, api_key, list(results or []))
    current = state.current
    assert current is not None
    report = BatchReport(out, current.number, current.status)
    answers = load_results(store, state, report)
    outputs = Outputs(fmt, out, jsonl, echo)
    articles = store.articles()
    todo = [a for a in articles if not (resume and outputs.is_done(a, state.provider, state.model, state.method))]
    report.skipped = len(articles) - len(todo)
    waiting: list[Step] = []
    finished: list[Rendered] = []

    def render(step: Step) -> Step:
        """In the process that drove the article: its briefing as the files to write."""
        if step.briefing is None:
            return step
        return replace(step, briefing=None, rendered=outputs.render(step.article, step.briefing))

    def write() -> None:
        ready = finished[:]
        finished.clear()
        outputs.write_rendered(ready)
        report.done += len(ready)

    def on_step(step: Step) -> None:
        if step.rendered is not None:
            finished.append(step.rendered)
            if len(finished) >= WRITTEN_AT_ONCE:
                write()
        elif step.error is not None:
            report.failed.append((step.article.id, str(step.error)))
        else:
            waiting.append(step)

    try:
        parallel.advance(_driver(store, state.provider, state.model, state.method, state.reasks, answers, jobs),
                         todo, on_step, jobs, render)
    finally:  # an interrupted collect keeps what it finished
        write()
    if not waiting:
        report.status = "done"
        return report
    if current.number > follow_ups:  # the bound: what is still unanswered fails
        for step in waiting:
            errors = [answers[w.custom_id].error for w in step.wanted if w.custom_id in answers]
            report.failed.append((step.article.id, f"no answer after {current.number} batches"
                                  + (f" ({errors[-1]})" if errors else "")))
        report.status = "done"
        return report
    lines = _request_lines([w for step in waiting for w in step.wanted])
    path = store.write_requests(current.number + 1, lines)
    state.rounds.append(Round(current.number + 1, path.name, len(lines)))
    store.save(state)
    if state.remote:
        _send(store, state, _key(api_key))
    following = state.rounds[-1]
    report.round, report.status, report.requests = following.number, following.status, len(lines)
    report.requests_file, report.batch_id, report.waiting = path, following.batch_id, len(waiting)
    return report
