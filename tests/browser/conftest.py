"""Headless Chromium for tests that check what a reader of an HTML page sees.

Debian's `chromium` driven by Playwright's Python package (`playwright install` is never
run: nothing is downloaded). Playwright talks to its driver and the browser over pipes,
not sockets, so these tests run under the suite's `--disable-socket`.

Without Chromium or Playwright the tests skip with the reason, unless
SUMMARISER_REQUIRE_BROWSER=1 (set by `.ci/run`), when they fail: CI must not pass by
skipping them.

Chromium runs with a temporary profile (Playwright's own) and its own temporary HOME and
XDG folders, so nothing it writes (dconf's ~/.cache/dconf/user, fontconfig's cache, crash
reports) lands in the real HOME; the session guard (tests/conftest.py) would fail the run.

Fixtures for any page (the briefing here, the digest too):
- `browser`: one Chromium for the session;
- `open_page(html)`: writes `html` to a file in the test's tmp dir, opens it and returns a
  `Page` whose `.console_errors`, `.requests` and `.dialogs` lists record what happened.
  After the test, it asserts no console error, no dialog and only file:/data: requests.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# SUMMARISER_CHROMIUM points elsewhere (another distribution's path, or a missing one to try the skip).
CHROMIUM = os.environ.get("SUMMARISER_CHROMIUM") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").is_file()
                                                      else shutil.which("chromium") or "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
REQUIRE = os.environ.get("SUMMARISER_REQUIRE_BROWSER") == "1"


def _unavailable() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -e '.[test]')"
    if not Path(CHROMIUM).is_file():
        return f"Chromium is missing at {CHROMIUM} (apt-get install -y chromium)"
    return None


def browser_env(root: Path) -> dict[str, str]:
    """The environment Chromium runs in: this one, with HOME and the XDG folders in `root`."""
    folders = {"HOME": "home", "XDG_CONFIG_HOME": "config", "XDG_CACHE_HOME": "cache", "XDG_DATA_HOME": "data",
               "XDG_STATE_HOME": "state", "XDG_RUNTIME_DIR": "runtime"}
    env = dict(os.environ)
    for variable, name in folders.items():
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        env[variable] = str(folder)
    return env


@pytest.fixture(scope="package")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    reason = _unavailable()
    if reason:
        if REQUIRE:
            pytest.fail(f"SUMMARISER_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    env = browser_env(tmp_path_factory.mktemp("chromium"))
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, env=env)
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser: Any, tmp_path: Path) -> Iterator[Callable[..., Any]]:
    pages: list[Any] = []

    def open_(html: str, name: str = "page.html", width: int = 1280, height: int = 800) -> Any:
        path = tmp_path / name
        path.write_text(html, encoding="utf-8")
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        page.console_errors, page.requests, page.dialogs = [], [], []
        page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
        page.on("pageerror", lambda error: page.console_errors.append(str(error)))
        page.on("request", lambda request: page.requests.append(request.url))
        page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(path.as_uri())
        pages.append(page)
        return page

    yield open_
    for page in pages:
        assert page.requests, "the page itself was never requested"
        assert all(url.startswith(("file:", "data:")) for url in page.requests), page.requests
        assert page.console_errors == []
        assert page.dialogs == []
        page.context.close()
