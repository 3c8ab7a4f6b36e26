"""Render a briefing file over its article file: what `summariser render` does.

HTML marks spans by offset, so the article must be exactly the text the briefing was made
from: its sha256 is checked against `briefing.source.sha256` before anything is drawn, and
a briefing of another text (or another version of it) is refused instead of highlighted
in the wrong places.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from pydantic import ValidationError

from ..errors import InputError
from ..inputs import read_article
from ..models import Briefing
from .html import to_html
from .markdown import to_markdown


def load_briefing(path: Path) -> Briefing:
    """A briefing JSON file as the model, or an `InputError` naming the file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a briefing file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    try:
        return Briefing.model_validate_json(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(map(str, first["loc"])) or "top level"
        raise InputError(f"{path}: not a briefing ({where}: {first['msg']})") from None


def render_files(briefing_path: Path, source_path: Path, fmt: str = "html") -> str:
    """The briefing in `fmt` ("html" or "markdown"), checked against its article first."""
    briefing = load_briefing(briefing_path)
    text = read_article(source_path).text
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if digest != briefing.source.sha256:
        raise InputError(f"{source_path}: not the article of {briefing_path} (sha256 {digest[:12]}…, "
                         f"the briefing's source is {briefing.source.sha256[:12]}…)")
    return to_html(briefing, text) if fmt == "html" else to_markdown(briefing)
