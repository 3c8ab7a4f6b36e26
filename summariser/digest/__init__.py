"""One briefing across many articles: actors resolved, claims merged, sources kept.

`digest_briefings(paths)` reads briefing files, folders, globs and JSONL files one
briefing at a time and returns a `Digest` (pydantic, versioned). Rendering lives in
`summariser.render.digest_markdown` and `summariser.render.digest_html`.
"""

from __future__ import annotations

from .load import expand_briefing_inputs, parse_briefing, read_briefings
from .merge import DigestBuilder, digest_briefings
from .model import DIGEST_VERSION, Digest

__all__ = [
    "DIGEST_VERSION",
    "Digest",
    "DigestBuilder",
    "digest_briefings",
    "expand_briefing_inputs",
    "parse_briefing",
    "read_briefings",
]
