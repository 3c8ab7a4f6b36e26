"""Real HTTP failures from a misbehaving local server: nothing crashes, nothing is lost.

The server (tests/fake_openai.py) is SYNTHETIC: a real HTTP server on 127.0.0.1 whose
answers are hand-built. Each test schedules faults; every article must end as done or as
a failure with its reason.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from fake_openai import Script, fake_openai
from summariser.batch import Outputs, run_batch
from summariser.briefing import Summariser
from summariser.calls import RetryPolicy
from summariser.inputs import Article
from summariser.reading import read

from conftest import SEED_000, SEED_004, read_text

pytestmark = pytest.mark.enable_socket

FAST = RetryPolicy(parse_retries=1, request_attempts=3, initial_wait=0.01, max_wait=2.0)
PARTY = {"parties": [{"quotes": ["Armenia and Azerbaijan accused each other of targeting civilians."],
                      "name": "Armenia", "aliases": [], "kind": "state"}],
         "mediators": [], "alliances": [], "accusations": []}


# Faults aimed at one article: the articles share the request slots, so a plain schedule
# would fall on whichever article's request came first.
ONLY_004 = read_text(SEED_004)[:80]


def articles() -> list[Article]:
    return [Article(SEED_004.stem, read_text(SEED_004), str(SEED_004)),
            Article(SEED_000.stem, read_text(SEED_000), str(SEED_000))]


def run(script: Script, tmp_path: Path, timeout: float = 5.0) -> list:
    with fake_openai(script) as base_url:
        with Summariser("compatible", model="m", base_url=base_url, policy=FAST, timeout=timeout,
                        method="quoted") as summariser:
            outputs = Outputs("json", tmp_path, None, echo=print)
            return run_batch(summariser, articles(), outputs, jobs=1)


def statuses(outcomes: list) -> dict[str, str]:
    return {o.article.id: o.status for o in outcomes}


def test_429_is_retried_after_the_time_the_server_asks(tmp_path: Path) -> None:
    script = Script(answers={"extraction": PARTY}, faults=["429"], retry_after="0.5")
    started = time.monotonic()
    outcomes = run(script, tmp_path)
    assert set(statuses(outcomes).values()) == {"done"}
    assert time.monotonic() - started >= 0.5
    assert len(script.requests) >= 3  # one refused, then at least one per article


@pytest.mark.parametrize("fault", ["500", "garbage", "length", "openai-length"])
def test_a_transient_fault_is_retried_and_the_article_is_done(fault: str, tmp_path: Path) -> None:
    script = Script(answers={"extraction": PARTY}, faults=[fault])
    outcomes = run(script, tmp_path)
    assert set(statuses(outcomes).values()) == {"done"}
    assert all((tmp_path / f"{a.id}.json").is_file() for a in articles())


def test_a_hang_past_the_timeout_is_retried(tmp_path: Path) -> None:
    script = Script(answers={"extraction": PARTY}, faults=["hang"], hang_seconds=3.0)
    outcomes = run(script, tmp_path, timeout=1.0)
    assert set(statuses(outcomes).values()) == {"done"}


def test_truncated_json_is_re_asked_through_instructor(tmp_path: Path) -> None:
    script = Script(answers={"extraction": PARTY}, faults=["truncated"])
    outcomes = run(script, tmp_path)
    assert set(statuses(outcomes).values()) == {"done"}
    # Articles share the request slots, so the re-ask is not necessarily the second request.
    reasks = [r for r in script.requests[1:] if any(
        "Validation Error" in str(m.get("content")) or m.get("role") == "tool" for m in r["body"]["messages"])]
    assert reasks, "no request re-asked with the validation error"


def test_a_provider_that_keeps_failing_fails_one_article_with_its_reason_and_the_batch_goes_on(
    tmp_path: Path,
) -> None:
    script = Script(answers={"extraction": PARTY}, faults=["500", "500", "500"], only=ONLY_004)
    outcomes = run(script, tmp_path)
    by_id = {o.article.id: o for o in outcomes}
    failed = by_id[SEED_004.stem]
    assert failed.status == "failed" and "HTTP 500" in failed.reason and failed.exit_code == 3
    assert by_id[SEED_000.stem].status == "done"
    assert not (tmp_path / f"{SEED_004.stem}.json").exists()
    assert (tmp_path / f"{SEED_000.stem}.json").is_file()


@pytest.mark.parametrize("fault", ["length", "openai-length"])
def test_output_cut_off_every_time_ends_as_a_reasoned_note_not_a_crash(fault: str, tmp_path: Path) -> None:
    script = Script(answers={"extraction": PARTY}, faults=[fault] * 3, only=ONLY_004)
    outcomes = run(script, tmp_path)
    first = next(o for o in outcomes if o.article.id == SEED_004.stem)
    assert first.status == "done"
    assert first.briefing.notes, "the cut-off answers left no note"
    assert any("no usable answer from the model" in note for note in first.briefing.notes)
    assert (tmp_path / f"{SEED_004.stem}.json").is_file()


def test_openai_cut_off_is_named_as_such(tmp_path: Path) -> None:
    script = Script(answers={"extraction": PARTY}, faults=["openai-length"] * 3, only=ONLY_004)
    first = next(o for o in run(script, tmp_path) if o.article.id == SEED_004.stem)
    assert any("cut off at max_tokens" in note for note in first.briefing.notes)


@pytest.mark.xfail(strict=True, reason="known gap: llama.cpp says finish_reason 'tool_calls' when it runs out "
                   "of tokens; the note blames the schema instead of max_tokens")
def test_llama_cpp_cut_off_is_named_as_such(tmp_path: Path) -> None:
    script = Script(answers={"extraction": PARTY}, faults=["length"] * 3, only=ONLY_004)
    first = next(o for o in run(script, tmp_path) if o.article.id == SEED_004.stem)
    assert any("cut off at max_tokens" in note for note in first.briefing.notes)


def test_a_second_run_skips_what_is_done_and_does_the_rest(tmp_path: Path) -> None:
    script = Script(answers={"extraction": PARTY}, faults=["500", "500", "500"], only=ONLY_004)
    first = run(script, tmp_path)
    assert sorted(statuses(first).values()) == ["done", "failed"]
    again = Script(answers={"extraction": PARTY})
    second = run(again, tmp_path)
    assert statuses(second) == {SEED_000.stem: "skipped", SEED_004.stem: "done"}
    assert len(again.requests) == 1


# --- a request the server accepts and never answers ---------------------------------------

SILENT = "[silent]"


def test_a_request_accepted_and_never_answered_is_dropped_and_retried(tmp_path: Path) -> None:
    """The server reads the request and keeps the connection open, answering nothing: past
    its deadline the request is cancelled, its connection closed, and asked again."""
    script = Script(answers={"extraction": PARTY}, faults=["silent"], only=ONLY_004)
    outcomes = run(script, tmp_path, timeout=1.0)
    assert set(statuses(outcomes).values()) == {"done"}
    assert script.dropped == 1  # the client closed the silent connection
    asked = [r for r in script.requests if any(ONLY_004 in str(m["content"]) for m in r["body"]["messages"])]
    assert len(asked) == 2  # the silent one and its retry


def test_a_silent_request_holds_up_no_other_article(tmp_path: Path) -> None:
    """Two silent requests with two request slots (--jobs 2) used to park both slots until
    the deadline, so no other article was briefed meanwhile. Now a request far slower than
    the recent answers gives up its slot and is soon dropped and retried: the articles
    queued behind it are done first, and nothing waits for the 30 s deadline."""
    text = read_text(SEED_004)
    batch = [Article(f"a{index}", f"{text}\n{SILENT if index in (6, 7) else ''}[copy {index}]\n")
             for index in range(10)]
    script = Script(answers={"extraction": PARTY}, faults=["silent", "silent"], only=SILENT, delay=0.05)
    policy = RetryPolicy(parse_retries=1, request_attempts=3, initial_wait=0.01, max_wait=2.0, patience_floor=0.5)
    for article in batch:  # read beforehand: on a busy machine a parse outlasts the slot's patience,
        read(article.text)  # and this is about request slots, not the reading's speed
    finished: list[str] = []
    started = time.monotonic()
    with fake_openai(script) as base_url:
        with Summariser("compatible", model="m", base_url=base_url, policy=policy, timeout=30.0,
                        method="quoted") as summariser:
            outcomes = run_batch(summariser, batch, Outputs("json", tmp_path, None, echo=print), jobs=2,
                                 report=lambda outcome: finished.append(outcome.article.id))
    elapsed = time.monotonic() - started
    assert sorted(statuses(outcomes).values()) == ["done"] * 10
    assert script.dropped == 2
    assert finished.index("a8") < finished.index("a6") and finished.index("a9") < finished.index("a7")
    assert elapsed < 30.0, "a silent request was waited on for its whole deadline"
