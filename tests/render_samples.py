"""Briefings for the renderer tests, all derived from one real one (tests/fixtures/render/).

`rich()` adds what the gold file lacks (an actor inventory, a speaker, rejected items);
`hostile()` puts markup in the article and in every model-written field; `empty()` keeps
nothing. Deriving them with `model_copy` keeps each a valid `Briefing`.
"""

from __future__ import annotations

from pathlib import Path

from summariser.briefing import source_of
from summariser.models import Actor, Briefing, Evidence, Rejected

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "render"
BRIEFING_004 = FIXTURES / "004_1a1daf8f610255dc.json"
ARTICLE_004 = FIXTURES / "004_1a1daf8f610255dc.txt"

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'


def article() -> str:
    return ARTICLE_004.read_bytes().decode("utf-8")


def gold() -> Briefing:
    return Briefing.model_validate_json(BRIEFING_004.read_text(encoding="utf-8"))


def rich() -> Briefing:
    briefing = gold()
    accusations = [briefing.accusations[0].model_copy(update={"speaker": "Hikmet Hajiev"}),
                   *briefing.accusations[1:]]
    rejected = [Rejected(category="accusations",
                         item={"accuser": "Russia", "accused": "Turkey", "allegation": "sending fighters",
                               "quotes": ["Russia accused Turkey of sending fighters"]},
                         reasons=["quote not found in the article"])]
    actors = [Actor(id="ARM", name="Armenia", kind="state", forms=["Armenia", "Armenian"], mentions=9),
              Actor(id="AZE", name="Azerbaijan", kind="state", forms=["Azerbaijan", "Azerbaijani", "Baku"],
                    mentions=11),
              Actor(id="RUS", name="Russia", kind="state", forms=["Russia", "Moscow"], mentions=5)]
    return briefing.model_copy(update={"accusations": accusations, "rejected": rejected, "actors": actors})


def empty() -> Briefing:
    briefing = gold()
    return briefing.model_copy(update={"parties": [], "mediators": [], "alliances": [], "accusations": [],
                                       "rejected": rich().rejected})


def hostile() -> tuple[Briefing, str]:
    """Markup in the article (inside and outside evidence) and in every model-written field."""
    quote = f"Officials said {SCRIPT} and {IMG} were fired at night."
    text = f"Intro {IMG} line.\n{quote}\nEnd {SCRIPT}.\n"
    start = text.index(quote)
    evidence = [Evidence(quote=quote, start=start, end=start + len(quote), match="exact")]
    briefing = rich()
    accusation = briefing.accusations[0].model_copy(update={
        "accuser": f"Armenia{SCRIPT}", "accused": f"Azerbaijan{IMG}", "allegation": f"fired {IMG}",
        "speaker": SCRIPT, "evidence": evidence})
    party = briefing.parties[0].model_copy(update={"name": IMG, "aliases": [SCRIPT], "evidence": evidence})
    rejected = [Rejected(category="parties", item={"name": SCRIPT, "quotes": [IMG]}, reasons=[f"bad {IMG}"])]
    actors = [Actor(id="X", name=SCRIPT, kind="other", forms=[IMG])]
    briefing = briefing.model_copy(update={
        "source": source_of(text, "hostile"), "parties": [party], "mediators": [], "alliances": [],
        "accusations": [accusation], "rejected": rejected, "actors": actors})
    return briefing, text
