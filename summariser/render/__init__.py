"""Every way a briefing is shown: JSON for programs, Markdown and HTML for people.

Each renderer is a pure function from a `Briefing` (and, for HTML, the article text its
offsets index) to a string. They read briefings only through the pydantic models, so a
change to the schema breaks them loudly in one place instead of silently in templates.
Templates live in `templates/` as package data (shipped in the wheel).

Renderers of other shapes (e.g. the multi-article digest) add their own modules here.
"""

from __future__ import annotations

from typing import Any

from .json import to_json
from .markdown import provenance_line, to_markdown
from .verify_text import verify_text


def to_html(*args: Any, **kwargs: Any) -> str:
    """`html.to_html`, imported when a page is asked for: Markdown and JSON briefings
    start without jinja2."""
    from .html import to_html as render

    return render(*args, **kwargs)

__all__ = ["provenance_line", "to_html", "to_json", "to_markdown", "verify_text"]
