"""Candidate claims of one article: its sentences seen through the actor inventory.

The rules live one category a module (`accusations.py`, `mediations.py`,
`alliances.py`, `parties.py`); this puts the article's sentences into views they share
and names who voiced a claim. Each candidate keeps its sentence, so the evidence is the
sentence itself, exact by construction.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from itertools import combinations

from .accusations import Accusation, AccusationRules
from .actors import Inventory
from .alliances import Tie, backed_things, parsed_ties, ties
from .mediations import Mediation, mediations, parsed_mediations
from .parties import PartyScore, chance, party_features, party_scores, speaking_persons
from .sentences import Sentence
from .syntax import Resolver
from .tokens import keys

# Ties the parse reads from words that state them outright ("X, an ally of A", "X arms A", "X has close ties
# to A", "support for A", "X has a military base in A"): they hold even in a sentence where X mediates.
STATED_TIES = frozenset({"ally", "supports", "support-noun", "backed", "backed-by", "arms", "base-in", "close-ties"})
# Backing the parse reads, the only ties a person acting for no one may be in ("Taylor backed the
# RUF", "Egypt has supported Khalifa Haftar"); a person's words of alliance speak for their side.
BACKING_RULES = frozenset({"supports", "backed", "backed-by", "arms", "recognise", "rallies-behind", "stands-by",
                           "joined-forces", "in-support", "invited", "bidding", "let", "support-noun",
                           "alongside", "asylum"})  # (and one acting at
# another's bidding, or let do a wrong: "accused X of acting on the Kremlin's behalf")
# Verbs that make a bloc ("formed the Alliance of Sahel States") and words that make a shared
# charge several separate ones ("each blamed")
FORMING = frozenset({"form", "create", "establish", "found", "launch", "forge", "set"})
# Verbs of a standing listing: each state that lists a group as terrorist does so on its own.
LISTING = frozenset({"list", "designate", "proscribe", "blacklist", "outlaw"})
SEPARATELY = frozenset({"each", "separately", "independently", "individually", "separate"})  # ("in separate statements")
# Tie rules that find a member in an earlier sentence: "welcomed the news" approves the act reported before.
LOOKS_BACK = frozenset({"approve", "arms", "backed-by", "supports", "support-noun", "recognise", "joined", "linked",
                        "alongside", "cooperate", "joint-act", "joint-members", "pobj"})
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

    def mediations(self, found_accusations: list[Accusation] = ()) -> list[Mediation]:
        """Mediations; an organisation named beside "talks" that accuses, or is accused, in
        that sentence takes a side there ("talks between A and rebels, whom NATO accused B of
        supporting")."""
        sides = {(a.sentence, actor) for a in found_accusations for actor in (a.accuser, a.accused)}
        parsed = parsed_mediations(self.resolver)
        read = {(m.sentence, m.mediator) for m in parsed
                if self.inventory.kind_of(m.mediator) == "international_organisation"}
        # the organisation a sentence about mediation names, unless the parse read another one as
        # the mediator there ("talks, in which the OSCE acts as mediator and the EU as observer")
        found = [m for m in mediations(self.views, self.inventory) if not self._placed(m)
                 and not (m.rule == "organisation" and (m.sentence, m.mediator) in sides)
                 and not (m.rule == "organisation" and any(s == m.sentence for s, _ in read)
                          and (m.sentence, m.mediator) not in read)]
        for item in parsed:
            if not any(m.sentence == item.sentence and m.mediator == item.mediator for m in found):
                found.append(item)
        return found

    def _placed(self, mediation: Mediation) -> bool:
        """An organisation named only as a place or a forum ("end up before the International
        Court of Justice", "in the UN") mediates nothing there."""
        sentence = self.sentences[mediation.sentence]
        tokens = [t for t in self.resolver.span(sentence) or ()
                  if (m := self.resolver.mention_of.get(t.i)) is not None and m.actor == mediation.mediator]
        inside = {t.i for t in tokens}
        heads = [t for t in tokens if t.head.i not in inside]  # each mention's own head word
        return bool(heads) and all(t.head.lower_ in ("before", "to", "in", "at", "into", "from") for t in heads)

    def ties(self, found_mediations: list[Mediation] = (), found_accusations: list[Accusation] = ()) -> list[Tie]:
        """Ties from the parse first, then the word-order ones it did not find. A mediator is
        no ally of the sides it brings together, talks alone are no tie, and the accuser and
        the accused of one sentence are no allies ("X accused Y of backing the gunmen")."""
        mediated = {(m.sentence, a) for m in found_mediations for a in (m.mediator, *m.members)}
        # (a mediating format's members mediate too: "the Minsk Group, co-chaired by A, B and C")
        opposed = {(a.sentence, frozenset((a.accuser, a.accused))) for a in found_accusations}
        talks = {m.sentence for m in found_mediations}
        found: dict[frozenset[str], Tie] = {}
        parsed = parsed_ties(self.resolver) + self._joint_accusers(found_accusations)
        read_by_parse = {t.sentence for t in parsed if t.rule != "leaders-party"} | backed_things(self.resolver)
        # (a leader's party named in passing, "Orbán, whose Fidesz party ..., posted a message of
        # support for Le Pen", leaves the sentence's own tie to the word-order reading)
        by_order = [t for t in ties(self.views) if t.sentence not in read_by_parse]
        for parsed_tie, tie in [*((True, t) for t in parsed), *((False, t) for t in by_order)]:
            tie = self._without_its_bloc(tie)
            members = frozenset(tie.members)
            if any((tie.sentence, a) in mediated for a in tie.members) and tie.rule not in STATED_TIES:
                continue  # "X mediated between A and B" ties X to neither; "X, an ally of A, brokered" does
            if (not parsed_tie or tie.rule not in BACKING_RULES) \
                    and any(self.inventory.kind_of(a) == "person" for a in tie.members):
                continue  # a standing tie is between states and groups (a person speaks for one); backing
                # the parse reads may tie someone who acts for no one: "Egypt has supported Khalifa Haftar"
            if len(members) == 2 and self._named_after_the_other(*members):
                continue  # "the Libya Dawn militia ... Libyan sovereignty": a group's name is no tie to its state
            if len(members) == 2 and any(self.inventory.part_of.get(a) in members for a in members):
                continue  # "the UN and its human rights office jointly ...": a body and its own organisation
            if len(members) == 2 and self._state_and_its_ruling_party(*members):
                continue  # "President Duda, an ally of the ruling party": the state's own government, no ally
            if tie.rule == "joint" and tie.sentence in talks:
                continue
            if tie.rule != "member" and any((tie.sentence, frozenset(pair)) in opposed
                                            for pair in combinations(tie.members, 2)):
                continue  # (a membership stated stands: "accused the CSTO ..., though Armenia remains a member")
            if any(t.sentence == tie.sentence and members < known for known, t in found.items()):
                continue  # the parse already read a larger tie in this sentence
            found.setdefault(members, tie)
        return [self._with_context(tie) if tie.rule in LOOKS_BACK else tie for tie in found.values()]

    def _state_and_its_ruling_party(self, a: str, b: str) -> bool:
        """Is one of two actors a state and the other the party the article calls ruling or
        governing there (its state named before it, else the state the article is about)? Not
        "Russia backs Georgia's ruling Georgian Dream": another state's ruling party."""
        kind = self.inventory.kind_of
        for state, party in ((a, b), (b, a)):
            if kind(state) == "state" and kind(party) == "political_group" and self.inventory.ruling(party):
                return (self.inventory.state_named_before(party) or self.inventory.home_state()) == state
        return False

    def _named_after_the_other(self, a: str, b: str) -> bool:
        """Does one of two actors carry the other, a state, in its name ("Libya Dawn", Libya)?"""
        name = self.inventory.name_of
        return any(self.inventory.kind_of(state) == "state" and self.inventory.kind_of(group) != "state"
                   and set(keys(name(state))) < set(keys(name(group))) for state, group in ((a, b), (b, a)))

    def _without_its_bloc(self, tie: Tie) -> Tie:
        """"A, B and C formed the Alliance of Sahel States": the states are the members; the
        bloc they form, named among them, is the tie itself, not a fourth member."""
        formed = {r.actor for t in self.resolver.span(self.sentences[tie.sentence]) or ()
                  if t.lemma_.lower() in FORMING for o in t.children if o.dep_ == "dobj" for r in self.resolver.refs(o)}
        blocs = [a for a in tie.members if a in formed]
        if not blocs or len(tie.members) - len(blocs) < 2:
            return tie
        return replace(tie, members=tuple(a for a in tie.members if a not in blocs))

    def _joint_accusers(self, found_accusations: list[Accusation]) -> list[Tie]:
        """States that make one charge together are a bloc in it (tests/gold/README.md: a joint
        statement is made by each, and the bloc is an alliance item): "Washington and London
        accused Iran of ...", "Japan and South Korea jointly condemned ..."; not critics named
        side by side ("despite criticism by X and Y") nor states that accuse each other. A bloc of states
        acts so too: "The European Union, Britain and Canada imposed coordinated sanctions on ..."."""
        together: dict[tuple[int, str, tuple[int, int]], list[str]] = {}
        for item in found_accusations:
            if item.rule not in ("reciprocal", "noun", "echoed") and self._in_a_bloc(item.accuser) \
                    and not (item.rule in ("label", "terrorist-label") and self._listing(item.sentence)):
                # (nor states that each list a group: "listed as a terrorist organisation by A, B and C")
                # (nor those who made the same charge on their own: "a charge also made by France and Russia")
                together.setdefault((item.sentence, item.accused, item.allegation), []).append(item.accuser)
        return [Tie(sentence, tuple(dict.fromkeys(accusers)), "political_support", "joint-accusers")
                for (sentence, _, _), accusers in together.items()
                if len(set(accusers)) >= 2 and not self._apart(sentence)]

    def _listing(self, sentence: int) -> bool:
        """Does the sentence list or designate someone ("is listed as a terrorist organisation by ...")?"""
        return any(t.lemma_.lower() in LISTING for t in self.resolver.span(self.sentences[sentence]) or ())

    def _in_a_bloc(self, actor: str) -> bool:
        """Can the actor be one of a bloc: a state, or an organisation of some states ("the EU"), not
        the UN and its bodies, which speak for all ("local officials and the United Nations said")."""
        kind = self.inventory.kind_of(actor)
        name = self.inventory.name_of(actor)
        return kind == "state" or kind == "international_organisation" and actor != "un" \
            and not name.startswith(("United Nations", "UN "))

    def _apart(self, sentence: int) -> bool:
        """"The US, Britain and France each blamed ...": three charges, no bloc."""
        return any(t.lower_ in SEPARATELY for t in self.resolver.span(self.sentences[sentence]) or ())

    def _with_context(self, tie: Tie) -> Tie:
        """The tie with the last earlier sentence naming each member its own sentence does not:
        "Japan welcomed the news" ties Japan to the US named in the sentence that reported the act,
        and that sentence is its evidence too. Only for rules that read a member from earlier
        sentences on purpose: another rule's member missing from its sentence is a misreading,
        and the validator refuses it for that."""
        def names(sentence: int, actor: str) -> bool:
            span = self.sentences[sentence]
            return any(m.actor == actor for m in self.inventory.mentions_in(span.start, span.end))
        context = [next((i for i in range(tie.sentence - 1, -1, -1) if names(i, actor)), None)
                   for actor in tie.members if not names(tie.sentence, actor)]
        found = tuple(sorted({i for i in context if i is not None}))
        return replace(tie, context=found) if found else tie

    def party_scores(self, accusations: list[Accusation], found_ties: list[Tie],
                     found_mediations: list[Mediation]) -> list[PartyScore]:
        """Every actor the article names, ranked by its party score, each with the party
        model's chance that it is a side (`parties.py`)."""
        between = self._sides_between()
        owner = speaking_persons(accusations, self.inventory)  # a leader named as a person owns their mentions
        scores = party_scores(self.views, accusations, found_ties, found_mediations, between, owner)
        features = party_features(self.views, scores, accusations, found_ties, found_mediations, between,
                                  self.inventory, self.resolver, owner)
        scored = {s.actor for s in scores}
        scores += [PartyScore(actor) for actor in features if actor not in scored]
        for entry in scores:
            entry.features = features.get(entry.actor, {})
            entry.chance = chance(entry.features) if entry.features and entry.actor not in self.inventory.observers \
                else 0.0  # witnesses accuse, they are no side
        return scores

    def _sides_between(self) -> list[tuple[int, str]]:
        """(sentence, actor) for each side named "between A and B" of a fight, a dispute or a
        settlement: "the fighting is between the rebels and local militias", "a truce between
        Israel and Hamas", "the deal brokered between Israel and the UAE", "mediating between
        the government and the rebels". Who fights or settles with whom is a side even in a
        sentence with no word of fighting."""
        return list(dict.fromkeys((index, ref.actor) for index in range(len(self.sentences))
                                  for sides in self.resolver.sides_between(index) for ref in sides))



__all__ = ["Accusation", "Mediation", "PartyScore", "Reader", "Tie"]
