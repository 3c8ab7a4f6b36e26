"""The `extract` method's answers: the gold items citing the sentences that hold their quotes,
with their actors as the inventory's ids (or `{"new": name}` for an actor it lacks).

The request (`summariser/extracting.py`'s docstring) numbers the article's sentences
("[3] text") and lists the inventory; the stand-in finds the article by its numbered
sentences and answers the items whose cited sentences are all in this piece. Every answer
is built up front from the reading, in the caller's thread, so the server's threads only
look it up.

A perfect model cites every sentence that overlaps one of the item's gold quotes; names an
actor by the inventory's id when the inventory knows the name (or a gold alias of it), and
as `{"new": name}` otherwise (copying a form a cited sentence writes, when one does), and
also for a person the gold makes an actor of their own, whom the inventory only knows as
a form of a state ("Lindsey Graham").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from summariser.models import CATEGORIES, Category
from summariser.reading import Reading, read

from .claim import Claim
from .gold import GoldArticle

if TYPE_CHECKING:
    from .model import StandIn

NUMBERED = re.compile(r"^\[(\d+)\] (.*)$", re.MULTILINE)


@dataclass(frozen=True)
class Planned:
    category: Category
    answer: dict[str, Any]  # the item in `models.ExtractedClaims`' shape
    claim: Claim


class ExtractAnswers:
    """Each gold article's extract answer, planned (perfect or careless) ahead of the requests."""

    def __init__(self, standin: StandIn) -> None:
        self.by_sentence: dict[tuple[int, str], str] = {}
        self.planned: dict[str, list[Planned]] = {}
        for article in standin.articles.values():
            reading = read(article.text)
            for sentence in reading.sentences:
                self.by_sentence.setdefault((sentence.index, _flat(sentence.text)), article.id)
            self.planned[article.id] = [self._plan(standin, reading, article, category, draft, kind, index)
                                        for category in CATEGORIES
                                        for draft, kind, index in standin.drafts(article.id, category)]

    def _plan(self, standin: StandIn, reading: Reading, article: GoldArticle, category: Category,
              draft: dict[str, Any], kind: Any, index: int) -> Planned:
        from summariser.citations import check_item  # noqa: PLC0415 - the extract branch's module

        gold_item = getattr(article.gold, category)[index]
        cited = sorted({s.index for e in gold_item.evidence for s in reading.sentences
                        if s.start < e.end and e.start < s.end})
        text = " ".join(_flat(reading.sentences[i].text) for i in cited)
        ref = _Refs(reading, article, text)
        if category == "parties":
            answer: dict[str, Any] = {"actor": ref(draft["name"]), "kind": draft["kind"]}
        elif category == "mediators":
            answer = {"actor": ref(draft["name"]), "members": [ref(m) for m in draft["members"]]}
        elif category == "alliances":
            answer = {"members": [ref(m) for m in draft["members"]], "kind": draft["kind"]}
        else:
            answer = {"accuser": ref(draft["accuser"]), "accused": ref(draft["accused"]),
                      "allegation": draft["allegation"]}
        answer = {"sentences": cited, **answer}
        written = check_item(reading, category, answer).draft  # the item as the code writes it
        return Planned(category, answer, Claim(article.id, category, written, kind, (index,)))

    def answer(self, standin: StandIn, body: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
        user = [m["content"] for m in body["messages"] if m.get("role") == "user"][-1]
        numbered = [(int(n), _flat(text)) for n, text in NUMBERED.findall(user.split("\n\nACTORS:", 1)[0])]
        article = next((self.by_sentence[s] for s in numbered if s in self.by_sentence), None)
        if article is None:
            raise LookupError("the stand-in was asked to extract from sentences of none of its gold articles")
        here = {n for n, _ in numbered}
        found: dict[str, list[dict[str, Any]]] = {category: [] for category in CATEGORIES}
        for planned in self.planned[article]:
            if planned.answer["sentences"] and set(planned.answer["sentences"]) <= here:
                found[planned.category].append(planned.answer)
                standin.log(f"extract|{planned.category}|{planned.claim.gold}", planned.claim)
        return found


class _Refs:
    """An actor's name as an extract answer names it: an inventory id, or a new actor."""

    def __init__(self, reading: Reading, article: GoldArticle, cited_text: str) -> None:
        self.inventory = reading.inventory
        self.aliases = {p.name: [p.name, *p.aliases] for p in article.gold.parties}
        self.cited_text = cited_text

    def __call__(self, name: str) -> Any:
        forms = self.aliases.get(name, [name])
        if name.strip() not in self.inventory.persons:
            for form in forms:
                found = self.inventory.resolve(form)
                if found is not None:
                    return found
        written = next((f for f in forms if f in self.cited_text), name)
        return {"new": written}


def _flat(text: str) -> str:
    return " ".join(text.split())
