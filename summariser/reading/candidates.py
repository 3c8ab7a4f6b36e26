"""Candidate claims of one article: its sentences seen through the actor inventory.

The rules live one category a module (`accusations.py`, `mediations.py`,
`alliances.py`, `parties.py`); this puts the article's sentences into views they share
and names who voiced a claim. Each candidate keeps its sentence, so the evidence is the
sentence itself, exact by construction.
"""

from __future__ import annotations

import bisect

from .accusations import Accusation, AccusationRules
from .actors import Inventory
from .alliances import Tie, ties
from .mediations import Mediation, mediations
from .parties import PartyScore, party_scores
from .sentences import Sentence
from .syntax import Resolver
from .view import SentenceView


class Reader:
    """The candidates of one article."""

    def __init__(self, text: str, sentences: list[Sentence], inventory: Inventory) -> None:
        self.resolver = Resolver(inventory.doc, sentences, inventory)
        self.text = text
        self.sentences = sentences
        self.inventory = inventory
        tokens = inventory.tokens
        starts = [t.start for t in tokens]
        self.views = []
        for sentence in sentences:
            a = bisect.bisect_left(starts, sentence.start)
            b = bisect.bisect_left(starts, sentence.end)
            self.views.append(SentenceView(sentence, tokens[a:b], inventory.mentions_in(sentence.start, sentence.end), text))

    def accusations(self) -> list[Accusation]:
        return AccusationRules(self.resolver).all()

    def mediations(self) -> list[Mediation]:
        return mediations(self.views, self.inventory)

    def ties(self) -> list[Tie]:
        return ties(self.views)

    def party_scores(self, accusations: list[Accusation], found_ties: list[Tie],
                     found_mediations: list[Mediation]) -> list[PartyScore]:
        return party_scores(self.views, accusations, found_ties, found_mediations)



__all__ = ["Accusation", "Mediation", "PartyScore", "Reader", "Tie"]
