"""The stand-in model: answers each method's requests from the gold, perfectly or carelessly.

SYNTHETIC: nothing here is a recording of any model. The answers are built from a gold
folder, as a model that never errs (or one that errs on a seeded plan, `careless.py`)
would give them, so the real pipeline (instructor's parsing, the validator, re-asks,
merging) runs on them and measures what it keeps of a perfect answer.

Which article a request is about is found from the request itself, as a model would read
it: the article text in a `quoted` request, the sentence and claim in a `cited` question,
the numbered sentences in an `extract` request.
Every claim it makes is logged (`claims`) with its kind and the gold items it stands for,
so the bench can score the claims before the validator and see where each was lost.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from typing import Any

from summariser.models import CATEGORIES, Category
from summariser.names import NameMatcher

from . import quoted
from .careless import INVENTED, ItemRef, Kind, gold_refs, perturb, pick, plan
from .cited import CitedAnswers
from .claim import Claim
from .extract import ExtractAnswers
from .gold import GoldArticle

DEFAULT_SEED = 15


class StandIn:
    """Answers any request of one method (`quoted`, `cited` or `extract`) about the articles of a gold folder."""

    def __init__(self, articles: list[GoldArticle], method: str = "quoted", *, careless: bool = False,
                 seed: int = DEFAULT_SEED) -> None:
        self.articles = {a.id: a for a in articles}
        self.careless = careless
        self.seed = seed
        refs = [ref for a in articles for ref in gold_refs(a.id, a.gold)]
        self.kinds: dict[ItemRef, Kind] = (
            plan(refs, seed) if careless else {ref: "untouched" for ref in refs})
        self._drafts = {a.id: self._plan_drafts(a) for a in articles}
        # Each method's answers are built here, in the caller's thread, not in the server's.
        self.cited = CitedAnswers(self) if method == "cited" else None
        self.extract = ExtractAnswers(self) if method == "extract" else None
        self.claims: dict[str, list[Claim]] = defaultdict(list)
        self._logged: set[tuple[str, str]] = set()
        self._lock = threading.Lock()
        self.errors: list[str] = []  # requests it could not answer

    # -- the plan ------------------------------------------------------------------------

    def kind(self, article: str, category: Category, index: int) -> Kind:
        return self.kinds[(article, category, index)]

    def _plan_drafts(self, article: GoldArticle) -> dict[Category, list[tuple[dict[str, Any], Kind, int]]]:
        """Each gold item as this model drafts it (quotes, fields), its kind and gold index;
        dropped items are left out."""
        from fake_openai import drafts_of  # noqa: PLC0415 - tests/ is on the path

        matcher = NameMatcher(article.text)
        actors = sorted({info.name for info in matcher.inventory.actors.values()}) if matcher.inventory else []
        invented = [name for name in INVENTED if name.lower() not in article.text.lower()]
        drafts = drafts_of(article.gold.model_dump())
        planned: dict[Category, list[tuple[dict[str, Any], Kind, int]]] = {}
        for category in CATEGORIES:
            planned[category] = []
            for index, draft in enumerate(drafts[category]):
                ref = (article.id, category, index)
                kind = self.kinds[ref]
                if kind == "dropped":
                    continue
                named = {matcher.canonical(n) for n in _actor_names(category, draft)}
                others = [a for a in actors if matcher.canonical(a) not in named]
                if kind == "swapped" and not others:
                    kind = "invented"  # nobody else to confuse it with
                draft = perturb(category, draft, kind, pick(others, ref, self.seed) if others else "",
                                pick(invented, ref, self.seed))
                planned[category].append((draft, kind, index))
        return planned

    def drafts(self, article: str, category: Category) -> list[tuple[dict[str, Any], Kind, int]]:
        return self._drafts[article][category]

    # -- answering ----------------------------------------------------------------------

    def answer(self, tool: str, body: dict[str, Any]) -> Any:
        """The tool call's arguments for one request (`fake_openai.Script.answer`)."""
        try:
            messages = body["messages"]
            if any(m.get("role") == "assistant" for m in messages):
                return reask_answer(messages)
            if tool.endswith("judgement") and self.cited is not None:
                return self.cited.answer(body)
            if tool == "extractedclaims" and self.extract is not None:
                return self.extract.answer(self, body)
            return quoted.answer(self, tool, body)
        except Exception as error:  # the server thread would only drop the connection
            with self._lock:
                self.errors.append(f"{type(error).__name__}: {error}")
            raise

    def log(self, key: str, claim: Claim) -> None:
        """Keep `claim` once per `key` (a question asked twice is one claim)."""
        with self._lock:
            if (claim.article, key) not in self._logged:
                self._logged.add((claim.article, key))
                self.claims[claim.article].append(claim)


def reask_answer(messages: list[dict[str, Any]]) -> Any:
    """A re-ask names the items that failed: this model stands by them (it has nothing
    better), so what the validator refused stays refused and is reported as such."""
    said = next(m for m in reversed(messages) if m.get("role") == "assistant")
    return json.loads(said["content"])


def _actor_names(category: Category, item: dict[str, Any]) -> list[str]:
    if category == "accusations":
        return [item["accuser"], item["accused"]]
    if category == "alliances":
        return list(item["members"])
    return [item["name"], *item.get("aliases", [])]
