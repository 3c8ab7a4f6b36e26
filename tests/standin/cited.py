"""The `cited` method's answers: yes exactly to the reading's candidates that match the gold.

Each question holds a sentence and a claim (`cited.question`). The stand-in builds every
question the pipeline can ask about the gold articles up front, from the same reading and
the same functions, and looks the request up, so it knows the candidate and its article.
A candidate matches the gold by `summariser eval`'s own rule (`evaluate.rule_for`).

The perfect judge answers the claim "yes" iff the candidate matches a gold item, and the
counter-claim as truthfully as the gold tells: an accusation reversed is true iff the
gold holds it; "X is no side" is true iff X is no gold party; "X is a side, no mediator"
iff X is a gold party; "the allies are on opposite sides" never. The careless judge says
"no" to the dropped gold items, believes the counter-claim of the swapped ones, and says
"yes" to a tenth of the wrong candidates (its inventions: it cannot write a new name).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from summariser.cited import Candidate, candidates, counter_claim, question
from summariser.evaluate import Resolver, rule_for
from summariser.reading import read

from .careless import SHARES, Kind
from .claim import Claim
from .gold import GoldArticle

if TYPE_CHECKING:
    from .model import StandIn


@dataclass(frozen=True)
class Question:
    article: str
    candidate: Candidate
    counter: bool  # asked about the counter-claim
    says_claim: bool  # the stand-in's answer to the claim
    says_counter: bool  # and to the counter-claim
    kind: Kind
    gold: tuple[int, ...]  # the gold items the candidate matches


class CitedAnswers:
    """Every question the cited path can ask about the gold articles, with its answer."""

    def __init__(self, standin: StandIn) -> None:
        self.standin = standin
        self.questions: dict[tuple[str, str], Question] = {}
        for article in standin.articles.values():
            self._add_article(article)

    def _add_article(self, article: GoldArticle) -> None:
        reading = read(article.text)
        resolve = Resolver(article.gold, article.text)
        for candidate in candidates(reading):
            gold = _matches(candidate.category, candidate.item, article, resolve)
            says_claim, says_counter, kind = self._beliefs(article, candidate, gold, resolve)
            for claim, counter in ((candidate.claim, False), (counter_claim(candidate), True)):
                user = question(reading, candidate, claim)[-1]["content"]
                self.questions.setdefault((candidate.category, user), Question(
                    article.id, candidate, counter, says_claim, says_counter, kind, gold))

    def _beliefs(self, article: GoldArticle, candidate: Candidate, gold: tuple[int, ...],
                 resolve: Resolver) -> tuple[bool, bool, Kind]:
        truthful_counter = _counter_is_true(candidate, article, resolve)
        if gold:
            kind = self.standin.kind(article.id, candidate.category, gold[0])
            if kind == "dropped":
                return False, truthful_counter, kind
            if kind == "swapped":
                return False, True, kind
            return True, truthful_counter, "untouched"
        if self.standin.careless and random.Random(f"{self.standin.seed}|{article.id}|{candidate.claim}").random() \
                < SHARES["invented"]:
            return True, False, "invented"
        return False, truthful_counter, "untouched"

    def answer(self, body: dict[str, Any]) -> dict[str, str]:
        category = CATEGORY_OF[body["tool_choice"]["function"]["name"]]
        user = [m["content"] for m in body["messages"] if m.get("role") == "user"][-1]
        asked = self.questions.get((category, user))
        if asked is None:
            raise LookupError("the stand-in was asked a cited question about no candidate of its gold articles")
        yes = asked.says_counter if asked.counter else asked.says_claim
        if not asked.counter and yes and not asked.says_counter:
            self.standin.log(f"cited|{user}", Claim(asked.article, category, dict(asked.candidate.item), asked.kind,
                                                    asked.gold))
        arguments = {"states_it": "yes" if yes else "no"}
        if category == "accusations":
            arguments.update(_roles(body, asked.candidate.item, asked.counter))
        return arguments


CATEGORY_OF = {"PartyJudgement": "parties", "MediationJudgement": "mediators", "AllianceJudgement": "alliances",
               "AccusationJudgement": "accusations"}


def _matches(category: str, item: dict[str, Any], article: GoldArticle, resolve: Resolver) -> tuple[int, ...]:
    same = rule_for(category, resolve)
    predicted = SimpleNamespace(**item)
    return tuple(j for j, g in enumerate(getattr(article.gold, category)) if same(predicted, g))


def _counter_is_true(candidate: Candidate, article: GoldArticle, resolve: Resolver) -> bool:
    item = candidate.item
    if candidate.category == "accusations":
        reversed_item = {**item, "accuser": item["accused"], "accused": item["accuser"]}
        return bool(_matches("accusations", reversed_item, article, resolve))
    if candidate.category == "alliances":
        return False
    is_party = bool(_matches("parties", {"name": item["name"]}, article, resolve))
    return not is_party if candidate.category == "parties" else is_party


def _roles(body: dict[str, Any], item: dict[str, Any], counter: bool) -> dict[str, str]:
    """Accuser and accused from the schema's enums: the claim's (reversed for the counter)."""
    properties = body["tools"][0]["function"]["parameters"]["properties"]
    accuser, accused = (item["accused"], item["accuser"]) if counter else (item["accuser"], item["accused"])
    pick = {}
    for field, name in (("accuser", accuser), ("accused", accused)):
        options = properties[field]["enum"]
        pick[field] = name if name in options else options[0]
    return pick
