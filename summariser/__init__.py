"""summariser: grounded structured briefings of conflict and diplomacy news.

    from summariser import summarise
    briefing = summarise(text)          # a Briefing: every kept item grounded

    from summariser import locate_quote, ground
    match = locate_quote(source_text, quote)   # None, or .start/.end/.kind
    report = ground(briefing, source_text)     # per-item verdicts and reasons

Names are imported on first use, so `summariser.reading` (pure code) loads without the
model client stack (openai, instructor).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

# The same as pyproject.toml's (tests/test_cli.py checks): `--version` answers from here,
# without the package metadata lookup (a fifth of a second).
__version__ = "0.1.0"

_EXPORTS = {
    "SCHEMA_VERSION": "models",
    "Briefing": "models",
    "GroundingReport": "grounding",
    "ItemVerdict": "grounding",
    "QuoteMatch": "quotes",
    "Summariser": "briefing",
    "ground": "grounding",
    "locate_quote": "quotes",
    "summarise": "briefing",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'summariser' has no attribute {name!r}")
    return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
