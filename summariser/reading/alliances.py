"""Alliance candidates: standing ties between actors, and the kind of tie.

- "X sees Y as a protective power", "X is the closest ally of Y", "X is linked to a
  military treaty with Y": the actor before the cue and the one after (or the two before);
- "an Iranian-backed militia": the backer and the group it backs;
- "X and Y signed a joint declaration", "cooperation between X and Y": every actor of the clause;
- "a coalition ..., which was joined by X and Y", "the project, which involves X, Y and Z": its members.

A tie word right after "suspension of", "against" and the like is no tie.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .actors import (GOVERNMENTS, GROUP_KINDS_WORDS, GROUP_NOUNS, PARTY_NOUNS, STANDING_ALLIANCES, Mention,
                     body_words)
from .lexicon import word_set, words_of
from .syntax import (AIMED_AT, ARMIES, BIDDING, BIDDING_MARKS, LETTING, PLACED_OFFICES, SEPARATE, WAR_MACHINES,
                     Resolver, as_did, bidders, charging_words, completes, declined, inverted_condition, saying_words,
                     to_infinitive)
from .syntax import children_of as kids  # (a token's children with the given roles)
from .tokens import singular
from .view import SentenceView, cues

if TYPE_CHECKING:
    from spacy.tokens import Token

# "coalition" is read from the parse ("a coalition of X, Y and Z"); as a word-order cue it
# tied everyone near "coalition bases" or "coalition service members".
# Pronouns for a thing handed over, never the side it went to ("Tehran had supplied it").
THINGS_GIVEN = frozenset({"it", "this", "that", "these", "those"})
# What a side is backed in, owned by the side: "supported the government's efforts (campaign) to ...".
BACKED_EFFORTS = frozenset({"effort", "campaign", "bid", "stance", "position"})
SYMMETRIC = frozenset({"together", "joint", "bloc", "alliance", "cooperation", "partnership", "between",
                       "trilateral"})
MAX_JOINT = 8
# "X sees Y as a protective power": at most this many words between Y and the tie word
SEES_AS_GAP = 3
MATERIAL = frozenset({"arms", "weapons", "equipment", "supplies", "supplied"})
# Particles of arms given up by their owner: "hand over its weapons", "lay down their arms", "give up".
GIVEN_UP = frozenset({"over", "down", "up", "in"})
# A name followed by one of these is the subject of its own clause.
VERB_AFTER = frozenset("is was are were has have had will would sees see saw remains signed".split())
# A name after one of these is a place the clause mentions, not a member of a bloc.
PLACE_WORDS = frozenset("in on at into beyond near from over across inside throughout".split())
# A pact that ends a war binds former enemies: "the 1979 peace treaty between Egypt and Israel".
PEACE_PACTS = frozenset({"peace", "ceasefire", "cease-fire", "truce", "armistice"})
# Pacts of law between states that ally no one: "an extradition treaty", "a tax treaty".
LEGAL_PACTS = frozenset({"extradition", "tax", "taxation", "visa", "readmission"})
# A compound of demonyms names a joint undertaking when a word like these follows:
# "the Turkish-Libyan maritime border agreement", "an Israeli-Cypriot-Greek effort".
JOINT_NOUNS = frozenset("agreement agreements deal pact effort project partnership alliance cooperation initiative "
                        "pipeline summit declaration statement exercise exercises operation operations accord "
                        "memorandum treaty force forces mission brigade command patrol patrols drill drills "
                        "manoeuvres maneuvers".split())
# Foes settling something together, which makes them no bloc: "jointly agreed to a four-day pause".
TRUCE_WORDS = frozenset({"pause", "halt", "swap", "exchange", "talks", "negotiation", "dialogue", "de-escalation"})
# What lies between the sides a hyphen joins: "the Israeli-Palestinian conflict dominated the summit"
# (the conflict is theirs, the summit no joint act), "the US-China trade war", "the border force";
# a pact about it is still joint ("the Turkish-Libyan maritime border agreement").
PACT_NOUNS = frozenset("agreement agreements deal pact accord memorandum treaty declaration statement".split())
DIVIDING = frozenset("conflict conflicts war wars border borders frontier boundary dispute disputes tension tensions "
                     "rivalry crisis standoff stand-off clash clashes fighting hostilities talks negotiations".split())


@dataclass(frozen=True)
class Tie:
    sentence: int
    members: tuple[str, ...]
    kind: str
    rule: str
    context: tuple[int, ...] = ()  # earlier sentences that name a member this one does not ("welcomed the news")


def ties(views: list[SentenceView]) -> list[Tie]:
    out: list[Tie] = []
    kinds = [name for name in cues() if name.startswith("ally:")]
    for view in views:
        out += _compounds(view)
        if view.sentence.text.rstrip().endswith("?"):
            continue  # "Did China help Russia evade sanctions?": asked, not told
        for name in kinds:
            for at, n in view.find(name):
                if any(view.tokens[k].key in SUPPOSING and view.clause[k] == view.clause[at] for k in range(at)) \
                        or view.tokens[0].key == "should" and view.clause[0] == view.clause[at]:  # ("Should X ...,")
                    continue  # "may impose sanctions if it supplies Russia with weapons", "whether Rwanda is backing"
                named = at  # "no Syria-North Korea cooperation": the negation before the names
                while named and named - 1 in view.inside:
                    named -= 1
                if view.has(named, "negation", back=3) or _blocked(view, at):
                    continue
                if any(view.tokens[k].key in PEACE_PACTS for k in range(max(0, at - 8), min(at + n + 6, len(view.tokens)))):
                    continue  # "signed a peace treaty", "the peace treaty had been breached"
                if any(view.tokens[k].key in LEGAL_PACTS for k in range(max(0, at - 2), at)):
                    continue  # "an extradition treaty with Japan": a pact of law, no alliance
                if any(view.tokens[k].key.startswith(WITHHELD_STEMS) for k in range(max(0, at - 6), at)):
                    continue  # "withholding $400 million in military aid to Ukraine": support denied
                if any(view.tokens[k].key in EMBARGOES for k in range(at + n - 1, min(at + n + 2, len(view.tokens)))):
                    continue  # "imposed an arms embargo on Iraq": arms kept from it
                if _urged_to_stop(view, at, n):
                    continue  # "encouraged the CIA to release the files": a call to account, no tie
                if _wished_membership(view, at):
                    continue  # "Georgia's bid to join the bloc": a membership sought, not held
                if view.tokens[at].key == "role" and any(view.tokens[k].key == "between" for k in range(
                        at + n, min(at + n + 6, len(view.tokens)))):
                    continue  # "a role in the prisoner exchanges between Russia and Ukraine": a go-between's
                tie = _tie(view, at, n, name.split(":", 1)[1])
                if tie is not None:
                    out += [tie] + _with_conjoined(view, tie, at) + _second_of_pair(view, tie, at + n)
    unique: dict[frozenset[str], Tie] = {}
    for tie in out:
        unique.setdefault(frozenset(tie.members), tie)
    return list(unique.values())


EMBARGOES = frozenset({"embargo", "embargoes", "ban", "bans", "blockade"})
JOINING = frozenset({"join", "joining", "membership", "accession"})
WISHING = frozenset({"bid", "bids", "application", "apply", "applied", "applies", "applying", "seek", "seeks", "seeking",
                     "sought", "hope", "hopes", "hoping", "hoped", "want", "wants", "wanted", "aspiration", "aspirations",
                     "ambition", "ambitions", "path", "candidacy", "request", "push", "drive", "quest"})


def _wished_membership(view: SentenceView, at: int) -> bool:
    """Is the tie word the bloc that someone only seeks to join ("Georgia's bid to join the
    bloc", "Ukraine's application for membership of the alliance")?"""
    keys = [view.tokens[k].key for k in range(max(0, at - 6), at)]
    joining = [k for k, key in enumerate(keys) if key in JOINING]
    return bool(joining) and any(key in WISHING for key in keys[max(0, joining[-1] - 3):joining[-1]])


def _withheld(token: "Token") -> bool:
    """Is the support noun the object of the first verb above it, one that denies it ("suspended
    military aid to Ukraine"; not "cut ties with Iran over its support for the Polisario")?"""
    if any(c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in WITHHOLDING for c in token.children):
        return True  # "have each cut aid to Uganda", the parser's participle before the noun
    child = token
    for above in token.ancestors:
        if above.pos_ in ("VERB", "AUX"):
            return above.lemma_.lower() in WITHHOLDING and child.dep_ == "dobj"
        child = above
    return False


def _blocked(view: SentenceView, at: int) -> bool:
    """Does a word that ends or denies a tie ("withdrew", "former", "against") stand in the eight
    words before the cue, outside an aside set off by commas ("France, the former colonial power,
    said it supported ECOWAS's efforts": the aside tells who France is, not that its support ended)?"""
    table = cues()["tie_blocker"]
    if at and "," in view.gap(at - 1, at):
        return False  # "blocked EU aid to Ukraine, siding with Moscow": the cue opens a clause of its own
    ends = {view.end(m) for m in view.mentions}
    # "France, the former colonial power, said ...": an aside opened by an article after a name
    asides = _asides(view, at, lambda k: k in ends and view.tokens[k].key in ("the", "a", "an"))
    return any(table.match(view.tokens, j) and not any(k <= j < e for k, e in asides)
               for j in range(max(0, at - 8), at))


def _asides(view: SentenceView, at: int, opens: Callable[[int], bool]) -> list[tuple[int, int]]:
    """The asides set off by commas that close before `at`: (first word, the word after the
    closing comma) for each comma whose next word `opens` one."""
    commas = [k for k in range(1, at + 1) if "," in view.gap(k - 1, k)]  # a comma right before token k
    closing = ((k, next((e for e in commas if e > k), at)) for k in commas if opens(k))
    return [(k, e) for k, e in closing if e < at]


# Pronouns right after a saying word that make the sayer the subject of what is said.
SAYER_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})


# Words of charging between a subject and a tie word: the tie is the charged one's.
CHARGING_KEYS = frozenset({"accuse", "accuses", "accused", "accusing", "blame", "blames", "blamed", "blaming"})
PROTESTS = frozenset({"protest", "protests", "protested", "protesting", "representations", "complaint", "objection",
                      "objections", "demarche"})
# What a guarantor of talks guarantees (a mediation), not a protector of a state.
GUARANTEED = frozenset({"talks", "process", "ceasefire", "truce", "deal", "agreement", "accord", "accords", "plan",
                        "negotiations", "peace", "memorandum", "countries", "states", "powers", "nations"})
MEETINGS = frozenset({"talk", "meeting", "summit", "conference", "dialogue", "negotiation", "round"})
# Spans of time the small parser may take an object for a word before: "a pact weeks before ...".
TIMES = frozenset({"day", "week", "month", "year", "hour"})
# Pronouns that open a new clause after ", and".
NEW_SUBJECTS = frozenset({"it", "they", "he", "she", "we", "i"})
BLOC_NAMES = frozenset({"alliance", "coalition", "bloc", "front", "platform", "union", "roundtable", "federation",
                         "confederation"})
BRINGING = frozenset({"bring", "brings", "brought", "bringing"})
# Verbs whose "together" is of things assembled, not of actors acting as one: "piecing together the evidence".
ASSEMBLED = frozenset({"piece", "pieces", "pieced", "piecing", "cobble", "cobbles", "cobbled", "cobbling", "stitch",
                       "stitches", "stitched", "stitching", "patch", "patched", "patching", "string", "strung"})


# The press's own nouns, after a state's word: "Turkish media", "Iranian state television".
PRESS_NOUNS = frozenset({"media", "press", "news", "newspaper", "newspapers", "daily", "broadcaster", "television",
                         "tv", "radio", "outlet", "outlets"})


def _the_press(view: SentenceView, mention: Mention) -> bool:
    """Is the mention the press of its state ("Turkish media said", "Iranian state television
    reported")? It names who reports, not a side the sentence ties to another."""
    after = [t.key for t in view.tokens[view.end(mention):view.end(mention) + 2]]
    return bool(after) and (after[0] in PRESS_NOUNS or after[0] == "state" and len(after) > 1 and after[1] in PRESS_NOUNS)


# Words after a joint act that begin its time or cause, whose names are no members.
WHEN_WORDS = frozenset({"after", "before", "since", "following", "amid", "despite", "during", "until"})


# Words that end a noun phrase (a determiner or preposition begins the next): the backed of
# "X-backed" is named before one.
PHRASE_ENDS = frozenset("the a an its their his her our this that these those in on at of from to with by for into "
                        "against".split())
# Words before "deal" that make it the verb: "to deal with", "will deal with".
VERB_MARKERS = frozenset({"to", "will", "would", "can", "could", "must", "should", "might", "cannot", "not", "and"})
# Nouns after "training" that make it a kind of thing, no support given: "a training video", "training camps".
TRAINING_THINGS = frozenset({"video", "videos", "ground", "grounds", "camp", "camps", "session", "sessions", "course",
                             "courses", "manual", "manuals", "material", "materials"})


# Relative pronouns: a clause they open tells of the noun before it ("the explosion that killed ...").
RELATIVE = frozenset({"which", "who", "whom", "that"})


def _tie(view: SentenceView, at: int, n: int, kind: str) -> Tie | None:
    words = {view.tokens[a].key for a in range(at, at + n)}
    index = view.sentence.index
    if words == {"training"} and at + 1 < len(view.tokens) and view.tokens[at + 1].key in TRAINING_THINGS:
        return None  # "released a training video", "a training ground for militants"
    if words == {"deal", "with"} and at and view.tokens[at - 1].key in VERB_MARKERS:
        return None  # "to deal with these gangs": to handle them, no deal made with anyone
    hostile = {m.actor for m in view.mentions if view.has(view.local(m), "hostile", back=3)}
    hostile |= {m.actor for m in view.mentions if _the_press(view, m)}  # (no side of a tie either)
    hostile |= {m.actor for m in view.mentions if view.local(m) and view.tokens[view.local(m) - 1].key in FORMER}
    # ("former Nigerian president X together with former Kenyan president Y": no state's act)
    if view.tokens[at].key == "backed" and at and view.gap(at - 1, at) == "-":
        backers = view.before(at, 1)
        # the backed is named right after: "the Iranian-backed militias"; not "a US-backed coup attempt",
        # nor past the phrase's end: "an Iranian-backed militia accused the United States", "US-backed forces in Syria"
        ends = next((k for k in range(at + 1, min(at + 5, len(view.tokens))) if view.tokens[k].key in PHRASE_ENDS
                     or "," in view.gap(k - 1, k)), len(view.tokens))
        others = [m for m in view.after(at, 4) if backers and m.actor != backers[0].actor and view.local(m) < ends]
        return Tie(index, (backers[0].actor, others[0].actor), kind, "backed") if backers and others else None
    if words & BLOC_NAMES and _names_a_group(view, at):
        return None  # "gunmen from the Viv Ansanm gang coalition": the group's name, no tie
    if words & MATERIAL and at >= 2 and view.tokens[at - 1].key in ("its", "their") \
            and view.tokens[at - 2].key in GIVEN_UP:
        return None  # "would hand over its weapons to UN monitors", "lay down their arms": arms given up
    with_next = at + n < len(view.tokens) and view.tokens[at + n].key == "with"
    if words == {"together"} and any(view.tokens[k].key in BRINGING for k in range(max(0, at - 12), at)):
        return None  # "Qatar brought the Taliban and the United States together": a go-between's act, no tie
    if words == {"together"} and at and view.tokens[at - 1].key in ASSEMBLED:
        return None  # "investigators in Poland and Germany are piecing together the evidence": no bloc
    if words & {"guarantor", "guarantors"} and (
            any(view.tokens[k].key == "as" for k in range(max(0, at - 2), at))
            or any(view.tokens[k].key in GUARANTEED for k in range(at + n, min(len(view.tokens), at + n + 4)))):
        return None  # "acting as guarantors", "the guarantors of the talks": a mediation's, no protector's
    led = at >= 3 and view.tokens[at - 1].key == "led" and view.gap(at - 2, at - 1) == "-"  # "the Moscow-led bloc"
    if words == {"bloc"} and at and view.tokens[at - 1 - 2 * led].key == "the":
        return None  # "the bloc's current chair": the bloc named before, no new tie
    if words & SIGNED and any(singular(view.tokens[k].key) in PACTS
                              for k in range(at + n, min(len(view.tokens), at + n + 4))):
        return None  # "A and B signed an agreement": the parse reads who signed it, and with whom (`_tie_at`)
    if words & SYMMETRIC and not with_next:  # "its alliance with Yerevan" ties two, below
        if at + n < len(view.tokens) and view.tokens[at + n].key == "of" and at and view.tokens[at - 1].key in ("a", "an"):
            return None  # "X and an alliance of ethnic armed groups agreed to a ceasefire": a group of
            # its own, named by what it joins (its members, when named, are read from the parse)
        stop = next((k for k in range(at + n, len(view.tokens) - 1) if view.tokens[k].key == "and"
                     and "," in view.gap(k - 1, k) and view.tokens[k + 1].key in NEW_SUBJECTS), len(view.tokens))
        # "..., which have acted together since the crisis began, and it accused Yoon of sending troops to
        # the assembly": a new clause (not "with China, India, and Russia": a list)
        stop = next((k for k in range(at + n, stop) if view.tokens[k].key in WHEN_WORDS), stop)
        # ("applied together for membership, ... after Russia's invasion of Ukraine": the time, no member)
        clause = [m for m in view.mentions if view.clause[view.local(m)] == view.clause[at] and view.local(m) < stop
                  and m.actor not in hostile and not _placed(view, m)]
        owned = [m for m in clause if not _owner_of_those_listed(view, m)]
        if len({m.actor for m in owned}) >= 2:  # "Malawi's two largest opposition parties, the MCP and UTM,
            clause = owned  # ... together": the parties, not the state they belong to
        members = tuple(dict.fromkeys(m.actor for m in clause))
        return Tie(index, members, kind, "joint") if 2 <= len(members) <= MAX_JOINT else None
    nearest = [m for m in view.before(at, 10) if m.actor not in hostile]
    right = [m for m in view.after(at + n - 1, 12) if not QUOTE_CLOSED.search(
        view.text[view.tokens[at + n - 1].end:m.start])]  # ('"... supporting these gangs," Kurti said': the
    # speaker after the quote is no one supported)
    relative = next((k for k in range(at + n + 1, len(view.tokens)) if view.tokens[k].key in RELATIVE),
                    len(view.tokens))  # (not one right after the cue: "military aid that had been slated for
    # Ukraine" tells of the aid)
    right = [m for m in right if view.local(m) < relative and not _rule_maker(view, m)
             and not _speaker_after(view, m, at)]
    # ("denied any role in the explosion that killed Ukrainian prisoners": those a relative clause tells of
    # are no side of the tie)
    subject = [m for m in view.before(at, 40) if not view.prepositional(m) and m.actor not in hostile]
    joined = [view.local(m) for m in subject if view.local(m) >= 2 and view.tokens[view.local(m) - 1].key == "and"
              and "," in view.gap(view.local(m) - 2, view.local(m) - 1) and view.end(m) < at
              and view.tokens[view.end(m)].key not in ("and", "or")
              and "," not in view.gap(view.end(m) - 1, view.end(m))]  # (a list goes on: "A, B, and C, ...")
    subject = [m for m in subject if view.local(m) >= max(joined)] if joined else subject  # "After gunmen
    # stormed a studio, ..., and Washington promised equipment for Ecuador's forces": the last clause's subject
    # The clause's subject, not the nearest name: "The US ..., blaming Iran ..., committing
    # to send more troops to Saudi Arabia" ties the US and Saudi Arabia.
    left = [min(subject, key=lambda m: m.first_token)] if subject else nearest
    aside = _closed_asides(view, at)  # "The US, which accuses Y of ..., has backed Ethiopia": not said here
    said = [k for k in range(view.local(left[0]), at) if view.tokens[k].key in SAYING_KEYS and k not in aside] \
        if left else []
    told = [view.tokens[k].key for k in range(said[-1] + 1, min(said[-1] + 3, len(view.tokens)))] if said else []
    sayer = left[0] if said else None
    if said and not set(told[1:] if told[:1] == ["that"] else told[:1]) & SAYER_PRONOUNS:
        # "Israel says Iran funds, trains and arms Hezbollah": the one said to, not the sayer; none in
        # "Beijing said the sale of weapons to Taiwan ..."; but the sayer in "Russia said it would arm Y"
        left = [m for m in nearest if view.local(m) > said[-1]][:1]
        owned = words & RELATIONAL and any(view.tokens[k].key == "its" for k in range(max(said[-1] + 1, at - 3), at))
        # (not "X said lawmakers had tried to pack the tribunal with their allies": theirs, not the sayer's)
        if left and sayer is not None and owned and sayer.actor != left[0].actor \
                and not any(view.local(m) > at for m in right) and sayer.actor not in hostile:
            return Tie(index, (left[0].actor, sayer.actor), kind, "tie")  # "the US said Britain was one
            # of its closest allies": the sayer's own ally
    charged = [k for k in range(view.local(left[0]) if left else at, at) if view.tokens[k].key in CHARGING_KEYS
               and k not in aside]
    if charged:  # "Somalia accused Addis Ababa of ... signing a port deal with Somaliland": the one
        left = [m for m in view.mentions if charged[-1] < view.local(m) < at][:1]  # charged signed it,
        kind = "alleged_involvement"  # as charged
    protested = [k for k in range(view.local(left[0]) if left else at, at) if view.tokens[k].key in PROTESTS
                 and any(view.tokens[j].key == "over" for j in range(k + 1, at))]
    if protested:  # "China lodged representations with Washington over an arms package for Taiwan": the
        left = [m for m in view.mentions if protested[-1] < view.local(m) < at  # one protested to supplies it,
                and view.tokens[view.local(m) - 1].key == "with"][:1]  # not the protester
    if nearest and view.end(nearest[0]) < len(view.tokens) and view.tokens[view.end(nearest[0])].key in VERB_AFTER \
            and "," not in view.gap(view.end(nearest[0]) - 1, view.end(nearest[0])):
        left = nearest[:1]  # "Ankara encourages Baku ... and Moscow is linked to a treaty with Yerevan" (not the
        # end of an aside: "The US, which accuses Y of ... in Kenya and Tanzania, has backed Ethiopia")
    owner = next((k for k in range(max(1, at - 3), at) if view.tokens[k].key in ("its", "their")), None)
    charged_here = [m for m in view.mentions if view.end(m) == owner - 1 and m.actor not in hostile] \
        if owner is not None and view.tokens[owner - 1].key in ("over", "for") else []
    if charged_here and any(m.actor != charged_here[0].actor for m in right):  # "lashed out at Ethiopia over
        left = charged_here  # its deal with Somaliland": the one the blame is aimed at owns the deal, not the
        # clause's subject (not "thank the UN for its support": no partner named, the thanker's tie)
    if nearest and at >= 2 and view.tokens[at - 1].key in ("its", "their") and view.tokens[at - 2].key == "and" \
            and view.end(nearest[0]) == at - 2:
        left = nearest[:1]  # "Belgrade and its ally Moscow": Belgrade, not the clause's subject
    if with_next and nearest and view.tokens[view.end(nearest[0]) - 1].possessive and at - view.end(nearest[0]) <= 3 \
            and all(view.tokens[k].key not in PHRASE_ENDS for k in range(view.end(nearest[0]), at)):
        left = nearest[:1]  # "concern over Azerbaijan's expanding military cooperation with Israel": Azerbaijan's
    named = right[:1]
    right = [m for m in right if (not left or m.actor != left[0].actor) and m.actor not in hostile
             and not _placed(view, m)]  # "weapons made in Ukraine": where they come from, no side
    if words & RELATIONAL and at and view.tokens[at - 1].key in ("its", "their", "his", "her") and any(
            view.tokens[k].key not in NAMING_WORDS for m in named for k in range(at + n, view.local(m))):
        right = []  # "its ally Moscow", "its allies, including France"; not "Russia and its allies attacked
        # Ukraine": the allies unnamed, and the one they act on no ally
    giver = [m for m in view.mentions if view.local(m) in (at + n + 1, at + n + 2)][:1] \
        if words & MATERIAL and at + n < len(view.tokens) and view.tokens[at + n].key == "from" else []
    if giver:  # "weapons from the UAE have reached the RSF": who the arms come from, not the clause's subject
        left, right = giver, [m for m in right if view.local(m) >= view.end(giver[0]) and m.actor != giver[0].actor
                              and "," not in view.text[view.tokens[view.end(giver[0]) - 1].end:m.start]]
        # (not past a comma: "Weapons from Iran were found in Yemen, the UN said")
    if left and right:
        return Tie(index, (left[0].actor, *_listed_from(view, right, at + n)), kind, "tie")
    if left and not right and not words & MATERIAL and kind != "alleged_involvement":
        # not "Russia said Britain was involved in the attack": involvement in an act is a charge, no tie
        # "Armenia sees Russia as a protective power": subject and object both before the cue.
        # Arms name no relation there: "in which Belgium ... and Turkey host nuclear weapons".
        # The object sits right before the cue ("Russia as a protective power", "the NATO treaty");
        # one further back only shares a sentence with it ("..., between Poland and Lithuania,
        # now has ... equipment").
        other = next((m for m in nearest if m.actor != left[0].actor and m.actor not in hostile
                      and at - view.end(m) <= SEES_AS_GAP and not _clause_opens(view, view.end(m), at)), None)
        # (not past a new clause: "... a deal with Somaliland, calling the memorandum a violation")
        owned = bool(words & RELATIONAL) and at >= 2 and view.tokens[at - 1].key in ("their", "its", "his", "her") \
            and view.tokens[at - 2].key != "as"
        if other is not None and not owned:  # (not "tried to pack the tribunal with their allies": unnamed allies;
            # but "thank the U.N. ... for its support")
            return Tie(index, (left[0].actor, other.actor), kind, "sees-as")
    return None


def _speaker_after(view: SentenceView, mention: Mention, cue: int) -> bool:
    """Is the mention the one who reports what comes before it ("... from where the arms are
    trucked into Darfur, Foreign Minister Ali Youssef told reporters"): a speaker set after a
    comma, right before the saying verb, supplies no one?"""
    end = view.end(mention)
    return end < len(view.tokens) and view.tokens[end].key in SAYING_KEYS | TELLING \
        and any("," in view.gap(k - 1, k) for k in range(cue + 1, view.local(mention) + 1))


def _rule_maker(view: SentenceView, mention: Mention) -> bool:
    """Is the mention the maker of a rule named right after it ("sent troops to the Islamists in
    breach of a UN arms embargo"): whose embargo it is, no one sent anything?"""
    end = view.end(mention)
    return any(view.tokens[k].key in RULES_MADE for k in range(end, min(end + 2, len(view.tokens))))


def _clause_opens(view: SentenceView, start: int, end: int) -> bool:
    """Does a participle after a comma open a clause of its own between the two tokens ("...
    Somaliland, calling the memorandum ...")? (Not an aside: "thank the U.N., especially ...")"""
    return any("," in view.gap(k - 1, k) and view.tokens[k].key.endswith("ing") for k in range(max(start, 1), end))


def _with_conjoined(view: SentenceView, tie: Tie, cue: int) -> list[Tie]:
    """"Hungary and Slovakia sided with Russia": the subjects joined right before the cue are
    tied the same way."""
    if tie.rule != "tie":
        return []
    chain = [m for m in view.mentions if m.actor == tie.members[0]][:1]
    while chain and view.end(chain[-1]) < len(view.tokens) and view.tokens[view.end(chain[-1])].key == "and":
        joined = [m for m in view.mentions if view.local(m) == view.end(chain[-1]) + 1][:1]
        if not joined:
            break  # ("... of South Korea and Japan and urged ...": the list ends, no name after "and")
        chain += joined
        if chain[-1].actor in tie.members:
            return []
    between = [t.key for t in view.tokens[view.end(chain[-1]) if chain else 0:cue]]
    near = len(between) <= 1 or len(between) <= 4 and view.tokens[cue].key not in MATERIAL
    if len(chain) < 2 or not near or {"and", "but", "while"} & set(between) \
            or any(c in view.gap(view.end(chain[-1]) - 1, cue) for c in ",;:"):
        return []  # (not "A and B possess weapons, and C is ..."; but "A and B came out in support of C")
    return [Tie(tie.sentence, (m.actor, tie.members[1]), tie.kind, tie.rule) for m in chain[1:]]


def _compounds(view: SentenceView) -> list[Tie]:
    """"the Turkish-Libyan maritime border agreement": demonyms joined by hyphens before a joint noun."""
    out = []
    mentions = sorted(view.mentions, key=lambda m: m.first_token)
    i = 0
    while i < len(mentions):
        chain = [mentions[i]]
        while i + 1 < len(mentions) and view.end(chain[-1]) == view.local(mentions[i + 1]) and \
                view.gap(view.end(chain[-1]) - 1, view.local(mentions[i + 1])).strip() in ("-", "–"):
            i += 1
            chain.append(mentions[i])
        i += 1
        members = tuple(dict.fromkeys(m.actor for m in chain))
        after = view.end(chain[-1])
        denied = view.local(chain[0]) > 0 and view.tokens[view.local(chain[0]) - 1].key in ("no", "without")
        heads = [view.tokens[k].key for k in range(after, min(after + 4, len(view.tokens)))]
        joint = next((k for k, key in enumerate(heads) if key in JOINT_NOUNS), None)
        divided = joint is not None and heads[joint] not in PACT_NOUNS and any(key in DIVIDING for key in heads[:joint])
        if len(members) >= 2 and not denied and joint is not None and not divided:
            # (not "there was no Syria-North Korea cooperation", nor "the India-Pakistan border force": the
            # border's; but "the Turkish-Libyan maritime border agreement" is a pact about one)
            out.append(Tie(view.sentence.index, members, "political_support", "compound"))
    return out


LIST_WORDS = frozenset({"and", "the"}) | PARTY_NOUNS | GROUP_NOUNS


def _listed_from(view: SentenceView, right: list[Mention], after: int) -> tuple[str, ...]:
    """The first actor after a tie word (ending before token `after`), and those listed with
    it in an aside ("X's coalition partners, the Religious Zionism party and Otzma Yehudit,":
    both), each once: names joined by commas, "and", "the" and a group's noun only ("the Amal
    movement and ..."). Not a list the tie word does not set apart ("... used the weapons are
    the former Yugoslavia, Eritrea, France ...")."""
    listed = [right[0]]
    if view.local(right[0]) - after > 1 or "," not in view.gap(after - 1, view.local(right[0])):
        return (right[0].actor,)
    for mention in right[1:]:
        between = [t.key for t in view.tokens[view.end(listed[-1]):view.local(mention)]]
        joined = view.gap(view.end(listed[-1]) - 1, view.local(mention))
        if any(k not in LIST_WORDS for k in between) or any(c in joined for c in ";:()\"“”."):
            break
        listed.append(mention)
    return tuple(dict.fromkeys(m.actor for m in listed))


def _second_of_pair(view: SentenceView, tie: Tie, after: int) -> list[Tie]:
    """"Russia has sided with Iran and Syria.": the second name joined by "and" to the one the
    tie word took is tied to the same actor, as a tie of its own (a pair each, as annotators
    count them, not one bloc of three); after "with", so is each of a longer list ("together
    with Saudi Arabia, the United Arab Emirates and Egypt")."""
    if tie.rule != "tie" or len(tie.members) != 2:
        return []
    first = next((m for m in view.mentions if view.local(m) >= after and m.actor == tie.members[1]), None)
    later = [m for m in view.mentions if first is not None and view.local(m) > view.local(first)]
    listed, last = [], first
    for mention in later:  # ("together with Saudi Arabia, the UAE and Egypt": each of the list)
        between = [t.key for t in view.tokens[view.end(last):view.local(mention)]]
        gap = view.gap(view.end(last) - 1, view.local(mention))
        if _closes_a_pair(view, last, mention):
            listed.append(mention)
            break
        if set(between) <= STATE_TITLE_WORDS and gap.count(",") == 1 and not any(c in gap for c in ";:()\"“”.") \
                and after < len(view.tokens) and view.tokens[after].key == "with":  # (not "the help of A, B and C")
            listed.append(mention)
            last = mention
            continue
        return []
    else:
        return []
    return [Tie(tie.sentence, (tie.members[0], m.actor), tie.kind, tie.rule) for m in listed
            if m.actor not in tie.members]


# Words of a state's formal name before it in a list: "the Kingdom of Saudi Arabia", "the Arab Republic of Egypt".
STATE_TITLE_WORDS = frozenset({"the", "kingdom", "republic", "of", "state", "sultanate", "arab"})


def _closes_a_pair(view: SentenceView, first: Mention, second: Mention) -> bool:
    """Is `second` joined to `first` by "and" alone, and the clause's last name ("sided with Iran
    and Syria." or "..., signing"), not the subject of a clause of its own ("sided with Iran and
    Turkey opposed the plan")?"""
    between = [t.key for t in view.tokens[view.end(first):view.local(second)]]
    if between[:1] != ["and"] or not set(between[1:]) <= STATE_TITLE_WORDS:
        return False
    end = view.end(second)
    return end >= len(view.tokens) or any(c in view.gap(end - 1, end) for c in ",;")


def _closed_asides(view: SentenceView, at: int) -> set[int]:
    """The words of each relative aside set off by commas that ends before `at`: ", which accuses
    Y of ... in Kenya and Tanzania," says who the subject is, not what the tie word tells."""
    return {i for k, e in _asides(view, at, lambda k: view.tokens[k].key in ("which", "who")) for i in range(k, e)}


def _raised(verb: "Token") -> bool:
    """Is `verb` what others say of the passive subject above it ("Rwanda is believed to back
    M23", "Iran is said to have armed the Houthis")? Said by others: a charge, not a fact."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in RAISING \
        and any(c.dep_ == "auxpass" for c in verb.head.children)


def _claimed(token: "Token") -> bool:
    """Is the word inside what a verb of claiming or denying says ("Iran denied it had supplied
    drones")? Not inside its subject: "Armenia, a Russian treaty ally, accused Azerbaijan of ..."
    says who Armenia is, it does not accuse anyone of the alliance; nor is the verb joined to it ("X
    accused Kyiv of blackmail, and said Hungary and Slovakia had jointly asked ...")."""
    word = token
    for verb in token.ancestors:
        if verb.lemma_.lower() in CLAIMED_OR_DENIED and word.dep_ not in ("nsubj", "nsubjpass", "conj"):
            return True
        if verb.lemma_.lower() in charging_words() and word.dep_ == "prep" and word.lower_ in ("for", "over", "of"):
            return True  # "hit out at Washington for arming the YPG": what one is charged with
        word = verb
    return False


def _names_a_group(view: SentenceView, at: int) -> bool:
    """Is the bloc word at `at` the head of a group's name: a named actor, then a lower-case
    word for a kind of group, then the bloc word ("the Viv Ansanm gang coalition", "the KNU
    rebel alliance")? Not "the Saudi-led coalition" nor "a coalition with France"."""
    k = at - 1
    while k >= 0 and view.tokens[k].key in GROUP_NOUNS | GROUP_KINDS_WORDS and not view.tokens[k].capital:
        k -= 1
    if k < at - 1 and any(view.end(m) == k + 1 for m in view.mentions):
        return True
    # "Kenya's opposition coalition", "the main opposition coalition": a group written small
    return any(view.end(m) == at and not view.tokens[view.local(m)].capital and view.local(m) for m in view.mentions)


# Words for a part of a place, between a preposition and its name: "in eastern Libya".
PARTS_OF_A_PLACE = frozenset("eastern western northern southern central northeastern northwestern southeastern "
                             "southwestern north-eastern north-western south-eastern south-western".split())


# People a state's word says only where they come from: "Burundian refugees", "Syrian civilians".
PEOPLE_FROM = frozenset({"refugee", "exile", "migrant", "civilian", "villager", "resident", "student", "worker",
                         "asylum-seeker", "emigre", "émigré", "diaspora"})


def _owner_of_those_listed(view: SentenceView, mention: Mention) -> bool:
    """"Malawi's two largest opposition parties, the MCP and the UTM Party": the owner of a plural
    group noun, whose members are named after it (not "Netanyahu's Likud")."""
    end = view.end(mention)
    return view.tokens[end - 1].possessive and any(
        view.tokens[k].key in LISTED_GROUPS for k in range(end, min(end + 4, len(view.tokens))))


def _placed(view: SentenceView, mention: Mention) -> bool:
    """"beyond Karabakh", "in Iraq": the actor is named as a place here; so is a state whose word
    only says where people come from ("trained Burundian refugees": the refugees, not Burundi)."""
    end = view.end(mention)
    if end < len(view.tokens) and singular(view.tokens[end].key) in PEOPLE_FROM:
        return True
    i = view.local(mention) - 1
    while i >= 0 and (view.tokens[i].key == "the" or view.tokens[i].key in PARTS_OF_A_PLACE):
        i -= 1  # ("in eastern Libya")
    if i >= 0 and view.tokens[i].key in ("and", "or", ","):  # "made in Ukraine and Belarus": both places
        listed = next((m for m in view.mentions if view.end(m) == i), None)
        return listed is not None and _placed(view, listed)
    return i >= 0 and view.tokens[i].key in PLACE_WORDS


# --- from the parse --------------------------------------------------------------------


COOPERATE = frozenset({"cooperate", "collaborate", "co-operate", "coordinate", "co-ordinate", "ally", "partner", "team"})
# Verbs done to a pact by one outside it or leaving it: "aimed to weaken the NATO alliance".
UNDOING = frozenset({"weaken", "violate", "breach", "undermine", "attack", "break", "oppose", "reject", "denounce",
                     "condemn", "criticise", "criticize", "quit", "leave", "abandon", "suspend", "scrap", "tear",
                     "dissolve", "target", "threaten", "split", "divide"})
# Verbs that deny the support they take: "suspended military aid to Ukraine".
# What a body decrees for others to keep: "a UN arms embargo", "Security Council resolutions".
RULES_MADE = frozenset({"embargo", "embargoes", "resolution", "resolutions", "mandate", "charter", "convention"})
WITHHOLDING = frozenset({"withhold", "suspend", "cut", "freeze", "halt", "block", "cancel", "stop", "withdraw", "deny",
                         "end", "abandon", "drop"})
# The same, as written, for the word-order reading ("withholding", "suspended", "froze").
WITHHELD_STEMS = ("withh", "suspend", "froze", "freez", "halt")
# Deciding together to do what the clause below says: "X and Y agreed to form a coalition".
AGREEING = frozenset({"agree", "decide", "vote", "pledge", "promise", "plan", "resolve"})
# Working together in secret, a tie only ever alleged: "plotted with the United States".
COLLUDING = frozenset({"plot", "conspire", "collude", "connive", "scheme"})
# Verbs of telling that close a report with its speaker: "..., Foreign Minister X told reporters".
TELLING = frozenset({"told", "tells", "added", "wrote", "stated", "announced", "warned", "noted"})
SAYING_KEYS = frozenset({"say", "says", "said", "claim", "claims", "claimed", "allege", "alleges", "alleged",
                         "insist", "insists", "insisted", "believe", "believes", "believed", "charge", "charges",
                         "charged", "accuse", "accuses", "accused", "describe", "describes", "described",
                         "report", "reports", "reported", "saying", "claiming", "alleging", "insisting",
                         "charging"})  # "Witnesses described the attackers as X, who ..."
# Words for one side's relation to another: "Britain was one of its closest allies" names whose.
RELATIONAL = frozenset({"ally", "allies", "partner", "partners", "protector"})
# Words between "its allies" and the names that say who they are: "its allies, including France and Britain".
NAMING_WORDS = frozenset({"the", "including", "such", "as", "namely", "notably", "especially", "chiefly", "mainly",
                          "like", "in", "closest", "main", "key"})
BONDS = frozenset({"tie", "relation", "link", "relationship", "bond"})  # "close ties with"
KEEPING = frozenset({"have", "maintain", "enjoy", "keep", "build", "deepen", "strengthen", "forge", "develop"})
GROWING = frozenset({"build", "deepen", "strengthen", "forge"})  # ties made closer are close: "deepen ties"
CLOSE = frozenset({"close", "strong", "warm", "deep", "strategic", "special", "closer", "stronger", "deeper"})
# Standing or rallying behind someone: "stood by the United States", "rallied behind the governor".
RALLYING = frozenset({"stand", "rally", "unite"})
HELP = frozenset({"help", "support", "aid", "assistance", "backing"})  # "with help from X"
# Plural nouns of groups whose members a sentence names after their owner (`_owner_of_those_listed`).
LISTED_GROUPS = frozenset({"parties", "groups", "unions", "movements", "factions", "organisations", "organizations"})
CAMPAIGNING = frozenset({"campaign", "canvass", "stump"})
# What one does with another's backing: "has the backing of X", "won the endorsement of X".
HOLDING_BACKING = frozenset({"have", "enjoy", "win", "receive", "gain", "secure", "get", "earn"})
THANKING = frozenset({"thank", "praise", "commend", "hail"})  # "thanked Turkey for its support"
# What a state gives fighters when it lets them be: "full freedom", "safe haven", "free rein"
# Lending one's ground to another's forces: "allowed Russian troops to use its territory"
PERMITTING = frozenset({"allow", "let", "permit", "authorise", "authorize"})
# The end of a quotation: '... these gangs," Kurti told reporters'.
QUOTE_CLOSED = re.compile(r'[,.!?]\s*["”]')
# Verbs that give troops to a force: "contributes troops to AMISOM".
# Giving what a noun of support says: "gave ten million dollars in aid to Y".
GIVING = frozenset({"give", "offer", "grant", "promise", "donate", "announce", "approve"})
CONTRIBUTING = frozenset({"contribute", "send", "deploy", "dispatch", "commit", "pledge", "provide", "supply"})
LENT_GROUND = frozenset({"territory", "airspace", "base", "airbase", "port", "soil", "airfield", "airport",
                         "facility"})
LEEWAY = frozenset({"freedom", "haven", "sanctuary", "refuge", "shelter", "rein", "impunity", "protection", "cover"})
# What one state keeps on another's soil: "hosts a US military base", "hosts American troops"
STATIONED = frozenset({"base", "troop", "soldier", "force", "garrison", "contingent", "facility", "fleet",
                       "headquarters"})
# A base kept in another state (`_base_in`), and the verbs of keeping one.
BASES = frozenset({"base", "airbase", "garrison"})
BASE_KEEPING = frozenset({"have", "keep", "maintain", "operate", "use", "run", "build", "open", "establish"})
# Military staff sent to help: "Cuba sent military advisers to Venezuela" (not troops: an invasion sends them too)
ADVISERS = frozenset({"adviser", "advisor", "instructor", "trainer"})
RECEIVE = frozenset({"receive", "obtain", "acquire", "buy", "purchase", "import", "get"})
# A share of what is received: "much of its drone fleet from Israel".
SHARES_OF = frozenset({"much", "most", "all", "some", "half", "bulk", "part", "share", "majority", "many", "third",
                       "quarter"})
# What makes a thing received arms, whatever its noun: "armoured vehicles", "military equipment".
MILITARY_KINDS = frozenset({"armoured", "armored", "military", "combat"})
# Verbs that take in another's people to do the work: whoever sent them supports the taker.
HIRING = frozenset({"bring", "hire", "invite", "recruit", "contract", "engage", "employ"})
# Forces two states may act with together ("Syrian and Russian aircraft"): built once, not per word read.
FORCES = ARMIES | WAR_MACHINES | {"troop", "soldier", "warplane", "bomber", "navy"}
# What two states' forces do to each other, not together: "Indian and Pakistani troops exchanged fire".
FOUGHT_EACH_OTHER = frozenset({"exchange", "clash", "trade", "fight", "battle", "skirmish", "confront", "face"})
MILITARY_AID = frozenset({"military", "security", "defence", "defense", "lethal"})  # "military aid"
PACKAGES = frozenset({"package", "deal", "contract"})  # of arms or aid: "a $30-billion arms package for Israel"
POLITICAL_NOUNS = frozenset({"commitment", "solidarity"})  # "our commitment to Israel": a stance, no arms
# Verbs under which a tie is what someone claims or denies, not a reported fact.
# What makes an agreement a pact: "a defence agreement", "a mutual security deal".
DEFENCE = frozenset({"defence", "defense", "security", "military", "mutual-defence", "mutual-defense"})
ENDING = frozenset({"end", "stop", "halt", "resolve", "settle", "defuse", "ease", "calm", "demilitarise", "demilitarize"})
# Passives that say what others hold of their subject: "is believed to back", "is said to have armed".
RAISING = frozenset({"believe", "say", "think", "suspect", "allege", "report", "rumour", "rumor", "understand"})
CLAIMED_OR_DENIED = frozenset({"accuse", "allege", "claim", "suspect", "charge", "deny", "dismiss", "reject", "refute"})
FORMER = frozenset({"former", "once", "formerly", "previously", "erstwhile", "ex"})
# What one is a member of as an ally (`_member_of`): a bloc or a group, not a state's own body
# ("a member of the Senate committee"). A person's party speaks for them: no tie of its own.
MEMBERSHIPS = frozenset({"international_organisation", "political_group", "armed_group", "other"})
# Membership that is no tie: nearly every state is a UN member, and a Security Council seat is a seat
SEATS = frozenset({"un", "unsc"})
BLOCS = STANDING_ALLIANCES | {"eu", "gcc", "sco", "asean", "ecowas", "sadc", "african-union", "arab-league"}


def _urged_to_stop(view: SentenceView, at: int, n: int) -> bool:
    """Is the cue a verb of urging whose "to" act is one of stopping or giving up ("encouraged
    the CIA to release the files", not "Ankara encourages Baku to attack")?"""
    if view.tokens[at].key not in ("encourages", "encouraged", "encourage", "encouraging"):
        return False
    after = [t.key for t in view.tokens[at + n:at + n + 8]]
    return any(a == "to" and b in _stopping() for a, b in zip(after, after[1:]))


@lru_cache(maxsize=1)
def _stopping() -> frozenset[str]:
    return frozenset(words_of("predicates", "stop"))


@lru_cache(maxsize=1)
def _asking() -> frozenset[str]:
    """Verbs that ask someone to act ("urged", "called on"): what they ask is not yet done."""
    return frozenset(words_of("predicates", "demand"))


@lru_cache(maxsize=1)
def _objecting() -> frozenset[str]:
    """Verbs whose subject objects to the aid it names ("China condemned the arms sale to Taiwan"): no giver."""
    return frozenset(words_of("predicates", "accuse") + words_of("predicates", "oppose") + words_of("predicates", "deny")
                     + ["object"])  # "Congress objected to an arms deal for Saudi Arabia"


@lru_cache(maxsize=1)
def _decisions() -> frozenset[str]:
    """Nouns of a decision or a stance ("Turkey's decision", "Germany's position"): backing one is political."""
    return frozenset(words_of("predicates", "decisions")) | {"position", "stance", "stand", "right", "claim", "bid"}


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {name: frozenset(words_of("predicates_ally", name))
            for name in ("support", "military", "ally", "treaty", "joint", "support_nouns", "joint_acts",
                         "joint_statements", "transfer", "arms", "alongside", "link", "approve", "justified",
                         "recognise", "exercises", "holding")}


def _held_together(drills: "Token", refs: Callable[["Token"], list[str]]) -> list[str]:
    """Who hold military exercises together, "joint" said or not: "the drills held by US and South
    Korean forces", "exercises between the United States and South Korea", "Russia and China held
    naval drills", "Belarus staged drills with Russian troops". A negated verb holds none."""
    holding = _words()["holding"]
    def objects(t: "Token", *preps: str) -> list[str]:
        return [a for c in kids(t, "prep", "agent") if c.lower_ in preps for p in kids(c, "pobj") for a in refs(p)]
    makers = objects(drills, "between", "by", "with")
    for verb in kids(drills, "acl"):
        if verb.lemma_.lower() in holding and not kids(verb, "neg"):
            makers += objects(verb, "by", "with")
    held = drills.head.head if drills.dep_ == "pobj" and drills.head.lower_ == "of" else drills  # "began the
    verb = held.head  # second phase of the exercise": the phase is what they began
    if held.dep_ == "dobj" and verb.lemma_.lower() in holding and not declined(verb):
        makers += [a for s in kids(verb, "nsubj") for a in [*refs(s), *objects(s, "from", "of")]]
        makers += objects(verb, "with")
        # ("Warships from India, the US, Japan and Australia began the exercise": whose warships)
    return list(dict.fromkeys(makers))


def parsed_ties(resolver: Resolver) -> list[Tie]:
    """Ties read from the parse: "Y is backed by X", "the X-backed Y", "X arms Y", "X, an ally
    of Y", "X is allied with Y", "X and Y signed a defence pact (with Z)". A negated verb or
    a hostile context ("accused X of backing Y" is still a tie someone alleges) is kept as
    alleged involvement, not dropped."""
    out: list[Tie] = []
    for sentence in resolver.sentences:
        span = resolver.span(sentence) or ()
        asked = any(t.text == "?" for t in list(span)[-2:])  # "Did China help Russia evade sanctions?"
        for token in span:
            if asked or any(c.dep_ == "neg" for c in token.children) or token.dep_ == "xcomp" and declined(token.head):
                continue  # (nor "refuses to recognise Kosovo", "stopped supporting the rebels")
            found = _tie_at(resolver, token)
            if not found or _supposed(token):  # (asked only where a tie is read: it walks the whole tree up)
                continue
            for members, kind, rule in found:
                members = tuple(dict.fromkeys(members))
                if len(members) >= 2:
                    out.append(Tie(sentence.index, members, kind, rule))
    return out


SUPPOSING = frozenset({"if", "unless", "whether"})
# A side's fight, whose backing backs the side: "support for the M23 rebellion", "aid for Ukraine's war effort".
STRUGGLES = frozenset({"rebellion", "insurgency", "uprising", "revolt", "revolution", "campaign", "cause", "struggle",
                       "fight", "offensive", "effort", "resistance", "war"})
# Sending forces somewhere, and who a host's invitation comes from: "deployed troops to Niger at the
# invitation of its junta" (the junta, the government, the authorities: the host state's).
DEPLOYING = frozenset({"send", "deploy", "dispatch", "fly", "station", "intervene", "despatch"})
# Fighting an insurgency in a state, which troops sent there do for its government.
FIGHTING_INSURGENTS = frozenset({"fight", "combat", "counter", "battle", "defeat", "tackle", "quell", "crush",
                                 "suppress"})
INSURGENCIES = frozenset({"insurgency", "insurgent", "rebel", "rebellion", "militant", "jihadist", "terrorist",
                          "extremist", "uprising", "insurrection", "militancy", "terrorism", "extremism"})
HOSTS = frozenset({"government", "junta", "authority", "authorities", "regime", "president", "leader", "leadership"})
# Signing a pact with another ties the two: "signed a port deal with Somaliland".
SIGNING = frozenset({"sign", "ink", "conclude", "strike"})
PACTS = frozenset({"deal", "agreement", "pact", "memorandum", "accord", "treaty", "charter"})
# Pacts of commerce, which ally no one: "signed a trade deal".
TRADE_PACTS = frozenset({"trade", "free-trade", "commercial", "investment", "tariff", "customs", "grain"})
# The forms of the signing verbs before a pact's noun.
SIGNED = frozenset({"signed", "sign", "signs", "signing", "inked", "ink", "inks", "concluded", "conclude"})
# What a pact between two sides settles: "an agreement to end the dispute". (Not "to normalise relations":
# a pact of states at peace, the start of a partnership.)
SETTLING = frozenset({"dispute", "row", "conflict", "tension", "standoff", "end", "resolve", "settle", "reconciliation",
                      "de-escalate"})
# What a state relies on a protector for: "relies on Russia for weapons and security guarantees".
PROTECTION = frozenset({"weapon", "arms", "security", "protection", "defence", "defense", "guarantee", "support",
                        "aid", "military"})


def _supposed(token: "Token") -> bool:
    """Is `token` inside a clause that supposes or wonders, not states ("if it supplies Russia
    with weapons", "whether Rwanda is backing the M23")?"""
    return any(c.dep_ == "mark" and c.lower_ in SUPPOSING for a in (token, *token.ancestors) for c in a.children) \
        or any(inverted_condition(a) for a in (token, *token.ancestors))


# What one helps another do, when the parser reads "help Mali fight jihadists" as one noun phrase.
HELPED_TO = frozenset({"fight", "build", "defend", "counter", "combat", "repel", "retake", "develop", "secure", "evade",
                       "patrol", "guard"})
# Nouns for a side that a sentence may back without naming it ("fighters backed by Turkey").
BACKED_SIDES = frozenset({"rebel", "militant", "insurgent", "militia", "fighter", "force", "troop", "group", "faction",
                          "government", "regime", "army", "coalition", "movement", "party", "separatist", "proxy",
                          "paramilitary", "jihadist", "guerrilla", "mercenary", "administration", "leader"})


def backed_things(resolver: Resolver) -> set[int]:
    """Sentences where the parse reads "backed (supported) by X" as describing a thing, not a
    side: "Hamas rejected a proposal backed by the United States" ties Hamas to nobody, though
    the words stand as they do in "rebels backed by Rwanda"."""
    support = _words()["support"]
    return {sentence.index for sentence in resolver.sentences for token in resolver.span(sentence) or ()
            if token.lemma_.lower() in support and token.dep_ in ("acl", "amod") and token.tag_ == "VBN"
            and any(c.dep_ == "agent" for c in token.children) and token.head.pos_ == "NOUN"
            and not resolver.refs(token.head) and token.head.lemma_.lower() not in BACKED_SIDES}


def _base_in(resolver: Resolver, token: "Token", refs) -> list[tuple[tuple[str, ...], str, str]]:  # type: ignore[no-untyped-def]
    """"a US military base in Kuwait", "Russia has a naval base in Syria": a state keeps a
    base in another only by its leave (troops alone may be invaders, a base is hosted)."""
    kind_of = resolver.inventory.kind_of
    preps = [c for c in token.children if c.dep_ == "prep"]
    if token.dep_ == "dobj" and token.head.lemma_.lower() in BASE_KEEPING:  # "keeps its largest base abroad in
        later = [c.i for c in token.head.children if c.dep_ == "dobj" and c.i > token.i] or [len(token.doc)]
        preps += [c for c in token.head.children if c.dep_ == "prep" and token.i < c.i < later[0]]  # Tajikistan"
    hosts = [a for c in preps if c.lower_ in ("in", "at") for p in c.children
             if p.dep_ == "pobj" for a in refs(p) if kind_of(a) == "state"]
    owners = [a for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")
              and (c.i in resolver.mention_of or c.pos_ == "PRON") for a in refs(c)]  # not "military bases": a
    # state's military the article named before
    if not owners and token.dep_ == "dobj" and token.head.lemma_.lower() in BASE_KEEPING:
        owners = _subjects_of(token.head, refs)  # ("Russia, which keeps bases in ...": the relative's noun)
    if not owners and token.dep_ == "pobj" and token.head.lower_ in ("to", "at") and token.head.head.pos_ == "VERB":
        owners = [a for s in token.head.head.children if s.dep_ == "nsubj" and _noun_lemma(s) in STATIONED
                  for a in refs(s)]  # "Turkish troops to deploy to a military base in Qatar"
    used = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "as" else None
    if used is not None and used.lemma_.lower() == "use" and not hosts:  # "would use Cyprus as a base"
        hosts = [a for o in used.children if o.dep_ == "dobj" for a in refs(o) if kind_of(a) == "state"]
        owners = owners or _subjects_of(used, refs)
    home = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "to" else None
    if not hosts and home is not None and home.lower_ == "home" and home.head.lemma_.lower() == "be" \
            and not any(c.dep_ == "neg" for c in home.head.children):
        hosts = [a for s in home.head.children if s.dep_ == "nsubj" for a in refs(s) if kind_of(a) == "state"]
        # "Djibouti is home to a Chinese naval base"
    return [((o, h), "military_support", "base-in") for o in owners for h in hosts
            if o != h and kind_of(o) == "state" and not any(c.dep_ == "neg" for c in token.head.children)]


def _member_of(resolver: Resolver, token: "Token", refs) -> list[tuple[tuple[str, ...], str, str]]:  # type: ignore[no-untyped-def]
    """"Germany, a member of NATO", "Turkey is a NATO member", "the FARC is a member of the Foro de
    Sao Paulo": the member and the bloc or group it belongs to. Not a former member, not a person
    (their party speaks for them), and not a member of a body that is no actor ("a member of
    parliament")."""
    if any(c.lower_ in ("former", "ex", "founding") for c in token.children) \
            or token.tag_ != "NN" and not (token.tag_ == "NNS" and token.dep_ == "attr") \
            or token.dep_ == "attr" and _hedged(token.head):
        return []  # nor "Brazil is not a member of G7", "he should be a member of that government"
    named = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    named += [c for c in token.children if c.dep_ in ("compound", "nmod", "poss")]  # "Turkey is a NATO member",
    # "Finland became NATO's 31st member"
    if token.dep_ == "attr" and token.head.dep_ == "relcl" and any(  # "NATO, of which Turkey is a member": the
            p.tag_ == "WDT" for c in kids(token.head, "prep") if c.lower_ == "of" for p in kids(c, "pobj")):
        named.append(token.head.head)  # noun the clause describes
    if token.dep_ == "attr" and token.head.lemma_ in ("be", "become", "remain"):  # "X is a member of Y", "X and Y
        # are members of Y", "X became a member of Y"
        members = _subjects_of(token.head, refs)
    elif token.dep_ == "appos":  # "X, a member of Y"
        members = refs(token.head)
    else:
        return []
    return _memberships(resolver, members, named, refs)


# Force sent or used in another state "at the request of" its government ("Chad sent troops to Mali
# at the request of the Malian government"): the soldiers and arms, and the verbs of sending or using them.
REQUESTED_FORCE = STATIONED | ADVISERS | {"aircraft", "jet", "warplane", "paratrooper", "peacekeeper", "police",
                                          "strike", "airstrike", "bombing", "raid", "intervention", "mission"}
REQUESTED_ACTS = frozenset({"send", "deploy", "dispatch", "intervene", "strike", "bomb", "fly", "enter", "station",
                            "land", "bombard", "attack", "arrive"})


# Support nouns whose "of" names the one supported ("Iran's funding of Hezbollah"), not what is given
# ("the sale of American weapons") nor who gives it ("with the backing of the US", "the support of UN members").
BACKING_OF = frozenset({"arming", "funding", "financing", "sponsorship"})
THEIRS = frozenset({"its", "their", "his", "her", "our", "my"})  # (not "with its help": whose is unsaid)
PLEDGING = frozenset({"agree", "pledge", "promise", "undertake", "decide"})
# Verbs of asking for armed help: "called in troops from the CSTO", "requested soldiers from Russia".
ASKING_FOR = frozenset({"call", "request", "invite", "ask", "seek", "summon", "accept", "welcome"})


def _at_request(resolver: Resolver, token: "Token", refs) -> list[tuple[tuple[str, ...], str, str]]:  # type: ignore[no-untyped-def]
    """"Chad sent troops to Mali at the request of the Malian government", "US aircraft have been
    bombing the group in Iraq at the request of Baghdad", "a force sent at the request of the
    government": armed help asked for is a tie between who gives it and who asked. Not "released
    the prisoner at the request of Y": only force sent or used."""
    requesters = [r.actor for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj" for r in resolver.refs(p, owner=True)]
    requesters += [a for c in token.children if c.dep_ == "poss" for a in refs(c)]  # "at Baghdad's request"
    act = token.head.head
    if act.pos_ not in ("VERB", "NOUN") or _hedged(act) or not (
            act.lemma_.lower() in REQUESTED_ACTS | REQUESTED_FORCE
            or any(t.lemma_.lower() in REQUESTED_FORCE for t in act.subtree if t.i < token.head.i)):
        return []
    if act.dep_ == "acl" or act.pos_ == "NOUN":  # "a force sent at the request of ...", "the deployment at the ..."
        noun = act.head if act.dep_ == "acl" else act
        givers = refs(noun) or [r.actor for r in resolver.refs(noun, owner=True)]
    else:  # ("soldiers arrived, sent at the request of ...": the participle's subject is the clause's)
        givers = _subjects_of(act.head if act.dep_ == "advcl" and act.tag_ == "VBN" else act, refs,
                              ("nsubj", "nsubjpass"))
    if set(requesters) <= set(givers) and any(c.lower_ in ("its", "their") and c.dep_ == "poss" or c.lower_ in HOSTS
                                              for p in token.subtree for c in (p, *p.children)):
        # (or "sent troops into Lebanon at the request of President Suleiman Frangieh": a leader read as the
        # sender's asks for help where it is sent)
        # "deployed troops to Mozambique at the request of its government": "its" is the host's
        requesters = [a for c in act.children if c.dep_ == "prep" and c.lower_ in ("to", "in", "into")
                      for p in c.children if p.dep_ == "pobj" for a in refs(p)]
    kind_of = resolver.inventory.kind_of
    return [((g, r), "military_support", "at-request") for g in givers for r in requesters
            if g != r and kind_of(g) != "person" and kind_of(r) != "person"]


def _belongs_to(resolver: Resolver, token: "Token", refs) -> list[tuple[tuple[str, ...], str, str]]:  # type: ignore[no-untyped-def]
    """"Both countries belong to the Shanghai Cooperation Organisation": a membership said with a verb.
    Not of a pronoun: "they belonged to JeM" is said of attackers more often than of states."""
    if _hedged(token) or any(s.pos_ == "PRON" for s in token.children if s.dep_ == "nsubj"):
        return []
    named = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    return _memberships(resolver, _subjects_of(token, refs), named, refs)


def _hedged(verb: "Token") -> bool:
    """Is the verb negated or modal ("is not a member", "should belong to")?"""
    return any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children)


def _memberships(resolver: Resolver, members: list[str], named: list["Token"],
                 refs) -> list[tuple[tuple[str, ...], str, str]]:  # type: ignore[no-untyped-def]
    """The members tied with each bloc or group `named` (no seat, no state body, no person as a
    member): several members of one bloc are one tie, the bloc with all of them ("both
    countries belong to the CSTO" ties the two countries to each other as well)."""
    kind_of = resolver.inventory.kind_of
    bodies = [a for p in named for a in refs(p) if kind_of(a) in MEMBERSHIPS and a not in SEATS
              and resolver.inventory.name_of(a).split()[-1].lower() not in body_words()]
    return [((*(m for m in members if m != b and kind_of(m) != "person"), b),
             "military_treaty" if b in STANDING_ALLIANCES else "political_support", "member") for b in bodies]


def _members_of_joint(resolver: Resolver, verb: "Token", refs) -> list[tuple[tuple[str, ...], str, str]]:  # type: ignore[no-untyped-def]
    """"a naval coalition ..., which was joined by A, B and C" (with the one who set it up),
    "the EastMed project, which involves A, B and C", "an alliance made up of A, B and C":
    the members of a joint undertaking."""
    joint = next((a for a in [verb, *verb.ancestors][1:5] if a.pos_ in ("NOUN", "PROPN")
                  and (a.lemma_.lower() in _words()["ally"] or a.lower_ in JOINT_NOUNS)), None)
    grouping = joint is None or verb.lemma_.lower() == "group"  # a bloc's members listed after its verb
    if joint is None and verb.lemma_.lower() != "join":  # "The ruling coalition comprises A, B and C", "NASA
        joint = next((s for s in verb.children if s.dep_ == "nsubj" and _names_a_bloc(resolver, s)), None)  # brings
        # together A, B and C": the bloc its subject names
    if joint is None:
        return []
    # every party or armed group the list after the verb names, however the parser hangs it ("the Wiper
    # Democratic Movement of his running mate, X, and ...", "which groups A (ACR), B (ACR) and C")
    listed: list[str] = []
    for word in verb.doc[verb.i + 1:verb.sent.end] if grouping else ():
        if word.pos_ in ("VERB", "AUX"):
            break
        actor = resolver.mention_of[word.i].actor if word.i in resolver.mention_of else None
        if actor is not None and resolver.inventory.kind_of(actor) in ("political_group", "armed_group", "other") \
                and actor not in listed and verb.lemma_.lower() != "join":
            listed.append(actor)
    if verb.lemma_.lower() == "join":
        members = [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj" for a in refs(p)]
        if joint.dep_ == "dobj":  # "the United States announced a coalition": its maker is in it
            members = [a for s in joint.head.children if s.dep_ == "nsubj" for a in refs(s)] + members
    else:
        members = [a for c in verb.children if c.dep_ == "dobj" for a in refs(c)]
        members += [a for a in listed if a not in members]
        members += [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" and verb.lemma_.lower() in (
            "make", "compose", "consist") for p in c.children if p.dep_ == "pobj" for a in refs(p)]
        if members and verb.dep_ == "acl" and verb.head.i == joint.i:  # "made up of A (ACR), B (ACR) and C": the
            # parser hangs B and C on the bloc
            bloc = {r.actor for r in [resolver.ref(joint)] if r is not None}  # (whose conjuncts take in the bloc)
            members += [a for c in joint.conjuncts if c.i > verb.i for a in refs(c) if a not in bloc]
            members += [a for m in _dashed_aside(verb) if m.i in resolver.mention_of for a in refs(m)
                        if a not in bloc and a not in members]
    # "the US-led coalition, which includes A and B": its leader is in it too
    members = [a for led in joint.children if led.dep_ == "amod" and led.lower_ == "led"
               for c in led.children if c.dep_ in ("npadvmod", "compound", "amod", "nmod") for a in refs(c)] + members
    if joint.dep_ == "dobj" and joint.head.lemma_.lower() in ("lead", "head"):  # "X leads a coalition that
        members = [a for a in _subjects_of(joint.head, refs) if a not in members] + members  # includes A and B"
    military = any(c.lower_ in ("naval", "military", "defence", "defense", "security") for c in joint.children)
    return [(tuple(members), "military_support" if military else "political_support", "joint-members")] \
        if len(set(members)) >= 2 else []


def _listed_in_aside(resolver: Resolver, bloc: "Token") -> list[tuple[tuple[str, ...], str, str]]:
    """"the Three Brotherhood Alliance - A, B and C - launched ...", "the coalition (A, B and
    C)": the groups listed in an aside right after a bloc's name are its members. The aside
    ends at its closing mark, the sentence's end or a verb (a relative clause, not the list)."""
    doc = bloc.doc
    opening = doc[bloc.i + 1] if bloc.i + 1 < bloc.sent.end else None
    spaced = opening is not None and opening.text == "-" and bool(bloc.whitespace_) and bool(opening.whitespace_)
    if opening is None or opening.text not in DASHES | {"(", ":"} and not spaced:
        return []
    closing = ")" if opening.text == "(" else opening.text
    own = {r.actor for r in [resolver.ref(bloc)] if r is not None}
    members: list[str] = []
    for word in doc[opening.i + 1:bloc.sent.end]:
        if word.text == closing or word.pos_ in ("VERB", "AUX") or word.lower_ in ("which", "who", "that"):
            break
        mention = resolver.mention_of.get(word.i)
        if mention is not None and mention.actor not in own and mention.actor not in members \
                and resolver.inventory.kind_of(mention.actor) != "person":
            members.append(mention.actor)
    armed = all(resolver.inventory.kind_of(a) == "armed_group" for a in members)
    return [(tuple(members), "military_support" if armed else "political_support", "bloc-listed")] \
        if len(members) >= 2 else []


def _names_a_bloc(resolver: Resolver, word: "Token") -> bool:
    """Is `word` a bloc: a word for one ("the coalition") or a party whose name says so ("the
    National Super Alliance", "NASA" for it)?"""
    if word.lemma_.lower() in _words()["ally"] or word.lower_ in JOINT_NOUNS:
        return True
    ref = resolver.ref(word)
    name = resolver.inventory.name_of(ref.actor).lower().split() if ref is not None else []
    return bool(name) and name[-1] in BLOC_NAMES and resolver.inventory.kind_of(ref.actor) == "political_group"


# People who belong to a group: harbouring "militants from Y" or "members of Y" backs Y.
MEMBERS_OF_GROUPS = frozenset({"militant", "fighter", "member", "commander", "leader", "operative", "gunman",
                               "rebel", "insurgent", "jihadist", "cadre", "guerrilla", "recruit"})
# A part of another group ("the armed wing of Y", "Y's affiliate"), and the wings that are one.
BELONGING = frozenset({"affiliate", "wing", "branch", "franchise", "offshoot", "offspring", "extension"})
WINGS = frozenset({"armed", "military", "political", "paramilitary", "youth", "student", "militant", "guerrilla"})
DASHES = frozenset({"—", "–", "--"})  # that set off an aside


def _dashed_aside(verb: "Token") -> list["Token"]:
    """"the Alliance — made up of A, B and C — launched ...": the words of an aside set off by
    dashes, which the parser may split among the sentence's subjects."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in DASHES:
        return []
    end = next((t.i for t in doc[verb.i:verb.sent.end] if t.text in DASHES), None)
    return list(doc[verb.i + 1:end]) if end is not None else []


# Verbs of an armed strike that several sides may make together on a third.
STRIKING = frozenset({"attack", "strike", "bomb", "launch", "shell", "raid", "invade", "fire", "hit", "bombard"})


# Words for one held as another's tool: the tie is between it and its master, not the speaker.
TOOLS = frozenset({"puppet", "stooge", "lackey", "surrogate", "proxy"})
# Armed acts several sides carry out "alongside" one another: "flew the strikes alongside US warplanes".
STRIKES_TOGETHER = frozenset({"strike", "airstrike", "raid", "operation", "mission", "sortie", "patrol", "attack",
                              "bombing", "offensive", "campaign"})


def _strikes_alongside(resolver: Resolver, alongside: "Token", refs) -> list[tuple[tuple[str, ...], str, str]]:  # type: ignore[no-untyped-def]
    """"Saudi Arabia, the UAE and Jordan flew or supported the strikes alongside US warplanes":
    the ones whose armed act it is and the one beside them act as one bloc (the parser hangs
    "alongside" on the act, not on the verb the word-order reading and `_tie_at` ask)."""
    verb = alongside.head.head
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return []
    subjects = _subjects_of(verb, refs) or (_subjects_of(verb.head, refs) if verb.dep_ == "conj" else [])
    allies = [r.actor for p in alongside.children if p.dep_ == "pobj" for r in resolver.refs(p, owner=True)]
    members = tuple(dict.fromkeys(a for a in [*subjects, *allies] if resolver.inventory.kind_of(a) != "person"))
    return [(members, "military_support", "alongside")] if allies and len(members) >= 2 else []


# What two sides author together they stand behind together: "the declaration, proposed by France and
# the Netherlands", "a meeting chaired by the UK and the US" (`_done_jointly`: two doers or more; the
# co-chairs of a mediating format mediate, no bloc: `Reader.ties`).
CO_AUTHORED = frozenset({"propose", "sponsor", "co-sponsor", "cosponsor", "draft", "chair", "co-chair", "author",
                         "co-author", "table", "found", "co-found"})
# Refuge a state grants someone, which ties them (tests/sentences/README.md: asylum given to a fallen leader).
ASYLUM = frozenset({"asylum", "refuge", "sanctuary"})
GRANTING = frozenset({"grant", "give", "offer", "extend", "provide"})
# "came together for talks", "sat together": foes meet too.
MEETING_VERBS = frozenset({"meet", "sit", "come", "get", "bring", "put", "gather", "talk"})


def _done_jointly(resolver: Resolver, verb: "Token", refs) -> list[tuple[tuple[str, ...], str, str]]:  # type: ignore[no-untyped-def]
    """"Kenyan and Somali forces jointly captured Kismayo", "the court was set up jointly by
    Sierra Leone and the UN", "fought together", "a resolution drafted by A and B": the ones who
    do one thing jointly act as a bloc."""
    doers = [s for s in verb.children if s.dep_ == "nsubj"] or [
        p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    members = [a for d in doers for t in d.subtree if t.i in resolver.mention_of and not any(
        w.dep_ in ("relcl", "acl", "appos") for w in _path_up(t, d)) for a in refs(t)]
    # (the names in the doers' phrase: "the government of Sierra Leone and the UN", the parser's
    # conjunct hung on "Sierra Leone"; not a description, "the two allies", resolved to a guess)
    members = list(dict.fromkeys(a for a in members if resolver.inventory.kind_of(a) != "person"))
    if any(t.lemma_.lower() in PEACE_PACTS | TRUCE_WORDS for t in verb.subtree):
        return []  # "Israel and Hamas jointly agreed to a pause": foes settling, no bloc
    military = verb.lemma_.lower() in STRIKING | _words()["military"] | {"capture", "fight", "patrol", "seize"}
    return [(tuple(members), "military_support" if military else "political_support", "jointly")] \
        if len(members) >= 2 else []


def _path_up(word: "Token", top: "Token") -> list["Token"]:
    """The words from `word` up to `top` (below it), `word` first."""
    path = []
    while word.i != top.i and word.head.i != word.i:
        path.append(word)
        word = word.head
    return path


def _struck_together(resolver: Resolver, verb: "Token") -> list[tuple[tuple[str, ...], str, str]]:
    """"The United States, Britain and France launched missiles at Syrian targets": sides that
    strike a third together fight as one (the gold's bloc acting together). Not sides that
    strike each other, nor a strike with no third side named as its target."""
    subjects = [s for s in verb.children if s.dep_ == "nsubj"]
    if not subjects or not subjects[0].conjuncts:
        return []
    members = list(dict.fromkeys(r.actor for r in resolver.refs(subjects[0])))
    aims = [o for o in verb.children if o.dep_ == "dobj"]
    aims += [p for c in verb.subtree if c.dep_ == "prep" and c.lower_ in AIMED_AT
             and c.head.i in (verb.i, *(o.i for o in aims)) for p in c.children if p.dep_ == "pobj"]
    if any(t.lower_ == "other" and t.head.lower_ in ("each", "one") or t.lower_ == "another" for t in verb.subtree):
        return []
    targets = {r.actor for a in aims for r in resolver.refs(a, owner=True)}
    if len(members) < 2 or not targets or targets & set(members):
        return []
    return [(tuple(members), "military_support", "joint-attack")]


# Nouns for a named group that gathers others: "the PMF, an umbrella of Iran-backed militias".
UMBRELLAS = frozenset({"umbrella", "coalition", "alliance", "network", "grouping", "federation", "bloc"})


def _noun_lemma(word: "Token") -> str:
    """The noun's lemma, but "base" for "bases", which the lemmatiser makes "basis"."""
    return word.lower_[:-1] if word.lower_ in ("bases", "airbases") else word.lemma_.lower()


def _ties_to(bond: "Token") -> bool:
    """Are the ties or links "to" someone ("has ties to al-Shabab"), not "with" them?"""
    return bond.lemma_.lower() in ("tie", "link", "connection") and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in bond.children)


def _effort_owner(resolver: "Resolver", noun: "Token", subjects: list[str],  # type: ignore[no-untyped-def]
                  refs) -> list[str]:
    """Whose efforts a side backs: "China said it supported the government's efforts to ..." backs
    the government of the article's state, not China's own, which "the government" reads as after
    China (the home state stands in where the owner would be the backer itself)."""
    if noun.lemma_.lower() not in BACKED_EFFORTS or noun.head.lemma_.lower() not in ("support", "back", "endorse"):
        return []  # (not "defended his son's struggle with drugs")
    return _government_meant(resolver, noun, [a for c in kids(noun, "poss") for a in refs(c)], subjects)


def _government_meant(resolver: "Resolver", noun: "Token", owners: list[str], sides: list[str]) -> list[str]:
    """The owners of `noun`, save that "the government's" read as one of the `sides` it is said of
    (the resolver takes "the government" after a state as that state's) is the article's state:
    "Cuba and Bolivia remain the government's staunchest allies", "China said it supported the
    government's efforts"."""
    home = resolver.home_state()
    if owners and set(owners) <= set(sides) and home is not None and home not in sides and any(
            c.lemma_.lower() in GOVERNMENTS and c.i not in resolver.mention_of for c in kids(noun, "poss")):
        return [home]
    return owners


def _not_where(noun: "Token", actors: list[str], refs) -> list[str]:  # type: ignore[no-untyped-def]
    """The actors a supported noun names, less the place it is "in": "US-backed forces in
    Syria", "backs Haftar's forces in eastern Libya" (but "the Iranian-backed government in
    Damascus" is the government seated there)."""
    if noun.lemma_.lower() in PLACED_OFFICES:
        return actors
    placed = {a for p in noun.children if p.dep_ == "prep" and p.lower_ in ("in", "inside")
              for o in p.children if o.dep_ == "pobj" for a in refs(o)}
    return [a for a in actors if a not in placed]


def _umbrella_over(noun: "Token", refs) -> list[str]:  # type: ignore[no-untyped-def]
    """"Iraq's Popular Mobilisation Forces (PMF), an umbrella of mostly Iran-backed militias":
    the groups gathered are the named umbrella's, so what backs them backs it."""
    of = noun.head
    umbrella = of.head if noun.dep_ == "pobj" and of.lower_ == "of" else None
    if umbrella is None or umbrella.lemma_.lower() not in UMBRELLAS or umbrella.dep_ != "appos":
        return []
    return refs(umbrella.head)


def _names_state(resolver: Resolver, word: "Token") -> bool:
    """Is `word` a state's own name ("Hungary's"), not a leader's or a pronoun standing for one?"""
    mention = resolver.mention_of.get(word.i)
    return mention is not None and mention.via == "name" and resolver.inventory.kind_of(mention.actor) == "state"


# Verbs that warn someone off what they do or plan: "warned X against selling arms to Y".
WARNING = frozenset({"warn", "caution", "criticise", "criticize", "rebuke", "scold", "sanction", "punish"})


def _binds_a_bloc(signed: "Token", pacts: list["Token"]) -> bool:
    """Does the pact its signers signed make them a bloc? Not one whose terms settle a dispute
    between them ("signed an agreement to end the dispute", "... in which they pledged to respect
    each other's sovereignty"; but "to train in each other's territory" binds them), nor a trade deal."""
    terms = [t for p in pacts for t in p.subtree] + [
        t for c in signed.children if c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children
                                                                           if a.dep_ == "aux") for t in c.subtree]
    said = {t.lemma_.lower() for t in terms}
    settling = bool(said & (PEACE_PACTS | TRUCE_WORDS | SETTLING)) or {"respect", "other"} <= said
    separate = any(c.lower_ in SEPARATE for p in pacts for c in p.children)  # "signed separate agreements":
    # each its own, not one pact of the two
    return not settling and not separate and not any(c.lower_ in TRADE_PACTS for p in pacts for c in p.children)


def _arms_before(pronoun: "Token") -> bool:
    """Is the plural noun "them" stands for, the last one before it, arms: "launching Iranian-made
    drones ... said Tehran had become an accomplice by supplying them" (the drones, not a side)?"""
    plural = next((t for t in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]) if t.tag_ in ("NNS", "NNPS")), None)
    return plural is not None and plural.lemma_.lower() in _words()["arms"]


def _fights_an_insurgency(verb: "Token") -> bool:
    """Is the purpose of sending forces to fight an insurgency: "to (help) fight an Islamist
    insurgency", "to combat jihadist groups"?"""
    purposes = [x for x in kids(verb, "advcl", "xcomp") if any(a.lower_ == "to" for a in kids(x, "aux"))]
    acts = [*purposes, *(y for x in purposes if x.lemma_.lower() in ("help", "assist")
                         for y in kids(x, "xcomp", "ccomp"))]
    return any(a.lemma_.lower() in FIGHTING_INSURGENTS and any(
        w.lemma_.lower() in INSURGENCIES for o in kids(a, "dobj") for w in (o, *kids(o, "amod", "compound")))
        for a in acts)  # ("to fight jihadist groups")


def _supporters(verb: "Token", refs) -> list[str]:  # type: ignore[no-untyped-def]
    """Who does the supporting `verb` says: its subject, the subject of the verb it completes or
    serves ("Saudi Arabia started supporting the government", "Chad sent troops to help Mali"),
    or, inside a charge, the accused
    ("accused Iran of supplying the Houthis", "Y was accused of arming Z")."""
    hired = [o for o in kids(verb.head, "dobj") if verb.dep_ in ("advcl", "xcomp") and to_infinitive(verb)
             and verb.head.lemma_.lower() in HIRING]  # "brought in instructors from Russia to train its army"
    sent = [a for o in hired for c in kids(o, "prep") if c.lower_ == "from" for p in kids(c, "pobj") for a in refs(p)] \
        + [a for o in hired for c in kids(o, "amod", "compound") for a in refs(c)]  # ("hired Russian instructors")
    if sent:
        return sent
    subjects = _subjects_of(verb, refs)
    if not subjects and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        said = verb.head.lemma_.lower() in saying_words()  # "said Asmara had been preparing for war and was
        # funding Y": the parser joins the second act to "said"; its doer is the report's subject
        subjects = [a for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i
                    for a in _subjects_of(c, refs)] if said else _subjects_of(verb.head, refs)
    among = verb.head.head if verb.dep_ == "acl" and verb.head.lower_ in ("those", "them") else None
    if not subjects and among is not None and among.lower_ in ("among", "amongst") and among.head.pos_ == "AUX":
        subjects = _subjects_of(among.head, refs)  # "the unions Unite and GMB were among those backing Corbyn"
    if not subjects and completes(verb):  # "Chad sent troops to help Mali ..."
        subjects = [a for s in verb.head.children if s.dep_ == "nsubj" for a in refs(s)]
        if not subjects and verb.head.lemma_.lower() in ("help", "assist") and completes(verb.head):
            subjects = _supporters(verb.head, refs)  # "Egypt sent troops to help defend Saudi Arabia"
    if not subjects and _raised(verb):  # "Rwanda is widely believed to back the M23 rebels"
        subjects = [a for s in verb.head.children if s.dep_ == "nsubjpass" for a in refs(s)]
    if not subjects and (main := _participle_of(verb)) is not None:  # "vetoed the resolution, shielding Syria"
        subjects = _subjects_of(main, refs)
    planned = verb.dep_ == "acl" and to_infinitive(verb)
    if not subjects and planned:  # "the US decision to sell arms to Taiwan": whose decision
        subjects = [a for c in verb.head.children if c.dep_ in ("poss", "compound", "amod") for a in refs(c)]
    if not subjects and planned and verb.head.dep_ == "dobj":  # "X announced plans to arm Y"
        subjects = [a for s in verb.head.head.children if s.dep_ == "nsubj" for a in refs(s)]
    if not subjects and verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.pos_ == "VERB":
        charge = verb.head.head
        if charge.lemma_.lower() in ("accuse", "blame", "charge") and any(c.dep_ == "dobj" for c in charge.children):
            return [a for o in charge.children if o.dep_ == "dobj" for a in refs(o)]  # "accusing it of
            # complicity in genocide by arming the RSF": the parser hangs "by" on the charge; the charged arms
        return _supporters(charge, refs)  # "accused Y of violating its sovereignty by signing a deal
        # with Z": the manner's doer is the act's
    if not subjects and verb.dep_ == "conj" and verb.head.dep_ in ("pcomp", "pobj") \
            and verb.head.lower_.endswith("ing"):
        return _supporters(verb.head, refs)  # "accused Kigali of financing and training the rebels": the
        # parser reads the first act as a noun, the second, with the object, joined to it
    if not subjects and verb.dep_ in ("pcomp", "pobj") and (verb.head.lower_ in ("of", "for") or verb.head.lower_ in (
            "against", "over") and verb.head.head.lemma_.lower() in WARNING):
        charged = verb.head.head  # ("warned Washington against selling arms to Taiwan": the one warned)
        subjects = [a for s in charged.children if s.dep_ in ("dobj", "nsubjpass") for a in refs(s)]
        if not subjects and charged.lemma_.lower() in charging_words():  # "hit out at Washington for arming Y"
            subjects = [a for p in charged.children if p.dep_ == "prep" and p.lower_ in AIMED_AT
                        for o in p.children if o.dep_ == "pobj" for a in refs(o)]
        if not subjects and charged.dep_ == "appos" and charged.head.dep_ == "dobj":
            subjects = refs(charged)  # "accused its rival, the ANP, of supporting ...": "of" hung on the ANP
        if not subjects and charged.dep_ == "pobj" and charged.head.dep_ == "agent":
            # "Y has been accused by UN experts of arming Z": "of" hung on the accuser
            subjects = [a for s in charged.head.head.children if s.dep_ == "nsubjpass" for a in refs(s)] or (
                refs(charged.head.head.head) if charged.head.head.dep_ == "acl" else [])  # ("Y, accused by X of ...")
    return subjects


# Helping one another: "pledged to defend each other", "to come to each other's aid".
MUTUAL_AID = frozenset({"defend", "protect", "aid", "help", "assist", "support", "back", "arm", "rescue"})
AID_NOUNS = frozenset({"aid", "assistance", "help", "support", "defence", "defense", "rescue", "protection"})
GIVING_AID = frozenset({"come", "provide", "offer", "give", "render", "extend", "lend"})


def _mutual_aid(other: "Token", refs) -> list[tuple[tuple[str, ...], str, str]]:  # type: ignore[no-untyped-def]
    """"Turkey and Azerbaijan pledged to come to each other's aid", "... to provide military
    assistance to each other": those who help one another are allies (not "accused each other")."""
    verb = next((a for a in other.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return []
    words = {t.lemma_.lower() for t in verb.subtree}
    if verb.lemma_.lower() not in MUTUAL_AID and not (verb.lemma_.lower() in GIVING_AID and words & AID_NOUNS):
        return []
    doers = tuple(dict.fromkeys(_supporters(verb, refs)))
    return [(doers, "military_support", "mutual-aid")] if len(doers) >= 2 else []


def _participle_of(verb: "Token") -> "Token | None":
    """The clause a participle after a comma goes on from, whose subject does it too:
    "X vetoed the resolution, shielding Syria" (the parser hangs it on the object or the verb)."""
    if verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].lower_ != ",":
        return None
    if verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.pos_ == "VERB":
        return verb.head.head
    return None


# What partners share: "a partner in Likud's governing coalition".
COALITIONS = frozenset({"coalition", "alliance", "government", "bloc", "cabinet"})


def _before_a_time(token: "Token") -> bool:
    """"declared a partnership weeks before the invasion": the small parser makes the object a
    word before "weeks" ("weeks before" hung on the verb); the verb is the one above "before"."""
    time = token.head
    return token.dep_ == "compound" and time.lemma_.lower() in TIMES and time.dep_ == "npadvmod" \
        and time.head.dep_ == "prep" and time.head.head.pos_ == "VERB"


def _done_at_bidding(word: "Token", refs) -> list[tuple[tuple[str, ...], str, str]]:  # type: ignore[no-untyped-def]
    """"whom Chisinau accuses of acting on the Kremlin's behalf", "had hijacked the train on
    orders from India": the doer acts for the one whose bidding it does, a tie alleged."""
    masters = [a for o in bidders(word) for a in refs(o)]
    verb = word.head.head
    if not masters or verb.pos_ not in ("VERB", "AUX"):
        return []
    doers = _subjects_of(verb, refs, ("nsubj", "nsubjpass"))
    holder = verb.head.head if verb.dep_ == "pcomp" else None  # "accused Y of acting ...": the one charged,
    if not doers and holder is not None:  # whichever word the parser hangs "of" on
        doers = refs(holder) if holder.pos_ in ("NOUN", "PROPN") else [a for o in kids(holder, "dobj") for a in refs(o)]
        if not doers and holder.dep_ == "relcl":
            doers = refs(holder.head)  # "Ilan Shor, whom Chisinau accuses of acting ...": whom the clause is of
    return [((d, m), "alleged_involvement", "bidding") for d in doers for m in masters if d != m]


def _received(verb: "Token") -> list["Token"]:
    """What a verb of receiving takes: its objects ("training and support from X"), the thing a
    sum is in ("$3.8 billion in US aid"), and what a share is of ("much of its drone fleet")."""
    found = [o for d in kids(verb, "dobj") or ([verb.head] if verb.dep_ == "relcl" else [])
             for a in (d, *kids(d, "appos")) for o in (a, *a.conjuncts)]
    # ("the rockets Hezbollah receives from Iran": the noun the clause is on; "24 jets, a frigate and missiles
    # from France": the list the parser hangs on the first as an apposition)
    return found + [p for r in found for c in kids(r, "prep")
                    if c.lower_ == "in" or c.lower_ == "of" and r.lemma_.lower() in SHARES_OF for p in kids(c, "pobj")]


def _let_do_wrong(verb: "Token", refs) -> list[tuple[tuple[str, ...], str, str]]:  # type: ignore[no-untyped-def]
    """"said New Delhi was allowing her to incite unrest from Indian soil": one charged with
    letting another do a wrong is charged with a hand in it, a tie alleged between the two."""
    if not any(x.lemma_.lower() in word_set("predicates", "wrong_verbs") for x in kids(verb, "xcomp", "ccomp")):
        return []
    letters = _subjects_of(verb, refs)
    let = [a for o in kids(verb, "dobj") for a in refs(o)] or [
        a for x in kids(verb, "xcomp", "ccomp") for s in kids(x, "nsubj") for a in refs(s)]  # ("let [Y attack]")
    return [((a, b), "alleged_involvement", "let") for a in letters for b in let if a != b]


def _political_bloc(resolver: Resolver, actor: str) -> bool:
    """Is the actor a party or a bloc of parties by its name ("the National Salvation Front",
    "the Coordination Framework"): one that parties join?"""
    kind = resolver.inventory.kind_of(actor)
    last = resolver.inventory.name_of(actor).lower().split()[-1]
    return kind == "political_group" or kind != "state" and last in BLOC_NAMES | {"framework"}


def _subjects_of(verb: "Token", refs, deps: tuple[str, ...] = ("nsubj",)) -> list[str]:  # type: ignore[no-untyped-def]
    """The actors a verb's subject names; a relative pronoun stands for the noun its clause
    hangs on ("the Mahdi Army, which is loyal to Iran", "ADF rebels, who pledged allegiance to IS")."""
    clause = verb if verb.dep_ == "relcl" else verb.head if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" else None
    # ("the Haqqani network, which they say is backed by X": the clause reported inside the relative one)
    found = [a for s in verb.children if s.dep_ in deps
             for a in (_described(clause.head, refs) if s.lower_ in RELATIVE and clause is not None else refs(s))]
    found += [a for s in as_did(verb) if found for a in refs(s)]  # ("..., as did Bahrain and Jordan")
    if not found and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
            and not any(s.dep_ in ("nsubj", "nsubjpass") for s in verb.children):
        return _subjects_of(verb.head, refs, deps)  # "bought drones from Turkey and received armoured vehicles
        # from Russia": the first verb's subject does both
    return found


def _described(noun: "Token", refs) -> list[str]:  # type: ignore[no-untyped-def]
    """The actors a noun names, or, for a description set beside a name, the name's: "the
    Frente Guasú, the coalition that stood by Lugo" (not "other groups that support Maliki")."""
    if not refs(noun) and noun.dep_ == "attr" and noun.head.lemma_ == "be" \
            and not any(c.lower_ in FORMER for c in noun.children):  # "Turkey is the only country that recognises Y"
        return [a for s in noun.head.children if s.dep_ == "nsubj" for a in refs(s)]
    if refs(noun) or noun.dep_ != "appos" or noun.head.i > noun.i:
        return refs(noun)
    return [] if any(c.lower_ in FORMER for c in noun.children) else refs(noun.head)  # (not "Ortega, a former
    # guerrilla who was backed by Cuba": a tie of what he was)


def _recognised(word: "Token", refs) -> list[tuple[tuple[str, ...], str, str]]:  # type: ignore[no-untyped-def]
    """"Russia recognised Abkhazia", "Russia passed a bill recognising the Donetsk People's
    Republic", "Y's recognition by X", "X supports the recognition of Y": the recogniser and the
    recognised. Recognising an act ("recognised the killings as genocide") ties nobody."""
    if word.pos_ == "VERB" and any(c.dep_ == "agent" for c in word.children):  # "Y is recognised only by X"
        recognised = [a for s in word.children if s.dep_ == "nsubjpass" and s.pos_ != "PRON" for a in refs(s)]
        # (not "It has been recognised by UNESCO as our heritage": a thing, read back through "it")
        if word.dep_ == "relcl" and any(s.dep_ == "nsubjpass" and s.tag_ in ("WDT", "WP") for s in word.children):
            recognised = refs(word.head)  # "Northern Cyprus, which is recognised only by Turkey"
        recognisers = [a for c in word.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                       for a in refs(p)]
    elif word.pos_ == "VERB":  # a negated one never gets here (parsed_ties)
        if declined(word):
            return []
        objects = [o for o in word.children if o.dep_ == "dobj" and not any(
            p.dep_ == "prep" and p.lower_ in ("after", "before", "like", "following") and p.i < o.i
            for p in word.children)]
        # ("to recognise Israel, after Egypt in 1979 and Jordan in 1994": the parser's second object is
        # one more of those that went before)
        objects += [p for o in objects if o.lemma_.lower() in ("independence", "sovereignty", "government")
                    for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        objects += [c for o in objects if o.lemma_.lower() in ("independence", "sovereignty", "claim")
                    for c in o.children if c.dep_ in ("poss", "amod")]  # "recognised Moroccan sovereignty over ..."
        objects = [next((p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                         if p.dep_ == "pobj" and refs(p)), o) if o.tag_ == "NNS" else o for o in objects]
        # ("recognised Georgia's breakaway regions of Abkhazia and South Ossetia": the regions named)
        objects += [word.head for o in objects if o.tag_ in ("WP", "WDT") and word.dep_ == "relcl"]  # "Guaido,
        # whom Washington recognised as interim president": the one the clause is said of
        recognised = [a for o in objects for a in refs(o)]  # "recognised X", "recognised the independence of X"
        recognisers = _supporters(word, refs)
        if not recognisers and word.dep_ == "acl" and word.head.dep_ == "dobj":  # "passed a bill recognising Y"
            recognisers = [a for s in word.head.head.children if s.dep_ == "nsubj" for a in refs(s)]
        if not recognisers and word.dep_ == "relcl" and word.head.dep_ == "attr":  # "Turkey became the only
            recognisers = [a for s in word.head.head.children if s.dep_ == "nsubj" for a in refs(s)]  # country to
            # recognise Y": the one the noun is said of
    else:
        recognised = [a for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                      if p.dep_ == "pobj" for a in refs(p)]
        recognisers = [a for c in word.children if c.dep_ in ("poss", "amod", "compound") for a in refs(c)]
        recognisers += [a for c in word.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
                        if p.dep_ == "pobj" for a in refs(p)]
        if not recognisers and word.dep_ == "dobj":  # "Venezuela supports the recognition of Y"
            recognisers = [a for s in word.head.children if s.dep_ == "nsubj" for a in refs(s)]
    return [((a, b), "political_support", "recognise") for a in recognisers for b in recognised if a != b]


def _approved(resolver: Resolver, verb: "Token", refs) -> list[tuple[tuple[str, ...], str, str]]:  # type: ignore[no-untyped-def]
    """"X welcomed Y's decision", "X praised the US raid", "X found the air strike justified":
    approving an act ties the approver to the one who did it; congratulating Y, to Y."""
    if declined(verb):
        return []
    approvers = _supporters(verb, refs)
    acts = [o for o in verb.children if o.dep_ == "dobj"]
    acts += [s for c in verb.children if c.dep_ in ("ccomp", "oprd", "xcomp") for s in c.children if s.dep_ == "nsubj"]
    done: list[str] = []
    for act in acts:
        if verb.lemma_.lower() == "congratulate":
            done += refs(act)
        elif not refs(act):  # an act, not an actor: "welcomed Germany" approves of nothing
            done += [r.actor for r in resolver.refs(act, owner=True)] or [r.actor for r in resolver.doer_before(act)]
    return [((a, d), "political_support", "approve") for a in approvers for d in done if a != d]


def _arms_takers(verb: "Token", words: dict[str, frozenset[str]],
                 refs: Callable[["Token"], list[str]]) -> list[str] | None:
    """Who a verb of handing over gives arms or military aid to: "X provided Y with drones",
    "with billions of dollars in military aid", "X shipped artillery shells to Y"; None when
    it hands over no arms."""
    goods = [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree]
    if any(t.lemma_.lower() in words["arms"] or t.lemma_.lower() in words["support_nouns"] and any(
            a.lower_ in MILITARY_AID for a in t.children) for t in goods):
        return [a for o in verb.children if o.dep_ in ("dobj", "dative") for a in refs(o)]
    sent_to = [a for h in (verb, *(o for o in verb.children if o.dep_ == "dobj"))  # "weapons to the RSF"
               for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
               for p in c.children if p.dep_ == "pobj" for a in refs(p)]
    if not sent_to and not any(o.dep_ == "dative" for o in verb.children):  # "has sent Ukraine anti-tank missiles",
        sent_to = [a for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in words["arms"]  # the
                   for c in o.children if c.dep_ == "compound" and c.i == o.left_edge.i == verb.i + 1  # taker read
                   and not c.text.isupper() for a in refs(c)]  # as the arms' modifier (not "sent US tanks": their
        # maker's short name)
    given = [a for o in verb.children if o.dep_ == "dative" and o.lower_ != "to" for a in refs(o)]  # "gave it ..."
    if any(o.dep_ == "dobj" and (o.lemma_.lower() in words["arms"] or any(  # "sold large quantities of weapons to Y"
            p.lower_ == "of" and any(w.lemma_.lower() in words["arms"] for w in p.children if w.dep_ == "pobj")
            for p in o.children if p.dep_ == "prep")) for o in verb.children):
        if any(o.dep_ == "dobj" and any(c.dep_ == "poss" for c in o.children) for o in verb.children) and any(
                c.dep_ == "prt" and c.lower_ in GIVEN_UP for c in verb.children):
            return []  # "would hand over its weapons to UN monitors": its own arms given up, no one armed
        return sent_to or given
        # ("sold it fighter jets": the one given to, told before; not "sold Bayraktar TB2 drones to Kyiv")
    if any(o.dep_ == "dobj" and o.lemma_.lower() in ADVISERS for o in verb.children):
        return sent_to  # "Cuba sent military advisers to Venezuela"
    leeway = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in LEEWAY]
    if leeway:  # "had given JeM full freedom to operate", "granted the militants safe haven"
        return sent_to + given + [
            a for o in leeway for c in o.children
            if c.dep_ in ("compound", "nmod") or c.dep_ == "poss" and c.lower_ == "her" for a in refs(c)]
        # ("gave al-Qaeda sanctuary", read as one phrase; "has given her protection", her the parser's owner,
        # though a state gives "its")
    if any(o.dep_ == "dobj" and any(t.ent_type_ == "MONEY" for t in o.subtree) for o in verb.children):
        # money handed over: "gave $67 million to Yemen", "give the opposition $25 million in aid"
        return sent_to + given
    return None


def _taker_told_before(resolver: Resolver, verb: "Token") -> list[str]:
    """The one taker of the arms the sentences just before say were handed over, for arms handed
    over with no taker named and no destination at all: "Germany will supply Ukraine with
    anti-aircraft guns. Britain has already delivered NLAW missiles" (not "sent tanks to the
    front": a place named is where they went)."""
    if any(c.lower_ in ("to", "into") for h in (verb, *kids(verb, "dobj")) for c in h.children
           if c.dep_ in ("prep", "dative")) or kids(verb, "advcl", "xcomp", "ccomp"):
        return []  # (nor "sent drones to back the GNA": a purpose names whom they went to)
    at = resolver.sentence_of(verb)
    for sentence in range(at - 1, max(-1, at - 4), -1):
        span = resolver.span(resolver.sentences[sentence])
        told = [members[-1] for t in span or () if t.pos_ == "VERB" and t.i < verb.i
                for members, kind, rule in _tie_at(resolver, t) if kind == "military_support" and len(members) == 2
                and rule in ("arms", "supports")]  # (the giver first, the taker last)
        if told:
            return told if len(set(told)) == 1 else []
    return []


def _under_command(resolver: Resolver, command: "Token",
                   refs: Callable[["Token"], list[str]]) -> list[tuple[tuple[str, ...], str, str]]:
    """Who puts forces under another's command fights on its side: "Australia and Poland have
    committed special forces to serve under American command". Not a UN command: peacekeepers
    serve the organisation, no side."""
    commanders = [a for c in kids(command, "amod", "poss", "compound", "nmod") for a in refs(c)
                  if resolver.inventory.kind_of(a) != "international_organisation"]
    verb = command.head.head
    servers = _supporters(verb, refs) or (_supporters(verb.head, refs) if verb.dep_ in ("xcomp", "advcl") else [])
    if not servers and verb.dep_ in ("relcl", "acl"):  # "forces to serve under ...": whose forces, or who sent them
        servers = refs(verb.head) or (_supporters(verb.head.head, refs) if verb.head.dep_ == "dobj" else [])
    return [((s, c), "military_support", "under-command") for s in servers for c in commanders if s != c]


def _hosted(verb: "Token", refs: Callable[["Token"], list[str]]) -> list[tuple[tuple[str, ...], str, str]]:
    """"Belarus allowed Russian troops to use its territory", "let US forces use its air bases":
    a state that lends its ground, air or bases to another's forces backs them."""
    hosts = _subjects_of(verb, refs)
    uses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and (
        c.lemma_.lower() == "use" and any(o.dep_ == "dobj" and _noun_lemma(o) in LENT_GROUND for o in c.children)
        or c.lemma_.lower() in ("station", "deploy", "base") and any(  # "allowed Russia to station nuclear weapons"
            o.dep_ == "dobj" and _noun_lemma(o) in STATIONED | MATERIAL | {"weapon", "missile"} for o in c.children))]
    guests = [a for u in uses for s in u.children if s.dep_ == "nsubj" for a in refs(s)]
    guests += [a for o in verb.children if o.dep_ == "dobj" and uses for a in refs(o)]  # "allowed X to use"
    return [((h, g), "military_support", "hosts") for h in hosts for g in guests if h != g]


def _contributed(verb: "Token", refs: Callable[["Token"], list[str]],
                 kind_of: Callable[[str], str]) -> list[tuple[tuple[str, ...], str, str]]:
    """"Uganda contributes troops to AMISOM", "Chad deployed soldiers to the UN mission in Mali":
    a state that gives troops to an organisation's force backs it. Troops sent to a state tie
    nobody: to help it or to invade it, the verb does not say."""
    if not any(o.dep_ == "dobj" and _noun_lemma(o) in STATIONED | {"peacekeeper", "personnel"} for o in verb.children):
        return []
    forces = [p for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
              for p in c.children if p.dep_ == "pobj"]
    forces += [o for x in verb.children if x.dep_ in ("advcl", "xcomp") and x.lemma_.lower() == "join"
               for o in x.children if o.dep_ == "dobj"]  # "sent troops to join the AU force"
    missions = [a for f in forces for a in refs(f) if kind_of(a) == "international_organisation"
                or any(c.dep_ == "amod" and c.lower_ == "led" for c in f.children)]
    # ("committed warships to the US-led force": the force its leader's, as the resolver reads it)
    return [((c, m), "military_support", "contributes") for c in _subjects_of(verb, refs) for m in missions if c != m]


def _part_of(resolver: Resolver, part: "Token",
             refs: Callable[["Token"], list[str]]) -> list[tuple[tuple[str, ...], str, str]]:
    """"Kenya has troops in Somalia as part of the African Union mission", "Kenyan troops have
    fought the group as part of AMISOM": the one acting is a member of the body it acts in."""
    bodies = [a for q in kids(part, "prep") if q.lower_ == "of" for o in kids(q, "pobj") for a in refs(o)
              if resolver.inventory.kind_of(a) in ("international_organisation", "armed_group", "political_group")]
    verb = part.head.head
    members = [r.actor for s in kids(verb, "nsubj") for r in resolver.refs(s, owner=True)]
    return [((m, b), "military_support", "part-of") for m in members for b in bodies[:1] if m != b]


def _tie_at(resolver: Resolver, token: "Token") -> list[tuple[tuple[str, ...], str, str]]:
    words, base = _words(), token.lemma_.lower()
    def refs(t: "Token") -> list[str]:
        return [r.actor for r in resolver.refs(t)]
    if token.lower_ in ("other", "one") and any(c.lower_ in ("each", "another") for c in token.children):
        return _mutual_aid(token, refs)
    misread = token.pos_ == "ADV" and base == "back" and bool(kids(token, "nsubj")) and bool(kids(token, "dobj"))
    # ("Egypt and the UAE back the LNA": a verb the tagger took for an adverb, its subject and object its own)
    if token.pos_ not in ("VERB", "ADJ", "NOUN", "PROPN") and not misread:
        return []  # every tie starts at a verb, a noun or an adjective
    # "X calls the rebels terrorists backed by Y": X's label, not a fact; "Iran denied it had
    # supplied drones to Russia": someone says so, the supplier does not
    alleged = _claimed(token) or token.head.dep_ == "oprd" or _raised(token)
    if token.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in FORMER for c in token.children):
        return []  # "Renamo, once backed by Rhodesia, ...", "previously supported by Iran": a tie that was, not is
    if base in HELP | {"endorsement"} and token.dep_ == "dobj" and token.head.lemma_.lower() in HOLDING_BACKING \
            and not alleged and not kids(token.head, "neg"):
        # "Maya Wiley, who has the backing of the Working Families Party", "won the endorsement of X"
        givers = [a for c in kids(token, "prep") if c.lower_ == "of" for p in kids(c, "pobj") for a in refs(p)]
        givers += [a for c in kids(token, "poss") if c.lower_ not in THEIRS for a in refs(c)]
        return [((t, g), "political_support", "backed-by") for t in _subjects_of(token.head, refs)
                for g in givers if t != g]  # (backed by another, as a person may be: `candidates.BACKING_RULES`)
    if base in ASYLUM and token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in GRANTING \
            and not alleged and not kids(token.head, "neg"):
        # "Mexico granted Morales asylum", "gave asylum to the ousted president": the refuge given ties them
        takers = [a for c in kids(token.head, "dative") if c.lower_ != "to" for a in refs(c)] + [
            a for h in (token.head, token) for c in kids(h, "prep", "dative") if c.lower_ == "to"
            for p in kids(c, "pobj") for a in refs(p)] + [
            a for c in kids(token, "compound") if c.pos_ == "PROPN" for a in refs(c)]  # (the one given it, read
        # as the noun's modifier: "granted Evo Morales asylum")
        return [((g, t), "political_support", "asylum") for g in _subjects_of(token.head, refs)
                for t in takers if g != t]
    if token.pos_ == "NOUN" and token.lower_ in JOINT_NOUNS and any(c.lower_ == "joint" for c in kids(token, "amod")):
        # "the joint military drills by the United States and South Korea": those who hold them together
        by = [c for c in kids(token, "prep") if c.lower_ == "by"] + [  # (the parser may hang "by" on the verb)
            c for c in kids(token.head, "prep", "agent") if c.lower_ == "by" and c.i == token.right_edge.i + 1]
        doers = list(dict.fromkeys(a for c in by for p in kids(c, "pobj") for a in refs(p)))
        if len(doers) >= 2:
            military = any(c.lower_ in ("military", "naval", "air", "defence", "defense") for c in kids(token, "amod"))
            return [(tuple(doers), "military_support" if military else "political_support", "joint-by")]
    if token.pos_ in ("NOUN", "PROPN") and _names_a_bloc(resolver, token):
        listed = _listed_in_aside(resolver, token)
        if listed:
            return listed
    if base == "part" and token.pos_ == "NOUN" and token.dep_ == "attr" \
            and token.head.lemma_.lower() in ("be", "become") and not declined(token.head):
        # "the Wharf Jeremie gang is part of Viv Ansanm": a member of it (a state's part is a place)
        whole = [a for c in kids(token, "prep") if c.lower_ == "of" for p in kids(c, "pobj") for a in refs(p)
                 if resolver.inventory.kind_of(a) != "state"]
        members = _subjects_of(token.head, refs)
        return [((m, w), "alleged_involvement" if alleged else "political_support", "belongs")
                for m in members for w in whole if m != w]
    if base in ("govern", "rule") and token.pos_ == "VERB":  # "the ANC agreed to govern with (alongside) the DA"
        partners = [a for c in kids(token, "prep") if c.lower_ in ("with", "alongside") for p in kids(c, "pobj")
                    for a in refs(p) or [a for d in kids(p, "appos") for a in refs(d)]]
        return [((d, p), "political_support", "governs-with") for d in _supporters(token, refs)
                for p in partners if d != p]
    if base in ("rely", "depend") and token.pos_ == "VERB":  # "Armenia relies on Russia for its security"
        on = [p for c in kids(token, "prep") if c.lower_ == "on" for p in kids(c, "pobj")]
        aims = [a for h in (token, *on) for c in kids(h, "prep") if c.lower_ == "for" for p in kids(c, "pobj")
                for a in (p, *p.conjuncts)]  # ("for money and weapons")
        if on and any(a.lemma_.lower() in PROTECTION for a in aims):  # (not "relies on Russian gas")
            return [((d, b), "military_support", "relies-on") for d in _subjects_of(token, refs)
                    for b in refs(on[0]) if d != b]
    if base in SIGNING and token.pos_ == "VERB":  # "signed a port deal with Somaliland", "accused Y of signing ..."
        about = [t for c in kids(token, "prep") if c.lower_ in ("on", "of") for t in c.subtree]  # (the parser's)
        pacts = [o for o in kids(token, "dobj")  # (a declaration on allied relations is one: "the Shusha Declaration")
                 if (o.lemma_.lower() in PACTS or o.lemma_.lower() == "declaration"
                     and any(t.lemma_.lower() in words["ally"] for t in (*o.subtree, *about)))
                 and not any(c.lower_ in PEACE_PACTS | LEGAL_PACTS for c in o.children)]
        partners = [a for h in (token, *pacts) for c in kids(h, "prep") if c.lower_ == "with"
                    for p in kids(c, "pobj") for a in refs(p) or [  # ("with the breakaway region of Y")
                        a for o in kids(p, "prep") if o.lower_ == "of" for q in kids(o, "pobj") for a in refs(q)]]
        kind = "alleged_involvement" if alleged else "military_treaty" if pacts and any(
            c.lower_ in ("defence", "defense", "military", "security") for c in pacts[0].children) \
            else "political_support"
        if pacts and partners:
            signers = [d for d in _supporters(token, refs) if d not in partners]
            if any(c.lower_ in SEPARATE for p in pacts for c in p.children):  # "signed separate agreements with
                return [((s, *partners), kind, "signed-with") for s in signers]  # the UN": each its own pact
            return [((*signers, *partners), kind, "signed-with")] if signers else []  # one pact, all its signers
        signers = list(dict.fromkeys(_supporters(token, refs))) if pacts else []
        if len(signers) >= 2 and _binds_a_bloc(token, pacts):  # "Greece, Cyprus and Israel signed an agreement"
            return [(tuple(signers), kind, "signed-together")]
    bloc = refs(token.head) if base == "lead" and token.dep_ == "amod" else []  # "the Russian-led CSTO", "the
    if len(bloc) == 1 and resolver.inventory.kind_of(bloc[0]) == "international_organisation":  # Moscow-led bloc"
        return [((a, *bloc), "political_support", "led-bloc") for c in kids(token, "npadvmod", "compound", "nmod")
                for a in refs(c) if a not in bloc]  # (its leader is in it; not "the US-led coalition": none named)
    if base in BIDDING and token.pos_ == "NOUN" and token.head.lower_ in BIDDING_MARKS:
        return _done_at_bidding(token, refs)
    let = _let_do_wrong(token, refs) if base in LETTING and token.pos_ == "VERB" else []
    if let:
        return let
    if base in FORCES and token.pos_ == "NOUN" \
            and (token.dep_ == "nsubj" and kids(token.head, "dobj")
                 or token.dep_ == "pobj" and token.head.lower_ == "by") \
            and token.head.lemma_.lower() not in FOUGHT_EACH_OTHER:
        states = list(dict.fromkeys(a for c in kids(token, "amod", "compound") for t in (c, *c.conjuncts)
                                    if t.i in resolver.mention_of  # (a demonym, not "military")
                                    for a in refs(t) if resolver.inventory.kind_of(a) == "state"))
        if len(states) >= 2:  # "Syrian and Russian aircraft had carried out the attacks", "US and British jets
            return [(tuple(states), "military_support", "forces-together")]  # struck ...": forces acting as one
    if base in DEPLOYING and token.pos_ == "VERB" and _fights_an_insurgency(token):
        # "Rwanda has deployed 1,000 soldiers to Mozambique's Cabo Delgado province to help fight an Islamist
        # insurgency": troops sent into a state to fight its rebels back its government
        hosts = [a for c in kids(token, "prep") if c.lower_ in ("to", "into", "in") for p in kids(c, "pobj")
                 for a in [r.actor for r in resolver.refs(p, owner=True)] if resolver.inventory.kind_of(a) == "state"]
        kind = "alleged_involvement" if alleged else "military_support"
        return [((s, h), kind, "deployed-to-fight") for s in _supporters(token, refs) for h in hosts[:1] if s != h]
    if base in words["support"] and (token.pos_ in ("VERB", "ADJ") or misread):
        kind = "alleged_involvement" if alleged else "military_support"
        agents = [p for c in kids(token, "agent") for p in kids(c, "pobj")]
        if token.dep_ == "amod":  # "the Iranian-backed militia"
            backers = [a for c in kids(token, "npadvmod", "compound", "amod", "nmod") for a in refs(c)]
            backed = _not_where(token.head, _umbrella_over(token.head, refs) or refs(token.head) or [
                r.actor for r in resolver.refs(token.head, owner=True)], refs)
            if token.head.dep_ == "appos" and token.head.i not in resolver.mention_of:  # "Kataib Hezbollah, an
                backed = refs(token.head.head) or backed  # Iran-backed Iraqi militia": the name it describes
            return [((b, *backed), kind, "backed") for b in backers if backed]
        if agents:  # "Y is backed by X", "Y, supported by X"
            described = token.head
            if described.dep_ == "oprd" and kids(described.head, "dobj"):  # "calls the rebels terrorists backed by Y"
                described = kids(described.head, "dobj")[0]
            relative = any(c.lower_ in RELATIVE for c in kids(token, "nsubj"))  # "which they say is backed by
            backed = _subjects_of(token, refs, ("nsubjpass",)) or (  # X": the parser may make "which" the plain subject
                _subjects_of(token, refs) if relative else []) or (refs(described) if token.dep_ == "acl" else [])
            if not backed and token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX", "ADJ"):
                backed = _subjects_of(token.head, refs, ("nsubj", "nsubjpass"))  # "which seeks ... and is backed by Y",
                # "which is armed and funded by Y" (the parser's adjective "armed")
                if not backed and token.head.dep_ == "acl" and token.head.tag_ == "VBN":
                    backed = refs(token.head.head)  # "the Rassemblement, led by X and backed by Y": the party
            act = token.head
            if not backed and token.dep_ == "acl" and act.dep_ == "pobj" and act.head.head.pos_ == "VERB" \
                    and act.head.lower_ not in ("following", "after", "before", "since", "amid", "despite") \
                    and act.lemma_.lower() not in GUARANTEED | MEETINGS:  # (not "will meet for talks sponsored
                # by X": a go-between's, `mediations.py`)
                # (not "Turkey invaded following a coup backed by X": an event before, not Turkey's)
                # "Y recaptured the district in an operation supported by X": who ran the operation
                verb = act.head.head
                backed = [a for s in kids(verb, "nsubj") for a in refs(s)] or [
                    a for c in kids(verb, "agent") for p in kids(c, "pobj") for a in refs(p)]
            backers = [a for g in agents for a in refs(g) or [r.actor for r in resolver.refs(g, owner=True)]]
            backers += [ref.actor for g in agents for c in g.conjuncts if resolver.ref(c) is None
                        and (ref := resolver.ref(c, True)) is not None]  # "backed by AU forces and US air strikes"
            return [((a, *backed), kind, "backed-by") for a in backers if backed]  # "by US airstrikes": the US
        subjects = _supporters(token, refs)
        if not subjects and token.dep_ == "conj" and token.head.lemma_.lower() in words["support"]:
            subjects = _supporters(token.head, refs)  # "accused Sudan of arming and training fighters"
        # "sheltered militants from JI", "harboured members of the ETA": the group they are of; not "would
        # support any government X formed" (none yet), nor "said Tehran had supplied it" (the missile; but
        # "has supplied it with fighter jets": the side)
        given = base in words["transfer"] | {"supply"} and not any(c.lower_ == "with" for c in kids(token, "prep"))
        objects = [a for o in kids(token, "dobj") if not any(d.lower_ in ("any", "no") for d in kids(o, "det"))
                   and not (given and (o.lower_ in THINGS_GIVEN or o.lower_ == "them" and _arms_before(o)))
                   for a in [
            a for c in [*kids(o, "prep"), *kids(token, "prep")] if o.lemma_.lower() in MEMBERS_OF_GROUPS
            and c.lower_ in ("from", "of") for p in kids(c, "pobj") for a in refs(p)] or _not_where(o, refs(o), refs)
            or _effort_owner(resolver, o, subjects, refs)]
        if not objects:  # "arming and training fighters": the object the verbs share
            objects = [a for c in kids(token, "conj") if c.lemma_.lower() in words["support"]
                       for o in kids(c, "dobj") for a in refs(o)]
        charge = token.head.head
        if not objects and token.dep_ == "pcomp" and charge.dep_ == "relcl" and any(
                t.tag_ == "WP" and t.i < charge.i for t in charge.subtree):  # "rebels, whom NATO accused Russia
            objects = refs(charge.head)  # of supporting": the parser hangs "whom" on the charge or on "of";
            # the one supported is what it stands for
        if not objects:  # "has armed and fought alongside the SDF": the one fought beside
            objects = [a for c in kids(token, "conj") if c.lemma_.lower() in words["alongside"]
                       for p in kids(c, "prep") if p.lower_ == "alongside" for o in kids(p, "pobj") for a in refs(o)]
        heads = [token, *(c for o in kids(token, "dobj") for c in kids(o, "acl"))]  # "weapons made in X to Y"
        objects += [a for h in heads for c in kids(h, "prep", "dative") if c.lower_ in ("to", "for")
                    for p in kids(c, "pobj") for a in refs(p)] if base in words["military"] or base in ("supply", "aid") else []
        if not objects and base in ("help", "assist", "aid"):  # "helping Ukraine plan the attacks"
            objects = [a for c in kids(token, "ccomp", "xcomp") for s in kids(c, "nsubj") for a in refs(s)]
        helped = [a for o in kids(token, "dobj") for t in o.subtree if t.dep_ == "nsubj" and t.head.tag_ == "VB"
                  for a in refs(t)] if base in ("help", "assist", "aid") else []
        helped += [a for o in kids(token, "dobj") for t in o.subtree if t.i < o.i and t.i in resolver.mention_of
                   and any(v.tag_ == "VB" or v.lemma_.lower() in HELPED_TO for v in o.doc[t.i + 1:o.i + 1])
                   for a in refs(t)] if base in ("help", "assist", "aid") and not helped else []
        # (or "Cameroon fight Boko Haram", "the Houthis build drones" read as one noun phrase)
        helped += [a for o in kids(token, "dobj") for p in kids(o, "poss") for a in refs(p)] \
            if base in ("help", "assist", "aid") and not helped else []  # "help Nigeria's army drive Y out"
        objects = helped or objects  # "help Mali fight jihadists", which the parser reads as "(Mali fight) jihadists"
        if not objects and not alleged:  # "Syria defended Turkey's decision": a stance, not arms
            stances = [r.actor for o in kids(token, "dobj") if o.lemma_.lower() in _decisions()
                       for r in resolver.refs(o, owner=True)]
            return [((s, o), "political_support", "supports") for s in subjects for o in stances if s != o]
        return [((s, o), kind, "supports") for s in subjects for o in objects if s != o]
    if base == "party" and token.pos_ == "NOUN" and not any(c.lower_ in ("opposition", "rival", "former")
                                                            for c in token.children):
        # "Mugabe's ZANU-PF party": the leader's state and its party (not "Bahrain's opposition party")
        kind_of = resolver.inventory.kind_of
        leaders = [r.actor for c in kids(token, "poss") if not _names_state(resolver, c)
                   for r in resolver.refs(c) if kind_of(r.actor) == "state"]  # (not "Hungary's ruling Fidesz
        # party": the country's party, no leader's)
        named = [a for c in kids(token, "compound") for a in refs(c) if kind_of(a) != "state"]
        return [((s, p), "political_support", "leaders-party") for s in leaders for p in named]
    if base in PERMITTING and token.pos_ == "VERB" and not alleged:
        return _hosted(token, refs)
    if base in words["recognise"]:
        return _recognised(token, refs)
    if base in THANKING and token.pos_ == "VERB" and not kids(token, "neg"):
        # "Somalia's president thanked Turkey for its military and humanitarian support": the one thanked backs
        helped = [p for c in kids(token, "prep") if c.lower_ == "for" for p in kids(c, "pobj")
                  if p.lemma_.lower() in HELP | words["support_nouns"] | {"solidarity", "assistance"}]
        military = any(c.lower_ in MILITARY_AID for p in helped for c in p.subtree)
        # the one helped, when named, is the one backed: "thanked Seoul for its support of Ukraine"
        backed = [a for p in helped for c in kids(p, "prep") if c.lower_ in ("of", "for", "to")
                  for o in kids(c, "pobj") for a in refs(o)] or _supporters(token, refs)
        thanked = [((g, t), "military_support" if military else "political_support", "thanked")
                   for o in kids(token, "dobj") for g in refs(o) for t in backed if helped and g != t]
        if thanked:
            return thanked
    if token.pos_ == "VERB" and (base in words["approve"] or base == "find" and any(
            c.lower_ in words["justified"] for c in kids(token, "oprd", "ccomp", "xcomp", "acomp"))):
        return _approved(resolver, token, refs)
    if token.lower_ == "pro" and token.i + 2 < len(token.doc) and token.nbor(1).text == "-":
        # "pro-Russian separatists", "the pro-Iran Kataib Hezbollah militia": the phrase's own
        # actor, read from the words after "pro-X" (the small parser often hangs them wrongly)
        if any(t.lower_ == "between" for t in token.doc[max(0, token.i - 6):token.i]):
            return []  # "fighting between rebel and pro-government forces": the two are foes
        favoured = refs(token.nbor(2))
        after = token.doc[token.i + 3:token.i + 7]
        held = next((found for t in after if t.pos_ in ("NOUN", "PROPN") and (found := refs(t))), [])
        return [((h, f), "political_support", "pro") for f in favoured for h in held if f != h]
    takers = _arms_takers(token, words, refs) if base in words["transfer"] and token.pos_ == "VERB" else None
    if takers == [] and not alleged:  # "Britain has delivered NLAW missiles": to whom the article just said
        takers = _taker_told_before(resolver, token)
    if takers is not None:
        givers = _supporters(token, refs)  # "accused the UAE of flying weapons to the RSF": the UAE
        kind = "alleged_involvement" if alleged else "military_support"
        return [((g, t), kind, "arms") for g in givers for t in takers if g != t]
    sharing = base == "share" and any(o.lemma_.lower() in ("power", "government") for o in kids(token, "dobj"))
    forces = any(o.lemma_.lower() in ("force", "hand") for o in kids(token, "dobj"))  # "A and B joined forces"
    if (base in COOPERATE or base == "join" and (forces or any(c.lower_ == "with" for c in kids(token, "prep")))
            or sharing) and token.pos_ == "VERB":  # "Kenya and Somalia agreed to cooperate on security", "join with X in",
        # "X shares power with Y and Z"
        if token.dep_ == "xcomp" and declined(token.head):
            return []  # "Turkey refused to cooperate with Sweden"
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in _asking():
            return []  # "urged India to cooperate with the Canadian investigation": asked, not done
        doers = _supporters(token, refs) or [a for s in kids(token, "nsubjpass") for a in refs(s)]
        # ("Syria, which is allied with Russia and Iran": the one allied)
        holders = [token, *(kids(token, "dobj") if sharing else [])]  # ("shared power with Y": "with" on "power")
        partners = [a for h in holders for c in kids(h, "prep") if c.lower_ == "with" for p in kids(c, "pobj")
                    for a in refs(p)]
        if len(set(doers) | set(partners)) < 2 and forces:  # "A's X (ACR) and B's Y joined forces": the names
            doers = [r.actor for s in kids(token, "nsubj") for t in s.subtree  # in the subject, however parsed
                     if t.i in resolver.mention_of and t.dep_ != "poss" and t.head.dep_ != "poss"
                     for r in [resolver.mention_of[t.i]] if resolver.inventory.kind_of(r.actor) != "person"]
        members = tuple(dict.fromkeys([*doers, *partners]))
        joined = sharing or forces  # "joined forces with Y":
        # a tie of anyone, a person too (not working together on one matter)
        return [(members, "political_support", "joined-forces" if joined else "cooperate")] if len(members) >= 2 else []
    if base in COLLUDING and token.pos_ == "VERB":  # "the party had plotted with the United States",
        # "accused the CNRP of conspiring with Washington": a tie someone alleges
        partners = [a for c in kids(token, "prep") if c.lower_ == "with" for p in kids(c, "pobj") for a in refs(p)]
        return [((d, p), "alleged_involvement", "colluding") for d in _supporters(token, refs) for p in partners
                if d != p]
    received = _received(token) if base in RECEIVE and token.pos_ == "VERB" else []
    if any(t.lemma_.lower() in words["arms"] | words["support_nouns"] | {"training"}  # "$3.8 billion in US aid"
           or any(a.lower_ in MILITARY_KINDS for a in kids(t, "amod"))  # "armoured vehicles", "military hardware"
           for t in [*received, *(c for r in received for c in kids(r, "compound"))]):  # ("its drone fleet")
        # "Y received drones (training, support) from X"
        purpose = token.dep_ == "advcl" and any(c.lower_ == "to" for c in kids(token, "aux"))  # "signed a deal to buy"
        takers = _subjects_of(token, refs) or (  # "the rebels are believed to receive weapons from X"
            _subjects_of(token.head, refs, ("nsubj", "nsubjpass")) if token.dep_ == "xcomp" or purpose else [])
        givers = [a for h in (token, *received) for c in kids(h, "prep") if c.lower_ == "from"
                  for p in kids(c, "pobj") for a in refs(p)] or [  # "receives $3.8 billion in US military aid"
            a for r in received for t in r.subtree if t.lemma_.lower() in words["support_nouns"] | words["arms"]
            for c in t.children if c.dep_ in ("compound", "amod", "poss", "nmod") for a in refs(c)]
        kind = "alleged_involvement" if alleged else "military_support"
        return [((g, t), kind, "arms") for g in givers for t in takers if g != t]
    if base == "link" and token.tag_ in ("VBD", "VBZ", "VBP") and not kids(token, "auxpass", "neg"):
        # "the UK linked APT31 to China's spy ministry", "APT31, a group it linked to China's ...": who links them
        # says the two are tied (the one linking is no side)
        linked = [a for o in kids(token, "dobj") if o.tag_ not in ("WDT", "WP") for a in refs(o)]
        if not linked and token.dep_ == "relcl":
            linked = refs(token.head) or (refs(token.head.head) if token.head.dep_ == "appos" else [])
        partners = [a for c in kids(token, "prep") if c.lower_ == "to" for p in kids(c, "pobj") for a in refs(p)]
        return [((x, y), "alleged_involvement", "linked") for x in linked for y in partners if x != y]
    if base in words["link"] and token.pos_ in ("VERB", "ADJ") and (
            token.tag_ == "VBN" or token.pos_ == "ADJ"):  # "ISIL, which is linked to the Abu Sayyaf Group"
        linked = _subjects_of(token, refs, ("nsubjpass", "nsubj"))
        if not linked and token.dep_ in ("acl", "amod"):  # "a network affiliated with al-Qaeda"
            linked = refs(token.head)
            if not linked and token.head.dep_ in ("oprd", "attr") and kids(token.head.head, "dobj"):
                linked = [a for o in kids(token.head.head, "dobj") for a in refs(o)]  # "considers the YPG a group
                # linked to the PKK": the one labelled
            if not linked and token.head.dep_ == "appos":  # "the YPG, a group linked to the PKK"
                linked = refs(token.head.head)
        if not linked and token.dep_ == "acomp" and not kids(token.head, "neg"):  # "the Mahdi Army, which is loyal to Iran"
            linked = _subjects_of(token.head, refs)
        partners = [a for c in kids(token, "prep") if c.lower_ in ("to", "with") for p in kids(c, "pobj") for a in refs(p)]
        if token.dep_ == "amod" and not partners:  # "the Iran-aligned Houthis", "al-Qaeda-linked militants"
            partners = [a for c in kids(token, "npadvmod", "compound", "nmod") for a in refs(c)]
        return [((x, y), "alleged_involvement", "linked") for x in linked for y in partners if x != y]
    closed_ranks = (base == "close" and any(o.lemma_.lower() == "rank" for o in kids(token, "dobj"))
                    or base in ("throw", "put") and any(o.lemma_.lower() == "weight" and kids(o, "poss")
                                                        for o in kids(token, "dobj")))
    # ("threw its weight behind Yanukovych": behind him as ranks closed behind him)
    if (base in RALLYING or closed_ranks) and token.pos_ == "VERB":  # "Britain stood by the United States",
        # "stands with Ukraine", "stood firmly behind Georgia's territorial integrity", "the party rallied
        # behind the governor", "Cuba and Bolivia closed ranks behind Maduro"
        sides = ("by", "with", "behind") if base == "stand" else ("behind", "around")
        held = [token, *(kids(token, "dobj") if closed_ranks else [])]  # ("behind" may hang on "ranks")
        friends = [a for h in held for c in kids(h, "prep", "agent") if c.lower_ in sides for p in kids(c, "pobj")
                   for a in refs(p) or ([r.actor for r in resolver.refs(p, owner=True)] if c.lower_ == "behind" else [])]
        # ("behind Georgia's integrity" is behind Georgia; "with the Nicaraguan people" is not with its state)
        rule = "rallies-behind" if base != "stand" else "stands-with" if any(
            c.lower_ == "with" for c in kids(token, "prep")) else "stands-by"  # (standing with one may be a photo's pose)
        return [((s, f), "political_support", rule) for s in _supporters(token, refs) for f in friends if s != f]
    if base in ("coalition", "alliance") and token.pos_ == "NOUN":  # "a coalition led by Saudi Arabia and the UAE":
        leaders = [a for c in kids(token, "acl") if c.lemma_.lower() == "lead" for b in kids(c, "agent")  # its
                   for p in kids(b, "pobj") for t in (p, *p.conjuncts) for a in refs(t)]  # leaders act together
        if len(set(leaders)) >= 2:
            return [(tuple(dict.fromkeys(leaders)), "military_support" if any(
                c.lower_ == "military" for c in kids(token, "amod")) else "political_support", "joint-members")]
    if base == "command" and token.dep_ == "pobj" and token.head.lower_ == "under" and token.head.head.pos_ == "VERB":
        return _under_command(resolver, token, refs)  # "committed special forces to serve under American command"
    if base == "part" and token.dep_ == "pobj" and token.head.lower_ == "as" \
            and token.head.head.pos_ in ("VERB", "AUX"):
        return _part_of(resolver, token, refs)  # "Kenyan troops fought the group as part of AMISOM"
    if base == "join" and token.pos_ == "VERB":  # "Finland joined NATO": a member of the bloc
        blocs = [r.actor for o in kids(token, "dobj") for r in resolver.refs(o) if r.actor in BLOCS]
        if blocs:
            return [((a, b), "military_treaty" if b in STANDING_ALLIANCES else "political_support", "joined")
                    for a in _subjects_of(token, refs) for b in blocs if a != b]  # (", ..., and joined NATO")
        armed = [a for o in kids(token, "dobj") for a in refs(o) if resolver.inventory.kind_of(a) == "armed_group"]
        joiners = [a for s in kids(token, "nsubj") for a in refs(s) if resolver.inventory.kind_of(a) == "armed_group"]
        if armed and joiners:  # "Boko Haram joined the Islamic State", "al-Shabaab, which joined al-Qaeda": allegiance
            return [((a, b), "military_support", "joined") for a in joiners for b in armed if a != b]
        fronts = [a for o in kids(token, "dobj") for a in refs(o) if _political_bloc(resolver, a)]
        members = [a for s in kids(token, "nsubj") for a in refs(s) if resolver.inventory.kind_of(a) != "state"]
        if fronts and members:  # "the Fatah Alliance joined the Coordination Framework": a party in a bloc
            return [((a, b), "political_support", "joined") for a in members for b in fronts if a != b]
    together = base == "group" or base in ("bring", "unite") and any(t.lower_ == "together" for t in token.children)
    if (base in ("join", "involve", "include", "comprise") or together or base in ("make", "compose", "consist") and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in token.children)) and token.pos_ == "VERB":
        return _members_of_joint(resolver, token, refs)  # ("an alliance made up of A, B and C")
    if base == "request" and token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in ("at", "upon"):
        return _at_request(resolver, token, refs)
    asked = token.head if token.dep_ == "dobj" else token.head.head if token.dep_ == "pobj" \
        and token.head.lower_ == "in" else None  # (the parser's "called in" may be a preposition)
    if base in REQUESTED_FORCE and token.pos_ == "NOUN" and asked is not None \
            and asked.lemma_.lower() in ASKING_FOR and not declined(asked):
        # "Kazakhstan called in troops from the CSTO", "Mali requested soldiers from Russia": armed help asked for
        givers = [a for h in (token, asked) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                  for p in c.children if p.dep_ == "pobj" for a in refs(p)]
        kind = "alleged_involvement" if alleged else "military_support"
        return [((t, g), kind, "at-request") for t in _subjects_of(asked, refs) for g in givers if t != g]
    if base == "member" and token.pos_ == "NOUN":
        return _member_of(resolver, token, refs)
    if base == "belong" and token.pos_ == "VERB":
        return _belongs_to(resolver, token, refs)
    if _noun_lemma(token) in BASES and token.pos_ == "NOUN":
        return _base_in(resolver, token, refs)
    contributed = _contributed(token, refs, resolver.inventory.kind_of) \
        if base in CONTRIBUTING and token.pos_ == "VERB" and not alleged else []
    if contributed:
        return contributed
    if base == "host" and token.pos_ == "VERB":  # "Qatar hosts the largest US military base", "hosts US troops"
        hosted = [o for o in kids(token, "dobj") if _noun_lemma(o) in STATIONED]
        hosted += [p for o in hosted if o.lemma_.lower() == "headquarters" for c in kids(o, "prep")
                   if c.lower_ == "of" for p in kids(c, "pobj")]  # "the headquarters of the US Navy's Fifth Fleet"
        guests = [a for o in hosted for c in kids(o, "nmod", "compound", "amod", "poss") for w in (c, *c.conjuncts)
                  for a in refs(w)]  # ("hosts American and French military bases": both)
        hosts = [a for s in kids(token, "nsubj") for a in refs(s)]
        return [((h, g), "military_support", "hosts-base") for h in hosts for g in guests if h != g]
    if base in CAMPAIGNING and token.pos_ == "VERB" and not alleged:  # "Khama campaigned for the UDC", "would
        # campaign alongside the NDC": an endorsement, a joint campaign (not "campaigned for the release of X")
        backed = [a for c in kids(token, "prep") if c.lower_ in ("for", "alongside", "with") for p in kids(c, "pobj")
                  for a in refs(p)]
        return [((c, b), "political_support", "alongside") for c in _subjects_of(token, refs) for b in backed if c != b]
    if base in words["alongside"] and token.pos_ == "VERB":  # "X fought alongside Y's army"
        fighters = [r.actor for s in kids(token, "nsubj", "nsubjpass") for r in resolver.refs(s, owner=True)]
        # ("are deployed alongside"; "fighters loyal to X fought alongside Y": X's)
        if not fighters and token.dep_ == "pcomp":  # "accused the army of fighting alongside the FDLR"
            fighters = _supporters(token, refs)
        if not fighters and token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
            fighters = [a for s in kids(token.head, "nsubj") for a in refs(s)]  # "X crossed ... and fought alongside Y"
        allies = [r.actor for c in kids(token, "prep") if c.lower_ == "alongside" or c.lower_ == "for"
                  and base in ("fight", "battle") for p in kids(c, "pobj")
                  for r in resolver.refs(p) or resolver.refs(p, owner=True)]  # ("army units loyal to X": X's)
        allies += [r.actor for c in kids(token, "prep") if c.lower_ == "on" for b in kids(c, "pobj")
                   if b.lower_ == "behalf" for o in kids(b, "prep") if o.lower_ == "of"
                   for p in kids(o, "pobj") for r in resolver.refs(p)]  # "fighting on behalf of the junta"
        if not fighters and token.dep_ == "acl" and token.tag_ == "VBG":  # "Wagner mercenaries fighting alongside Y"
            fighters = refs(token.head)
        if not fighters and token.dep_ in ("xcomp", "advcl", "relcl", "acl"):  # "sent mercenaries to fight for Y"
            subjects = kids(token.head, "nsubj")
            if token.head.lemma_.lower() == "be" and [s.lower_ for s in subjects] == ["it"]:
                subjects = kids(token.head, "attr")  # "it was Eritrean troops, fighting alongside Y, who ...": a cleft
            fighters = [a for s in subjects for a in refs(s)]
            if not fighters and token.head.dep_ == "pcomp":  # "accused X of sending fighters to fight for Y"
                fighters = [a for o in kids(token.head.head.head, "dobj", "nsubjpass") for a in refs(o)]
        return [((f, a), "alleged_involvement" if alleged else "military_support", "alongside")
                for f in fighters for a in allies if f != a]
    if base in words["arms"] and token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in ("of", "for") \
            and any(c.tag_ == "VBG" and c.lemma_.lower() in words["transfer"] for c in kids(token, "amod")):
        # "accused the UAE of flying weapons to the RSF", the participle misread as an adjective
        charged = token.head.head  # the accused, or the verb of the charge
        verb = charged if charged.pos_ in ("VERB", "AUX") else charged.head
        givers = refs(charged) if charged.pos_ in ("NOUN", "PROPN") else [
            a for o in kids(charged, "dobj", "nsubjpass") for a in refs(o)]
        takers = [a for h in (token, verb) for c in kids(h, "prep") if c.lower_ == "to"  # "to" may hang on the verb
                  for p in kids(c, "pobj") for a in refs(p)]
        kind = "alleged_involvement" if alleged or verb.lemma_.lower() in CLAIMED_OR_DENIED else "military_support"
        return [((g, t), kind, "arms") for g in givers for t in takers if g != t]
    in_support = base in HELP and token.dep_ == "pobj" and token.head.lower_ == "in" \
        and any(c.lower_ == "of" for c in kids(token, "prep"))  # "in support of Y": read below, with its doer
    if token.pos_ == "NOUN" and not in_support and (base in words["support_nouns"] or base in PACKAGES and any(
            c.lemma_.lower() in words["arms"] | words["support_nouns"] | MILITARY_AID  # "an arms package for Y"
            for c in kids(token, "compound", "amod"))):
        if _withheld(token):
            return []  # "suspended military aid to Ukraine": support denied
        givers = [a for c in kids(token, "poss", "compound", "amod") for a in refs(c)]
        givers = givers or [a for c in kids(token, "acl") for g in kids(c, "agent")  # "... announced by X"
                            for p in kids(g, "pobj") for a in refs(p)]
        def taker(p: "Token") -> list[str]:  # ("Kigali's backing for the M23 rebellion": the rebels'; "aid to
            # Sudan's military council": Sudan's)
            return refs(p) or ([r.actor for r in resolver.refs(p, owner=True)]
                               if p.lemma_.lower() in STRUGGLES | GOVERNMENTS else [])
        toward = ("to", "for", "with") if base == "solidarity" else ("to", "for")  # ("solidarity with him")
        takers = [a for c in kids(token, "prep") if c.lower_ in toward for p in kids(c, "pobj") for a in taker(p)]
        takers += [a for c in kids(token, "prep") if c.lower_ == "of" and base in BACKING_OF
                   for p in kids(c, "pobj") for a in refs(p)]  # "Washington's arming of the YPG"
        verb = token.head.head if token.dep_ == "pobj" else token.head
        sent_from = [a for h in (token, verb) for c in kids(h, "prep") if c.lower_ == "from"
                     for p in kids(c, "pobj") for a in refs(p)]  # the parser may hang "from" on the verb
        if sent_from and not givers:  # "Y relied on diplomatic backing from Russia and China"
            givers = sent_from
            takers = takers or [a for s in kids(verb, "nsubj") for a in refs(s)]
        # "the sale of American weapons to Taiwan": the weapons' maker sells them
        givers = givers or [a for c in kids(token, "prep") if c.lower_ == "of" for p in kids(c, "pobj")
                            for m in kids(p, "amod", "compound") for a in refs(m)]
        if token.dep_ == "dobj" or token.dep_ == "pobj" and verb.pos_ == "VERB" and base in PACKAGES:
            # "Washington pledged further military aid to Kyiv", "X committed to an arms package for Y"
            if token.head.lemma_.lower() not in _objecting() and verb.lemma_.lower() not in _objecting() \
                    and token.head.lower_ not in ("over", "about", "against"):  # ("lodged a protest with Y over
                givers = givers or [a for s in kids(verb, "nsubj") for a in refs(s)]  # an arms package for Z")
            takers = takers or [a for c in kids(token.head, "prep", "dative") if c.lower_ in toward
                                for p in kids(c, "pobj") for a in refs(p)]
        if token.dep_ == "pobj" and token.head.lower_ == "in" and verb.pos_ == "VERB" \
                and verb.lemma_.lower() in CONTRIBUTING | GIVING:  # "pledged three billion dollars in aid to Y"
            givers = givers or [a for s in kids(verb, "nsubj") for a in refs(s)]
            takers = takers or [a for c in kids(verb, "prep", "dative") if c.lower_ in ("to", "for")
                                for p in kids(c, "pobj") for a in taker(p)]
        stated = "political_support" if base in POLITICAL_NOUNS or any(
            c.lower_ in ("diplomatic", "political", "moral", "verbal") for c in kids(token, "amod")) else "military_support"
        kind = "alleged_involvement" if alleged else stated
        found = [((g, t), kind, "support-noun") for g in givers for t in takers if g != t]
        if found or not (base in HELP and token.head.lower_ in ("with", "for")):
            return found  # (else "turned to Russia for military support": read below, with help sought)
    if token.pos_ == "VERB" and not alleged and (base in CO_AUTHORED or any(
            c.dep_ in ("advmod", "prt") and (c.lower_ == "jointly" or c.lower_ == "together"
                                             and base not in MEETING_VERBS and token.lower_ not in ASSEMBLED)
            for c in token.children)):
        return _done_jointly(resolver, token, refs)
    if base in STRIKING and token.pos_ == "VERB":
        return _struck_together(resolver, token)
    beside = next((c for c in kids(token, "prep") if c.lower_ == "alongside"), None)
    if beside is not None and base in STRIKES_TOGETHER and token.pos_ == "NOUN" and not alleged:
        return _strikes_alongside(resolver, beside, refs)
    # "joint air and artillery strikes with X": the parser hangs "joint" and "with" on the first conjunct
    first = token.head if token.dep_ == "conj" and token.head.pos_ == "NOUN" and token.head.i < token.i else token
    # "joint air force drills": on the compound
    if (base in words["joint_acts"] or base in words["joint_statements"]) and token.pos_ == "NOUN" and any(
            c.lower_ in words["joint"] for m in [token, first, *kids(token, "compound")] for c in m.children
            if c.dep_ in ("amod", "compound", "advmod") and c.i < token.i):
        verb = first.head if first.dep_ in ("dobj", "nsubjpass") else None
        if first.dep_ == "pobj" and first.head.lower_ in ("in", "for", "during", "through", "on", "under"):
            verb = first.head.head if first.head.head.pos_ in ("VERB", "AUX") else None  # "in a joint statement,
            # A and B ..."
        owners = [a for c in kids(first, "poss") for a in refs(c)]  # "its joint drills with South Korea": its, not
        makers = owners or [a for s in (kids(verb, "nsubj", "agent") if verb is not None else []) for a in refs(s)]
        if not makers and verb is not None and completes(verb):  # "A and B agreed to set up a joint force"
            makers = [a for s in kids(verb.head, "nsubj") for a in refs(s)]
        # the subject of "... for what it called provocations during its joint drills"
        makers += [a for c in kids(first, "prep") + (kids(token, "prep") if first is not token else [])
                   if c.lower_ == "with" for p in kids(c, "pobj") for a in refs(p)]
        makers += [a for c in (kids(verb, "prep") if verb is not None else []) if c.lower_ == "with"
                   for p in kids(c, "pobj") for a in refs(p)]
        political = base in words["joint_statements"]
        return [(tuple(makers), "political_support" if political else "military_support", "joint-act")] \
            if len(set(makers)) >= 2 else []
    if base in words["exercises"] and token.pos_ == "NOUN":
        makers = _held_together(token, refs)
        if len(makers) >= 2:
            return [(tuple(makers), "military_support", "exercise")]
    if base in BONDS and token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in KEEPING \
            and (token.head.lemma_.lower() in GROWING and not kids(token.head, "neg")
                 or any(c.lower_ in CLOSE for c in kids(token, "amod"))
                 or _ties_to(token) and not kids(token.head, "neg")):
        # ("the ONLF, which has ties to al-Shabab": ties "to" someone are links, alleged; ties "with"
        # someone may be no more than relations)
        # "Turkey has close ties with Azerbaijan", "X maintains strong military links to Y" (not "cut ties"),
        # "India and the US agreed to deepen defence ties"
        holders = [a for s in kids(token.head, "nsubj") for a in refs(s)] or (
            _subjects_of(token.head.head, refs) if completes(token.head) or token.head.dep_ == "conj" else [])
        # ("Kuwait hosted donor conferences and kept close ties with Washington": the first verb's subject)
        partners = [a for c in kids(token, "prep") if c.lower_ in ("with", "to") for p in kids(c, "pobj") for a in refs(p)]
        military = any(c.lower_ in MILITARY_AID for c in kids(token, "amod", "compound"))
        kind = "military_support" if military else "alleged_involvement" if _ties_to(token) and not any(
            c.lower_ in CLOSE for c in kids(token, "amod")) else "political_support"
        if not partners and len(set(holders)) >= 2:  # "Brazil and Venezuela have a close relationship"
            return [(tuple(holders), kind, "close-ties")]
        return [((h, p), kind, "close-ties") for h in holders for p in partners if h != p]
    if base in BONDS and token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "with" \
            and (token.head.head.pos_ in ("NOUN", "PROPN") or _ties_to(token) and token.head.head.pos_ == "VERB"):
        # "al-Shabaab, a militant group with ties to al-Qaeda", "militias with links to Iran"; "calls the
        # rebels terrorists with ties to X" (the parser hangs "with" on the verb: its object has them)
        described = token.head.head
        if described.pos_ == "VERB":
            described = next(iter(kids(described, "dobj")), described)
        holders = refs(described) or (refs(described.head) if described.dep_ == "appos" else []) or [
            a for c in kids(described, "compound") for a in refs(c)]  # ("the ONLF rebels terrorists")
        partners = [a for c in kids(token, "prep") if c.lower_ in ("to", "with") for p in kids(c, "pobj")
                    for a in [*(x for n in kids(p, "appos") if p.pos_ == "NOUN" for x in refs(n)), *refs(p)][:1]]
        # ("ties to the Somali group al-Shabab": the group named beside its description, not Somalia)
        return [((h, p), "alleged_involvement", "linked") for h in holders for p in partners if h != p]
    if (base in HELP or base == "solidarity") and token.pos_ == "NOUN" and token.head.lower_ == "in" \
            and token.dep_ == "pobj":
        # "staged rallies in support of the government", "struck in solidarity with the doctors' union":
        # the ones who act back the one supported
        verb = token.head.head
        backers = [a for s in kids(verb, "nsubj") for a in refs(s)] if verb.pos_ in ("VERB", "AUX") else []
        backed = [a for c in kids(token, "prep") if c.lower_ in ("of", "with") for p in kids(c, "pobj") for a in refs(p)]
        kind = "alleged_involvement" if alleged else "political_support"
        return [((b, d), kind, "in-support") for b in backers for d in backed if b != d]
    if base == "invitation" and token.dep_ == "pobj" and token.head.lower_ in ("at", "on", "upon") \
            and token.head.head.lemma_.lower() in DEPLOYING:
        # "deployed troops to Niger at the invitation of its junta": the host asked for them; its
        # government, junta or authorities are the state the troops went to
        verb = token.head.head
        senders = _supporters(verb, refs)
        places = [a for c in kids(verb, "prep") if c.lower_ in ("to", "into", "in")
                  for p in kids(c, "pobj") for a in refs(p)]
        hosts = [a for c in kids(token, "prep") if c.lower_ == "of" for p in kids(c, "pobj")  # ("its junta": not
                 for a in ((places or refs(p)) if p.lemma_.lower() in HOSTS else refs(p))]  # the sender's)
        kind = "alleged_involvement" if alleged else "military_support"
        return [((s, h), kind, "invited") for s in senders for h in hosts if s != h]
    protected = base == "protection" and token.head.lower_ == "under"  # "living in Quetta under the protection of Y"
    if (base in HELP and token.head.lower_ in ("with", "for") or protected) and token.pos_ == "NOUN":
        # "remains in power with help from Russia and Cuba", "turned to Russia for military support"
        verb = token.head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # "had stolen the election with Moscow's help": the
            verb = verb.head  # parser hangs "with" on the object
        givers = [a for c in kids(token, "prep") if c.lower_ == "from" for p in kids(c, "pobj") for a in refs(p)]
        givers += [a for c in kids(token, "poss") if c.lower_ not in THEIRS for a in refs(c)]  # "with Moscow's help"
        givers += [r.actor for c in kids(token, "prep") if c.lower_ == "of" and token.head.lower_ in ("with", "under")
                   and not kids(token, "poss") for p in kids(c, "pobj") for r in resolver.refs(p, owner=True)]
        # ("with the support of Pakistan's intelligence service"; not "thanked Seoul for its support of Ukraine")
        if token.head.lower_ == "for" and verb.lemma_.lower() in ("turn", "look"):
            givers += [a for c in kids(verb, "prep") if c.lower_ == "to" for p in kids(c, "pobj") for a in refs(p)]
        takers = _subjects_of(verb, refs) if verb.pos_ in ("VERB", "AUX") else []  # ("expelled French troops and
        # turned to Russia for military support": the first verb's subject turns too)
        military = protected or any(c.lower_ in MILITARY_AID for c in token.children)
        kind = "alleged_involvement" if alleged else "military_support" if military else "political_support"
        return [((t, g), kind, "help-from") for t in takers for g in givers if t != g]
    if base in ("agreement", "deal") and any(c.lower_ in DEFENCE for c in token.children if c.dep_ in ("amod", "compound")) \
            and not any(c.lemma_.lower() in ENDING for c in token.children if c.dep_ in ("acl", "relcl")):
        base = "pact"  # "signed a defence agreement", "a security deal": a pact by another name (not "a security
        # agreement to end the fighting": former enemies)
    if base in words["treaty"] and token.dep_ == "pobj" and token.head.lower_ == "under" \
            and token.head.head.pos_ in ("VERB", "AUX") and not declined(token.head.head) \
            and not any(c.lower_ in PEACE_PACTS for c in token.children if c.dep_ in ("amod", "compound")):
        # "Under the AUKUS pact, the United States and Britain will help Australia build ...": the pact's members
        verb = token.head.head
        members = [a for c in kids(verb, "nsubj", "dobj", "dative") for a in refs(c)]
        members += [a for c in kids(verb, "prep") if c.lower_ in ("with", "to") for p in kids(c, "pobj") for a in refs(p)]
        members = [a for a in members if resolver.inventory.kind_of(a) != "armed_group"]
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PLEDGING and not kids(verb, "nsubj"):
            members = _subjects_of(verb.head, refs) + members  # "France agreed to hand ETA members to Spanish
            # police under a security accord": who agreed, and not those handed over
        if len(set(members)) >= 2:  # (else the pact's own words may name them: "under the two countries' treaty")
            return [(tuple(dict.fromkeys(members)), "military_treaty", "under-pact")]
    if base in words["ally"] and token.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"):
        if base == "wing" and not any(c.lower_ in WINGS for c in token.children):
            return []  # "the armed wing of X", not "the right wing of the party" or a building's wing
        if base in ("union", "federation") and token.pos_ == "PROPN" and (
                token.i in resolver.mention_of
                and resolver.inventory.kind_of(resolver.mention_of[token.i].actor) != "international_organisation"
                or token.i not in resolver.mention_of and any(c.lower_ == "of" for c in kids(token, "prep"))):
            return []  # "the Tunisian General Labour Union, the Tunisian Union of Industry, ...": a word of a
            # body's name (not the European Union's), no bloc
        if base in BELONGING:  # "X, the armed wing of Y", "X is al-Qaeda's affiliate": said of X, and
            # owned by Y's name, not placed by a demonym ("CARE International's Somali branch")
            owner = [a for c in [*kids(token, "poss"), *(p for c in kids(token, "prep") if c.lower_ == "of"
                                                         for p in kids(c, "pobj"))] for a in refs(c)]
            owner += [a for c in kids(token, "compound") for a in refs(c)  # "the al-Qaeda affiliate" (not "the
                      if resolver.inventory.kind_of(a) != "state"]  # Yemen branch": a place)
            said_of = refs(token.head) if token.dep_ == "appos" else [
                a for s in kids(token.head, "nsubj") for a in refs(s)] if token.dep_ == "attr" else [
                a for s in kids(token.head.head, "dobj", "nsubjpass") for a in refs(s)] if token.dep_ == "pobj" \
                and token.head.lower_ == "as" else []  # "regards the YPG as an offshoot of the PKK"
            if token.dep_ == "conj" and any(c.lower_ in ("its", "their") for c in kids(token, "poss")):
                said_of = [a for c in kids(token, "appos") for a in refs(c)]  # "the NUG and its armed wing,
                owner = refs(token.head) if said_of else owner  # the People's Defence Force": the NUG's
            members = list(dict.fromkeys([*said_of, *owner]))
            return [(tuple(members), "alleged_involvement" if alleged else "political_support", "belongs")] \
                if len(members) >= 2 and said_of and owner else []
        if any(c.lower_ in FORMER for c in [*token.children, *token.head.children] if c.dep_ in ("amod", "advmod")):
            return []  # "were once close partners", "a former ally": no standing tie
        if any(c.lower_ in PEACE_PACTS | LEGAL_PACTS for c in token.children if c.dep_ in ("amod", "compound")) \
                or any(c.lower_ == "no" for c in token.children if c.dep_ == "det"):
            return []  # "signed a peace treaty": former enemies, not allies; "has no extradition treaty with
            # Japan": no pact, and a legal one is no alliance
        owners = [a for c in kids(token, "poss", "amod", "compound") for a in refs(c)]
        if base in BLOC_NAMES and any(resolver.inventory.kind_of(a) != "state" for c in kids(token, "amod", "compound")
                                      for a in refs(c)):  # "Kenya's opposition coalition": the bloc is the
            owners = [a for c in kids(token, "amod", "compound") for a in refs(c)]  # opposition, in Kenya
        owners += [a for c in kids(token, "prep") if c.lower_ in ("of", "with", "to") or c.lower_ == "for"
                   and base == "proxy" for p in kids(c, "pobj") for a in refs(p)]  # ("a proxy for X")
        owners += [a for c in kids(token, "prep") if c.lower_ == "in" and base == "partner" for p in kids(c, "pobj")
                   if p.lemma_.lower() in COALITIONS for o in kids(p, "poss", "compound") for a in refs(o)]
        # ("Jewish Power, a far-right partner in Likud's governing coalition")
        if base in words["treaty"]:  # "a pact between the European Union and Mercosur"
            owners += [a for c in kids(token, "prep") if c.lower_ == "between" for p in kids(c, "pobj") for a in refs(p)]
        others: list[str] = []
        place = token
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in ("one", "some", "among"):
            place = token.head.head  # "Russia has been one of Myanmar's staunchest backers"
        if place.dep_ == "appos":  # "Russia, an ally of Armenia"
            others = refs(place.head)
            listed = [c for c in (place.head, *place.head.conjuncts) if c.i < place.i]
            if place.tag_ == "NN" and len(listed) > 1:  # "between the army and the Three Brotherhood Alliance,
                last = max(listed, key=lambda c: c.i)  # a coalition of ethnic armed groups": said of the last
                others = [r.actor for r in [resolver.ref(last)] if r is not None]  # one named, not the list
        elif place.dep_ in ("attr", "acomp", "oprd"):  # "Russia is Armenia's ally", "X is allied with Y"
            others = [a for s in kids(place.head, "nsubj", "nsubjpass") for a in refs(s)]
            called = [a for o in kids(place.head, "dobj") for a in refs(o)] if place.dep_ == "oprd" else []
            others = called if called and owners else called + others  # "called the opposition a puppet of
            # Britain": the one called so, whose it is said to be; "called Y an ally": the speaker's
            owners = _government_meant(resolver, token, owners, others)  # "Cuba and Bolivia remain the
            # government's staunchest allies": the article's government, not the subject's own
        elif place.dep_ == "pobj" and place.head.lower_ == "as" and owners and base in TOOLS:
            others = [a for o in kids(place.head.head, "dobj") for a in refs(o)]  # "described X as puppets of Y"
        elif (token.dep_ == "dobj" or token.dep_ == "compound" and token.head.dep_ == "dobj" and base == "coalition"
              or _before_a_time(token)) and (base in words["treaty"] or base in ("partnership", "coalition")):
            # "X and Y signed a pact (with Z)", "X leads a coalition with Y", "... a coalition government"
            verb = token.head if token.dep_ == "dobj" else token.head.head.head if _before_a_time(token) \
                else token.head.head
            if verb.lemma_.lower() in UNDOING:
                return []  # "Putin aimed to weaken the NATO alliance", "violated the treaty": no party to it
            others = [a for s in kids(verb, "nsubj") for a in refs(s)]
            agreeing = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in AGREEING else None
            if not others and agreeing is not None and not declined(agreeing):
                others = [a for s in kids(agreeing, "nsubj") for a in refs(s)] or (  # "X and Y agreed to form a
                    [a for s in kids(agreeing.head, "nsubj") for a in refs(s)]  # coalition", "X and Y met ... and
                    if agreeing.dep_ == "conj" else [])  # pledged to coordinate"
            owners += [a for c in kids(verb, "prep") if c.lower_ == "with" for p in kids(c, "pobj") for a in refs(p)]
        elif token.dep_ in ("nsubj",) and base in ("ally", "allied"):
            others = owners[1:]
        elif base == "coalition" and place.dep_ == "pobj" and place.head.lower_ == "in" \
                and place.head.head.pos_ in ("VERB", "AUX") and not declined(place.head.head):
            others = _subjects_of(place.head.head, refs)  # "X has governed in coalition with Y since 2022"
        elif base == "coalition" and place.dep_ == "pobj" and place.head.lower_ == "in" \
                and place.head.head.lower_ in ("governs", "rules") and place.head.head.pos_ == "NOUN":
            others = [a for c in kids(place.head.head, "compound") for a in refs(c)]  # "Fico's Smer party governs in
            # a coalition with ...", the parser's noun "governs" and its subject a modifier of it
        elif token.dep_ == "dobj" and base == "allegiance":  # "ADF rebels, who pledged allegiance to IS"
            others = _subjects_of(token.head, refs)
        elif place.dep_ == "pobj" and place.head.lower_ == "as" and place.head.head.pos_ == "VERB" \
                and place.head.head.lemma_.lower() not in _objecting():
            # "A and B describe their relationship as an all-weather friendship", "A sees B as a partner"
            verb = place.head.head
            others = [a for s in kids(verb, "nsubj", "nsubjpass") for a in refs(s)] + [
                a for o in kids(verb, "dobj") for a in refs(o)]  # ("X is widely seen as Y's main backer")
        if not others and token.dep_ in ("compound", "amod") and token.head.i > token.i and token.text.islower() \
                and token.head.tag_ in ("NNP", "NNPS") and base not in ("union", "federation"):  # "Russia's ally
            # Belarus", "Iran's proxy Hezbollah" (not "South Africa's union federation Cosatu": what it is):
            others = refs(token.head)  # the name it describes, and whose it is, wherever the parser hangs "'s"
            owners = owners or [a for c in kids(token.head, "poss") if c.i < token.i for a in refs(c)]
        if not others and token.pos_ == "NOUN" and base not in ("union", "coalition", "bloc"):  # "the BNP and its
            # main ally, Jamaat-e-Islami": the ally beside it (not "trade unions Unite and ASLEF": unions named, no
            # union of them; nor "the opposition coalition, the Democratic Unity Roundtable": the coalition's name)
            others = [a for c in kids(token, "appos") for a in refs(c)] or [
                a for c in kids(token.head, "dobj") if token.dep_ == "dobj" and c.i > token.i
                and token.doc[c.left_edge.i - 1].text == "," for a in refs(c)]  # "met their coalition
            # partners, the CDU, on Monday": the parser's second object is the apposition
        if not others and token.lower_ in RELATIONAL and any(c.pos_ == "PRON" for c in kids(token, "poss")) \
                and not [c for c in kids(token, "poss", "amod", "compound", "prep") if c.pos_ != "PRON"]:
            return []  # "pack the tribunal with their allies": one side's unnamed allies, whoever "their" is
            # (not "A and B describe their friendship as ...": a bond between them)
        kind = "military_treaty" if base in words["treaty"] else "political_support"
        if base in ("protector", "patron"):
            kind = "protective_power"
        kind = "alleged_involvement" if alleged else kind
        members = [*others, *owners]
        if token.lower_ in RELATIONAL and owners and len(set(others) - set(owners)) >= 2:
            # "Venezuela and Cuba, Ortega's closest allies": each is the owner's ally, not one bloc of three
            return [((o, w), kind, "ally") for o in dict.fromkeys(others) for w in dict.fromkeys(owners) if o != w]
        return [(tuple(members), kind, "ally")] if len(set(members)) >= 2 else []
    return []
