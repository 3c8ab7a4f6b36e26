"""summariser: grounded structured briefings of conflict and diplomacy news.

    from summariser import summarise
    briefing = summarise(text)          # a Briefing: every kept item's quotes located

    from summariser import locate_quote, ground
    match = locate_quote(source_text, quote)   # None, or .start/.end/.kind
    report = ground(briefing, source_text)     # per-item verdicts and reasons
"""

from .briefing import Summariser, summarise
from .grounding import GroundingReport, ItemVerdict, ground
from .models import SCHEMA_VERSION, Briefing
from .quotes import QuoteMatch, locate_quote

__all__ = [
    "SCHEMA_VERSION",
    "Briefing",
    "GroundingReport",
    "ItemVerdict",
    "QuoteMatch",
    "Summariser",
    "ground",
    "locate_quote",
    "summarise",
]
