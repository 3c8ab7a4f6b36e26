"""The cited path: the code finds the candidates, the model judges them, the code writes the evidence.

A 135M model cannot write names or copy quotes, and it judges poorly, but it can choose
among a few options. So the reading layer (`reading/`) proposes every claim with its
sentence and roles; the model is asked, one short question per candidate, whether the
sentence states it, through a schema built for that article (its enums hold the names of
the actors in that sentence and nothing else, so a name the article lacks cannot even be
written); and every quote is the cited sentence itself, copied by the code, so evidence
is exact by construction. The validator still checks names and claim support.

How much the model decides is a measured policy (`JUDGE_POLICY`): the README's quality
table shows the reading alone, this path, and the old free-quote path side by side.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from pydantic import Field, create_model

from .errors import ModelError
from .grounding import ItemVerdict, content_words, ground_item
from .models import Category, Evidence, ModelOutput, Rejected
from .policy import RetryPolicy
from .prompts import load_templates
from .providers import Connection
from .reading import Reading, Sentence
from .reading.parties import PartyScore, party_model

MAX_PARTY_OPTIONS = 8
KIND = {"state": "state", "armed_group": "armed_group", "separatist_authority": "separatist_authority",
        "government_body": "government_body", "international_organisation": "international_organisation",
        "political_group": "other", "other": "other"}
QUOTE_EDGES = " \t\n\"'“”„‟«»‚‘’,;:."


@dataclass
class Candidate:
    """One claim the reading proposes, the sentence it stands on, and what the model said."""

    category: Category
    item: dict[str, Any]
    sentences: list[int]
    claim: str
    options: list[str] = field(default_factory=list)  # actor names the model may choose from
    proposed: bool = True  # what the reading alone decides (a low-ranked party is not proposed)
    verdict: bool | None = None  # the model's answer; None: not asked or undecided


@dataclass
class CitedResult:
    kept: dict[Category, list[dict[str, Any]]]
    rejected: list[Rejected]
    notes: list[str]


def sentence_evidence(sentence: Sentence) -> dict[str, Any]:
    return Evidence(quote=sentence.text, start=sentence.start, end=sentence.end, match="exact",
                    sentence=sentence.index).model_dump()


def sentence_item(reading: Reading, category: Category, draft: dict[str, Any], sentences: list[int],
                  verdict: ItemVerdict) -> dict[str, Any]:
    """A grounded draft as the briefing reports it: its evidence is the cited sentences,
    copied by the code, so the quotes and offsets are exact by construction."""
    item = {k: v for k, v in draft.items() if k != "quotes"}
    item["evidence"] = [sentence_evidence(reading.sentences[i]) for i in sentences]
    if category == "accusations":
        item["allegation_support"] = verdict.allegation_support
    return item


def _clean(text: str) -> str:
    return " ".join(text.strip(QUOTE_EDGES).split())


def candidates(reading: Reading) -> list[Candidate]:
    """Every claim the reading proposes, as briefing items with their sentences as evidence."""
    name = reading.inventory.name_of
    found: list[Candidate] = []
    mediators = set()
    for mediation in reading.mediations:
        mediators.add(mediation.mediator)
        sentences = [mediation.sentence]
        if not any(m.actor == mediation.mediator for m in reading.inventory.mentions_in(
                reading.sentences[mediation.sentence].start, reading.sentences[mediation.sentence].end)):
            sentences.insert(0, mediation.sentence - 1)  # "In this format ..." names the group one sentence before
        item = {"name": name(mediation.mediator), "members": [name(m) for m in mediation.members]}
        found.append(Candidate("mediators", item, sentences, f"{name(mediation.mediator)} mediates."))
    for tie in reading.ties:
        members = [name(m) for m in tie.members]
        item = {"members": members, "kind": tie.kind}
        found.append(Candidate("alliances", item, [*tie.context, tie.sentence], f"{' and '.join(members)} are allies ({tie.kind.replace('_', ' ')})."))
    for accusation in reading.accusations:
        allegation = _clean(reading.text[accusation.allegation[0]:accusation.allegation[1]])
        item = {"accuser": name(accusation.accuser), "accused": name(accusation.accused), "allegation": allegation,
                "speaker": accusation.speaker}
        sentence = reading.sentences[accusation.sentence]
        options = sorted({name(m.actor) for m in reading.inventory.mentions_in(sentence.start, sentence.end)})
        found.append(Candidate("accusations", item, [*accusation.context, accusation.sentence],
                               f"{item['accuser']} accuses {item['accused']} of: {allegation}", options))
    found.extend(_party_candidates(reading, mediators))
    return _merged(found)


def _party_candidates(reading: Reading, mediators: set[str]) -> list[Candidate]:
    """The actors likeliest to be sides, by the party model's chance (reading/parties.py),
    proposed at its threshold, and at least the model's `least` likeliest above its floor
    (an article always has a side, so the likeliest is proposed in any case). Mediators are
    not sides unless they accuse or are accused (they are then no longer mediators in the reading)."""
    ranked = sorted((s for s in reading.parties if s.actor not in mediators and s.features),
                    key=lambda s: (-s.chance, -s.score, s.actor))
    scores: list[PartyScore] = []
    for score in ranked:  # "United Liberation Front" beside "United Liberation Front of Asom": one side
        if not any(_shortened(reading.inventory.actors[score.actor].name, reading.inventory.actors[s.actor].name)
                   for s in scores):
            scores.append(score)
    model = party_model()
    found = []
    for rank, score in enumerate(scores[:MAX_PARTY_OPTIONS]):
        actor = reading.inventory.actors[score.actor]
        chosen = score.chance >= model.threshold or rank == 0 or (
            rank < model.least and score.chance >= model.floor)
        found.append(Candidate("parties", _party_item(reading, score.actor),
                               _naming(reading, score.actor, score.sentences or _named_in(reading, score.actor))[:1],
                               f"{actor.name} is a party.", proposed=chosen))
    return found


def _shortened(name: str, other: str) -> bool:
    """One name is the other's first words, two at least: the same side named short."""
    a, b = sorted((name.lower().split(), other.lower().split()), key=len)
    return len(a) >= 2 and b[:len(a)] == a


def _named_in(reading: Reading, actor: str) -> list[int]:
    """The sentences naming `actor`: the evidence of a side the party score never counted."""
    return [i for i, s in enumerate(reading.sentences)
            if any(m.actor == actor for m in reading.inventory.mentions_in(s.start, s.end))]


def _party_item(reading: Reading, actor_id: str) -> dict[str, Any]:
    actor = reading.inventory.actors[actor_id]
    aliases = [f for f in actor.forms if f != actor.name and reading.inventory.persons.get(f) is None]
    return {"name": actor.name, "aliases": aliases, "kind": KIND.get(actor.kind, "other")}


def _naming(reading: Reading, actor: str, sentences: list[int]) -> list[int]:
    """The sentences that name `actor` first: a suspect accused as "a 25-year-old man" is a
    party by the sentence that gives the name, not by the one that describes them."""
    named = [i for i in sentences if any(m.actor == actor for m in reading.inventory.mentions_in(
        reading.sentences[i].start, reading.sentences[i].end))]
    return named + [i for i in sentences if i not in named]


def _merged(found: list[Candidate]) -> list[Candidate]:
    """One candidate per claim: the same accusation in two sentences keeps both sentences."""
    merged: dict[tuple[Any, ...], Candidate] = {}
    for candidate in found:
        item = candidate.item
        if candidate.category == "accusations":
            key: tuple[Any, ...] = ("accusations", item["accuser"], item["accused"],
                                    frozenset(content_words(item["allegation"])))
        elif candidate.category == "alliances":
            key = ("alliances", frozenset(item["members"]))
        else:
            key = (candidate.category, item["name"])
        if candidate.category == "accusations":
            key = next((k for k in merged if _said_again(k, key)), key)
        if key in merged:
            merged[key].sentences.extend(s for s in candidate.sentences if s not in merged[key].sentences)
        else:
            merged[key] = candidate
    return list(merged.values())


def _said_again(kept: tuple[Any, ...], new: tuple[Any, ...]) -> bool:
    """Is the new accusation one already kept, said again in fewer or more words: the same pair,
    one allegation's content words inside the other's ("contempt" in the headline, "contempt of
    court" in the text; tests/gold/README.md: one item, two quotes)?"""
    if kept[:3] != new[:3]:
        return False
    words, other = kept[3], new[3]
    return bool(words) and bool(other) and (words <= other or other <= words)


# --- the model's questions -------------------------------------------------------------
#
# A 135M model says "yes" to almost any claim, so a single yes/no carries no signal. Each
# candidate is asked twice, as the claim and as its counter-claim (the accusation reversed,
# the party as a bystander, the allies as opponents), and the model's answer counts only
# when it tells the two apart: "no" to the claim and "yes" to the counter-claim is a
# verdict against the candidate, the reverse a verdict for it; anything else is no verdict.


def judge_schema(candidate: Candidate) -> type[ModelOutput]:
    """The schema of one question, built for this candidate: the enums are its options."""
    return _judge_schema(candidate.category, tuple(candidate.options) if candidate.category == "accusations" else ())


@lru_cache(maxsize=256)
def _judge_schema(category: Category, options: tuple[str, ...]) -> type[ModelOutput]:
    """One class per category and options (building a pydantic model costs milliseconds,
    and a batch asks the same shape again and again)."""
    yes_no = (Literal["yes", "no"], Field(description="Does the sentence state the claim?"))
    if category == "accusations":
        names = Literal[options]  # type: ignore[valid-type]
        return create_model("AccusationJudgement", __base__=ModelOutput, states_it=yes_no,
                            accuser=(names, ...), accused=(names, ...))
    title = {"mediators": "MediationJudgement", "alliances": "AllianceJudgement", "parties": "PartyJudgement"}
    return create_model(title[category], __base__=ModelOutput, states_it=yes_no)


def counter_claim(candidate: Candidate) -> str:
    """The claim the model must tell this one apart from."""
    item = candidate.item
    if candidate.category == "accusations":
        return f"{item['accused']} accuses {item['accuser']} of: {item['allegation']}"
    if candidate.category == "alliances":
        return f"{' and '.join(item['members'])} are on opposite sides."
    if candidate.category == "parties":
        return f"{item['name']} only comments on the conflict or mediates; it is not a side."
    return f"{item['name']} is a side of the conflict, not a mediator."


def question(reading: Reading, candidate: Candidate, claim: str | None = None) -> list[dict[str, str]]:
    """The fixed instructions first (llama.cpp reuses that prefix), the sentence and claim last."""
    templates = load_templates()
    system = templates["cited"].strip() + "\n\n" + templates[f"cited_{candidate.category}"].strip()
    sentences = " ".join(reading.sentences[i].text for i in candidate.sentences)
    user = {"role": "user", "content": f"SENTENCE: {sentences}\n\nCLAIM: {claim or candidate.claim}"}
    return [{"role": "system", "content": system}, user]


async def _says(connection: Connection, reading: Reading, candidate: Candidate, claim: str, usage: Any,
                policy: RetryPolicy) -> bool:
    from .calls import ask  # the model client stack, loaded only when a model is asked

    answer = await ask(connection, judge_schema(candidate), question(reading, candidate, claim), usage, policy)
    return getattr(answer, "states_it") == "yes"


async def judge(connection: Connection, reading: Reading, found: list[Candidate], usage: Any,
                policy: RetryPolicy) -> list[str]:
    """Ask the model about every candidate its policy lets it judge; set each verdict.

    All the questions go out at once (the run's gate bounds how many are in flight), so
    an article waits for its slowest answer, not for the sum of them. The verdicts and
    notes are exactly those of asking one after another: a candidate whose claim gets no
    usable answer is noted and left undecided, whatever its counter-claim got.
    """
    rules = policy_for(connection.provider.name)
    asked = [c for c in found if rules[c.category] != "reading" and c.proposed
             and not (c.category == "accusations" and len(c.options) < 2)]
    answers = await asyncio.gather(*(
        _says(connection, reading, candidate, claim, usage, policy)
        for candidate in asked for claim in (candidate.claim, counter_claim(candidate))
    ), return_exceptions=True)
    notes: list[str] = []
    for index, candidate in enumerate(asked):
        claim, counter = answers[2 * index], answers[2 * index + 1]
        error = claim if isinstance(claim, BaseException) else counter
        if isinstance(error, ModelError):
            notes.append(f"{candidate.category}: no usable answer from the model ({error})")
            continue
        if isinstance(error, BaseException):
            raise error
        candidate.verdict = verdict_of(bool(claim), bool(counter), rules is CAPABLE_POLICY)
    return notes


def verdict_of(claim: bool, counter: bool, capable: bool) -> bool | None:
    """The model's verdict on a candidate from its answers to the claim and the counter-claim.

    The 135M model says "yes" to almost anything, so its answer counts only when it tells
    the two apart. A capable model's answer to the claim is its verdict: "no" to an
    accusation and "no" to its reversal means the sentence states neither, and the perfect
    stand-in showed that treating it as no verdict kept every wrong candidate it rejected
    (`bench/ceiling.py`); "yes" to both is a mutual accusation, both stated.
    """
    if capable:
        return claim
    return claim if claim != counter else None


# --- deciding ----------------------------------------------------------------------------

# Where the model's verdict may drop a candidate ("veto") and where the reading alone
# decides ("reading"). Set from measurement on the gold set (README, "What the model does").
# Measured with `bench/judge.py --all-categories` on the 17 gold articles: asked about 66
# party, 27 alliance and 3 mediation candidates, the 135M model never rejected a claim while
# accepting its counter-claim (it says "yes" to both), so it has no say there. On 41
# accusations it did so 3 times (2 of them right claims): it may veto accusations when
# asked (`--method cited`), but the local default is the reading alone (briefing.default_method).
Policy = dict[Category, Literal["reading", "veto"]]
JUDGE_POLICY: Policy = {
    "parties": "reading",
    "mediators": "reading",
    "alliances": "reading",
    "accusations": "veto",
}
# Any other model (OpenAI, a larger model behind --base-url) is asked about every candidate
# and its verdict counts everywhere: the measured limits above are the 135M model's.
CAPABLE_POLICY: Policy = {"parties": "veto", "mediators": "veto", "alliances": "veto", "accusations": "veto"}


def policy_for(provider_name: str) -> Policy:
    return JUDGE_POLICY if provider_name == "local" else CAPABLE_POLICY


def decide(candidate: Candidate) -> bool:
    """The reading proposes; where the model was asked, a clear "no" from it drops the claim."""
    if candidate.verdict is None:
        return candidate.proposed
    return candidate.proposed and candidate.verdict


def settle(reading: Reading, found: list[Candidate]) -> CitedResult:
    """Ground what was decided; the rest is reported, never shown as fact."""
    kept: dict[Category, list[dict[str, Any]]] = {"parties": [], "mediators": [], "alliances": [], "accusations": []}
    rejected: list[Rejected] = []
    for candidate in found:
        if not decide(candidate):
            if candidate.verdict is False and candidate.proposed:
                rejected.append(Rejected(category=candidate.category, item=_draft(reading, candidate), by="model",
                                         reasons=["the model judged that the sentence does not state this"]))
            continue
        draft = _draft(reading, candidate)
        verdict = ground_item(candidate.category, draft, reading.text)
        if verdict.grounded:
            kept[candidate.category].append(sentence_item(reading, candidate.category, draft, candidate.sentences,
                                                          verdict))
        else:
            rejected.append(Rejected(category=candidate.category, item=draft, reasons=verdict.reasons))
    return CitedResult(kept, rejected, [])


def _draft(reading: Reading, candidate: Candidate) -> dict[str, Any]:
    return {**candidate.item, "quotes": [reading.sentences[i].text for i in candidate.sentences]}


async def extract_cited(reading: Reading, connect: Callable[[], Awaitable[Connection]] | None, usage: Any,
                        policy: RetryPolicy = RetryPolicy()) -> CitedResult:
    """The whole cited path for one article. `connect` is None for the reading alone.

    No candidate, no model call: the server is not even started.
    """
    found = candidates(reading)
    notes: list[str] = []
    if not reading.inventory.actors:
        notes.append("no actors found in the article: nothing to brief")
    elif not found:
        notes.append("no candidate claims found in the article (no cue sentence names two actors)")
    elif connect is not None:
        notes += await judge(await connect(), reading, found, usage, policy)
    result = settle(reading, found)
    result.notes = notes
    return result


__all__ = ["Candidate", "CitedResult", "candidates", "extract_cited", "judge", "sentence_item", "settle"]
