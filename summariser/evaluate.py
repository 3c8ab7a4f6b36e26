"""Strict scoring of predicted briefings against gold ones (`summariser eval`).

A user must be able to trust the F1 table, so a prediction scores only for what it
really got right:

1. Same text. A predicted (or gold) briefing whose `source.sha256` is not the article's is
   refused (InputError naming the file): scores of a briefing made for another text mean
   nothing. A gold article without a predicted briefing is refused too, rather than
   silently shrinking the test set.
2. Re-grounded. Every kept item is checked again against the article with
   `grounding.ground`; the briefing's own verdicts are not trusted. A kept item that does
   not ground is a false positive (counted as `ungrounded`). Items in `rejected` are not
   predictions: the tool never showed them as facts.
3. One-to-one, maximum. Per article and category, predictions and gold items are paired
   by a maximum bipartite matching (Kuhn's augmenting paths): each gold item and each
   prediction is used at most once, and the order of the items cannot cost a match, as a
   greedy pairing can.
4. Names resolve through the gold. A name becomes an actor id as the tool and the
   validator make it (`NameMatcher(article).canonical`): the article's actor inventory
   (`reading/`: "Baku", "Azeri troops", "Erdogan" introduced as Turkish President -> one
   actor), else the reading's article-free `resolve_known` ("US" = "United States"), else
   the folded name; then through an alias table built from all of that article's gold
   items (a party's name and aliases, an actor's name and forms, are one actor).
   - party, mediator: the predicted NAME resolves to the gold item's actor. Predicted
     aliases never create a match (listing every actor as an alias scores nothing).
   - alliance: the resolved member sets have Jaccard similarity >= 0.5, and the
     prediction names at least two distinct actors. Kind agreement is reported, not
     required.
   - accusation: accuser and accused both resolve to the gold ones, and the allegations
     match on their stemmed content words (`grounding.content_words`): the prediction
     covers at least half of the gold's words (|P∩G|/|G| >= 0.5) and at least a fifth of
     its own words are the gold's (|P∩G|/|P| >= 0.2), so pasting a whole paragraph as
     the allegation does not match. A pair-only figure (accuser and accused alone,
     one-to-one too) is reported beside it.
5. Undefined is not zero. Precision is undefined (null in JSON, "–" in tables) when
   nothing was predicted in a category, recall when the gold has nothing; F1 is
   undefined when both are, and 0 when either is 0 or undefined. Counts are summed over
   articles before dividing (micro-averaged).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .errors import InputError
from .grounding import content_words, ground
from .inputs import read_article
from .models import CATEGORIES, Briefing
from .names import NameMatcher

ALLIANCE_JACCARD = 0.5
ALLEGATION_COVERAGE = 0.5  # share of the gold allegation's content words the prediction has
ALLEGATION_PRECISION = 0.2  # share of the prediction's content words that are the gold's
PAIR_ONLY = "accusations_pair_only"

# --- counts and ratios ----------------------------------------------------------------


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    ungrounded: int = 0  # kept items that failed the re-check (also counted in fp)

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        if not p or not r:
            return 0.0
        return 2 * p * r / (p + r)

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.ungrounded += other.ungrounded

    def to_dict(self) -> dict[str, Any]:
        return {"precision": _round(self.precision), "recall": _round(self.recall), "f1": _round(self.f1),
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "ungrounded": self.ungrounded}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


# --- one-to-one matching --------------------------------------------------------------


def max_matching(candidates: list[list[int]]) -> dict[int, int]:
    """A maximum bipartite matching (Kuhn): prediction index -> gold index.

    `candidates[i]` lists the gold items prediction `i` may be paired with. Greedy pairing
    can pair a prediction with the one gold item another prediction needed; augmenting
    paths undo such choices, so the count of pairs is the largest possible.
    """
    owner: dict[int, int] = {}  # gold index -> prediction index

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(candidates)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


# --- names ----------------------------------------------------------------------------


class Resolver:
    """Resolves a name to one of the gold's actors for one article.

    The gold's own names and aliases are the table: when the gold says "Armenia" is also
    "Yerevan government", a prediction naming either is about the same actor. Names the
    gold does not know stay as their canonical form (they can still match if equal).
    """

    def __init__(self, gold: Briefing, text: str) -> None:
        # One resolver for the tool and its yardstick: the article's actor inventory first
        # ("Baku", "Azeri troops", "Erdogan" -> one actor), then the known actors, as ids.
        self.canonical = NameMatcher(text).canonical
        self.parent: dict[str, str] = {}
        # The gold's parties are distinct actors by the annotator's own listing: an alias that
        # reads as another party ("U.S. Embassy in Sana'a", resolved by its place to Yemen)
        # does not make the two one.
        self.parties = {self.canonical(party.name) for party in gold.parties}
        for party in gold.parties:
            self._join(party.name, *party.aliases)
        for actor in gold.actors:
            self._join(actor.name, *actor.forms)

    def _find(self, key: str) -> str:
        while self.parent.get(key, key) != key:
            key = self.parent[key]
        return key

    def _join(self, name: str, *others: str) -> None:
        own = self.canonical(name)
        root = self._find(own)
        self.parent.setdefault(root, root)
        for other in others:
            if self.canonical(other) in self.parties - {own}:
                continue
            other_root = self._find(self.canonical(other))
            if other_root != root:
                self.parent[other_root] = root

    def __call__(self, name: str) -> str:
        return self._find(self.canonical(name))


def allegations_match(predicted: str, gold: str) -> bool:
    """Coverage of the gold's content words and precision of the prediction's, both enough.
    A gold allegation said twice in the article is written once with its phrasings joined
    by "; " (tests/gold/README.md: one item, two quotes): agreeing with one phrasing is
    agreeing with the allegation."""
    phrasings = [part for part in gold.split("; ") if part.strip()]
    if len(phrasings) > 1 and any(_agrees(predicted, part) for part in phrasings):
        return True
    return _agrees(predicted, gold)


def _agrees(predicted: str, gold: str) -> bool:
    p, g = set(content_words(predicted)), set(content_words(gold))
    if not g:
        return not p
    if not p:
        return False
    common = len(p & g)
    return common / len(g) >= ALLEGATION_COVERAGE and common / len(p) >= ALLEGATION_PRECISION


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def rule_for(category: str, resolve: Resolver) -> Callable[[Any, Any], bool]:
    """Whether a predicted item may be paired with a gold item of `category`."""
    if category in ("parties", "mediators"):
        return lambda p, g: resolve(p.name) == resolve(g.name)
    if category == "alliances":
        def same_alliance(p: Any, g: Any) -> bool:
            members = {resolve(m) for m in p.members}
            gold_members = {resolve(m) for m in g.members}
            return len(members) >= 2 and _jaccard(members, gold_members) >= ALLIANCE_JACCARD
        return same_alliance
    if category == PAIR_ONLY:
        return lambda p, g: (resolve(p.accuser), resolve(p.accused)) == (resolve(g.accuser),
                                                                          resolve(g.accused))
    pair = rule_for(PAIR_ONLY, resolve)
    return lambda p, g: pair(p, g) and allegations_match(p.allegation, g.allegation)


def _score(predicted: list[Any], grounded: list[bool], gold: list[Any],
           same: Callable[[Any, Any], bool]) -> tuple[Counts, dict[int, int]]:
    """Counts for one category of one article, and the pairs (prediction -> gold index)."""
    candidates = [[j for j, g in enumerate(gold) if ok and same(p, g)] for p, ok in zip(predicted, grounded)]
    pairs = max_matching(candidates)
    counts = Counts(tp=len(pairs), fp=len(predicted) - len(pairs), fn=len(gold) - len(pairs),
                    ungrounded=grounded.count(False))
    return counts, pairs


# --- a whole evaluation ---------------------------------------------------------------


@dataclass
class EvalReport:
    counts: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in (*CATEGORIES, PAIR_ONLY)})
    articles: list[dict[str, Any]] = field(default_factory=list)
    kind_agreement: list[bool] = field(default_factory=list)

    def totals(self) -> dict[str, Any]:
        n = len(self.articles) or 1
        kept = sum(a["kept"] for a in self.articles)
        refused = sum(a["refused"] for a in self.articles)
        vetoed = sum(a.get("vetoed", 0) for a in self.articles)
        return {
            "articles": len(self.articles),
            "claimed": kept + refused,
            "kept": kept,
            "refused": refused,
            "vetoed": vetoed,
            "refused_share": _round(_ratio(refused, kept + refused)),
            "ungrounded": sum(a["ungrounded"] for a in self.articles),
            "calls_per_article": round(sum(a["calls"] for a in self.articles) / n, 3),
            "tokens_per_article": round(sum(a["tokens"] for a in self.articles) / n, 3),
            "seconds_per_article": round(sum(a["seconds"] for a in self.articles) / n, 3),
        }

    def to_dict(self) -> dict[str, Any]:
        everything = Counts()
        for category in CATEGORIES:
            everything.add(self.counts[category])
        return {
            "categories": {c: self.counts[c].to_dict() for c in CATEGORIES},
            PAIR_ONLY: self.counts[PAIR_ONLY].to_dict(),
            "micro_f1": {**{c: _round(self.counts[c].f1) for c in CATEGORIES}, "all": _round(everything.f1)},
            "alliance_kind_agreement": _round(_ratio(sum(self.kind_agreement), len(self.kind_agreement))),
            "totals": self.totals(),
            "articles": self.articles,
        }


def check_source(briefing: Briefing, text: str, label: str) -> None:
    """Refuse a briefing made for another text: its offsets and claims are about that text."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if briefing.source.sha256 != digest:
        raise InputError(f"{label}: briefing of another text (sha256 {briefing.source.sha256[:12]}…, "
                         f"the article's is {digest[:12]}…)")


@dataclass
class ArticleScore:
    """One article's counts per category and which gold items each prediction matched."""

    counts: dict[str, Counts]
    pairs: dict[str, dict[int, int]]  # category -> {prediction index: gold index}
    grounded: dict[tuple[str, int], bool]  # (category, prediction index) -> re-check verdict

    def missed(self, category: str, gold: Briefing) -> list[int]:
        """Indices of the gold items of `category` no prediction matched."""
        source = "accusations" if category == PAIR_ONLY else category
        matched = set(self.pairs[category].values())
        return [j for j in range(len(getattr(gold, source))) if j not in matched]


def score_article(predicted: Briefing, gold: Briefing, text: str, *, reground: bool = True) -> ArticleScore:
    """Score one article by this module's rules. `reground=False` trusts every predicted
    item as grounded: it scores what a model claimed before the validator saw it
    (`bench/ceiling.py`), by the same matching rules."""
    resolve = Resolver(gold, text)
    if reground:
        grounded = {(v.category, v.index): v.grounded for v in ground(predicted, text).items}
    else:
        grounded = {(c, i): True for c in CATEGORIES for i in range(len(getattr(predicted, c)))}
    counts: dict[str, Counts] = {}
    pairs: dict[str, dict[int, int]] = {}
    for category in (*CATEGORIES, PAIR_ONLY):
        source = "accusations" if category == PAIR_ONLY else category
        items = getattr(predicted, source)
        ok = [grounded.get((source, i), False) for i in range(len(items))]
        counts[category], pairs[category] = _score(items, ok, getattr(gold, source), rule_for(category, resolve))
    return ArticleScore(counts, pairs, grounded)


def evaluate(pairs: Iterable[tuple[Briefing, Briefing, str]], *, reground: bool = True) -> EvalReport:
    """Score (predicted, gold, article text) triples by the rules in this module's docstring."""
    report = EvalReport()
    for predicted, gold, text in pairs:
        check_source(predicted, text, predicted.source.id)
        check_source(gold, text, f"gold {gold.source.id}")
        scored = score_article(predicted, gold, text, reground=reground)
        article: dict[str, Any] = {"id": gold.source.id}
        for category in (*CATEGORIES, PAIR_ONLY):
            counts = scored.counts[category]
            report.counts[category].add(counts)
            article[category] = {"tp": counts.tp, "fp": counts.fp, "fn": counts.fn}
            if category == "alliances":
                report.kind_agreement += [predicted.alliances[i].kind == gold.alliances[j].kind
                                          for i, j in scored.pairs[category].items()]
        p = predicted.provenance
        article.update({
            "kept": sum(len(getattr(predicted, c)) for c in CATEGORIES),
            "refused": sum(r.by == "validator" for r in predicted.rejected),
            "vetoed": sum(r.by == "model" for r in predicted.rejected),
            "ungrounded": sum(not ok for ok in scored.grounded.values()),
            "calls": p.calls,
            "tokens": p.prompt_tokens + p.completion_tokens,
            "seconds": p.seconds,
        })
        report.articles.append(article)
    return report


# --- rendering ------------------------------------------------------------------------

DASH = "–"


def _num(value: float | None) -> str:
    return DASH if value is None else f"{value:.2f}"


def render_table(report: EvalReport) -> str:
    return render_scores(report.to_dict())


def _run_line(totals: dict[str, Any]) -> str:
    share = totals["refused_share"]
    refused = f"{totals['refused']} ({share:.0%})" if share is not None else str(totals["refused"])
    seconds = (f"{totals['seconds_per_article']:.1f} s" if totals["seconds_per_article"]
               else "seconds not kept in replays")
    return (f"articles: {totals['articles']}; items claimed (kept + refused): {totals['claimed']}, "
            f"refused by the validator: {refused}, dropped on the model's judgement: {totals.get('vetoed', 0)}, "
            f"kept but not grounded on re-check (counted FP): "
            f"{totals['ungrounded']}; per article: {totals['calls_per_article']:.1f} calls, "
            f"{totals['tokens_per_article']:.0f} tokens, {seconds}")


def render_scores(data: dict[str, Any]) -> str:
    """The scores (as in `EvalReport.to_dict()`) as a Markdown table and a summary line."""
    lines = ["| category | precision | recall | F1 | TP | FP | FN |", "|---|---:|---:|---:|---:|---:|---:|"]
    rows = [*data["categories"].items(), ("accusations, pair only", data[PAIR_ONLY])]
    for category, c in rows:
        lines.append(f"| {category} | {_num(c['precision'])} | {_num(c['recall'])} | {_num(c['f1'])} | "
                     f"{c['tp']} | {c['fp']} | {c['fn']} |")
    lines += ["", _run_line(data["totals"])]
    if data.get("alliance_kind_agreement") is not None:
        lines[-1] += f"; alliance kinds agree in {data['alliance_kind_agreement']:.0%} of matched alliances"
    return "\n".join(lines)


def render_comparison(rows: dict[str, dict[str, Any]]) -> str:
    """Several runs (label -> `EvalReport.to_dict()`) in ONE Markdown table, a row per
    (run, category), then a line per run with what it claimed, what was refused and its cost."""
    lines = ["| run | category | P | R | F1 | TP | FP | FN | pair-only F1 |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for label, data in rows.items():
        for category, c in data["categories"].items():
            pair = _num(data[PAIR_ONLY]["f1"]) if category == "accusations" else ""
            lines.append(f"| {label} | {category} | {_num(c['precision'])} | {_num(c['recall'])} | "
                         f"{_num(c['f1'])} | {c['tp']} | {c['fp']} | {c['fn']} | {pair} |")
    lines.append("")
    lines += [f"- {label}: {_run_line(data['totals'])}" for label, data in rows.items()]
    return "\n".join(lines)


# --- loading --------------------------------------------------------------------------


def _parse_briefing(raw: str, label: str) -> Briefing:
    """A briefing of schema version 1 or 2 (the fields v2 added are optional)."""
    try:
        return Briefing.model_validate_json(raw)
    except ValidationError as error:
        first = str(error).splitlines()[0]
        raise InputError(f"{label}: not a briefing in the JSON contract ({first})") from None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None


class Predictions:
    """Predicted briefings by article id: a folder of `<id>.json`, or a JSONL file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lines: dict[str, tuple[Briefing, str]] = {}
        if path.is_file():
            self._read_jsonl(path)
        elif not path.is_dir():
            raise InputError(f"{path}: no such folder or JSONL file of predicted briefings")

    def _read_jsonl(self, path: Path) -> None:
        for number, line in enumerate(_read(path).splitlines(), 1):
            if not line.strip():
                continue
            label = f"{path}:{number}"
            briefing = _parse_briefing(line, label)
            if briefing.source.id in self.lines:
                raise InputError(f"{label}: a second briefing for {briefing.source.id} "
                                 f"(first at {self.lines[briefing.source.id][1]})")
            self.lines[briefing.source.id] = (briefing, label)
        if not self.lines:
            raise InputError(f"{path}: no briefings in this JSONL file")

    def get(self, article_id: str) -> tuple[Briefing, str]:
        """The briefing for `article_id` and where it came from (for error messages)."""
        if self.path.is_file():
            if article_id not in self.lines:
                raise InputError(f"{self.path}: no predicted briefing for {article_id}")
            return self.lines[article_id]
        file = self.path / f"{article_id}.json"
        if not file.is_file():
            raise InputError(f"{file}: no predicted briefing for {article_id}")
        return _parse_briefing(_read(file), str(file)), str(file)


def load_gold(gold_dir: Path, articles_dirs: list[Path]) -> list[tuple[Briefing, str]]:
    """Each gold `<id>.json` of `gold_dir` with the text of its article `<id>.txt`, found in
    one of `articles_dirs`; an InputError names a missing article or a gold briefing of
    another text. Any folder in the gold format works (`tests/gold/README.md`)."""
    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: no such folder of gold briefings")
    for folder in articles_dirs:
        if not folder.is_dir():
            raise InputError(f"{folder}: no such folder of articles")
    found = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = _parse_briefing(_read(gold_path), str(gold_path))
        name = f"{gold.source.id}.txt"
        article = next((d / name for d in articles_dirs if (d / name).is_file()), None)
        if article is None:
            raise InputError(f"{name}: article not found in {', '.join(map(str, articles_dirs))}")
        text = read_article(article).text
        check_source(gold, text, str(gold_path))
        found.append((gold, text))
    if not found:
        raise InputError(f"{gold_dir}: no gold briefings (*.json)")
    return found


def load_pairs(
    predicted: Path, gold_dir: Path, articles_dirs: list[Path]
) -> list[tuple[Briefing, Briefing, str]]:
    """Pair each gold `<id>.json` with its predicted briefing and the article `<id>.txt`.

    Every gold article must have a prediction, and both briefings must be of that
    article's exact text; otherwise an InputError names the file.
    """
    golds = load_gold(gold_dir, articles_dirs)
    predictions = Predictions(predicted)
    pairs = []
    for gold, text in golds:
        briefing, origin = predictions.get(gold.source.id)
        check_source(briefing, text, origin)
        pairs.append((briefing, gold, text))
    return pairs
