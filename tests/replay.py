"""Helpers to replay recorded runs in tests (record mode `none`, no network)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summariser.inputs import Article, read_article
from summariser.local_server import LOCAL_MODEL
from summariser.providers import Provider
from summariser.recording import cassette_name
from summariser.record import golden_view, replay

from conftest import CASSETTES, GOLDEN, REPO

LOCAL = Provider("local", LOCAL_MODEL)


def golden_files() -> list[Path]:
    return sorted(p for p in GOLDEN.glob("*/*.json") if p.name != "scores.json")


def provider_of(golden: dict[str, Any]) -> Provider:
    provenance = golden["provenance"]
    return Provider(provenance["provider"], provenance["model"])


def method_of(golden: dict[str, Any]) -> str:
    return str(golden["provenance"].get("method") or "cited")


def article_of(golden: dict[str, Any]) -> Article:
    """The recorded article, read from the repo path the golden file names."""
    article = read_article(REPO / golden["source"]["path"])
    return Article(id=golden["source"]["id"], text=article.text, path=golden["source"]["path"],
                   title=article.title, published=article.published)


def missing_recording_message(golden: dict[str, Any], provider: Provider) -> str | None:
    method = method_of(golden)
    name = cassette_name(golden["source"]["id"], provider, method)
    if golden["provenance"]["calls"] == 0 or (CASSETTES / name).is_file():  # no call, nothing recorded
        return None
    return (
        f"no recording {name}: prompts or schemas changed since "
        f"{golden['provenance']['prompt_version']} was recorded; "
        "run `summariser record` and commit cassettes/ and tests/golden/ together"
    )


def replay_golden(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(golden, replayed) as compared in CI."""
    golden = json.loads(path.read_text(encoding="utf-8"))
    provider = provider_of(golden)
    briefing = replay(article_of(golden), provider, CASSETTES, method_of(golden))
    return golden, golden_view(briefing)


def require_recording(
    article_id: str, cassette_dir: Path = CASSETTES, provider: Provider = LOCAL, method: str = "cited"
) -> str:
    """The name of the article's recording for the current prompts and schemas, or skip.

    Stale recordings fail the suite once per golden file, in test_replay.py, with the
    command to run; tests that merely need some replay skip instead of failing again."""
    name = cassette_name(article_id, provider, method)
    if not (cassette_dir / name).is_file():
        pytest.skip(f"no recording {name} for the current prompts and schemas (run `summariser record`)")
    return name


def replayable_goldens() -> list[Path]:
    """Golden files whose recording matches the current prompts and schemas."""
    found = []
    for path in golden_files():
        golden = json.loads(path.read_text(encoding="utf-8"))
        if missing_recording_message(golden, provider_of(golden)) is None:
            found.append(path)
    return found
