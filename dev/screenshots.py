"""Screenshot the HTML briefing for the README: `make screenshots` (or run this directly).

Renders a briefing file over its article with the package's own `to_html`, opens the page
in headless Chromium (Debian's `chromium`, driven by Playwright; no `playwright install`,
no network) and writes a PNG. The briefing and article are arguments so the Makefile
decides which run is shown.

    python dev/screenshots.py BRIEFING.json ARTICLE.txt docs/briefing.png
    python dev/screenshots.py --page examples/digest.html docs/digest.png   # any ready page
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from summariser.models import Briefing
from summariser.render import to_html

# The same launch as tests/browser/conftest.py: the system Chromium, nothing fetched.
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def screenshot(briefing_path: Path, article_path: Path, png: Path) -> None:
    briefing = Briefing.model_validate_json(briefing_path.read_text(encoding="utf-8"))
    text = article_path.read_bytes().decode("utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "briefing.html"
        page_path.write_text(to_html(briefing, text), encoding="utf-8")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1000}, device_scale_factor=1)
            page.goto(page_path.as_uri())
            # Show the interaction a reader would use: the first accusation picked.
            first = page.locator("li.claim.cat-accusations .claim-head").first
            if first.count():
                first.click()
            page.mouse.move(0, 0)  # no stray hover outline in the picture
            page.evaluate("window.scrollTo(0, 0)")
            png.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(png), full_page=True)
            browser.close()


def screenshot_page(page_file: Path, png: Path) -> None:
    """A page as it opens from disk (the digest), top of the page."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1100}, device_scale_factor=1)
        page.goto(page_file.resolve().as_uri())
        png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(png))
        browser.close()


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "--page":
        screenshot_page(Path(argv[1]), Path(argv[2]))
        print(f"wrote {argv[2]}")
        return 0
    if len(argv) != 3:
        print("usage: screenshots.py BRIEFING.json ARTICLE.txt OUT.png", file=sys.stderr)
        return 2
    briefing, article, png = map(Path, argv)
    screenshot(briefing, article, png)
    print(f"wrote {png}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
