"""The `quoted` method's answers: the gold items as drafts, with the gold's verbatim quotes.

The request carries the article (or one part of a long one) in its last user message
(`prompts.article_message`); the article is the one whose text holds that part, and the
answer holds the items whose every quote lies in the part.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from summariser.errors import InputError
from summariser.models import CATEGORIES, Category

from .claim import Claim

if TYPE_CHECKING:
    from .model import StandIn

ARTICLE_PREFIX = "ARTICLE:\n\n"


def find_article(standin: StandIn, part: str) -> str:
    """The id of the article this text is (or is a part of)."""
    for article in standin.articles.values():
        if article.text == part:
            return article.id
    for article in standin.articles.values():
        if part in article.text:
            return article.id
    raise InputError("the stand-in was asked about a text that is in none of its gold articles")


def answer(standin: StandIn, tool: str, body: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """`Extraction` (all four categories at once) or one category's list."""
    user = [m["content"] for m in body["messages"] if m.get("role") == "user"][-1]
    part = user.removeprefix(ARTICLE_PREFIX)
    article = find_article(standin, part)
    categories: tuple[Category, ...] = CATEGORIES if tool == "extraction" else (tool,)  # type: ignore[assignment]
    found: dict[str, list[dict[str, Any]]] = {}
    for category in categories:
        found[category] = []
        for draft, kind, index in standin.drafts(article, category):
            if not all(quote in part for quote in draft["quotes"]):
                continue
            found[category].append(draft)
            claim_key = f"quoted|{category}|{index}|{json.dumps(draft, sort_keys=True)}"
            standin.log(claim_key, Claim(article, category, draft, kind, (index,)))
    return found
