"""A time limit on reading one article, so that one article can never stall a batch.

The reading is Python over a parse, hundreds of rules with loops in them; one that loops for
ever on a construction nobody foresaw hangs the whole run with it. One did: a list of states
ending in "and" before a verb ("... of South Korea and Japan and urged ...") sent a rule round
a loop for ever (fixed in 89fe921). News no one has read yet may hold the next one, so the
reading of an article gets a deadline, generous and scaled to its length (a normal article
takes a tenth of a second to a second; the limit is minutes), and past it that article fails
with a one-line error while the others go on.

Python cannot stop a thread, and a signal's handler runs only in the main thread, where the
reading seldom is (a briefing reads in a thread of its own). So a timer thread raises
`ReadingTimeout` in the reading thread (`PyThreadState_SetAsyncExc`, CPython's API for it),
which the interpreter delivers at the thread's next bytecode. It cannot interrupt one long
call into C (a parse, a regular expression); the loops it is for are Python's.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import InternalError

BASE_SECONDS = 30.0  # for any article: loading the tables, a slow shared machine
SECONDS_PER_KB = 1.0  # ten times the reading's rate on a long article (82 KB read in 7.7 s)


class ReadingTimeout(InternalError):
    """The reading of one article ran past its deadline: a loop in a rule, never the user's
    doing. That article fails with it (exit code 8, as for any bug met on one article)."""


class _Expired(BaseException):
    """What the timer raises in the reading thread: a BaseException, so that no `except
    Exception` on the way swallows it; the block turns it into `ReadingTimeout`."""


def limit_for(text: str) -> float:
    """Seconds the reading of `text` may take."""
    return BASE_SECONDS + SECONDS_PER_KB * len(text) / 1000


def _raise_in(thread_id: int, exception: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exception) if exception else None)


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise `ReadingTimeout` from the block if it runs longer than `seconds`. The timer
    raises in this thread only while the block runs (both hold `lock`), again each second
    until the block ends (should something on the way catch it); one raised but not yet
    delivered when the block ends is withdrawn, so none escapes past it."""
    thread_id = threading.get_ident()
    lock = threading.Lock()
    running, fired = True, False
    timer: threading.Timer | None = None

    def expire() -> None:
        nonlocal fired
        with lock:
            if running:
                fired = True
                _raise_in(thread_id, _Expired)
                start(1.0)

    def start(after: float) -> None:
        nonlocal timer
        timer = threading.Timer(after, expire)
        timer.daemon = True
        timer.start()

    def stop() -> None:
        nonlocal running
        with lock:
            running = False
            if timer is not None:
                timer.cancel()
            if fired:
                _raise_in(thread_id, None)  # raised but not delivered yet: withdrawn

    start(seconds)
    try:
        try:
            yield
        finally:
            stop()
    except _Expired:  # delivered in the block, or in `stop` before it took the lock: stop again
        stop()
    if fired:
        raise ReadingTimeout(f"the reading did not finish within {seconds:.0f} s (a loop in a rule;"
                             " please report the article)")
