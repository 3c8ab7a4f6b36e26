"""The Python API: article text in, checked `Briefing` out.

`Summariser` holds one provider connection for many articles (for `local`, one model
server for the whole run); `summarise()` is the one-article shortcut. The CLI is a thin
layer over exactly this, so the CLI's JSON and `summarise()` agree.

The core is async, so a batch can keep several requests in flight with one client; the
sync methods run it on the Summariser's own event loop (one loop for the client's whole
life, because an async HTTP client's connections belong to the loop that opened them).
Every request of a run passes one gate (`transport.Gate`): `jobs` requests in flight at
most, whichever articles they come from, each with its deadline (`timeout`).

The model client stack (openai, instructor, httpx) is imported on the first request, so
the reading alone never loads it.
"""

from __future__ import annotations

import asyncio
import hashlib
import signal
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from types import TracebackType
from typing import Any

from .cache import ResponseCache
from .errors import InputError, SummariserError, internal_error
from .chunks import merge_evidence, shift, split_article
from .cited import CitedResult, extract_cited
from .extracting import extract_claims
from .extract import CategoryResult, Tally, extract_all, extract_category, item_key
from .inputs import Article
from .models import CATEGORIES, Actor, Briefing, Category, Method, Provenance, Source
from .names import NameMatcher
from .policy import RetryPolicy
from .prompts import prompt_version
from .providers import Connection, Provider, choose_provider, connect
from .reading import Reading, given_reading, read
from .reading.language import not_english_note
from .reading.pipeline import PipelineError, primed
from .reading.version import reading_version

METHODS: tuple[Method, ...] = ("extract", "cited", "quoted", "reading")
READING_THREAD = "summariser-reading"


def default_method(provider: Provider) -> Method:
    """The path for this provider.

    For the embedded 135M model that is the reading alone, the path that scores best on
    the gold set (README, "Quality"): asked about every candidate of the gold set, it
    never told a wrong party, mediator or alliance from a right one, and its accusation
    vetoes dropped more right claims than wrong ones (`bench/judge.py`). `--method cited`
    still asks it; so does `--provider local --base-url` (that model, served elsewhere),
    as before. Any other model (OpenAI, a server behind --base-url) extracts every claim
    itself, citing sentences (`extract`), so it can report what the reading missed.
    """
    if provider.name == "local":
        return "cited" if provider.base_url else "reading"
    return "extract"


def source_of(
    text: str, source_id: str | None = None, path: str | None = None,
    title: str | None = None, published: str | None = None,
) -> Source:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Source(id=source_id or digest[:16], sha256=digest, chars=len(text), path=path, title=title,
                  published=published)


def actors_of(reading: Reading) -> list[Actor]:
    """The article's actor inventory as the briefing reports it, most mentioned first."""
    counts: dict[str, int] = {}
    for mention in reading.inventory.mentions:
        counts[mention.actor] = counts.get(mention.actor, 0) + 1
    return [Actor(id=a.id, name=a.name, kind=a.kind, forms=a.forms, mentions=counts.get(a.id, 0))  # type: ignore[arg-type]
            for a in sorted(reading.inventory.actors.values(), key=lambda a: (-counts.get(a.id, 0), a.id))]


class Summariser:
    """Briefs articles with one provider. Use it as a context manager."""

    def __init__(
        self,
        provider: str | Provider | None = None,
        *,
        model: str | None = None,
        base_url: str | None = None,
        model_path: str | Path | None = None,
        reasks: int = 1,
        policy: RetryPolicy = RetryPolicy(),
        timeout: float | None = None,
        cache: ResponseCache | None = None,
        single_call: bool | None = None,
        max_chars: int | None = None,
        method: Method | None = None,
        transport: Any = None,
    ) -> None:
        if isinstance(provider, Provider):
            self.provider = provider
        else:
            self.provider = choose_provider(provider, model, base_url, model_path)
        self.reasks = reasks
        self.policy = policy
        # Seconds a request may take before it is dropped and retried (transport.py).
        self.timeout = timeout or self.provider.default_timeout
        if self.timeout <= 0:
            raise InputError(f"timeout must be positive seconds, not {self.timeout:g}")
        self.cache = cache
        # One call for all categories pays for the article's tokens once; the tiny local
        # model does better with one small schema at a time.
        self.single_call = self.provider.name != "local" if single_call is None else single_call
        self.max_chars = max_chars or self.provider.context_chars
        self.method: Method = method or default_method(self.provider)
        if self.method not in METHODS:
            raise InputError(f"unknown method {self.method!r}: choose one of {', '.join(METHODS)}")
        # Stands in for the network (an httpx2 async transport): the batch route asks the
        # live code its requests and answers them from batch results (`batches/`).
        self.transport = transport
        self._stack = ExitStack()
        self._connection: Connection | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._connecting: asyncio.Lock | None = None
        self._jobs = 1  # requests in flight at most (brief_many's `jobs`)
        self._reader: ThreadPoolExecutor | None = None
        self._reading: asyncio.Lock | None = None

    def __enter__(self) -> Summariser:
        self._loop = asyncio.new_event_loop()
        return self

    async def _connect(self) -> Connection:
        """The provider's connection, made on first need: an article with nothing to ask
        (or the reading alone) never starts the local model server."""
        if self._connecting is None:
            self._connecting = asyncio.Lock()
        async with self._connecting:
            if self._connection is None:
                from .transport import Gate

                gate = Gate(self._request_limit(), self.timeout, patience_factor=self.policy.patience_factor,
                            patience_floor=self.policy.patience_floor, adaptive=self.provider.name != "local")
                self._connection = self._stack.enter_context(
                    connect(self.provider, timeout=self.timeout, is_async=True, cache=self.cache, gate=gate,
                            transport=self.transport)
                )
        return self._connection

    def _request_limit(self) -> int:
        return min(self._jobs, self.provider.request_limit or self._jobs)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        try:
            if self._loop is not None:
                _cancel_pending(self._loop)
            if self._connection is not None and self._loop is not None:
                # Close the HTTP client on the loop that opened its connections.
                self._loop.run_until_complete(self._connection.client.client.close())
            self._stack.close()
        finally:
            self._connection = None
            if self._reader is not None:
                self._reader.shutdown(wait=False, cancel_futures=True)
                self._reader = self._reading = None
            if self._loop is not None:
                self._loop.close()
                self._loop = None

    def _ready(self) -> asyncio.AbstractEventLoop:
        if self._loop is None:
            raise RuntimeError("use Summariser as a context manager: with Summariser() as s: ...")
        return self._loop

    def brief(self, text: str, *, source_id: str | None = None, path: str | None = None,
              title: str | None = None, published: str | None = None) -> Briefing:
        """One article's briefing: every kept item grounded, the rest in `rejected`."""
        return run_interruptibly(self._ready(), self.abrief(
            text, source_id=source_id, path=path, title=title, published=published))

    async def abrief(self, text: str, *, source_id: str | None = None, path: str | None = None,
                     title: str | None = None, published: str | None = None) -> Briefing:
        self._ready()
        started = time.perf_counter()
        tally = Tally()
        found: dict[str, list[Any]] = {category: [] for category in CATEGORIES}
        found["rejected"], found["notes"] = [], []
        # Read in the reading thread, so the event loop goes on sending and receiving the
        # other articles' requests meanwhile (reading is pure CPU; one thread, so one
        # article is read at a time). `read` itself leaves an article in another language
        # unread; only then is the language looked at again, for the note.
        reading = await self._read(text)
        skipped = not_english_note(text) if not reading.sentences else None
        if skipped:  # not English: the reading would misread it and the model is not asked
            found["notes"] = [skipped]
        elif self.method == "quoted":
            await self._quoted(text, tally, found)
        elif self.method == "extract":
            _fill(found, await extract_claims(reading, self._connect, tally, self.policy, reasks=self.reasks,
                                              max_chars=self.max_chars))
        else:
            _fill(found, await extract_cited(reading, self._connect if self.method == "cited" else None,
                                             tally.first, self.policy))
        provenance = Provenance(provider=self.provider.name, model=self.provider.model,
                                prompt_version=prompt_version(self.method), method=self.method,
                                reading_version=reading_version())
        _fill_provenance(provenance, tally, time.perf_counter() - started)
        source = source_of(text, source_id, path, title, published)
        actors = actors_of(reading)
        return Briefing.model_validate({"source": source, "provenance": provenance, "actors": actors, **found})

    async def _read(self, text: str) -> Reading:
        """One article at a time, as soon as it is opened (`open_articles` bounds how far
        ahead). Reading is CPU work and the requests mostly wait on the network, so the two
        overlap. Reading used to wait until few requests were queued: then the copies in a
        batch (articles that add few or no new questions) were read only after the queue of
        the others' questions had drained, one after another, while the slots stood idle.
        A reading handed back (`reading.given`: the batch route's, made at submit) is there
        already."""
        known = given_reading(text)
        if known is not None:
            return known
        if self._reader is None:
            self._reader = ThreadPoolExecutor(1, thread_name_prefix=READING_THREAD)
            self._reading = asyncio.Lock()
        assert self._reading is not None
        async with self._reading:
            return await asyncio.get_running_loop().run_in_executor(self._reader, read, text)

    async def _quoted(self, text: str, tally: Tally, found: dict[str, list[Any]]) -> None:
        """The model quotes freely (long articles in parts); the validator checks every quote."""
        connection = await self._connect()
        matcher = NameMatcher(text)
        parts = split_article(text, self.max_chars)
        for part, results in zip(parts, await asyncio.gather(*(
            self._extract(connection, part.text, matcher, tally) for part in parts
        ))):
            for result in results:
                if result.category:
                    _merge(found[result.category], result.category, result.kept, part.start, matcher)
                found["rejected"].extend(r.model_dump() for r in result.rejected)
                found["notes"].extend(result.notes)

    async def _extract(
        self, connection: Connection, text: str, matcher: NameMatcher, tally: Tally
    ) -> list[CategoryResult]:
        if self.single_call:
            return await extract_all(connection, text, matcher, tally, reasks=self.reasks, policy=self.policy)
        return list(await asyncio.gather(*(
            extract_category(connection, category, text, matcher, tally, reasks=self.reasks, policy=self.policy)
            for category in CATEGORIES
        )))

    def brief_many(
        self,
        articles: Iterable[Article],
        *,
        jobs: int = 1,
        on_done: Callable[[Article, Briefing | SummariserError], None],
    ) -> None:
        """Brief articles with `jobs` requests in flight; call `on_done` as each finishes,
        in any order (one call at a time, in a thread of its own).

        `jobs` bounds requests, not articles: an article's questions go out together, and
        more articles than `jobs` are open at once (`open_articles`), so the slots stay busy
        to the end and a question that waits on a silent server holds nothing of the others.
        A failed article is reported to `on_done` with its error; the others go on. The
        articles are parsed in one batched stream (`jobs` > 1: in worker processes); a
        missing English pipeline raises `PipelineError` before any article is briefed.
        """
        loop = self._ready()
        articles = list(articles)
        self._jobs = max(1, jobs)
        if self._connection is not None:
            self._connection.gate.resize(self._request_limit())

        async def run() -> None:
            if self.method != "reading" and not self.provider.is_embedded:
                await self._connect()  # the client stack loads before the first article is read
            # Results are handed over in a thread of their own: writing them (rendering, files,
            # an fsync'd manifest line) would hold up the event loop, and with it every answer
            # that arrives and every request waiting for a slot meanwhile. One thread, so the
            # callbacks run one at a time, in the order the articles finish.
            writer = ThreadPoolExecutor(1, thread_name_prefix="summariser-results")
            try:
                async for article, outcome in self._as_completed(articles, jobs):
                    await asyncio.get_running_loop().run_in_executor(writer, on_done, article, outcome)
            finally:
                writer.shutdown(wait=True)  # a result being written (Ctrl-C too) is written whole

        with primed([article.text for article in articles], jobs=jobs):
            run_interruptibly(loop, run())

    async def _as_completed(
        self, articles: Iterable[Article], jobs: int
    ) -> AsyncIterator[tuple[Article, Briefing | SummariserError]]:
        slots = asyncio.Semaphore(open_articles(jobs))

        async def one(article: Article) -> tuple[Article, Briefing | SummariserError]:
            async with slots:
                try:
                    return article, await self.abrief(article.text, source_id=article.id, path=article.path,
                                                      title=article.title, published=article.published)
                except PipelineError:
                    raise  # the same for every article: the run stops with it
                except SummariserError as error:
                    return article, error
                except Exception as error:  # a bug met on this article: the others go on
                    return article, internal_error(error)

        tasks = [asyncio.ensure_future(one(article)) for article in articles]
        try:
            for next_done in asyncio.as_completed(tasks):
                yield await next_done
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)


def _fill(found: dict[str, list[Any]], result: CitedResult) -> None:
    for category in CATEGORIES:
        found[category] = result.kept[category]
    found["rejected"] = [r.model_dump() for r in result.rejected]
    found["notes"] = result.notes


def open_articles(jobs: int) -> int:
    """Articles briefed at once: enough that questions stay queued for every request slot
    while some articles wait on a slow or lost answer (a silent request is dropped only
    after its patience, `transport.py`), few enough to write results as they come and to
    keep each article's reading in `reading.read`'s cache (32) while it is used."""
    return min(24, max(8, 2 * jobs))


def run_interruptibly(loop: asyncio.AbstractEventLoop, coroutine: Any) -> Any:
    """`loop.run_until_complete(coroutine)`, with Ctrl-C handled as `asyncio.run` handles it:
    the interrupt cancels the run's task, whose cleanup runs (a result being written is
    written whole), and then comes out as KeyboardInterrupt. Raised by Python's own handler
    wherever the main thread happened to be, it could land inside the HTTP client's cancel
    scope and come out as a bare CancelledError: exit 1 and a traceback, not "interrupted".
    Only where Python's own handler is in place (the main thread; a SIGINT someone set to
    be ignored stays ignored)."""
    task = loop.create_task(coroutine)
    interrupted = False

    def interrupt() -> None:
        nonlocal interrupted
        interrupted = True
        task.cancel()

    handled = threading.current_thread() is threading.main_thread() \
        and signal.getsignal(signal.SIGINT) is signal.default_int_handler
    if handled:
        loop.add_signal_handler(signal.SIGINT, interrupt)
    try:
        return loop.run_until_complete(task)
    except asyncio.CancelledError:
        if interrupted:
            raise KeyboardInterrupt from None
        raise
    finally:
        if handled:
            loop.remove_signal_handler(signal.SIGINT)


def _cancel_pending(loop: asyncio.AbstractEventLoop) -> None:
    """Cancel what an interrupted run left running and let it finish, as `asyncio.run` does,
    so Ctrl-C ends with one line and not with "exception was never retrieved" tracebacks."""
    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))


def _merge(
    kept: list[dict[str, Any]], category: Category, items: list[dict[str, Any]], offset: int, matcher: NameMatcher
) -> None:
    """Add one part's items: offsets into the whole article, one item per claim."""
    by_key = {item_key(category, item, matcher): item for item in kept}
    for item in items:
        item = shift(item, offset)
        key = item_key(category, item, matcher)
        if key in by_key:
            merge_evidence(by_key[key], item)
        else:
            by_key[key] = item
            kept.append(item)


def _fill_provenance(provenance: Provenance, tally: Tally, seconds: float) -> None:
    provenance.calls = tally.first.calls + tally.reasks.calls
    provenance.prompt_tokens = tally.first.prompt_tokens + tally.reasks.prompt_tokens
    provenance.completion_tokens = tally.first.completion_tokens + tally.reasks.completion_tokens
    provenance.reasks = tally.reask_rounds
    provenance.reask_prompt_tokens = tally.reasks.prompt_tokens
    provenance.reask_completion_tokens = tally.reasks.completion_tokens
    provenance.seconds = round(seconds, 3)


def summarise(
    text: str,
    provider: str | Provider | None = None,
    *,
    model: str | None = None,
    base_url: str | None = None,
    model_path: str | Path | None = None,
    source_id: str | None = None,
    method: Method | None = None,
) -> Briefing:
    """Brief one article. For many, use `Summariser` and keep the connection open."""
    with Summariser(provider, model=model, base_url=base_url, model_path=model_path, method=method) as summariser:
        return summariser.brief(text, source_id=source_id)
