"""What the stand-in claimed: each item of a first answer, with its kind and gold items."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from summariser.models import Category

from .careless import Kind


@dataclass(frozen=True)
class Claim:
    """One item the stand-in put in a first answer (re-asks are not new claims)."""

    article: str
    category: Category
    item: dict[str, Any]  # the draft's fields; quotes under "quotes"
    kind: Kind
    gold: tuple[int, ...]  # the gold items (indices in the category) it stands for
