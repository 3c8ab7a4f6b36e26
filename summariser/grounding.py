"""Grounding: is each item of a briefing supported by its quotes, and are they in the article?

An item is grounded only when all of these hold:
- it has at least one quote, and every quote is located in the article (`quotes.py`;
  `strict` refuses fuzzy matches);
- its actors are named in the located passages (`names.py`): a party's or mediator's
  name (or an alias), every member of a mediating group, every member of an alliance
  (two at least), an accusation's accuser and accused (two different actors);
- no quote comes from a sentence that addresses the model ("ignore previous
  instructions and report that ..."): a prompt injection is in the article too;
- an accusation's allegation is supported by its passages: the share of the
  allegation's content words (folded, stop words aside, light suffix stemming) that
  occur in the passages is at least `ALLEGATION_SUPPORT` (0.5). The score is reported.

Names are checked against the article's own passages, not the model's copy of them, so a
quote that was matched only after folding cannot smuggle in a name the article lacks.
First through the article's actor inventory (`reading/`: the one resolver of names to
actors, which the extractor, `eval` and the digest ask too): a name that denotes an actor
there is named in a passage when one of that actor's mentions lies inside it — "Azeri
troops", "Baku", "Erdogan" (introduced as Turkish President), "the separatists" (tied to
the one separatist authority). Otherwise through `names.NameMatcher`'s string rules, with
the acronyms that inventory found. Whether two names are one actor is decided by the same
resolver (`NameMatcher.canonical`: the inventory's id, else `resolve_known`'s; `NameMatcher.actor_key`
keeps a person apart from the state the article ties them to and from other people).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .models import CATEGORIES, Briefing, Evidence
from .names import NameMatcher, words
from .quotes import MIN_WORDS, QuoteCheck, QuoteMatch, check_quote, word_count
from .reading import read

ALLEGATION_SUPPORT = 0.5
# Text that addresses a model instead of reporting: a prompt injection planted in an
# article is in the article, so it would pass every other check. Its sentence is no evidence.
INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b[^.!?\n]{0,40}\b(?:previous|prior|above|earlier|all|your)\b"
    r"[^.!?\n]{0,30}\b(?:instructions?|prompts?|rules?|directions?)\b"
    r"|\b(?:system prompt|you are (?:an? )?(?:ai|assistant|language model)|as an ai)\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?]\s|\n")
STOP_WORDS = frozenset(
    """a an the of to in on at by for with from and or but as is are was were be been being
    that this these those it its their his her they them he she we our you your of into
    over against about after before during than then there here which who whom whose
    what when where while has have had do does did so such also very more most other
    some any each both all""".split()
)
SUFFIXES = ("ingly", "ing", "edly", "ed", "ies", "es", "s", "ly")


@dataclass
class ItemVerdict:
    category: str
    index: int
    grounded: bool
    reasons: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    allegation_support: float | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "category": self.category,
            "index": self.index,
            "grounded": self.grounded,
            "reasons": self.reasons,
            "evidence": [e.model_dump() for e in self.evidence],
        }
        if self.category == "accusations":
            data["allegation_support"] = self.allegation_support
        return data


@dataclass
class GroundingReport:
    items: list[ItemVerdict]

    @property
    def grounded(self) -> int:
        return sum(item.grounded for item in self.items)

    @property
    def ungrounded(self) -> int:
        return len(self.items) - self.grounded

    def to_dict(self) -> dict[str, Any]:
        return {
            "grounded": self.grounded,
            "ungrounded": self.ungrounded,
            "items": [item.to_dict() for item in self.items],
        }


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The word without its first matching suffix. Kept by word: every accusation's
    passages are stemmed word by word, and an article's words recur from item to item."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> list[str]:
    return [stem(w) for w in words(text) if w not in STOP_WORDS]


def allegation_support(allegation: str, passages: str) -> float:
    """Share of the allegation's content words found in the passages (1.0 when it has none)."""
    wanted = content_words(allegation)
    if not wanted:
        return 1.0
    present = set(content_words(passages))
    return sum(w in present for w in wanted) / len(wanted)


def quotes_of(item: Mapping[str, Any]) -> list[str]:
    """The item's quotes, whether it is a model draft (`quotes`) or a briefing item (`evidence`)."""
    if "quotes" in item:
        return [str(q) for q in item["quotes"]]
    return [str(e["quote"]) for e in item.get("evidence", [])]


@lru_cache(maxsize=16)
def matcher_for(source_text: str) -> NameMatcher:
    return NameMatcher(source_text)


def sentence_around(source_text: str, start: int, end: int) -> str:
    """The sentence(s) holding source_text[start:end]."""
    after = SENTENCE_END.search(source_text, end)
    return source_text[_sentence_start(source_text, start) : after.end() if after else len(source_text)]


def _sentence_start(source_text: str, start: int) -> int:
    """Where the last sentence end before `start` ends (0: none), as a scan of the whole text
    from its beginning finds it, but looked for just behind `start` first (a scan from the
    beginning for every quote made a long article's checks quadratic). A scan from inside
    the text finds the same breaks from its second character on (a break is one or two
    characters: only one straddling its first character can differ, and a nearer break,
    or none in reach, settles it); where it finds none, it looks further back."""
    reach = 512
    while True:
        low = max(0, start - reach)
        last = None
        for last in SENTENCE_END.finditer(source_text, low, start):
            pass
        if last is not None and (last.start() > low or low == 0):
            return last.end()
        if low == 0:
            return 0
        reach *= 4


def whole_sentence(source_text: str, quote: str) -> QuoteCheck | None:
    """A quote under the four-word floor that is exactly one whole sentence of the article.

    The floor keeps a short fragment ("the attack") from passing as evidence wherever it
    happens to occur. A whole sentence is not such a fragment: "He was ruthless." or
    "We're broken." closes a statement the article makes, and the extract and cited paths
    copy cited sentences as quotes, so refusing it sank whole items (the perfect stand-in
    lost four gold accusations so, `bench/ceiling.py`). Names and allegation are still
    checked on the item's passages.
    """
    text = quote.strip()
    if not 0 < word_count(text) < MIN_WORDS:  # a lone quote mark is no statement
        return None
    for sentence in read(source_text).sentences:
        if sentence.text == text:
            return QuoteCheck(QuoteMatch(sentence.start, sentence.end, "exact", ((sentence.start, sentence.end),)))
    return None


@lru_cache(maxsize=256)
def _located(source_text: str, quote: str, strict: bool) -> QuoteMatch | str:
    """Where `quote` is in the article, or why it is no evidence there. Kept for the
    article's other items: on the extract path the quotes are the cited sentences, and half
    of the sentences an article's items cite are cited by another of its items too."""
    check = whole_sentence(source_text, quote) or check_quote(source_text, quote, allow_fuzzy=not strict)
    if check.match is None:
        return check.reason or "quote not found in source"
    injected = INJECTION.search(sentence_around(source_text, check.match.start, check.match.end))
    if injected:
        return f"quote comes from text addressed to the model ('{injected.group()}'), not from the reporting"
    return check.match


def _locate(
    quotes: list[str], source_text: str, strict: bool
) -> tuple[list[Evidence], list[str], str, list[tuple[int, int]]]:
    evidence, reasons, passages, spans = [], [], [], []
    for quote in quotes:
        match = _located(source_text, quote, strict)
        if isinstance(match, str):
            reasons.append(match)
            continue
        evidence.append(Evidence(quote=quote, start=match.start, end=match.end, match=match.kind))
        fragments = match.fragments or ((match.start, match.end),)
        spans.extend(fragments)
        passages.extend(source_text[a:b] for a, b in fragments)
    return evidence, reasons, "\n".join(passages), spans


def _name_reasons(
    category: str, item: Mapping[str, Any], passages: str, spans: list[tuple[int, int]], source_text: str,
    matcher: NameMatcher,
) -> list[str]:
    inventory = read(source_text).inventory

    def missing(role: str, name: str, aliases: tuple[str, ...] = ()) -> list[str]:
        if any(inventory.named_in(n, spans) for n in (name, *aliases)):
            return []
        if matcher.is_named(name, passages, aliases) or _described(name, passages, matcher):
            return []
        if any(_referred_to(source_text, n, tuple(spans)) for n in (name, *aliases)):
            return []
        return [f"{role} '{name}' is not named in any of its quotes"]

    if category in ("parties", "mediators"):
        reasons = missing("name", str(item["name"]), tuple(item.get("aliases", ())))
        for member in item.get("members", ()):
            reasons += missing("member", str(member))
        return reasons
    if category == "alliances":
        members = [str(m) for m in item["members"]]
        reasons = [] if len(members) >= 2 else [f"an alliance needs at least two members ({len(members)} given)"]
        for member in members:
            reasons += missing("member", member)
        return reasons
    accuser, accused = str(item["accuser"]), str(item["accused"])
    reasons = missing("accuser", accuser) + missing("accused", accused)
    if same_actor(accuser, accused, source_text, matcher):
        reasons.append(f"accuser and accused are the same actor ('{accuser}')")
    return reasons


# Where a word refers to a side, not describes another word: "the authorities said", not "pro-government".
# "It" is left out: it is as often a place ("Mokha ... It is host to ...") as a side.
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "agent", "attr", "dative", "appos", "conj"})


def _described(name: str, passages: str, matcher: NameMatcher) -> bool:
    """A side named by a description, not a name ("Somali pirates", "three men", "opposition
    protesters"): its head noun in a quote is its mention ("the pirates released the ship")."""
    parts = name.split()
    return len(parts) >= 2 and parts[-1].islower() and parts[-1].isalpha() and matcher.is_named(parts[-1], passages)


@lru_cache(maxsize=8)
def _referred_to(source_text: str, name: str, spans: tuple[tuple[int, int], ...]) -> bool:
    """Does a quote refer to the actor `name` by a word the reading resolves to it: a pronoun,
    an office or "the government" ("the group said it ...", "the authorities")?"""
    reading = read(source_text)
    actor = reading.inventory.resolve(name)
    if actor is None or not reading.sentences:
        return False
    resolver = _resolver(source_text)
    doc = reading.inventory.doc
    for start, end in spans:
        for token in doc.char_span(start, end, alignment_mode="expand") or ():
            if token.pos_ in ("PRON", "NOUN", "PROPN") and token.dep_ in ARGUMENTS \
                    and token.lower_ not in ("it", "its") and any(r.actor == actor for r in resolver.refs(token)):
                return True
    return False


@lru_cache(maxsize=4)
def _resolver(source_text: str) -> Any:
    """The reading's coreference for one article, built once: a briefing checks many items
    against the same text."""
    from .reading.syntax import Resolver

    reading = read(source_text)
    return Resolver(reading.inventory.doc, reading.sentences, reading.inventory)


def same_actor(a: str, b: str, source_text: str, matcher: NameMatcher | None = None) -> bool:
    """Do two names denote one actor of this article ("Baku" and "Azerbaijan")? A person and
    the actor the article ties them to are two sides ("Lindsey Graham" and "United States"),
    and so are two people tied to one actor ("Joe Biden" and "Donald Trump");
    `NameMatcher.actor_key`."""
    matcher = matcher or matcher_for(source_text)
    return matcher.actor_key(a) == matcher.actor_key(b)


def ground_item(
    category: str,
    item: Mapping[str, Any],
    source_text: str,
    *,
    strict: bool = False,
    matcher: NameMatcher | None = None,
    index: int = 0,
) -> ItemVerdict:
    """Check one item (a model draft or a briefing item) against the article."""
    matcher = matcher or matcher_for(source_text)
    quotes = quotes_of(item)
    evidence, reasons, passages, spans = _locate(quotes, source_text, strict)
    if not quotes:
        reasons.append("no evidence quotes")
    reasons += _name_reasons(category, item, passages, spans, source_text, matcher)
    support = None
    if category == "accusations":
        support = round(allegation_support(str(item["allegation"]), passages), 3)
        if support < ALLEGATION_SUPPORT:
            total = len(content_words(str(item["allegation"])))
            reasons.append(
                f"allegation is not supported by its quotes ({round(support * total)} of {total} "
                f"content words found: {support:.2f} < {ALLEGATION_SUPPORT})"
            )
    return ItemVerdict(category, index, not reasons, reasons, evidence, support)


def ground(briefing: Briefing | Mapping[str, Any], source_text: str, *, strict: bool = False) -> GroundingReport:
    """Verdicts for every item of parties, mediators, alliances and accusations, in order.

    `briefing` may come from this tool, another tool or a person: offsets it carries are
    ignored and recomputed.
    """
    data = briefing.model_dump() if isinstance(briefing, Briefing) else briefing
    matcher = matcher_for(source_text)
    items = []
    for category in CATEGORIES:
        entries = data.get(category, [])
        if not isinstance(entries, list):
            raise TypeError(f"'{category}' must be a list")
        for index, item in enumerate(entries):
            if not isinstance(item, Mapping):
                raise TypeError(f"{category}[{index}] must be an object")
            items.append(ground_item(category, item, source_text, strict=strict, matcher=matcher, index=index))
    return GroundingReport(items)
