"""Mediation candidates: who tries to bring the sides to talks.

- an organisation in a sentence about mediation, with the states it lists as members:
  "the co-chairs of the OSCE Minsk Group (Russia, United States, France)"; a sentence about
  "this format" or "the co-chairs" takes the organisation of the sentence before;
- from the parse (`parsed_mediations`): the subject of a mediating verb ("Russia, France and
  the USA mediate"), its passive agent ("talks brokered by Qatar"), the X of "X-brokered",
  the owner of "mediation", "auspices" or "envoy"; hosting or chairing counts only when it
  is about talks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .actors import FORMER, Inventory, Mention
from .lexicon import words_of
from .syntax import GATHERINGS, PRAISING, SEPARATE, Ref, Resolver, completes, declined
from .tokens import singular
from .view import SentenceView

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class Mediation:
    sentence: int
    mediator: str
    members: tuple[str, ...]
    rule: str


# Pacts whose keeping is watched: monitors "oversee the truce" and mediate nothing.
KEPT_PEACE = frozenset({"truce", "ceasefire", "armistice", "withdrawal", "disengagement"})
# Words that name talks, not a go-between: with an organisation, they make it a mediator only
# where the sentence names the sides ("talks between A and B").
TALK_WORDS = frozenset({"talks", "negotiations", "peace"})
# One sent to speak for another: a side's or a sender's, named by who sends it, not by its own country
# (as a word, or as a lemma).
ENVOYS = frozenset({"envoy", "envoys", "emissary", "emissaries"})
# Who a go-between brings together when they are not named: "brought the two sides together".
BROUGHT = frozenset({"side", "party", "rival", "faction", "leader", "foe", "adversary", "enemy", "camp"})
PORTFOLIOS = frozenset({"rights", "trade", "climate", "aid", "humanitarian", "health", "cultural", "education",
                        "investment", "business", "energy", "sports", "youth"})
# Words before a go-between's verb that say no one did it: "none offered to broker a settlement".
DENYING_SUBJECTS = frozenset({"not", "n't", "never", "none", "neither", "nobody"})
# Beside the talks words (predicates_mediate.talks), what makes a sentence one about talks.
TALKING = frozenset({"peace", "mediate", "mediation", "delegation", "discuss", "discussed", "discussing", "negotiate",
                     "negotiated", "negotiating"})


@lru_cache(maxsize=1)
def _talking() -> frozenset[str]:
    """The words that make a sentence one about talks: the talks words and TALKING."""
    return frozenset(_words()["talks"] | TALKING)


def _speaks_of_talks(view: SentenceView) -> bool:
    """Does the sentence speak of talks, a deal or the sides' delegations, as
    `_sentence_about_talks` reads the parse ("the envoy said both delegations had agreed to discuss")?"""
    talking = _talking()
    return any(singular(t.key) in talking or t.key in talking for t in view.tokens)


# What is done to a state's ambassador, whom news also calls its envoy.
POSTED_AWAY = ("summon", "expel", "recall", "withdr")


def mediations(views: list[SentenceView], inventory: Inventory) -> list[Mediation]:
    out = []
    for index, view in enumerate(views):
        verbs = view.find("mediate")
        nouns = [(a, n) for a, n in view.find("mediate_noun") if not _posted_to_organisation(view, a, inventory)]
        hosting = [(a, n) for a, n in verbs if view.tokens[a].key.startswith(("host", "chair"))]
        acting = [(a, n) for a, n in verbs if (a, n) not in hosting
                  and not any(t.key in DENYING_SUBJECTS for t in view.tokens[max(0, a - 4):a])]
        # ("none offered to broker a settlement", "did not mediate": no one went between)
        if hosting and not view.find("talks"):
            hosting = []
        if not acting and not hosting and all(view.tokens[a].key in TALK_WORDS for a, _ in nouns) \
                and "between" not in {t.key for t in view.tokens}:
            continue  # "a NATO meeting ... to seek urgent talks": talks named, no sides brought together
        if not (acting or hosting or nouns):
            continue
        if not acting and not hosting and nouns and all(view.tokens[a].key in ENVOYS and (
                view.tokens[a - 1].key in PORTFOLIOS
                or any(t.key.startswith(POSTED_AWAY) for t in view.tokens[max(0, a - 4):a])) for a, _ in nouns) \
                and not _speaks_of_talks(view):
            continue  # "expels UN rights envoy": an envoy for rights, trade or aid is no go-between, nor
            # one summoned, expelled or recalled ("summon the envoys of all six member states"): an ambassador
        organisations = [m for m in view.mentions if inventory.kind_of(m.actor) == "international_organisation"
                         and not _between(view, m) and not _former(view, m) and not _gathered(view, m)
                         and not _joined(view, m)]
        format_word = any(view.tokens[a].key in ("format", "co", "chairs", "co-chairs") for a, _ in nouns)
        if not organisations and format_word and index:
            organisations = [m for m in views[index - 1].mentions
                             if inventory.kind_of(m.actor) == "international_organisation"]
        if organisations:
            org = max(organisations, key=lambda m: len(inventory.actors[m.actor].name))
            out.append(Mediation(view.sentence.index, org.actor, _members(view, org, inventory), "organisation"))
            continue
    return out


def _posted_to_organisation(view: SentenceView, at: int, inventory: Inventory) -> bool:
    """"Armenia's envoy to the UN", "the Israeli UN envoy", "Israel's UN envoy": an envoy a state
    posts to an organisation is a diplomat, no go-between."""
    if view.tokens[at].key not in ENVOYS:
        return False
    after = at + 2 if at + 2 < len(view.tokens) and view.tokens[at + 2].key == "the" else at + 1
    starts = {view.local(m): m for m in view.mentions}
    ends = {view.end(m): m for m in view.mentions}
    posted = at + 1 < len(view.tokens) and view.tokens[at + 1].key == "to" and after + 1 in starts \
        and inventory.kind_of(starts[after + 1].actor) == "international_organisation"
    body = ends.get(at)  # the organisation named right before the envoy, a state right before it
    state = ends.get(view.local(body)) if body is not None else None
    return posted or body is not None and inventory.kind_of(body.actor) == "international_organisation" \
        and state is not None and inventory.kind_of(state.actor) == "state"


def _gathered(view: SentenceView, mention: Mention) -> bool:
    """"hosted a summit of the Arab League": the organisation meets; it brings no sides together."""
    at = view.local(mention) - 1
    if at >= 0 and view.tokens[at].key == "the":
        at -= 1
    return at >= 1 and view.tokens[at].key == "of" and singular(view.tokens[at - 1].key) in GATHERINGS


def _organisation_meets(resolver: Resolver, objects: list["Token"]) -> bool:
    """What is hosted is an organisation's own summit or meeting, not talks between sides."""
    kind_of = resolver.inventory.kind_of
    return bool(objects) and all(
        o.lemma_.lower() in GATHERINGS and not any(t.lower_ == "between" for t in o.subtree)
        and any(kind_of(r.actor) == "international_organisation" for p in o.children if p.dep_ == "prep"
                and p.lower_ == "of" for q in p.children if q.dep_ == "pobj" for r in resolver.refs(q))
        for o in objects)


def _between(view: SentenceView, mention: Mention) -> bool:
    """Is the mention one of the sides of "between X and Y" ("brokered the accords between
    Israel and the PLO"), not merely after it ("talks between A and B, with the AU mediating")?"""
    at = view.local(mention)
    i = at - 1
    while i >= 0 and (i in view.inside or view.tokens[i].key in ("the", "and", ",")):
        i -= 1
    if i >= 0 and view.tokens[i].key == "between":
        return True
    # the side before it may be no actor's name: "to mediate between the junta and ECOWAS"
    before = [t.key for t in view.tokens[max(0, at - 6):at]]
    return "between" in before and (before[-1:] == ["and"] or before[-2:] == ["and", "the"])


def _former(view: SentenceView, mention: Mention) -> bool:
    """"former United Nations Secretary-General Kofi Annan": a former office speaks for nobody."""
    i = view.local(mention) - 1
    return i >= 0 and view.tokens[i].key in ("former", "ex")


def _joined(view: SentenceView, mention: Mention) -> bool:
    """"Armenia, a member of the Russian-led CSTO, ...": a bloc named as one a state belongs to."""
    before = [t.key for t in view.tokens[max(0, view.local(mention) - 5):view.local(mention)]]
    return "of" in before and any(k in ("member", "members", "membership") for k in before[:before.index("of")])


def _members(view: SentenceView, org: Mention, inventory: Inventory) -> tuple[str, ...]:
    """States listed in parentheses after the organisation, or listed as the verb's subject."""
    states = [m for m in view.mentions if inventory.kind_of(m.actor) == "state"]
    tail = view.text[org.end:view.sentence.end]
    if tail.lstrip().startswith("("):
        close = tail.find(")")
        inside = [m.actor for m in states if org.end < m.start < org.end + close]
        if inside:
            return tuple(dict.fromkeys(inside))
    chairs = CHAIRED.search(tail) or MADE_UP.search(tail)  # "the OSCE Minsk Group, co-chaired by France, Russia
    # and the United States", "..., which mediates the conflict and is made up of Russia, France and ..."
    if chairs:
        start = org.end + chairs.end()
        listed = [m.actor for m in states if start <= m.start < start + 80]
        if len(listed) >= 2:
            return tuple(dict.fromkeys(listed))
    for at, _ in view.find("mediate"):
        listed = view.group_before(at, 12)
        if len(listed) >= 2:
            return tuple(m.actor for m in listed)
    return ()


CHAIRED = re.compile(r"^\W*(?:which is |that is )?(?:co-?chaired|chaired|led) by\b|^\W*(?:whose|with) co-?chairs\b")
MADE_UP = re.compile(r"^\W*(?:which|that)\b[^.;()]{0,80}?\b(?:made up of|composed of|comprised of|comprising|"
                     r"consisting of)\b")


# --- from the parse --------------------------------------------------------------------


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {name: frozenset(words_of("predicates_mediate", name))
            for name in ("verbs", "need_talks", "talks", "nouns", "roles", "carry", "messages")}


def _good_offices(token: "Token") -> bool:
    """"offered its good offices": a third party's offer to mediate."""
    return token.lower_ == "offices" and any(c.lower_ == "good" for c in token.children if c.dep_ == "amod")


def _as_host(token: "Token") -> bool:
    """"initialled a peace text at the White House with Donald Trump as host": a host named with
    "as" in a sentence about talks (not "Qatar, the host nation of the World Cup")."""
    return token.lower_ in ("host", "hosts") and token.dep_ == "pobj" and token.head.lower_ == "as" \
        and _sentence_about_talks(token)


def _go_between(token: "Token") -> bool:
    """"a go-between": the parser splits it, "between" with "go" before it."""
    return token.lower_ in ("between", "betweens") and any(c.lower_ == "go" for c in token.children)


def _back_channel(token: "Token") -> bool:
    """"served as a back channel between Iran and the United States"."""
    return token.lemma_.lower() in ("channel", "conduit") and (
        any(c.lower_ in ("back", "back-channel") for c in token.children if c.dep_ in ("amod", "compound"))
        or any(c.lower_ == "between" for c in token.children))


def _carries_between(verb: "Token") -> bool:
    """"carried messages between Washington and Tehran", "relayed proposals between the sides",
    "shuttling between Beirut and Jerusalem" (shuttling needs no message)."""
    if verb.lemma_.lower() == "shuttle":
        return any(c.dep_ == "prep" and c.lower_ == "between" for c in verb.children)
    messages = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _words()["messages"]]
    preps = {t.lower_ for m in [verb, *messages] for t in m.children if t.dep_ == "prep"}
    return bool(messages) and ("between" in preps or {"from", "to"} <= preps)  # "from Israel to Beirut"


# Gatherings that are no talks between sides: "hosted donor conferences for Syria", "a press conference".
NOT_TALKS = frozenset({"donor", "donors", "pledging", "press", "news", "investment", "investor", "climate",
                       "fundraising", "humanitarian", "annual"})  # ("the annual meeting of defence officials")


def _about_talks(token: "Token") -> bool:
    """Is `token` (or a word it governs) talks, a ceasefire, a deal?"""
    talks = _words()["talks"]
    return any(t.lemma_.lower() in talks and not any(c.lower_ in NOT_TALKS for c in t.children
                                                     if c.dep_ in ("compound", "amod", "nmod"))
               for t in token.subtree if t.i - token.i < 6)  # (not "hosted donor conferences")


# Those sent to do what their sender does: "sent a mission to mediate", "appointed a team to broker".
DELEGATIONS = frozenset({"mission", "team", "delegation", "envoy", "emissary", "panel", "committee"})


# Nouns of a purpose: "with a view to facilitating", "with the aim of" is read by "of".
PURPOSES = frozenset({"view", "aim", "goal", "hope", "bid", "effort"})
# Verbs that credit the one they name with a mediation: "X is credited with brokering", "praised X for mediating".
CREDITING = frozenset({"credit", "praise", "thank", "laud", "commend", "hail"})


def _doer(verb: "Token") -> "Token":
    """The verb whose subject mediates: "Kuwait has been trying to mediate the dispute", "France
    has been working to broker a deal" (the subject of the verb the mediating one completes or
    serves), not when that verb refuses ("declined to mediate") or is negated; a second verb
    with no subject of its own has the first one's ("Russia, which has a base in Armenia and
    brokered the ceasefire")."""
    while verb.head.i != verb.i and not any(c.dep_ == "nsubj" for c in verb.children):
        if verb.dep_ in ("relcl", "acl") and verb.tag_ == "VB" and verb.head.lemma_.lower() in DELEGATIONS \
                and verb.head.dep_ == "dobj":  # "the AU sent a mission to mediate between ...": the sender
            verb = verb.head.head
            continue
        if _leads_effort(verb):
            verb = verb.head.head  # "Egypt has been leading efforts to broker a truce": who leads them
            continue
        if completes(verb):
            if declined(verb.head):
                return verb
        elif verb.dep_ == "acomp" and verb.head.pos_ in ("VERB", "AUX") and not declined(verb.head):
            pass  # "said it was ready to facilitate dialogue": the one who is ready
        elif verb.dep_ == "pcomp" and verb.head.lower_ == "to" and verb.head.head.lemma_.lower() in PURPOSES:
            above = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if above is None:  # "held meetings with both sides with a view to facilitating talks": who held them
                break
            verb = above
            continue
        elif verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
                c.dep_ == "agent" for c in verb.children) and any(c.dep_ == "nsubj" for c in verb.head.children) \
                and any(c.dep_ == "dobj" for c in verb.children):  # (what it brokers named: not the participle
            # of "met ..., in a meeting hosted by X and brokered with the help of Y", joined to "met")
            return verb.head  # (the first verb's own subject, not one further up: "talks, which were
            # hosted by X and attended by Y, sent to help broker a deal" is no deal the talkers broker)
        else:
            break
        verb = verb.head
    return verb


def _leads_effort(verb: "Token") -> bool:
    """Is `verb` what an effort someone leads or makes is to do ("Egypt led efforts to broker a
    truce", "stepped up its bid to mediate")? Not an effort only welcomed or rejected."""
    effort = verb.head
    return verb.dep_ == "acl" and effort.lemma_.lower() in EFFORTS | {"attempt"} and effort.dep_ == "dobj" \
        and effort.head.lemma_.lower() in LEADING | {"make", "redouble", "intensify", "step", "renew"}


def _peace_effort_between(token: "Token") -> bool:
    """Is `token` the "peace" of peace efforts between two sides ("Kenya is leading peace efforts
    between Congo and the M23"): efforts by one not a side, as "mediation efforts" are?"""
    effort = token.head
    return token.lower_ == "peace" and token.dep_ == "compound" and effort.lemma_.lower() in _words()["roles"] \
        and any(c.dep_ == "prep" and c.lower_ == "between" for c in effort.children)


def _effort_to_settle(verb: "Token") -> "Token | None":
    """The "between" of the quarrel an effort the verb leads is to settle ("is leading efforts to
    end the border conflict between Thailand and Cambodia"), if any."""
    return next((p for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in EFFORTS
                 for a in o.children if a.dep_ in ("acl", "relcl") and a.lemma_.lower() in SETTLING | RECONCILING
                 for d in a.children if d.dep_ == "dobj" and d.lemma_.lower() in DISPUTES | QUARRELS
                 for p in d.children if p.dep_ == "prep" and p.lower_ == "between"), None)


def _acted_on(verb: "Token") -> list["Token"]:
    """What a mediating verb acts on: its object, or the subject of its passive ("the talks were
    co-hosted by"), shared with the verb it is joined to ("the talks are led by the AU, whose envoy
    chairs ..., and are hosted by")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBN" and any(
        c.dep_ == "agent" for c in verb.children)  # ("after talks in Pretoria convened by the AU", read as a clause)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr") or passive and c.dep_ == "nsubj"]
    objects += [c for aux in verb.children if aux.dep_ == "auxpass" for c in aux.children if c.dep_ == "nsubj"]
    shared = verb
    while passive and not objects and shared.dep_ == "conj" and shared.head.i != shared.i:
        shared = shared.head
        objects = [c for c in shared.children if c.dep_ == "nsubjpass"]
    return objects


def _talks_between(objects: list["Token"]) -> bool:
    """Are the talks acted on between others ("led peace talks between A and B", "talks between A
    and B were opened by X")? One opens or leads talks one takes part in, too."""
    return any(c.dep_ == "prep" and c.lower_ == "between" for o in objects for c in o.children)


def _the_two_sides(noun: "Token") -> bool:
    """Is `noun` the sides of a conflict as a whole: "the two sides", "both parties", "the warring
    factions" (whom hosting brings to talks)?"""
    return noun.lemma_.lower() in ("side", "party", "delegation", "faction") and any(
        c.lower_ in ("two", "both", "warring", "rival", "opposing") for c in noun.children)


def _offered_on_condition(verb: "Token") -> bool:
    """"offered to mediate if both sides agreed": an offer hung on a condition brings no one to
    talks yet (an offer alone, "Kenya offered to mediate between ...", is read as mediating)."""
    heads = [verb]
    while len(heads) < 4 and heads[-1].dep_ in ("xcomp", "acomp", "ccomp", "advcl") and heads[-1].head.i != heads[-1].i:
        heads.append(heads[-1].head)  # "said he was ready to mediate ... if both sides asked him to"
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for h in (*heads, verb.head) for c in h.children)


def _subject_actors(resolver: Resolver, verb: "Token") -> list[Ref]:
    """The actors the subject of `verb` names; "Algeria, which borders Niger, offered to mediate":
    the small parser hangs the finite verb on the name as a clause describing it."""
    if verb.dep_ in ("acl", "appos") and (verb.tag_ in ("VBD", "VBZ")
                                          or verb.tag_ in ("VBN", "VBG") and verb.doc[verb.i - 1].text == ",") \
            and verb.head.pos_ == "PROPN" and not any(c.dep_ == "nsubj" for c in verb.children):
        return resolver.refs(verb.head)  # (also "Malaysia, which chairs ASEAN, offered to mediate", "offered"
        # read as a participle; "President Oscar Arias, mediating between ...")
    return [r for c in verb.children if c.dep_ == "nsubj" for r in resolver.refs(c)]


def _doers(resolver: Resolver, verb: "Token") -> list[Ref]:
    """The actors of the subject of the verb whose subject does what `verb` says (`_doer`);
    asked, urged or invited to do it, the ones asked ("the AU asked Libya and Congo to
    mediate": Libya and Congo, not the AU), save to negotiate: those invited to negotiate are
    the sides ("Egypt invited Israel and Hamas to negotiate a ceasefire": Egypt)."""
    if verb.dep_ == "xcomp" and verb.lemma_.lower() != "negotiate" and not any(c.dep_ == "nsubj" for c in verb.children):
        asked = [r for c in verb.head.children if c.dep_ == "dobj" for r in resolver.refs(c)]
        if asked:
            return asked
    credited = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ in ("with", "for") else None
    if credited is not None and credited.lemma_.lower() in CREDITING:  # "the UAE is credited with brokering the
        return [r for c in credited.children if c.dep_ in ("nsubjpass", "dobj") for r in resolver.refs(c)]  # deal"
    thanked = _thanked_for(resolver, verb) if verb.dep_ == "pcomp" and verb.head.lower_ == "for" else []
    if thanked:  # "expressed their appreciation to Iraq and Oman for hosting rounds of dialogue"
        return thanked
    doer = _doer(verb)
    if doer.i != verb.i and doer.lemma_.lower() in RAISING:  # "X is expected to travel to ... to help resolve"
        return [r for c in doer.children if c.dep_ in ("nsubj", "nsubjpass") for r in resolver.refs(c)]
    return _subject_actors(resolver, doer)



def _thanked_for(resolver: Resolver, verb: "Token") -> list[Ref]:
    """Those thanked "for" the verb's act in words of thanks ("expressed its gratitude to X and Y
    for hosting the talks"), wherever the parser hung the "for"."""
    thanking = next((a for a in verb.ancestors if any(c.dep_ == "dobj" and c.lemma_.lower() in GRATITUDE
                                                      for c in a.children)), None)
    if thanking is None:
        return []
    named = [t for c in thanking.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
             if p.dep_ == "pobj" for t in (p, *p.conjuncts)]
    return [r for t in named for r in resolver.refs(t) or [  # ("the Republic of Iraq": Iraq)
        r for o in t.children if o.dep_ == "prep" and o.lower_ == "of" for p in o.children for r in resolver.refs(p)]]


GRATITUDE = frozenset({"appreciation", "gratitude", "thanks", "thank"})


def _hosting_state(resolver: Resolver, hosted: "Token") -> list[Ref]:
    """The state whose capital (or name) talks are "hosted in": "talks hosted in Beijing" are
    China's; a city that is no seat of government ("hosted in Geneva") names no host."""
    places = [p for c in hosted.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
              if p.dep_ == "pobj" and p.i in resolver.mention_of and resolver.mention_of[p.i].via != "city"]
    return [r for p in places for r in resolver.refs(p)
            if resolver.inventory.kind_of(r.actor) == "state"]


def parsed_mediations(resolver: Resolver) -> list[Mediation]:
    """Mediators read from the parse: "Qatar brokered a ceasefire", "talks hosted by Turkey",
    "the Qatar-brokered deal", "under the auspices of the AU", "with Egypt's mediation",
    "UN envoy X met ...", "X acted as mediator". Hosting, chairing or sponsoring counts only
    when what is hosted is talks; a negated verb mediates nothing."""
    out: list[Mediation] = []
    words = _words()
    for sentence in resolver.sentences:
        span = resolver.span(sentence)
        for token in span or ():
            base = token.lemma_.lower()
            if token.pos_ == "ADJ" and base not in words["verbs"]:  # "hosted", "brokered" read as adjectives
                base = next((b for b in (base[:-1], base[:-2]) if b in words["verbs"]), base)
            found: list[Ref] = []
            rule = ""
            if token.lower_ in ("mediating", "mediatory", "brokering") and token.head.lemma_.lower() in words["roles"]:
                found = _subject_actors(resolver, token.head.head)
                rule = "role"  # "Switzerland played a mediating role"
            elif token.lower_ == "mediating" and token.dep_ in ("attr", "acomp") and token.head.lemma_ == "be":
                found = _subject_actors(resolver, token.head)
                rule = "verb"  # "Algeria is mediating between ...", read by the parser as a noun
            elif token.lower_ == "mediating" and token.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in token.children):
                found = _subject_actors(resolver, token)
                rule = "verb"  # "Kuwait's emir, who is mediating between ...", the same misreading
            elif base in words["verbs"] and token.pos_ in ("VERB", "ADJ") and not any(c.dep_ == "neg" for c in token.children) \
                    and not _offered_on_condition(token) and (base != "lead" or _talks_between(_acted_on(token))):
                # ("lead" only here: "a mission led by X" is read below, as a role)
                passive = any(c.dep_ == "auxpass" for c in token.children)  # "the talks were co-hosted by"
                objects = _acted_on(token)
                described = token
                while described.dep_ == "conj" and described.head.i != described.i:
                    described = described.head  # "the talks, led by the AU and hosted by South Africa"
                talks = described.dep_ in ("amod", "acl", "relcl") and _in_talks_phrase(described.head) \
                    or any(_about_talks(o) or _the_two_sides(o) for o in objects) or any(  # "host the leaders ...
                        p.lower_ in ("for", "to") and _about_talks(p) for p in token.children if p.dep_ == "prep")
                # (for talks on ...", "Qatar has hosted the two sides since April": the sides of talks)
                if base in words["need_talks"] and not talks:
                    continue
                if base in ("oversee", "supervise") and all(o.lemma_.lower() in KEPT_PEACE for o in objects):
                    continue  # "monitors will oversee the truce": they watch it kept, no go-between
                if base == "open" and not _talks_between(objects):
                    continue  # "opened talks in Kampala between A and B" (not "A and B opened talks")
                if base == "negotiate" and any(c.dep_ == "prep" and c.lower_ == "with" and not any(
                        o.lemma_.lower() in HELPING for o in c.children if o.dep_ == "pobj")
                                               for h in (token, *objects) for c in h.children):
                    continue  # "they try to negotiate a peace with Abbas": a side of the talks, no go-between
                if token.dep_ == "amod":  # "the Qatar-brokered deal", "Egyptian-mediated talks"
                    found = [r for c in token.children  # ("The Vatican mediated talks between ...": the verb
                             if c.dep_ in ("npadvmod", "compound", "amod", "nmod", "nsubj")  # read as an adjective
                             for r in resolver.refs(c)]  # of "talks", its subject still hung on it)
                    found += [r for c in token.head.children if c.dep_ in ("amod", "compound") and c.i < token.i
                              and c.i != token.i for r in resolver.refs(c)] if not found else []
                    found += [r for c in token.head.children if c.dep_ == "nmod" and c.i < token.i
                              for r in resolver.refs(c)] if not found and token.dep_ == "amod" else []
                    # ("Kenya's President William Ruto hosted talks between ...": the subject read as a
                    # modifier of "talks", the verb as its adjective)
                    rule = "compound"
                    if not found and token.head.dep_ == "appos" and token.i and token.doc[token.i - 1].text == "," \
                            and not (token.head.head.dep_ == "pobj" and token.head.head.head.lower_ == "between"):
                        # (not "X, who has been mediating between the two neighbours, hosted talks": the sides)
                        found = resolver.refs(token.head.head)  # "X, who won the Nobel Prize, hosted talks
                        rule = "verb"  # between ...", the verb misread as an adjective of "talks" set beside X
                agents = [p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
                if passive and not agents:  # "hosted in turn by X, Y and Z": "by" hung on the phrase before
                    agents = [p for c in token.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
                              for b in o.children if b.dep_ == "prep" and b.lower_ == "by"
                              for p in b.children if p.dep_ == "pobj"]
                if agents:  # "talks hosted by Turkey", "a truce mediated by Egypt"
                    found = [r for a in agents for r in resolver.refs(a)]
                    found += [r for a in agents for t in a.subtree if t.i in resolver.mention_of and t.i != a.i
                              and t.dep_ in ("appos", "conj") and resolver.inventory.kind_of(resolver.mention_of[t.i].actor) == "international_organisation"
                              for r in resolver.refs(t)]  # "by the EU, the OSCE and the UN": a list the small
                    # parser reads as an apposition with the rest hung inside it
                    found += [r for r in _listed_after(resolver, max(a.i for a in agents))
                              if r.actor not in {f.actor for f in found}]
                    rule = "passive"
                elif (passive or token.dep_ == "acl") and base in ("host", "co-host") \
                        and (hosts := _hosting_state(resolver, token)):
                    found, rule = hosts, "passive"  # "talks hosted in Beijing"
                elif not found and (token.dep_ not in ("amod", "acl") or _leads_effort(token)):
                    found = _doers(resolver, token)
                    rule = "verb"
                elif not found and token.dep_ == "acl" and token.head.lemma_.lower() in OFFERS \
                        and not _spurned(token.head.head):  # "accepted Qatar's offer to mediate"
                    found = [r for c in token.head.children if c.dep_ == "poss" for r in resolver.refs(c)]
                    rule = "offer"
                if base in words["need_talks"] and (_own_meeting(resolver, token, objects, found)
                                                   or _organisation_meets(resolver, objects)):
                    continue  # "Cameron convened a COBRA meeting to discuss ...", "hosted a summit of the AU"
                found = found + _on_behalf(resolver, token)  # "brokered by the ministers of A, B and C on behalf
                # of UNASUR", "brokered a plan on the bloc's behalf": the bloc mediates too
                found = found + [  # "mediating between Israel and Hamas alongside Egypt": its partners too
                    r for c in token.children if c.dep_ == "prep" and c.lower_ == "alongside"
                    for p in c.children if p.dep_ == "pobj" for r in resolver.refs(p)]
                found = found + [  # "brokered the truce together with (along with) Egypt and the US"
                    r for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "along")
                    and (c.lower_ == "along" or any(a.lower_ in ("together", "along") for a in c.children))
                    for w in ([c] if c.lower_ == "with" else [x for x in c.children if x.lower_ == "with"])
                    for p in w.children if p.dep_ == "pobj" for r in resolver.refs(p)
                    if resolver.inventory.kind_of(r.actor) != "person"]  # (a co-chair named alone: the body's)
                found = found + [  # "brokered with the help of CARICOM and Brazil", "brokered by Qatar with
                    # help from Egypt": the helpers mediate too (the "with" hung on the verb or on the one by it)
                    r for h0 in (token, *agents) for c in h0.children if c.dep_ == "prep" and c.lower_ == "with"
                    for h in c.children if h.dep_ == "pobj" and h.lemma_.lower() in HELPING
                    for o in h.children if o.dep_ == "prep" and o.lower_ in ("of", "from")
                    for p in o.children if p.dep_ == "pobj" for r in resolver.refs(p)]
            elif base in words["carry"] and _carries_between(token):  # "carried messages between X and Y"
                doer = token
                while not any(c.dep_ == "nsubj" for c in doer.children) and doer.dep_ in ("pcomp", "advcl", "xcomp") \
                        and doer.head.i != doer.i:  # "helped arrange the trip by passing messages between ..."
                    doer = doer.head if doer.head.pos_ in ("VERB", "AUX") else doer.head.head
                found = _subject_actors(resolver, doer)
                if not found and doer.dep_ == "conj" and doer.head.pos_ in ("VERB", "AUX"):
                    found = _subject_actors(resolver, doer.head)  # "Qatar hosted the office and shuttled between"
                rule = "go-between"
            elif token.pos_ == "VERB" and (between := _deal_between(token) if base in PURSUE else
                                           _effort_to_settle(token) if base in LEADING else None) is not None:
                sides = {r.actor for t in between.subtree for r in resolver.refs(t)}
                found = [r for r in _doers(resolver, token) if r.actor not in sides]  # "America was working for a
                # peace deal between A and B", "Malaysia is leading efforts to end the conflict between A and B"
                rule = "pursue" if base in PURSUE else "effort"
            elif base in words["roles"] and token.pos_ == "NOUN" and token.dep_ == "dobj" and (any(
                    t.lower_ == "between" for c in (*token.children, *token.head.children)
                    if c.dep_ == "prep" and c.lower_ == "in" and (c.head.i == token.i or c.i > token.i)
                    for t in c.subtree) and any(  # "China played a key role in restoring ties between A and B"
                    t.lemma_.lower() in words["talks"] | RECONCILING for h in (token, token.head) for c in h.children
                    if c.i >= token.i for t in c.subtree)  # ("in" may hang on "played")
                    or _sent_to_both(resolver, token)):  # "led an African peace mission to Kyiv and Moscow"
                found = _doers(resolver, token.head)
                rule = "role"
            elif base in ("effort", "bid", "attempt", "push") and token.dep_ == "pobj" and token.head.lower_ == "in" \
                    and token.head.head.pos_ == "VERB" and any(
                        a.lemma_.lower() in REVIVING and any(o.lemma_.lower() in words["talks"] | {"ceasefire", "truce"}
                                                             for o in a.children if o.dep_ == "dobj")
                        for a in token.children if a.dep_ == "acl"):
                # "met Hamas leaders in Damascus in an effort to revive peace talks": who seeks talks between others
                met = {r.actor for c in token.head.head.children if c.dep_ == "dobj" for r in resolver.refs(c)}
                by = [r for c in token.children if c.dep_ == "prep" and c.lower_ == "by"
                      for p in c.children if p.dep_ == "pobj" for r in resolver.refs(p)]
                talking = any(o.lemma_.lower() in words["talks"] for o in token.head.head.children if o.dep_ == "dobj")
                # ("A and B resumed talks in an attempt by X to broker a ceasefire": X seeks it, A and B talk)
                found = by or ([] if talking else [r for r in _doers(resolver, token.head.head) if r.actor not in met])
                rule = "revive"
            elif base in TRAVEL and token.pos_ == "VERB" and _to_resolve(token):
                places = {r.actor for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
                          for p in c.children if p.dep_ == "pobj" for r in resolver.refs(p)}
                found = [r for r in _doers(resolver, token) if r.actor not in places]
                rule = "travel"  # "Ghana's president will travel to Kenya to help resolve the crisis"
            elif base == "bring" and token.pos_ == "VERB" and any(t.lower_ == "together" for t in token.subtree) \
                    and not any(c.dep_ == "neg" for c in token.children) and not _offered_on_condition(token) \
                    and (objects := [c for c in token.children if c.dep_ == "dobj"]):
                # "IGAD has been trying to bring the two sides together", "brought the rivals together"
                brought = {r.actor for o in objects for r in resolver.refs(o)}
                if brought or objects[0].lemma_.lower() in BROUGHT:
                    found = [r for r in _doers(resolver, token) if r.actor not in brought
                             and resolver.inventory.kind_of(r.actor) not in ("political_group", "armed_group")]
                    rule = "together"  # (not "NASA brings together the ODM, Wiper ...": a coalition's members)
            elif base in ("lead", "include", "comprise", "head") and token.pos_ == "VERB" \
                    and (members := _mission_members(resolver, token)):
                found = members
                rule = "mission"  # "the mediation mission ... was led by X and included A, B and C"
            elif (met := _met_separately(resolver, token)) is not None:
                found = met
                rule = "separately"  # "held separate talks with Israeli and Hamas negotiators"
            elif base == "intervene" and token.pos_ == "VERB" and any(
                    o.lemma_.lower() in DISPUTES for c in token.children if c.dep_ == "prep" and c.lower_ == "in"
                    for o in c.children if o.dep_ == "pobj") and not any(c.dep_ == "neg" for c in token.children):
                found = _doers(resolver, token)
                rule = "intervene"  # "Castro intervened in the crisis and talked to A and B" (not "in the war")
            elif base == "presence" and token.dep_ == "pobj" and token.head.lower_ == "in" and (
                    token.head.head.lemma_.lower() == "meet" or _sentence_about_talks(token)):  # "meet in the presence of X"
                found = [r for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj" for r in resolver.refs(p)]
                rule = "presence"
            elif (base in words["nouns"] or token.lower_ in words["nouns"]  # the parser's lemma of "auspices" is "auspex"
                  or token.lower_ in ("mediating", "brokering") and token.dep_ == "pobj" and token.head.lower_ == "with"
                  # ("with the UAE mediating", which the parser reads as a noun)
                  or _go_between(token) or _back_channel(token) or _good_offices(token) or _peace_effort_between(token)
                  or _as_host(token)
                  or base == "diplomacy" and any(c.lower_ == "shuttle" for c in token.children)) \
                    and token.pos_ in ("NOUN", "PROPN") and not _own_invitation(token) and not _operative(token):
                found = _noun_mediators(resolver, token)
                rule = "noun"
            if found and any(c.lower_ in ("together", "jointly") and c.dep_ == "advmod" for c in token.children):
                found += [r for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
                          for p in c.children if p.dep_ == "pobj" for t in (p, *p.conjuncts) for r in resolver.refs(t)]
                # ("X, who hosted the talks together with Turkey's foreign minister": both host them)
            for ref in found:  # ("acting as facilitator of the Swedish journalists": whom she serves)
                if ref.actor not in resolver.inventory.described:
                    out.append(Mediation(sentence.index, ref.actor, _chairs(resolver, ref), rule))
    return out


def _chairs(resolver: Resolver, ref: Ref) -> tuple[str, ...]:
    """The states a mediating format is "co-chaired by" ("the Minsk Group, co-chaired by France,
    Russia and the United States, shuttled between Baku and Yerevan"), or that are listed beside it:
    they mediate with it."""
    mention = resolver.mention_of.get(ref.token)
    inside = {i for i, m in resolver.mention_of.items() if m is mention} | {ref.token}
    words = [resolver.doc[i] for i in sorted(inside)]
    head = next((t for t in words if t.head.i not in inside or t.head.i == t.i), words[0])
    # (the name's own head word: "Group" of "the Minsk Group")
    if head.lower_ in ("which", "that") and head.head.dep_ == "relcl":
        head = head.head.head  # ("the Minsk Group, which mediates ...": the group the clause tells of)
    chaired = [c for c in head.children if c.dep_ == "acl" and CHAIRING.fullmatch(c.lower_)]
    listed = [r.actor for c in chaired for a in c.children if a.dep_ == "agent" for p in a.children
              if p.dep_ == "pobj" for t in (p, *p.conjuncts) for r in resolver.refs(t)
              if resolver.inventory.kind_of(r.actor) == "state"]
    listed += [r.actor for a in head.children if a.dep_ == "appos" for t in (a, *a.conjuncts)
               for r in resolver.refs(t) if resolver.inventory.kind_of(r.actor) == "state"]
    # ("the co-chairs of the OSCE Minsk Group — Russia, France and the United States —": listed beside it)
    listed += [r.actor for c in head.children if c.dep_ == "relcl" for v in (c, *c.conjuncts)
               if v.lemma_.lower() in MADE_OF for p in v.children if p.dep_ in ("prep", "dobj")
               for o in ((p,) if p.dep_ == "dobj" else (c for c in p.children if c.dep_ == "pobj"))
               for t in (o, *o.conjuncts) for r in resolver.refs(t) if resolver.inventory.kind_of(r.actor) == "state"]
    # ("the Minsk Group, which mediates the conflict and is made up of Russia, France and the US")
    return tuple(dict.fromkeys(listed)) if len(set(listed)) >= 2 else ()


CHAIRING = re.compile(r"(?:co-?)?chaired|led")
MADE_OF = frozenset({"make", "compose", "comprise", "consist", "include"})  # a format's members: "made up of"


# Verbs that ask someone to take a role: "appealed to the EU to act as a mediator".
APPEALING = frozenset({"appeal", "ask", "urge", "call", "request", "beg", "implore", "want"})
# Verbs that give someone a go-between's role: "appointed X as its mediator".
APPOINTING_AS = frozenset({"appoint", "name", "nominate", "designate", "choose", "tap"})


# What a go-between's team is called: "the mediation mission", "a peace delegation".
MISSIONS = frozenset({"mission", "delegation", "team", "panel", "mediation"})
PERSUADING = frozenset({"persuade", "convince", "urge"})  # what a bloc's delegation came to do
MISSION_KINDS = frozenset({"mediation", "mediator", "mediating", "peace", "facilitation"})  # what makes one a go-between's


def _mission_members(resolver: Resolver, verb: "Token") -> list[Ref]:
    """Those who lead or make up a mediation mission: "The mediation mission of ECOWAS was led by
    Liberian President X ... and included Nigeria's Y, Ghana's Z and W of Sierra Leone"."""
    subject = next((s for v in (verb, verb.head if verb.dep_ == "conj" else verb)
                    for s in v.children if s.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in MISSIONS:
        return []
    sent = resolver.sentence_of(subject)
    around = [t for k in (sent - 1, sent) if k >= 0 for t in resolver.span(resolver.sentences[k]) or ()]
    talking = _talking() | PERSUADING
    bloc = any(p.lower_ == "of" and o.i in resolver.mention_of and resolver.inventory.kind_of(
        resolver.mention_of[o.i].actor) == "international_organisation"
        for p in subject.children for o in p.children if o.dep_ == "pobj")
    if not any(t.lemma_.lower() in MISSION_KINDS for t in subject.subtree if t.i != subject.i) and not (
            bloc and any(t.lemma_.lower() in talking or t.lower_ in talking for t in around)):
        return []  # (a team of mediators, or a bloc's amid talks: not "a UN team investigated", "China's delegation")
    if verb.lemma_.lower() in ("lead", "head"):
        named = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    else:  # every name in the list, however the parser hangs it ("A's X, B's president Y and Z of C")
        named = [t for d in verb.children if d.dep_ == "dobj" for t in d.subtree if t.i in resolver.mention_of]
    owners = [o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
              if o.dep_ == "pobj"] + [c for c in subject.children if c.dep_ == "poss"]  # "the mission of ECOWAS"
    found = {r.actor: r for n in [*owners, *named] for r in resolver.refs(n, owner=True)}
    return list(found.values()) if named else []


def _on_behalf(resolver: Resolver, verb: "Token") -> list[Ref]:
    """Whom the mediator acts for, "on behalf of X" or "on X's behalf" ("Sarkozy, whose country
    holds the EU presidency, brokered a ceasefire on the bloc's behalf"): X mediates too."""
    hangers = [verb, *(d for d in verb.children if d.dep_ == "dobj")]  # (or hung on what is brokered)
    behalf = [o for h in hangers for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
              for o in c.children if o.dep_ == "pobj" and o.lower_ == "behalf"]
    owners = [w for b in behalf for w in [*(c for c in b.children if c.dep_ == "poss"),
                                          *(o for p in b.children if p.dep_ == "prep" and p.lower_ == "of"
                                            for o in p.children if o.dep_ == "pobj")]]
    return [r for w in owners for r in resolver.refs(w) if resolver.inventory.kind_of(r.actor) != "person"]


def _listed_after(resolver: Resolver, last: int) -> list[Ref]:
    """The names listed right after token `last` by word order, up to an "and" ("brokered by the
    United Nations, the European Union and the Roman Catholic Church", where the parser hangs
    the rest of the list elsewhere)."""
    doc, found, joined = resolver.doc, [], False
    own = resolver.mention_of.get(last)
    k = last + 1
    while k < len(doc) and own is not None and (resolver.mention_of.get(k) == own or doc[k].idx < own.end):
        k += 1  # past the rest of the name ("the Organization for Security and Co-operation in Europe")
    if k >= len(doc) or doc[k].text != ",":
        return []
    while k < len(doc) and k < doc[last].sent.end and (k in resolver.mention_of or doc[k].lower_ in (",", "and", "the")):
        if k in resolver.mention_of and resolver.mention_of[k].actor not in {r.actor for r in found}:
            found.append(Ref(resolver.mention_of[k].actor, None, resolver.sentence_of(doc[k]), k))
        joined = joined or doc[k].lower_ == "and"
        k += 1
    ends = k >= len(doc) or doc[k].text in (".", ";", ":", ")", "—") or doc[k].pos_ in ("ADP", "SCONJ")
    end = k - 1
    while end > last and doc[end].text == ",":
        end -= 1  # ("mediated by X, Russia and Ukraine, with the EU taking part as observers")
    if not ends or end not in resolver.mention_of:
        return []  # "hosted by X in Y, A, B and C shook hands", "brokered by X, and A's government and B
        # signed ...": the names begin the next clause, they end no list
    return found if joined else []


def _operative(noun: "Token") -> bool:
    """Is "facilitator" a militant's trade ("the strike killed an Islamic State facilitator", one who
    moves fighters and money), in a sentence that speaks of no talks, peace or deal?"""
    talking = _talking()
    appointed = noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.lemma_.lower() in APPOINTING_AS
    return noun.lemma_.lower() == "facilitator" and not appointed and not any(
        t.lemma_.lower() in talking or t.lower_ in talking for t in noun.sent)


# Nouns a mediator is named after by "of" only: "under the auspices of X by A and B" (the signers).
UNDER_WHOSE = frozenset({"auspices", "aegis"})
# Bringing talks back: "in an effort to revive peace talks".
REVIVING = frozenset({"revive", "restart", "resume", "relaunch", "rekindle", "salvage", "jumpstart", "kickstart",
                      "broker", "facilitate"})
# Help given to the one who mediates: "brokered with the help of Brazil".
HELPING = frozenset({"help", "assistance", "aid", "backing", "participation", "involvement"})
# Verbs whose subject conducts the mediation they take as object ("led the mediation", "offered its good offices")
LEADING = frozenset({"lead", "head", "conduct", "offer", "spearhead", "undertake", "begin", "launch", "resume"})
# What a third party's role between two sides is about when it mediates ("restoring ties", not "the war")
RECONCILING = frozenset({"restore", "normalise", "normalize", "resolve", "settle", "ease", "reconcile", "reconciliation",
                         "rapprochement", "tie", "relation", "end", "détente", "detente"})
# A quarrel a third party steps into as a go-between; wars and conflicts are stepped into with arms.
DISPUTES = frozenset({"crisis", "dispute", "row", "standoff", "stand-off", "spat", "feud", "quarrel", "impasse",
                      "deadlock", "tension"})
# Quarrels a go-between settles beside DISPUTES: "to help resolve the violence", "end the conflict".
QUARRELS = frozenset({"conflict", "violence", "issue", "problem", "differences", "situation", "fighting", "clashes",
                      "hostilities"})
# Passive verbs whose subject does what their infinitive says: "X is expected / due / set to mediate".
RAISING = frozenset({"expect", "due", "set", "schedule", "slate", "say", "report", "believe", "likely",
                     "ask", "invite", "name", "appoint", "choose", "select", "task", "mandate", "nominate", "pick"})
# Going somewhere to settle a quarrel there: "flew to Nairobi to help resolve the crisis".
TRAVEL = frozenset({"travel", "go", "fly", "head", "arrive", "visit", "come", "return"})
SETTLING = frozenset({"resolve", "settle", "defuse", "solve", "end", "mediate"})
# What one leads to settle another's quarrel: "is leading efforts to end the conflict between A and B".
EFFORTS = frozenset({"effort", "initiative", "bid", "push", "drive"})


# Who is sent to talk for another, by lemma: "X, sent as envoy by the OSCE, held separate talks".
SENT_ENVOYS = frozenset({"envoy", "emissary", "representative", "mediator"})


def _met_separately(resolver: Resolver, token: "Token") -> list[Ref] | None:
    """"X held separate talks with A and B", "X met separately with A and B": talking to each
    side apart is a go-between's work (not one side's own talks: the one who talks is none of
    those talked to; not "indirect talks", which the sides themselves hold)."""
    if token.lemma_.lower() not in ("talk", "meet", "meeting", "consultation") \
            or not any(c.lower_ in SEPARATE for c in token.children if c.dep_ in ("amod", "advmod")):
        return None
    verb = token.head if token.pos_ == "NOUN" and token.dep_ == "dobj" else token
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return None
    partners = [c for h in (token, verb) for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                for c in p.children if c.dep_ == "pobj"] + [c for c in verb.children if c.dep_ == "dobj" and c is not token]
    sides = {r.actor for p in partners for t in p.subtree for r in resolver.refs(t)}
    found = [r for r in _doers(resolver, verb) if r.actor not in sides]
    sent_by = [r for s in verb.children if s.dep_ == "nsubj" and any(t.lemma_.lower() in SENT_ENVOYS for t in s.subtree)
               for w in s.subtree if w.i in resolver.mention_of for r in resolver.refs(w)
               if resolver.inventory.kind_of(r.actor) == "international_organisation"]
    found = sent_by or found  # "X, a Finnish diplomat sent as envoy by the OSCE, held ...": the OSCE's go-between
    return found if len(sides) >= 2 and found else None


def _in_talks_phrase(token: "Token") -> bool:
    """Is `token` talks, or a word inside a phrase about talks ("talks between A and the RSF
    rebels in Doha, sponsored by Qatar", "talks at the airport, which were hosted by X": the
    parser hangs the participle or the relative clause on the last noun)?"""
    for _ in range(5):
        if _about_talks(token):
            return True
        if token.dep_ not in ("conj", "pobj", "prep", "appos") or token.head.i == token.i \
                or token.dep_ == "prep" and token.lower_ not in ("between", "in", "at", "with"):
            return False  # (not "a meeting of ten countries chaired by X": members meeting, no go-between)
        token = token.head
    return False


# An offer of one's mediation, made or accepted: "accepted Qatar's offer to mediate".
OFFERS = frozenset({"offer", "proposal", "bid", "willingness", "readiness"})


def _spurned(verb: "Token") -> bool:
    """Is an offer refused by `verb`: "rejected", "did not accept", "turned down", "rebuffed"?"""
    turned_down = verb.lemma_.lower() == "turn" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    return declined(verb) or turned_down or verb.lemma_.lower() in ("rebuff", "spurn", "dismiss", "ignore")


def _to_resolve(verb: "Token") -> bool:
    """Does `verb` go on "to (help / try to) resolve" a quarrel, or "to find a solution" to one
    (also "in an effort to end the fighting")?"""
    efforts = [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
               if o.dep_ == "pobj" and o.lemma_.lower() in ("effort", "bid", "attempt") for a in o.children
               if a.dep_ == "acl"]
    for purpose in [*(c for c in verb.children if c.dep_ in ("advcl", "xcomp")), *efforts]:
        aim = purpose
        while aim.lemma_.lower() in ("help", "try", "seek", "attempt") and any(
                c.dep_ in ("xcomp", "ccomp") for c in aim.children):
            aim = next(c for c in aim.children if c.dep_ in ("xcomp", "ccomp"))
        objects = [c for c in aim.children if c.dep_ == "dobj"]
        if aim.lemma_.lower() == "mediate":  # "travelled to Riyadh and Doha in an attempt to mediate"
            return True
        if aim.lemma_.lower() in REVIVING and any(o.lemma_.lower() in _words()["talks"] for o in objects):
            return True  # "flew to Khartoum to restart negotiations that had collapsed"
        if aim.lemma_.lower() in SETTLING and any(o.lemma_.lower() in DISPUTES | QUARRELS for o in objects):
            return True
        if aim.lemma_.lower() == "find" and any(o.lemma_.lower() == "solution" for o in objects):
            return True
    return False


# "working for a peace deal between A and B", "pressing for talks between": a third party's effort
PURSUE = frozenset({"work", "push", "press", "strive", "seek", "lobby", "campaign"})  # not "call": a bare call


def _own_meeting(resolver: Resolver, verb: "Token", objects: list["Token"], hosts: list[Ref]) -> bool:
    """A meeting the host holds of its own: what is hosted is a meeting, not talks, and no
    actor but the host takes part in it ("convened a cabinet meeting", not "convened a
    meeting of Israeli and Palestinian negotiators")."""
    if not objects or any(o.lemma_.lower() != "meeting" for o in objects):
        return False
    own = {r.actor for r in hosts}
    between = [t for t in verb.sent if t.lower_ == "between" and t.head.lemma_.lower() in _words()["talks"]]
    # ("Talks between US negotiators and the Taliban resume, with Qatar hosting the meetings": theirs)
    if any(r.actor not in own for o in [*objects, *between] for t in o.subtree for r in resolver.refs(t)):
        return False
    return not all(any(d.lower_ == "the" for d in o.children) for o in objects) \
        or not _talks_before(resolver, verb, own)


def _talks_before(resolver: Resolver, verb: "Token", own: set[str]) -> bool:
    """Does the sentence before speak of talks that others hold ("Moldova and Transnistria held
    talks ... Ireland hosted the meeting"): then "the meeting" is those talks, not the host's own."""
    here = resolver.sentence_of(verb)
    before = resolver.span(resolver.sentences[here - 1]) if here > 0 else None
    if before is None or not any(t.lemma_.lower() in _words()["talks"] | {"meet"} for t in before):
        return False
    return len({m.actor for t in before for m in [resolver.mention_of.get(t.i)] if m is not None} - own) >= 2


def _deal_between(verb: "Token") -> "Token | None":
    """The "between A and B" of the talks or deal `verb` works for (or seeks), if any."""
    deals = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "toward", "towards")
             for o in c.children if o.dep_ == "pobj"]
    if verb.lemma_.lower() == "seek":
        deals += [o for o in verb.children if o.dep_ == "dobj"]
    for deal in deals:
        if deal.lemma_.lower() in _words()["talks"] | {"peace", "settlement"}:
            between = next((c for c in deal.children if c.dep_ == "prep" and c.lower_ == "between"), None)
            if between is not None:
                return between
    return None


def _own_invitation(noun: "Token") -> bool:
    """An invitation that is not the one talks are held at ("accused Paris of ignoring its
    invitation to a meeting"): only "at / on the invitation of X" names a host of talks."""
    return noun.lemma_.lower() == "invitation" and not (noun.dep_ == "pobj" and noun.head.lower_ in ("at", "on", "upon"))


def _noun_mediators(resolver: Resolver, noun: "Token") -> list[Ref]:
    """"Egypt's mediation", "mediation by Kuwait", "under the auspices of the AU", "UN envoy X",
    "X, the mediator", "X acted as mediator"."""
    verb = next((a for a in noun.ancestors if _heads_clause(a)), None)
    if verb is not None and any(c.dep_ == "neg" for c in verb.children):
        return []  # "the talks did not take place under the auspices of the UN"
    if noun.lemma_.lower() in ENVOYS and any(a.lower_ == "between" for a in noun.ancestors):
        return []  # "messages between Iran's Araghchi and US envoy Steve Witkoff": a side of the talks
    credited = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    thanked = [r for c in credited.children if c.dep_ in ("dobj", "nsubjpass") for r in resolver.refs(c)] \
        if credited is not None and credited.lemma_.lower() in CREDITING else []
    if thanked:  # "thanked Togo's President Faure Gnassingbé for his mediation": the one thanked
        return thanked
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    if len(owners) >= 2 and noun.lemma_.lower() in ENVOYS and owners[-1].i == noun.i - 1:
        owners = owners[:-1]  # "the UN Syria envoy": the envoy of the first, for the state named last
    found = [r for c in owners for r in resolver.refs(c)]
    role = noun.head if noun.dep_ == "compound" else noun  # "acting as guarantor countries"
    if role.dep_ == "pobj" and role.head.lower_ == "as" and role.head.head.lemma_.lower() in APPOINTING_AS:
        # "SADC appointed South Africa's deputy president as its facilitator": the one appointed and its
        # maker go between
        appointing = role.head.head
        found = (found or _doers(resolver, appointing)) + [
            r for o in appointing.children if o.dep_ == "dobj" and not any(t.lower_ in FORMER for t in o.subtree)
            for r in resolver.refs(o) if resolver.inventory.kind_of(r.actor) != "person"]
        # (not "named three former presidents, A, B and C, as envoys": people of their own)
    elif role.dep_ in ("oprd", "attr") and role.head.lemma_.lower() in APPOINTING_AS \
            and any(c.dep_ == "auxpass" for c in role.head.children):  # "Mandela was appointed chief facilitator
        makers = [r for c in role.head.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                  for r in resolver.refs(p)]  # of the negotiations": the one appointed, or the body that appoints
        named = [r for c in role.head.children if c.dep_ == "nsubjpass" for r in resolver.refs(c)
                 if not makers or resolver.inventory.kind_of(r.actor) != "person"]  # a person (as in the active)
        found = found or makers + named
    markers = ("of", "from") if noun.lower_ in UNDER_WHOSE else ("of", "by", "from")
    found += [r for c in noun.children if c.dep_ == "prep" and c.lower_ in markers  # ("signed under the auspices
              for p in c.children if p.dep_ == "pobj"  # of the AU by A and B": the parser hangs the signers on
              and p.lemma_.lower() not in BROUGHT  # "auspices"; not "met envoys of both sides": their own
              for r in _before_subject(resolver.refs(p), p, verb)]
    if not found and noun.lemma_.lower() in ("mediation", "facilitation") and verb is not None \
            and not any(c.dep_ == "auxpass" for c in verb.children):  # "the deal followed (two years of) mediation
        found = [r for h in (*list(noun.ancestors)[:3], verb) for c in h.children  # by South Africa": the parser
                 if c.dep_ == "prep" and c.lower_ == "by" and c.i == noun.right_edge.i + 1  # hangs "by" higher up
                 for p in c.children if p.dep_ == "pobj" for t in (p, *p.conjuncts) for r in resolver.refs(t)]
    found += [r for h in (noun, noun.head) for c in h.children if c.dep_ == "prep" and c.lower_ in ("through", "via")
              and (h is noun or noun.dep_ == "dobj") for p in c.children if p.dep_ == "pobj" for r in resolver.refs(p)]
    # ("ECOWAS is pursuing a separate mediation through Gambian President Yahya Jammeh": the go-between too)
    if noun.dep_ == "appos" and (not found or noun.lower_ in ("co-chairs", "co-chair")
                                 and noun.head.i in resolver.mention_of):
        found += resolver.refs(noun.head)  # "France, Russia and the United States, the co-chairs of the Minsk
        # Group, ...": the group and the states its co-chairs are
    if not found and noun.lemma_.lower() not in ENVOYS:  # "the guarantors, Argentina, Brazil and
        # Chile" (not "sent an envoy, the Nigerian diplomat X": the sender's, whatever X's country)
        found = [r for a in noun.children if a.dep_ == "appos" for r in resolver.refs(a)]
    found += [more for r in found for a in (noun.doc[r.token], *noun.doc[r.token].children) if a.dep_ == "appos"
              and any(x.actor == r.actor for x in resolver.refs(a)) for t in a.conjuncts for more in resolver.refs(t)]
    # ("the guarantors of the Rio Protocol, Argentina, Brazil and Chile": the parser hangs the list on the
    # protocol; not "the co-chairs of the Minsk Group (Russia, the US, France)": the group's members)
    among = noun.head if noun.dep_ == "compound" else noun  # "with Norway among the guarantor countries"
    if not found and among.dep_ == "pobj" and among.head.lower_ == "among" and among.head.dep_ == "prep":
        before = noun.doc[among.head.i - 1]  # the name right before "among", wherever the parser hangs it
        found = resolver.refs(before if before.i in resolver.mention_of else among.head.head)
    if not found and role.dep_ == "pobj" and role.head.lower_ == "as":  # "acted as mediator"
        verb = role.head.head
        if any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) for c in verb.subtree):
            return []  # "ready to act as a go-between if Riyadh and Tehran wished": on a condition not met
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in APPEALING:
            return []  # "Puigdemont appealed to the EU to act as a mediator": asked for, not done
        clause = _heads_clause(verb)
        if clause and any(c.dep_ == "dobj" for c in verb.children) and verb.lemma_.lower() in PRAISING:
            return []  # "Trump praised his role as a peacemaker": the one praised, whom the object names
        found = [r for w in verb.subtree if w.dep_ == "prep" and w.lower_ == "with" and w.i < role.head.i
                 for o in w.children if o.dep_ == "pobj" and o.right_edge.i + 1 == role.head.i
                 for r in resolver.refs(o)]  # "A and B resumed talks, with Cuba and Norway as guarantors"
        found = (found or _doers(resolver, verb)) if clause else [  # "X's role as mediator", "Norway and Cuba
            r for c in verb.children if c.dep_ in ("poss", "compound", "amod", "nmod")  # act as ...", the parser's
            for r in resolver.refs(c)]  # noun "act"
        if not found and clause:  # "Oman, which is regarded as the main channel between A and B"
            found = [r for c in verb.children if c.dep_ == "nsubjpass" for r in resolver.refs(c)]
        if not found and clause and verb.dep_ == "conj":  # "..., which has hosted X and is regarded as ..."
            found = [r for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") for r in resolver.refs(c)]
        if not found and verb.dep_ == "advcl":  # "with the Council of Churches (SACC) acting as mediator":
            found = [r for w in verb.head.children if w.dep_ == "prep" and w.lower_ == "with" and w.i < verb.i
                     for o in w.children if o.dep_ == "pobj" and o.right_edge.i + 1 == verb.i
                     for r in resolver.refs(o)]  # the parser hangs the acting on the clause, not on its doer
    if not found and (noun.dep_ == "attr"  # "Qatar is the mediator"
                      or noun.dep_ == "dobj" and noun.head.lemma_.lower() in LEADING):  # "X led the mediation"
        found = _subject_actors(resolver, noun.head)
    effort = noun.head
    if not found and noun.dep_ == "compound" and effort.lemma_.lower() in _words()["roles"]:
        if effort.dep_ == "dobj" and effort.head.lemma_.lower() in LEADING:  # "X led mediation efforts"
            found = _subject_actors(resolver, effort.head)
        found = found or [r for c in effort.children if c.dep_ == "poss" for r in resolver.refs(c)]  # "Kenya's
        found = found or [r for c in effort.children if c.dep_ == "amod" and c.lemma_.lower() in LEADING  # mediation
                          and any(s.dep_ == "nsubj" for s in c.children) for r in _subject_actors(resolver, c)]  # efforts"
        # ("X is leading mediation efforts", the small parser's adjective "leading" with X its subject)
    if not found and noun.lemma_.lower() == "mediator" and noun.tag_ == "NNS" and noun.dep_ in ("nsubj", "nsubjpass"):
        found = resolver.refs(noun)  # "... working alongside Egypt. The two mediators had handed a proposal ...":
        # the mediators counted back
    if noun.lemma_.lower() in ENVOYS and _sent_to_both(resolver, noun):
        return found or _doers(resolver, noun.head)  # "the Vatican sent an envoy to Kyiv and Moscow"
    if noun.lemma_.lower() in ENVOYS | {"invitation"} and not _sentence_about_talks(noun):
        return []  # an envoy counts when the sentence is about talks, and so does an invitation to them
    return found


def _before_subject(refs: list[Ref], phrase: "Token", verb: "Token | None") -> list[Ref]:
    """"Under the auspices of the OSCE, Armenia and Azerbaijan agreed ...": the small parser
    hangs the subject of a clause that opens with a phrase on that phrase, as conjuncts after
    its comma, and leaves the verb without one. Those are the sides, not the mediators."""
    if verb is None or verb.i < phrase.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return refs
    comma = next((t.i for t in phrase.doc[phrase.i:verb.i] if t.text == ","), None)
    return refs if comma is None else [r for r in refs if r.token < comma]


def _heads_clause(token: "Token") -> bool:
    """A verb, or a verb the small parser read as a noun ("X, Y and Z act as mediators"): it has a subject."""
    return token.pos_ in ("VERB", "AUX") or any(c.dep_ == "nsubj" for c in token.children)


def _sent_to_both(resolver: Resolver, envoy: "Token") -> bool:
    """Is the envoy sent to two sides over their quarrel ("sent an envoy to Kyiv and Moscow in a
    bid to end the war"): a go-between?"""
    verb = envoy.head
    if envoy.dep_ != "dobj" or verb.lemma_.lower() not in ("send", "dispatch", "lead", "head"):
        return False
    places = [p for h in (verb, envoy) for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
              for p in c.children if p.dep_ == "pobj"]
    sides = {r.actor for p in places for t in (p, *p.conjuncts) for r in resolver.refs(t)}
    quarrel = any(t.lemma_.lower() in DISPUTES | QUARRELS | {"war", "peace", "ceasefire", "truce", "fighting"}
                  for t in verb.subtree)  # (not "Russia sent an envoy to Kyiv and Minsk": a visit)
    return quarrel and len(sides) >= 2 and not sides & {r.actor for r in _doers(resolver, verb)}


def _sentence_about_talks(token: "Token") -> bool:
    talks = _words()["talks"] | TALKING
    sentence = token.doc[token.left_edge.i:token.right_edge.i + 1].root  # the clause the noun is in
    while sentence.head.i != sentence.i:
        sentence = sentence.head
    return any(t.lemma_.lower() in talks for t in sentence.subtree)
