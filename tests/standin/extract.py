"""The `extract` method's answers: the gold items citing the sentences that hold their quotes,
with their actors as the inventory's ids (or `{"new": name}` for an actor it lacks).

The request (`summariser/extracting.py`'s docstring) numbers the article's sentences
("[3] text") and lists the inventory; the stand-in finds the article by its numbered
sentences and answers the items whose cited sentences are all in this piece. Every answer
is built up front from the reading, in the caller's thread, so the server's threads only
look it up.

A perfect model cites every sentence that overlaps one of the item's gold quotes and names
each actor as `prompts/extract.md` asks, so that the actor is named in those sentences:

- by the inventory's id when the inventory knows the name (or a gold alias of it) and the
  cited sentences name that id (a mention of it, or a form the validator reads as it);
- else as `{"new": form}`, copying a form of the actor (its gold name or an alias) as a
  cited sentence writes it, in any case ("the President" for the alias "The president");
- else by the id, or the gold name as a new actor: then the item is refused, and the
  loss is the gold's (its quotes do not name the actor) or the reading's.

A person the gold makes an actor of their own, whom the inventory only knows as a form of
a state ("Lindsey Graham"), is always a new actor. Two different gold actors never get one
id: an id another gold actor's own name resolves to is that actor's ("British parliament"
resolves to the United Kingdom, which the gold has apart from Parliament), as a model that
tells them apart would not name Parliament by the United Kingdom's id.
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
        ref = _Refs(reading, article, cited)
        if category == "parties":
            answer: dict[str, Any] = {"actor": ref(draft["name"], "parties"), "kind": draft["kind"]}
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

    def __init__(self, reading: Reading, article: GoldArticle, cited: list[int]) -> None:
        from summariser.grounding import matcher_for  # noqa: PLC0415

        self.reading = reading
        self.inventory = reading.inventory
        self.matcher = matcher_for(reading.text)
        self.aliases = {p.name: [p.name, *p.aliases] for p in article.gold.parties}
        self.sentences = [reading.sentences[i] for i in cited]
        self.cited_text = " ".join(_flat(s.text) for s in self.sentences)
        # The id each gold actor's own name resolves to (people aside: they are new actors).
        self.owners: dict[str, set[str]] = {}
        for name in _gold_actors(article):
            found = self.inventory.resolve(name) if name.strip() not in self.inventory.persons else None
            if found is not None:
                self.owners.setdefault(found, set()).add(name)

    def __call__(self, name: str, category: str = "") -> Any:
        forms = self.aliases.get(name, [name])
        ids: list[str] = []
        if name.strip() not in self.inventory.persons:
            for form in forms:
                found = self.inventory.resolve(form)
                if found is not None and found not in ids:
                    ids.append(found)
            ids = [i for i in ids if not self.owners.get(i) or name in self.owners[i]]
            named = [i for i in ids if self._names(i, category)]
            if named:
                return named[0]
        written = self._written(forms)
        if written is not None:
            return {"new": written}
        return ids[0] if ids else {"new": name}

    def _names(self, actor: str, category: str) -> bool:
        """Do the cited sentences name this inventory id, as `citations.check_item` reads them?"""
        from summariser.citations import _aliases  # noqa: PLC0415

        if any(m.actor == actor for s in self.sentences for m in self.inventory.mentions_in(s.start, s.end)):
            return True
        info = self.inventory.actors.get(actor)
        forms = tuple(_aliases(self.reading, actor)) if category == "parties" else ()
        return info is not None and self.matcher.is_named(info.name, "\n".join(s.text for s in self.sentences),
                                                          forms)

    def _written(self, forms: list[str]) -> str | None:
        """A form of the actor as the cited sentences write it (any case): its name, else the
        longest alias written there."""
        for form in [forms[0], *sorted(forms[1:], key=len, reverse=True)]:
            found = re.search(rf"(?<!\w){re.escape(_flat(form))}(?!\w)", self.cited_text, re.IGNORECASE)
            if found:
                return found.group()
        return None


def _gold_actors(article: GoldArticle) -> set[str]:
    gold = article.gold
    names = {p.name for p in gold.parties} | {m.name for m in gold.mediators}
    names |= {m for x in gold.mediators for m in x.members} | {m for a in gold.alliances for m in a.members}
    return names | {a.accuser for a in gold.accusations} | {a.accused for a in gold.accusations}


def _flat(text: str) -> str:
    return " ".join(text.split())
