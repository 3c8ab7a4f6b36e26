"""Collect on several cores: the articles in chunks, each chunk driven in a worker process.

Collecting is CPU work in this process (the live client stack building and parsing each
request, the checks, the validator), so one process uses one core. With `processes` > 1
the articles go to forked workers in chunks; each worker drives its chunk exactly as
`Driver.advance` does here and sends the steps back, and this process writes them as
they come, so a crash loses only chunks not yet written (done again by the next collect).
Forked, so the workers share the results and the loaded modules instead of copying them.
"""

from __future__ import annotations

import gc
import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import replace

from ..briefing import READING_THREAD
from ..inputs import Article
from .answering import Driver, Step

CHUNK = 25  # articles a worker drives at a time: small enough to write results early

_driver: Driver | None = None  # inherited by the forked workers
_finish: Callable[[Step], Step] | None = None


def _advance(chunk: list[Article]) -> list[Step]:
    assert _driver is not None and _finish is not None
    steps: list[Step] = []
    _driver.advance(chunk, lambda step: steps.append(_finish(step)))  # type: ignore[misc]
    return steps


def _as_is(step: Step) -> Step:
    return step


def advance(driver: Driver, articles: list[Article], on_step: Callable[[Step], None], processes: int,
            finish: Callable[[Step], Step] = _as_is) -> None:
    """`driver.advance(articles, on_step)` on `processes` cores (in this process when one).
    `finish` is applied to each step in the process that drove it, before `on_step` gets it
    here (to render a briefing there: text crosses processes cheaply, a Briefing does not)."""
    if processes <= 1 or len(articles) < 3 or "fork" not in multiprocessing.get_all_start_methods():
        driver.advance(articles, lambda step: on_step(finish(step)))
        return
    driver = replace(driver, jobs=1)  # each worker reads its own articles; no pool inside a pool
    # The first article here, before forking: it loads what every article needs (the client
    # stack, the actor tables, the tokenizer) once instead of once per worker, and frozen
    # (`answering.frozen_heap`) the workers share it without the garbage collector walking
    # it, or copying its pages by touching them.
    before = set(threading.enumerate())
    driver.advance(articles[:1], lambda step: on_step(finish(step)))
    for thread in set(threading.enumerate()) - before:  # its reading thread, shut down, ends before the fork
        if thread.name.startswith(READING_THREAD):
            thread.join(timeout=5.0)
    gc.freeze()
    try:
        _fork(replace(driver, freeze=False), articles[1:], on_step, processes, finish)
    finally:
        gc.unfreeze()


def _fork(driver: Driver, articles: list[Article], on_step: Callable[[Step], None], processes: int,
          finish: Callable[[Step], Step]) -> None:
    global _driver, _finish
    _driver, _finish = driver, finish
    try:
        with ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("fork")) as pool:
            size = min(CHUNK, -(-len(articles) // processes))
            chunks = [articles[i:i + size] for i in range(0, len(articles), size)]
            for done in as_completed([pool.submit(_advance, chunk) for chunk in chunks]):
                for step in done.result():
                    on_step(step)
    finally:
        _driver = _finish = None
