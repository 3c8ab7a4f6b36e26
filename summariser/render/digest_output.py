"""A digest in the format asked for: the one place the CLI and `make examples` go through."""

from __future__ import annotations

import json

from ..digest.model import Digest


def render_digest(digest: Digest, fmt: str) -> str:
    """`fmt` is md, json or html."""
    if fmt == "json":
        return json.dumps(digest.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    if fmt == "html":
        from .digest_html import to_html

        return to_html(digest)
    from .digest_markdown import to_markdown

    return to_markdown(digest)
