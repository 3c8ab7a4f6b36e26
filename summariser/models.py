"""The two shapes of a briefing: what the model fills, and what the tool returns.

The model only ever copies quotes (`quotes: list[str]`). It never writes offsets or
verdicts, because a model cannot be trusted with either: the tool locates every quote in
the article itself and records where it found it (`Evidence`). Keeping the shapes apart
means nothing the model says can pass for something the tool checked.

The model-facing shapes must be accepted by OpenAI strict structured outputs: every
property required, `additionalProperties: false`, enumerations as plain `enum`, and no
validation keywords OpenAI refuses. `tests/test_schemas.py` checks that.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "2"

PartyKind = Literal[
    "state",
    "armed_group",
    "separatist_authority",
    "government_body",
    "international_organisation",
    "person",
    "other",
]
AllianceKind = Literal[
    "military_treaty",
    "protective_power",
    "military_support",
    "political_support",
    "alleged_involvement",
    "other",
]
ActorKind = Literal[
    "state",
    "international_organisation",
    "armed_group",
    "political_group",
    "separatist_authority",
    "government_body",
    "person",
    "other",
]
MatchKind = Literal["exact", "normalised", "elided", "fuzzy"]
Category = Literal["parties", "mediators", "alliances", "accusations"]
CATEGORIES: tuple[Category, ...] = ("parties", "mediators", "alliances", "accusations")


class Strict(BaseModel):
    """Base for every schema here: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid")


class ModelOutput(Strict):
    """Base for what the model fills.

    llama.cpp's JSON grammar can let a raw newline or tab into a JSON string. That is
    invalid JSON and pydantic's parser refuses it, which would waste a re-ask on a
    harmless formatting slip. The standard library parser accepts control characters in
    strings with `strict=False`, so model output is parsed with it.
    """

    @classmethod
    def model_validate_json(  # type: ignore[override]
        cls, json_data: str | bytes | bytearray, **kwargs: Any
    ) -> Any:
        try:
            data = json.loads(json_data, strict=False)
        except json.JSONDecodeError:
            return super().model_validate_json(json_data, **kwargs)
        kwargs.pop("by_alias", None)
        kwargs.pop("by_name", None)
        return cls.model_validate(data, **kwargs)


# --- what the model fills: names, claims and verbatim quotes only -------------------

# Quotes come first: a model that has just copied the evidence names what it saw there,
# instead of inventing an actor and then looking for support.
QUOTES_HELP = "First, sentences copied character for character from the article."


class PartyDraft(Strict):
    quotes: list[str] = Field(description=QUOTES_HELP)
    name: str = Field(description="The actor's name as the article gives it.")
    aliases: list[str] = Field(description="Other names the article uses for it.")
    kind: PartyKind


class MediatorDraft(Strict):
    quotes: list[str] = Field(description=QUOTES_HELP)
    name: str = Field(description="The mediator's name as the article gives it.")
    members: list[str] = Field(description="Members of a mediating group, if any.")


class AllianceDraft(Strict):
    quotes: list[str] = Field(description=QUOTES_HELP)
    members: list[str] = Field(description="The actors tied together, at least two.")
    kind: AllianceKind


class AccusationDraft(Strict):
    quotes: list[str] = Field(description=QUOTES_HELP)
    accuser: str = Field(description="Who makes the accusation.")
    accused: str = Field(description="Who is accused.")
    allegation: str = Field(description="What they are accused of, in the article's words.")


class Parties(ModelOutput):
    """Parties to the conflict: those who fight or are directly in it."""

    parties: list[PartyDraft]


class Mediators(ModelOutput):
    """Mediators: those who try to bring the sides to talks."""

    mediators: list[MediatorDraft]


class Alliances(ModelOutput):
    """Alliances: standing ties between actors."""

    alliances: list[AllianceDraft]


class Accusations(ModelOutput):
    """Accusations: who accuses whom of what."""

    accusations: list[AccusationDraft]


class Extraction(ModelOutput):
    """Everything at once: parties, mediators, alliances and accusations."""

    parties: list[PartyDraft]
    mediators: list[MediatorDraft]
    alliances: list[AllianceDraft]
    accusations: list[AccusationDraft]


DRAFTS: dict[Category, type[ModelOutput]] = {
    "parties": Parties,
    "mediators": Mediators,
    "alliances": Alliances,
    "accusations": Accusations,
}

# --- what the model fills on the `extract` path: sentence numbers and actor ids ------
#
# The model never writes a quote or an offset here: it cites the article's numbered
# sentences, and the code copies them as evidence (`citations.py`). An actor is an id of
# the article's inventory, or `{"new": name}` for one the inventory lacks, whose name must
# then appear in the cited sentences. Strict-mode shapes like the others: every field
# required, no defaults, `additionalProperties: false`.

SENTENCES_HELP = "Numbers of the sentences that state this item, as given in brackets: [3] is 3."
ACTOR_HELP = "An actor id from the ACTORS list, or {\"new\": name} with the name exactly as a cited sentence writes it."


class NewActor(Strict):
    """An actor the inventory lacks: its name must appear in the item's cited sentences."""

    new: str = Field(description="The actor's name, copied from a cited sentence.")


ActorRef = str | NewActor


class ExtractedParty(Strict):
    sentences: list[int] = Field(description=SENTENCES_HELP)
    actor: ActorRef = Field(description=ACTOR_HELP)
    kind: PartyKind


class ExtractedMediator(Strict):
    sentences: list[int] = Field(description=SENTENCES_HELP)
    actor: ActorRef = Field(description=ACTOR_HELP)
    members: list[ActorRef] = Field(description="Members of a mediating group, if any (actor ids or new actors).")


class ExtractedAlliance(Strict):
    sentences: list[int] = Field(description=SENTENCES_HELP)
    members: list[ActorRef] = Field(description="The actors tied together, at least two (actor ids or new actors).")
    kind: AllianceKind


class ExtractedAccusation(Strict):
    sentences: list[int] = Field(description=SENTENCES_HELP)
    accuser: ActorRef = Field(description="Who makes the accusation. " + ACTOR_HELP)
    accused: ActorRef = Field(description="Who is accused. " + ACTOR_HELP)
    allegation: str = Field(description="What they are accused of, in the article's words.")


class ExtractedClaims(ModelOutput):
    """Parties, mediators, alliances and accusations, each citing its sentences by number."""

    parties: list[ExtractedParty]
    mediators: list[ExtractedMediator]
    alliances: list[ExtractedAlliance]
    accusations: list[ExtractedAccusation]


# --- what the tool returns: quotes located in the article, with verdicts -------------


class Evidence(Strict):
    quote: str
    start: int = Field(description="Python index of the passage's first character.")
    end: int = Field(description="Python index one past the passage's last character.")
    match: MatchKind
    sentence: int | None = Field(
        default=None, description="Number of the cited sentence (0-based), when the evidence is a whole sentence."
    )


class Actor(Strict):
    """One actor of the article's inventory: every surface form the article uses for it.

    The `id` is stable across articles (ISO 3166 alpha-3 for states, a slug otherwise), so
    a digest of many briefings can tell that "Moscow" here and "Russian" there are one actor.
    """

    id: str
    name: str
    kind: ActorKind
    forms: list[str] = Field(default=[], description="Surface forms the article uses, e.g. 'Moscow', 'Russian'.")
    mentions: int = Field(default=0, description="How many times the article names it.")


class Party(Strict):
    name: str
    aliases: list[str] = []
    kind: PartyKind
    evidence: list[Evidence]


class Mediator(Strict):
    name: str
    members: list[str] = []
    evidence: list[Evidence]


class Alliance(Strict):
    members: list[str]
    kind: AllianceKind
    evidence: list[Evidence]


class Accusation(Strict):
    accuser: str
    accused: str
    allegation: str
    speaker: str | None = Field(
        default=None, description="Who voiced it for the accuser: a person or office, e.g. 'Turkish foreign ministry'."
    )
    evidence: list[Evidence]
    allegation_support: float | None = Field(
        default=None,
        description="Share of the allegation's content words found in its quotes (0-1).",
    )


class Rejected(Strict):
    """An item the tool could not ground. It is reported, never shown as a fact."""

    category: Category
    item: dict[str, Any]
    reasons: list[str]
    by: Literal["validator", "model"] = Field(
        default="validator",
        description="validator: its evidence did not hold up; model: the model judged the sentence does not state it.",
    )


class Source(Strict):
    id: str
    sha256: str
    chars: int
    path: str | None = None
    title: str | None = None
    published: str | None = Field(
        default=None, description="Publication date (YYYY-MM-DD) from the article's metadata; never guessed."
    )


Method = Literal["extract", "cited", "quoted", "reading"]


class Provenance(Strict):
    provider: str
    model: str
    prompt_version: str
    method: Method = Field(
        default="quoted",
        description="extract: the model cited sentence numbers and inventory actors, the code wrote the quotes; "
        "cited: the model chose among sentences the code found; quoted: the model quoted freely; "
        "reading: the code's candidates alone, no model.",
    )
    schema_version: str = SCHEMA_VERSION
    reading_version: str = Field(
        default="",
        description="A hash of the reading (its code, word lists and English pipeline) that found the "
        "candidates; empty in briefings made before it was recorded.",
    )
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    reasks: int = 0
    reask_prompt_tokens: int = 0
    reask_completion_tokens: int = 0
    seconds: float = 0.0


class Briefing(Strict):
    schema_version: str = SCHEMA_VERSION
    source: Source
    provenance: Provenance
    actors: list[Actor] = Field(default=[], description="The article's actor inventory (names, ids, forms).")
    parties: list[Party] = []
    mediators: list[Mediator] = []
    alliances: list[Alliance] = []
    accusations: list[Accusation] = []
    rejected: list[Rejected] = []
    notes: list[str] = Field(
        default=[], description="What went wrong on the model's side, e.g. a category skipped."
    )
