"""The reading's deadline: a rule that loops for ever on one article must not hang the run."""

from __future__ import annotations

import time

import pytest

from summariser.reading.time_limit import ReadingTimeout, deadline


def _spin(seconds: float, swallow: bool = False) -> None:
    """A loop like a rule's that never ends, bounded so that a broken deadline fails the test
    instead of hanging it."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if swallow:
            try:
                sum(range(100))
            except Exception:  # noqa: BLE001 - a rule that catches too much must not defeat the deadline
                pass


@pytest.mark.parametrize("swallow", [False, True])
def test_a_block_past_its_deadline_is_stopped_with_a_clear_error(swallow: bool) -> None:
    started = time.monotonic()
    with pytest.raises(ReadingTimeout, match="did not finish within"):
        with deadline(0.2):
            _spin(30.0, swallow)
    assert time.monotonic() - started < 10.0


def test_a_block_that_ends_in_time_is_never_interrupted_afterwards() -> None:
    with deadline(0.3):
        total = sum(range(1000))
    _spin(0.8)  # past the deadline, outside the block: nothing may be raised here
    assert total == 499500
