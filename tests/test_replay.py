"""Recorded runs replay offline and reproduce the committed golden briefings exactly."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from replay import LOCAL, golden_files, missing_recording_message, provider_of, replay_golden
from summariser.errors import ProviderError
from summariser.inputs import Article
from summariser.record import replay

from conftest import CASSETTES, SEED_004, read_text


def readable_diff(expected: dict, actual: dict) -> str:
    a = json.dumps(expected, indent=2, ensure_ascii=False).splitlines()
    b = json.dumps(actual, indent=2, ensure_ascii=False).splitlines()
    return "\n".join(difflib.unified_diff(a, b, "golden", "replay", lineterm=""))


def test_there_are_recordings_for_both_seeds_and_the_corpus() -> None:
    ids = {path.stem for path in golden_files()}
    assert {"004_1a1daf8f610255dc", "000_be02ae75645424f4"} <= ids
    assert len(ids) >= 10


@pytest.mark.parametrize("path", golden_files(), ids=lambda p: p.stem)
def test_replay_reproduces_the_golden_briefing(path: Path) -> None:
    golden = json.loads(path.read_text(encoding="utf-8"))
    missing = missing_recording_message(golden, provider_of(golden))
    if missing:
        pytest.fail(missing)
    golden, replayed = replay_golden(path)
    if replayed != golden:
        pytest.fail(
            "replay differs from the golden briefing; if the change is intended, run "
            "`summariser record` and commit cassettes/ and tests/golden/ together\n"
            + readable_diff(golden, replayed)
        )


def test_an_unrecorded_request_fails_naming_the_record_command(tmp_path: Path) -> None:
    """A changed article (so a changed request body) finds no recording and says what to do."""
    text = read_text(SEED_004) + "\nA sentence that was never recorded."
    article = Article(id=SEED_004.stem, text=text, path=str(SEED_004))
    with pytest.raises(ProviderError, match="summariser record"):
        replay(article, LOCAL, CASSETTES)
