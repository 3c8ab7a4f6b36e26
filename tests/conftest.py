"""Shared test fixtures. Sockets are blocked for every test (pytest-socket, see
pyproject.toml); the few tests that run a real server on loopback say so with
`@pytest.mark.enable_socket`.

Hermetic by default: every test gets its own empty response cache (SUMMARISER_CACHE_DIR
and XDG_CACHE_HOME point into its tmp dir; subprocesses inherit them), so no answer leaks
from one test, or from a developer's own runs, into another, and the suite never writes
to the real ~/.cache/summariser. The session guard below fails the run if it did.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
CORPUS = REPO / "tests" / "corpus" / "wikinews"
CASSETTES = REPO / "cassettes"
GOLDEN = REPO / "tests" / "golden"
SEED_004 = SEEDS / "004_1a1daf8f610255dc.txt"
SEED_000 = SEEDS / "000_be02ae75645424f4.txt"
# A hand-written briefing of SEED_004 whose every item is grounded (see tests/fixtures/README.md).
HAND_MADE_004 = REPO / "tests" / "fixtures" / "briefing_004_hand_made.json"


def read_text(path: Path) -> str:
    """Article text exactly as the tool reads it (no newline translation)."""
    return path.read_bytes().decode("utf-8")


@pytest.fixture
def seed_004() -> str:
    return read_text(SEED_004)


@pytest.fixture
def seed_000() -> str:
    return read_text(SEED_000)


@pytest.fixture(autouse=True)
def hermetic_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh cache directory per test, outside the test's own tmp_path (tests list that)."""
    root = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("SUMMARISER_CACHE_DIR", str(root / "summariser"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(root / "xdg"))
    return root / "summariser"


# --- session guard: the real cache must not change while the suite runs -------------

def real_cache_dirs() -> list[Path]:
    """The cache folders a user's own runs use (before any test changes the environment)."""
    dirs = [Path.home() / ".cache" / "summariser"]
    for variable, tail in (("XDG_CACHE_HOME", "summariser"), ("SUMMARISER_CACHE_DIR", "")):
        if os.environ.get(variable):
            dirs.append(Path(os.environ[variable]) / tail)
    return dirs


def snapshot(folders: list[Path]) -> dict[str, tuple[int, int]]:
    """(size, mtime) of every file under `folders`; a missing folder is simply empty."""
    files: dict[str, tuple[int, int]] = {}
    for folder in folders:
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    status = path.stat()
                    files[str(path)] = (status.st_size, status.st_mtime_ns)
    return files


def changes(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> list[str]:
    return sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))


_GUARD = pytest.StashKey[tuple[list[Path], dict[str, tuple[int, int]]]]()


def pytest_sessionstart(session: pytest.Session) -> None:
    folders = real_cache_dirs()
    session.stash[_GUARD] = (folders, snapshot(folders))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _GUARD not in session.stash:
        return
    folders, before = session.stash[_GUARD]
    changed = changes(before, snapshot(folders))
    if changed:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        message = f"the test run changed the real response cache: {', '.join(changed)}"
        if reporter is not None:
            reporter.write_line(f"ERROR: {message}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
