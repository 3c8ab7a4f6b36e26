"""The briefing as one self-contained HTML page (work in progress)."""

from __future__ import annotations

from ..models import Briefing


def to_html(briefing: Briefing, text: str) -> str:
    raise NotImplementedError
