"""Prompt templates: loaded from `prompts/`, versioned by their content hash.

Templates are plain text files, not strings in code, so a reviewer can read and diff them.
The article is never passed through any template engine: it goes into its own chat
message verbatim. That keeps `{{ }}` or `$` in article text from being altered, and it
lets llama.cpp reuse the cached system + article prefix across the four categories.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from pathlib import Path
from string import Template
from typing import Literal

from .models import CATEGORIES, Category

TEMPLATE_NAMES = (
    "system", "parties", "mediators", "alliances", "accusations", "reask",
    "cited", "cited_parties", "cited_mediators", "cited_alliances", "cited_accusations",
)
# Templates only one method uses. Its prompt version covers them too; the shared version
# above does not, so editing them asks for new recordings of that method alone.
METHOD_TEMPLATES: dict[str, tuple[str, ...]] = {"extract": ("extract", "extract_reask")}


def prompts_dir() -> Path:
    """The templates shipped in the wheel, or the checkout's `prompts/` when editable."""
    packaged = Path(str(resources.files("summariser"))) / "prompts"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "prompts"


@cache
def load_templates() -> dict[str, str]:
    folder = prompts_dir()
    names = [*TEMPLATE_NAMES, *(n for own in METHOD_TEMPLATES.values() for n in own)]
    return {name: (folder / f"{name}.md").read_text(encoding="utf-8") for name in names}


def prompt_version(method: str | None = None) -> str:
    """A short content hash of the shared templates and `method`'s own: any edit of them
    gives a new version (and so new recording names)."""
    names = {*TEMPLATE_NAMES, *METHOD_TEMPLATES.get(method or "", ())}
    digest = hashlib.sha256()
    for name, text in sorted(load_templates().items()):
        if name in names:
            digest.update(name.encode() + b"\0" + text.encode() + b"\0")
    return digest.hexdigest()[:12]


def article_message(text: str) -> dict[str, str]:
    return {"role": "user", "content": f"ARTICLE:\n\n{text}"}


def extraction_messages(category: Category | Literal["all"], text: str) -> list[dict[str, str]]:
    """The rules and the category's task first, the article last.

    Small models copy from what they read last: with the task after the article they
    quote the instructions back as evidence.
    """
    templates = load_templates()
    tasks = CATEGORIES if category == "all" else (category,)
    task = "\n\n".join([templates["system"].strip(), *(templates[t].strip() for t in tasks)])
    return [{"role": "system", "content": task}, article_message(text)]


def reask_message(failures: str, template: str = "reask") -> dict[str, str]:
    """The follow-up that names each failing item and why it failed (`template`: the
    method's own wording, e.g. `extract_reask`)."""
    body = Template(load_templates()[template]).safe_substitute(failures=failures)
    return {"role": "user", "content": body.strip()}
