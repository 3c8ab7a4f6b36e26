"""Recorded runs replay offline and reproduce the committed golden briefings exactly."""

from __future__ import annotations

import difflib
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from replay import (LOCAL, golden_files, method_of, missing_recording_message, provider_of, replay_golden,
                    replayable_goldens, require_recording)
from summariser.cli import cli
from summariser.errors import ProviderError
from summariser.inputs import Article
from summariser.record import SCORES, replay

from conftest import CASSETTES, GOLDEN, REPO, SEED_000, SEED_004, read_text


def readable_diff(expected: dict, actual: dict) -> str:
    a = json.dumps(expected, indent=2, ensure_ascii=False).splitlines()
    b = json.dumps(actual, indent=2, ensure_ascii=False).splitlines()
    return "\n".join(difflib.unified_diff(a, b, "golden", "replay", lineterm=""))


def test_there_are_recordings_for_both_seeds_and_the_corpus() -> None:
    ids = {path.stem for path in golden_files()}
    assert {SEED_004.stem, SEED_000.stem} <= ids
    assert ids - {SEED_004.stem, SEED_000.stem}, "no corpus article is recorded"


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


def test_an_unrecorded_request_fails_naming_the_recording_and_the_record_command(tmp_path: Path) -> None:
    """A changed article (so a changed request body) finds no recording and says what to do."""
    name = require_recording(SEED_004.stem)
    original = read_text(SEED_004)
    text = original.replace("accused each other of targeting civilians", "accused each other of targeting hospitals")
    assert text != original  # a claim every method sends to the model
    article = Article(id=SEED_004.stem, text=text, path=str(SEED_004))
    with pytest.raises(ProviderError, match="summariser record") as raised:
        replay(article, LOCAL, CASSETTES)
    assert f"no recording in {name} matches this request" in str(raised.value)
    assert raised.value.exit_code == 3


def golden_with_gold() -> Path:
    """A golden file that replays, preferably one with a gold annotation (so it is scored)."""
    found = replayable_goldens()
    if not found:
        pytest.skip("no golden file has a recording for the current prompts and schemas (run `summariser record`)")
    gold = REPO / "tests" / "gold"

    def preference(path: Path) -> tuple[bool, bool, bool, bool]:
        # the local provider's (a compatible server's run needs its --base-url), a scored run first,
        # then a recorded method, then one with gold
        run = json.loads(path.read_text(encoding="utf-8"))
        return (provider_of(run).name != "local", not (path.parent / "scores.json").is_file(),
                method_of(run) == "reading", not (gold / path.name).is_file())

    return min(found, key=preference)


def test_record_golden_only_rewrites_a_golden_file_identically_and_scores_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`summariser record --golden-only` on a copy of the checkout: no model, no network."""
    committed = golden_with_gold()
    golden = json.loads(committed.read_text(encoding="utf-8"))
    article_path, provider, method = golden["source"]["path"], provider_of(golden), method_of(golden)
    (tmp_path / "cassettes").mkdir()
    cassettes = []
    if method != "reading":  # `reading` asks no model, so it has no recording
        cassettes = [require_recording(golden["source"]["id"], provider=provider, method=method)]
        shutil.copy(CASSETTES / cassettes[0], tmp_path / "cassettes" / cassettes[0])
    golden_dir = tmp_path / "tests" / "golden" / committed.parent.name
    golden_dir.mkdir(parents=True)
    shutil.copy(committed, golden_dir / committed.name)
    for folder in ("seeds", "tests/corpus/wikinews", "tests/articles"):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / article_path, tmp_path / article_path)
    gold = REPO / "tests" / "gold" / committed.name
    if gold.is_file():
        (tmp_path / "tests" / "gold").mkdir()
        shutil.copy(gold, tmp_path / "tests" / "gold" / gold.name)
    (golden_dir / committed.name).write_text("{}", encoding="utf-8")  # must be rewritten, not kept
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    options = ["--provider", provider.name, "--method", method]
    options += [] if provider.name == "local" else ["--model", provider.model]
    result = CliRunner().invoke(cli, ["record", "--golden-only", article_path, *options])
    assert result.exit_code == 0, result.stderr
    assert (golden_dir / committed.name).read_bytes() == committed.read_bytes()
    if gold.is_file():
        scores = json.loads((golden_dir / SCORES).read_text(encoding="utf-8"))
        assert scores, "scores.json is empty"
        assert f"wrote {golden_dir.relative_to(tmp_path) / SCORES}" in result.stderr
    assert sorted(p.name for p in (tmp_path / "cassettes").iterdir()) == cassettes  # no recording made
    assert not (tmp_path / "README.md").exists()
    assert GOLDEN.is_dir()
