"""Markdown, JSON and verify-text renderers, and the package's public names."""

from __future__ import annotations

import json

from render_samples import gold, rich
from summariser import render
from summariser.models import Briefing


def test_package_exports() -> None:
    assert {"to_json", "to_markdown", "to_html", "verify_text"} <= set(render.__all__)


def test_json_round_trips() -> None:
    briefing = rich()
    assert Briefing.model_validate(json.loads(render.to_json(briefing))) == briefing


def test_markdown_shows_actors_speaker_and_rejected() -> None:
    md = render.to_markdown(rich())
    assert "## Actors" in md and "**Russia** (`RUS`, state; as Russia, Moscow; 5 mentions)" in md
    assert "_(voiced by Hikmet Hajiev)_" in md
    assert "## Unverified, not shown as facts (1)" in md and "quote not found in the article" in md
    assert "quoted" in md.splitlines()[2]  # the provenance line names the method


def test_markdown_without_actors_has_no_actor_section() -> None:
    assert "## Actors" not in render.to_markdown(gold())


def test_verify_text() -> None:
    report = {"items": [{"grounded": True, "category": "parties", "index": 0, "reasons": []},
                        {"grounded": False, "category": "accusations", "index": 1, "reasons": ["no quote"]}],
              "grounded": 1, "ungrounded": 1}
    assert render.verify_text(report).splitlines() == [
        "ok   parties[0]", "FAIL accusations[1]: no quote", "1 grounded, 1 ungrounded"]
