"""Scoring predicted briefings against gold ones.

Matching rules (one-to-one: each gold item is matched at most once, greedily in order):
- names are compared through `NameMatcher(article).canonical`, the same normaliser the
  validator uses, so "Azeri", "Baku" and "Azerbaijan" are one actor, and an acronym the
  article introduces equals its long form;
- party: the predicted name (or one of its aliases) equals the gold name or an alias;
- mediator: the names are equal;
- alliance: the member sets are equal (kind agreement is reported, not required);
- accusation: accuser and accused are equal (both); the overlap of the allegations (the
  share of the gold allegation's content words found in the predicted one) is reported.
Items in `rejected` are not predictions: the tool never showed them as facts.
Precision, recall and F1 are micro-averaged over articles.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .errors import InputError
from .grounding import allegation_support
from .inputs import read_article
from .models import CATEGORIES, Briefing
from .names import NameMatcher


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    counts: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in CATEGORIES})
    articles: list[dict[str, Any]] = field(default_factory=list)
    kind_agreement: list[bool] = field(default_factory=list)
    allegation_overlap: list[float] = field(default_factory=list)

    def totals(self) -> dict[str, float]:
        n = len(self.articles) or 1
        kept = sum(a["kept"] for a in self.articles)
        rejected = sum(a["rejected"] for a in self.articles)
        return {
            "articles": len(self.articles),
            "grounded_share": round(kept / (kept + rejected), 3) if kept + rejected else 0.0,
            "calls_per_article": round(sum(a["calls"] for a in self.articles) / n, 3),
            "tokens_per_article": round(sum(a["tokens"] for a in self.articles) / n, 3),
            "seconds_per_article": round(sum(a["seconds"] for a in self.articles) / n, 3),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "categories": {
                c: {"precision": round(k.precision, 3), "recall": round(k.recall, 3), "f1": round(k.f1, 3),
                    "tp": k.tp, "fp": k.fp, "fn": k.fn}
                for c, k in self.counts.items()
            },
            "alliance_kind_agreement": _mean(self.kind_agreement),
            "allegation_overlap": _mean(self.allegation_overlap),
            "totals": self.totals(),
            "articles": self.articles,
        }


def _mean(values: list[bool] | list[float]) -> float | None:
    return round(sum(values) / len(values), 3) if values else None


def _party_keys(item: Any, matcher: NameMatcher) -> set[str]:
    return {matcher.canonical(n) for n in (item.name, *getattr(item, "aliases", []))}


def _matches(category: str, matcher: NameMatcher) -> Callable[[Any, Any], bool]:
    key = matcher.canonical
    if category == "parties":
        return lambda p, g: bool(_party_keys(p, matcher) & _party_keys(g, matcher))
    if category == "mediators":
        return lambda p, g: key(p.name) == key(g.name)
    if category == "alliances":
        return lambda p, g: {key(m) for m in p.members} == {key(m) for m in g.members}
    return lambda p, g: (key(p.accuser), key(p.accused)) == (key(g.accuser), key(g.accused))


def _score_category(category: str, predicted: list[Any], gold: list[Any], matcher: NameMatcher,
                    report: EvalReport) -> None:
    same = _matches(category, matcher)
    unmatched = list(gold)
    for item in predicted:
        partner = next((g for g in unmatched if same(item, g)), None)
        if partner is None:
            report.counts[category].fp += 1
            continue
        unmatched.remove(partner)
        report.counts[category].tp += 1
        if category == "alliances":
            report.kind_agreement.append(item.kind == partner.kind)
        if category == "accusations":
            report.allegation_overlap.append(allegation_support(partner.allegation, item.allegation))
    report.counts[category].fn += len(unmatched)


def evaluate(pairs: list[tuple[Briefing, Briefing, str]]) -> EvalReport:
    """Score (predicted, gold, article text) triples."""
    report = EvalReport()
    for predicted, gold, text in pairs:
        matcher = NameMatcher(text)
        for category in CATEGORIES:
            _score_category(category, getattr(predicted, category), getattr(gold, category), matcher, report)
        p = predicted.provenance
        report.articles.append({
            "id": predicted.source.id,
            "kept": sum(len(getattr(predicted, c)) for c in CATEGORIES),
            "rejected": len(predicted.rejected),
            "calls": p.calls,
            "tokens": p.prompt_tokens + p.completion_tokens,
            "seconds": p.seconds,
        })
    return report


def render_table(report: EvalReport) -> str:
    return render_scores(report.to_dict())


def render_scores(data: dict[str, Any]) -> str:
    """The scores (as in `EvalReport.to_dict()`) as a Markdown table and a summary line."""
    lines = ["| category | precision | recall | F1 | TP | FP | FN |", "|---|---:|---:|---:|---:|---:|---:|"]
    for category, c in data["categories"].items():
        lines.append(f"| {category} | {c['precision']:.2f} | {c['recall']:.2f} | {c['f1']:.2f} | "
                     f"{c['tp']} | {c['fp']} | {c['fn']} |")
    t = data["totals"]
    seconds = f"{t['seconds_per_article']:.1f} s" if t["seconds_per_article"] else "seconds not kept in replays"
    lines += [
        "",
        f"articles: {t['articles']}; items grounded (kept / (kept + rejected)): {t['grounded_share']:.2f}; "
        f"per article: {t['calls_per_article']:.1f} calls, {t['tokens_per_article']:.0f} tokens, {seconds}",
    ]
    return "\n".join(lines)


def _load_briefing(path: Path) -> Briefing:
    try:
        return Briefing.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (ValueError, ValidationError) as error:
        first = str(error).splitlines()[0]
        raise InputError(f"{path}: not a briefing in the JSON contract ({first})") from None


def load_pairs(predicted_dir: Path, gold_dir: Path, articles_dirs: list[Path]) -> list[tuple[Briefing, Briefing, str]]:
    """Pair each gold `<id>.json` with the predicted `<id>.json` and the article `<id>.txt`."""
    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: no such folder of gold briefings")
    pairs = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = _load_briefing(gold_path)
        predicted = _load_briefing(predicted_dir / gold_path.name)
        article = next((d / f"{gold.source.id}.txt" for d in articles_dirs if (d / f"{gold.source.id}.txt").is_file()),
                       None)
        if article is None:
            raise InputError(f"{gold.source.id}.txt: article not found in {', '.join(map(str, articles_dirs))}")
        pairs.append((predicted, gold, read_article(article).text))
    if not pairs:
        raise InputError(f"{gold_dir}: no gold briefings (*.json)")
    return pairs
