"""A briefing as JSON for programs: the pydantic model's own dump, nothing added."""

from __future__ import annotations

import json

from ..models import Briefing


def to_json(briefing: Briefing) -> str:
    """Indented, UTF-8 kept as is, one trailing newline: stable for diffs and golden files."""
    return json.dumps(briefing.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
