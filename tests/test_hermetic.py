"""The suite is hermetic: its caches live in tmp dirs, the real command leaves HOME alone,
and replays answer from the cassettes and nothing else."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from replay import LOCAL, require_recording
from summariser.cache import ResponseCache, default_cache_path
from summariser.cli import cli
from summariser.recording import cassette_name
from summariser.replay_hook import REPLAY_ENV

from conftest import CASSETTES, SEED_000, SEED_004

TESTS = Path(__file__).resolve().parent


def run_command(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """The installed command in a fresh interpreter, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "summariser", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)


def command_env(home: Path, cassettes: Path) -> dict[str, str]:
    """This test's environment (with its tmp cache from conftest), a fresh HOME, replay on."""
    env = dict(os.environ, HOME=str(home), PYTHONDONTWRITEBYTECODE="1", NO_COLOR="1")
    env[REPLAY_ENV] = str(cassettes)
    env.pop("OPENAI_API_KEY", None)
    return env


def test_every_test_gets_its_own_empty_cache(hermetic_cache: Path) -> None:
    path = default_cache_path()
    assert path.parent == hermetic_cache
    assert not path.parent.exists() or not any(path.parent.iterdir())
    real = Path.home() / ".cache" / "summariser"
    assert real not in path.parents
    ResponseCache().put("k", b"{}")
    assert path.is_file()


@pytest.mark.parametrize("method", ["cited", "reading"])
def test_a_full_cli_run_in_a_subprocess_writes_nothing_under_home(
    tmp_path: Path, hermetic_cache: Path, method: str
) -> None:
    """`cited` replays the model's recorded answers; `reading` asks no model at all."""
    if method != "reading":
        require_recording(SEED_004.stem, method=method)
    home, out = tmp_path / "home", tmp_path / "out"
    home.mkdir()
    result = run_command(["brief", str(SEED_004), "--provider", "local", "--method", method, "--format", "json",
                          "--out", str(out)], command_env(home, CASSETTES), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    briefing = json.loads((out / f"{SEED_004.stem}.json").read_text(encoding="utf-8"))
    assert briefing["source"]["id"] == SEED_004.stem
    assert briefing["provenance"]["method"] == method
    if method != "reading":
        assert briefing["provenance"]["calls"] > 0  # answered from the recording, not skipped
    assert sorted(p.relative_to(home).as_posix() for p in home.rglob("*")) == []
    if method == "reading":  # no model asked: the response cache is not even opened
        assert not (hermetic_cache / "responses.sqlite3").exists()
    else:
        assert (hermetic_cache / "responses.sqlite3").is_file()  # the subprocess used this test's cache


def run_replay(args: list[str], cassettes: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The command in this process (a subprocess costs seconds of imports), replaying `cassettes`."""
    monkeypatch.setenv(REPLAY_ENV, str(cassettes))
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    return CliRunner().invoke(cli, args)


def test_a_replay_with_its_recording_removed_fails_exit_3_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Replays really come from cassettes/: take one away and that article cannot be briefed."""
    name = cassette_name(SEED_004.stem, LOCAL)
    assert (CASSETTES / name).is_file()  # it is recorded ...
    cassettes = tmp_path / "cassettes"
    cassettes.mkdir()  # ... but not here
    result = run_replay(["brief", str(SEED_004), "--provider", "local", "--method", "cited", "--format", "json"],
                        cassettes, monkeypatch)
    assert result.exit_code == 3, result.stderr
    assert f"no recording {name}" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_in_a_run_of_two_the_article_without_a_recording_fails_and_the_other_is_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_recording(SEED_000.stem)
    cassettes = tmp_path / "cassettes"
    cassettes.mkdir()
    shutil.copy(CASSETTES / cassette_name(SEED_000.stem, LOCAL), cassettes)  # SEED_004's is missing
    missing = cassette_name(SEED_004.stem, LOCAL)
    out = tmp_path / "out"
    result = run_replay(["brief", str(SEED_004), str(SEED_000), "--provider", "local", "--method", "cited",
                         "--format", "json", "--out", str(out)], cassettes, monkeypatch)
    assert result.exit_code == 3, result.stderr
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert len(failed) == 1, result.stderr
    assert failed[0].startswith(f"failed: {SEED_004}: no recording matches this request among 2 recordings "
                                f"(missing: {missing})")
    assert (out / f"{SEED_000.stem}.json").is_file()
    assert not (out / f"{SEED_004.stem}.json").exists()


LEAKS = {
    "cache": ".cache/summariser/responses.sqlite3",  # the response cache
    "dconf": ".cache/dconf/user",  # what Chromium left behind before it had its own HOME
    "dotfile": ".summariserrc",
}


@pytest.mark.parametrize("leak", list(LEAKS))
def test_the_session_guard_finds_any_file_written_under_home_and_only_those(tmp_path: Path, leak: str) -> None:
    from conftest import changed_since

    home = tmp_path / "home"
    (home / ".config").mkdir(parents=True)
    (home / ".config" / "old.txt").write_text("there before the run")
    (home / ".cache" / "pip").mkdir(parents=True)
    marker = tmp_path / "marker"
    time.sleep(0.01)
    marker.write_text("")
    time.sleep(0.01)
    assert (home / ".config" / "old.txt").read_text()  # read, not written: fine
    assert changed_since([home], marker, []) == []
    path = home / LEAKS[leak]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"leaked")
    (home / ".cache" / "pip" / "wheel").write_bytes(b"another program's")  # ignored when listed
    assert changed_since([home], marker, [home / ".cache" / "pip"]) == [str(path)]


@pytest.mark.parametrize("leaks", [False, True], ids=["clean", "leaks"])
def test_the_session_guard_fails_a_run_that_writes_under_the_real_home(tmp_path: Path, leaks: bool) -> None:
    """A run of this suite's conftest in a fake HOME: exit 0, unless a test created or
    changed a file under HOME, which fails the whole run and names the file."""
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(TESTS / "conftest.py", project / "conftest.py")
    home = tmp_path / "home"
    home.mkdir()
    body = "from pathlib import Path\n\ndef test_it():\n"
    if leaks:
        body += ("    path = Path.home() / '.cache' / 'dconf' / 'user'\n    path.parent.mkdir(parents=True)\n"
                 "    path.write_bytes(b'leaked')\n")
    else:
        body += "    pass\n"
    (project / "test_guarded.py").write_text(body, encoding="utf-8")
    env = dict(os.environ, HOME=str(home), PYTHONDONTWRITEBYTECODE="1")
    for variable in ("XDG_CACHE_HOME", "SUMMARISER_CACHE_DIR", "SUMMARISER_GUARD_IGNORE"):
        env.pop(variable, None)  # as a developer's shell has them: unset
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
                             "-p", "no:hypothesispytest", str(project)], cwd=project, env=env, capture_output=True,
                            text=True, timeout=120)
    if leaks:
        assert result.returncode == pytest.ExitCode.TESTS_FAILED, result.stdout
        assert "wrote under the real HOME" in result.stdout
        assert str(home / ".cache" / "dconf" / "user") in result.stdout
    else:
        assert result.returncode == pytest.ExitCode.OK, result.stdout + result.stderr
