"""Every way a briefing is shown: JSON for programs, Markdown and HTML for people.

Each renderer is a pure function from a `Briefing` (and, for HTML, the article text its
offsets index) to a string. They read briefings only through the pydantic models, so a
change to the schema breaks them loudly in one place instead of silently in templates.
Templates live in `templates/` as package data (shipped in the wheel).

Renderers of other shapes (e.g. the multi-article digest) add their own modules here.
"""

from __future__ import annotations

from .html import to_html
from .json import to_json
from .markdown import provenance_line, to_markdown
from .verify_text import verify_text

__all__ = ["provenance_line", "to_html", "to_json", "to_markdown", "verify_text"]
