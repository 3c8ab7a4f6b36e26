"""Brief gold articles with the real pipeline against the stand-in."""

from __future__ import annotations

from dataclasses import dataclass

from fake_openai import Script, fake_openai
from summariser.briefing import Summariser
from summariser.models import Briefing, Method
from summariser.providers import Provider

from .careless import ItemRef, Kind
from .claim import Claim
from .gold import GoldArticle
from .model import DEFAULT_SEED, StandIn


@dataclass
class Run:
    method: Method
    careless: bool
    briefings: dict[str, Briefing]  # by article id
    claims: dict[str, list[Claim]]  # what the stand-in claimed, by article id
    errors: list[str]  # requests the stand-in could not answer (should be none)
    plan: dict[ItemRef, Kind]  # each gold item's kind (all untouched for the perfect model)


def run(articles: list[GoldArticle], method: Method, *, careless: bool = False, seed: int = DEFAULT_SEED,
        reasks: int = 1) -> Run:
    """Every article briefed with `method` by a `compatible` provider that is the stand-in.

    One article at a time (the questions of one article still go out together): the
    figures are about what is kept, not about speed.
    """
    standin = StandIn(articles, method, careless=careless, seed=seed)
    with fake_openai(Script(answer=standin.answer)) as base_url:
        provider = Provider("compatible", f"standin-{'careless' if careless else 'perfect'}", base_url)
        with Summariser(provider, method=method, reasks=reasks) as summariser:
            briefings = {a.id: summariser.brief(a.text, source_id=a.id) for a in articles}
    return Run(method, careless, briefings, dict(standin.claims), standin.errors, standin.kinds)
