"""The live route, driven over articles with batch results in place of the network.

`Answerer` is an httpx2 transport under the live code's SDK client (`Summariser(...,
transport=)`). A request whose answer is among the results gets that completion back,
byte for byte what the provider said; any other request is noted as wanted and stopped
with `Deferred` (a BaseException, so no retry layer of the live code mistakes it for a
provider failure). `advance` runs each article's live briefing once: it ends as a
Briefing (every request it made was answered), or waiting on the requests it still
needs: the next batch. Before any answer exists that is exactly the first request of
each piece (`submit`); after, the re-asks and parse retries the live code decides on.
"""

from __future__ import annotations

import asyncio
import gc
import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx2

from ..briefing import Summariser, source_of
from ..errors import InternalError, SummariserError
from ..inputs import Article
from ..models import SCHEMA_VERSION, Briefing
from ..policy import RetryPolicy
from ..prompts import prompt_version
from ..providers import Provider
from ..reading import given, read
from ..reading.pipeline import PipelineError, primed
from . import readings
from .lines import Result, custom_id

# Nothing is waited for on the batch route: the answers are already here.
BATCH_POLICY = RetryPolicy(initial_wait=0.0, max_wait=0.0)
# Never contacted: the transport answers every request before the network would be used.
NOWHERE = "http://batch.invalid/v1"


class Deferred(BaseException):
    """The request has no answer yet: it goes into the next batch."""


@dataclass(frozen=True)
class Wanted:
    """A request the live code made that no batch has answered yet."""

    custom_id: str
    body: dict[str, Any]


class Answerer(httpx2.AsyncBaseTransport):
    """Answers the live code's requests from `results`; notes the others as `wanted`."""

    def __init__(self, results: Mapping[str, Result], method: str) -> None:
        self.results = results
        self.method = method
        self.prompt_version = prompt_version(method)
        self.sha256 = ""  # the article being briefed (set by `advance`)
        self.wanted: list[Wanted] = []

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        body = json.loads(await request.aread())
        identifier = custom_id(self.sha256, self.method, self.prompt_version, SCHEMA_VERSION, body)
        result = self.results.get(identifier)
        if result is None or not result.ok:
            if identifier not in {w.custom_id for w in self.wanted}:
                self.wanted.append(Wanted(identifier, body))
            raise Deferred(identifier)
        return httpx2.Response(200, content=json.dumps(result.body).encode("utf-8"),
                               headers={"content-type": "application/json"})


@dataclass
class Step:
    """One article after one pass: its briefing, or the requests it waits on, or its failure."""

    article: Article
    briefing: Briefing | None = None
    wanted: list[Wanted] = field(default_factory=list)
    error: SummariserError | None = None
    rendered: Any = None  # the briefing as its writer renders it (`batch.Rendered`), in its stead


def batch_provider(name: str, model: str) -> Provider:
    """The provider as the live route sees it (its name decides the request's shape:
    OpenAI's strict structured outputs or tool calls); no key, no address."""
    return Provider(name, model, NOWHERE)


@dataclass
class Driver:
    """The live code with an `Answerer`, for many articles in one event loop."""

    provider: Provider
    method: str
    results: Mapping[str, Result]
    reasks: int = 1
    jobs: int = 1
    readings: Path | None = None  # where readings are kept between passes (`readings.py`)
    freeze: bool = True  # freeze the heap after the first article (`frozen_heap`)

    def advance(self, articles: list[Article], on_step: Callable[[Step], None]) -> None:
        """Brief every article as far as the results allow; `on_step` gets each in order.
        The articles with no kept reading are parsed in one batched stream (`jobs` worker
        processes); the others are never parsed again."""
        answerer = Answerer(self.results, self.method)
        unread = [a.text for a in articles
                  if self.readings is None or not readings.kept(self.readings, source_of(a.text).sha256)]
        with Summariser(self.provider, method=self.method, reasks=self.reasks, policy=BATCH_POLICY,  # type: ignore[arg-type]
                        transport=answerer) as summariser, primed(unread, jobs=self.jobs), \
                frozen_heap(self.freeze) as freeze:
            loop = summariser._ready()
            for article in articles:
                sha256 = source_of(article.text).sha256
                kept = readings.load(self.readings, sha256, article.text) if self.readings else None
                with given(kept) if kept is not None else nullcontext():
                    step = loop.run_until_complete(_one(summariser, answerer, article, sha256))
                    on_step(step)
                if self.readings is not None and kept is None and not isinstance(step.error, InternalError):
                    readings.save(self.readings, sha256, read(article.text))  # still in read's cache
                freeze()  # after the first article, everything the others need is loaded


@contextmanager
def frozen_heap(wanted: bool = True) -> Iterator[Callable[[], None]]:
    """`freeze()` moves what is loaded by then (the client stack, the pipeline, the actor
    tables: hundreds of thousands of objects that live as long as the process) out of the
    garbage collector's reach until the block ends. Each article makes and drops many
    objects; without this, every full collection they trigger walks the whole heap again
    (a tenth of the time of an article). Not `wanted` where the caller froze already (the
    forked workers of `parallel.py` inherit their parent's frozen heap)."""
    froze = False

    def freeze() -> None:
        nonlocal froze
        if wanted and not froze:
            gc.freeze()
            froze = True

    try:
        yield freeze
    finally:
        if froze:
            gc.unfreeze()


async def _one(summariser: Summariser, answerer: Answerer, article: Article, sha256: str) -> Step:
    answerer.sha256 = sha256
    answerer.wanted = []
    before = asyncio.all_tasks()
    try:
        briefing = await summariser.abrief(article.text, source_id=article.id, path=article.path,
                                           title=article.title, published=article.published)
    except Deferred:
        # The article's other pieces run on: let each reach its own next request, so one
        # pass finds everything the article waits on.
        others = asyncio.all_tasks() - before - {asyncio.current_task()}
        await asyncio.gather(*others, return_exceptions=True)
        return Step(article, wanted=list(answerer.wanted))
    except PipelineError:
        raise  # the same for every article: the run stops with it
    except SummariserError as error:
        return Step(article, error=error)
    if answerer.wanted:  # a piece waited while another finished: not done yet
        return Step(article, wanted=list(answerer.wanted))
    return Step(article, briefing=briefing)


