"""Shared test fixtures. Sockets are blocked for every test (pytest-socket, see
pyproject.toml); the few tests that run a real server on loopback say so with
`@pytest.mark.enable_socket`.

Hermetic by default: every test gets its own empty response cache (SUMMARISER_CACHE_DIR
and XDG_CACHE_HOME point into its tmp dir; subprocesses inherit them), so no answer leaks
from one test, or from a developer's own runs, into another, and the suite never writes
to the real ~/.cache/summariser. The session guard below fails the run if any file under
the real HOME was created or changed while it ran (the browser tests give Chromium its
own HOME and XDG folders, tests/browser/conftest.py).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

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


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The live local-model run first: it is the longest test, and mostly waits on its own
    server, so it starts on one worker at once while the other runs the browser group
    (the scheduler below hands out the largest group first), not halfway through the run."""
    items.sort(key=lambda item: item.get_closest_marker("live") is None)  # stable: the rest keep their order


# Tests that run on one worker, by the folder they are in: every browser test shares one
# Chromium (tests/browser/conftest.py), so one worker starts it instead of each.
GROUPS = {"tests/browser/": "browser"}


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """`--dist loadgroup` as it was meant: pytest-xdist 3.8 groups by appending the
    `xdist_group` name to each test's id, which pytest 9.2's structured ids ignore, so the
    groups were silently dropped (pytest-xdist#1386) and both workers started a Chromium.
    This groups by folder (GROUPS) and by a group suffix, if xdist ever sends one again."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class FolderGroups(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            if nodeid.rfind("@") > nodeid.rfind("]"):
                return nodeid.split("@")[-1]
            return next((group for folder, group in GROUPS.items() if nodeid.startswith(folder)), nodeid)

    return FolderGroups(config, log)


# --- session guard: nothing under the real HOME may change while the suite runs ------

GUARD_IGNORE = "SUMMARISER_GUARD_IGNORE"


def guarded_folders() -> list[Path]:
    """The real HOME, and the cache folders a user's own runs use if they lie elsewhere
    (read before any test changes the environment)."""
    folders = [Path.home()]
    for variable, tail in (("XDG_CACHE_HOME", "summariser"), ("SUMMARISER_CACHE_DIR", "")):
        if os.environ.get(variable):
            folder = Path(os.environ[variable]) / tail
            if not any(folder.is_relative_to(f) for f in folders):
                folders.append(folder)
    return folders


def ignored(home: Path) -> list[Path]:
    """Folders under HOME that other programs on a shared machine write to during the run:
    SUMMARISER_GUARD_IGNORE, colon-separated, relative to HOME. Empty by default (and in CI)."""
    return [home / part for part in os.environ.get(GUARD_IGNORE, "").split(":") if part.strip()]


def changed_since(folders: list[Path], marker: Path, skip: list[Path]) -> list[str]:
    """Every file (not folder) under `folders` created or changed after `marker` was made:
    its status-change time (ctime) is newer, which any write, rename or new link gives it."""
    since = marker.stat().st_mtime_ns
    found: list[str] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        find = shutil.which("find")
        if find:  # one C walk: about 1 s for 200,000 files, where Python takes three
            prune: list[str] = []
            for path in skip:
                prune += ["-path", str(path), "-prune", "-o"]
            result = subprocess.run([find, str(folder), "-xdev", *prune, "-not", "-type", "d", "-cnewer", str(marker),
                                     "-print"], capture_output=True, text=True)
            found += result.stdout.splitlines()
            continue
        for root, dirs, files in os.walk(folder):
            dirs[:] = [d for d in dirs if Path(root, d) not in skip]
            for name in files:
                with contextlib.suppress(OSError):
                    if os.lstat(os.path.join(root, name)).st_ctime_ns > since:
                        found.append(os.path.join(root, name))
    return sorted(found)


_GUARD = pytest.StashKey[tuple[list[Path], Path]]()


def pytest_sessionstart(session: pytest.Session) -> None:
    if hasattr(session.config, "workerinput"):  # a pytest-xdist worker: the controller guards
        return
    handle, name = tempfile.mkstemp(prefix="summariser-guard-")
    os.close(handle)
    session.stash[_GUARD] = (guarded_folders(), Path(name))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _GUARD not in session.stash:
        return
    folders, marker = session.stash[_GUARD]
    try:
        changed = changed_since(folders, marker, ignored(Path.home()))
    finally:
        marker.unlink(missing_ok=True)
    if changed:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        shown = ", ".join(changed[:20]) + (f" and {len(changed) - 20} more" if len(changed) > 20 else "")
        message = (f"the test run wrote under the real HOME ({Path.home()}): {shown} "
                   f"(on a machine where other programs write there meanwhile, list their folders in {GUARD_IGNORE})")
        if reporter is not None:
            reporter.write_line(f"ERROR: {message}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
