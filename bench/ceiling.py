"""The ceiling of every path: what the pipeline keeps of a perfect model's answers, and of a
careless model's (issue 15).

    python bench/ceiling.py --gold tests/gold --articles seeds --articles tests/corpus/wikinews
    python bench/ceiling.py --gold tests/gold/test --articles tests/corpus/test --why

SYNTHETIC model: the stand-in in `tests/standin/` answers every request of every method
from the gold folder, served on 127.0.0.1 (no network, no model, no recording). The
perfect model names exactly the gold items with their gold quotes (`quoted`), says yes
exactly to the reading's candidates that match the gold (`cited`); the careless one, on a
seeded plan, drops a fifth of the gold items, puts the wrong actor in a fifth ("swapped")
and an actor the article never names in a tenth ("invented").

Prints per method, model and category the recall and precision before the validator (what
it was handed) and after (what the briefing keeps, scored as `summariser eval` does); for
the careless model, how many claims of each kind the validator refused and the briefing
kept; with `--why`, the cause of every gold item a perfect run lost (`losses.py`).
Works on any gold folder in the gold format (`tests/gold/README.md`).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the stand-in and its server

from ceiling_score import Scored, score_run  # noqa: E402
from losses import cause_table, losses  # noqa: E402
from standin import DEFAULT_SEED, KINDS, load_gold, run  # noqa: E402
from summariser.briefing import METHODS as BRIEFING_METHODS  # noqa: E402
from summariser.evaluate import DASH, Counts  # noqa: E402
from summariser.models import CATEGORIES  # noqa: E402

# Every model-backed method this checkout has (`extract` once issue 15's branch is in).
METHODS = tuple(m for m in ("extract", "cited", "quoted") if m in BRIEFING_METHODS)


def _num(value: float | None) -> str:
    return DASH if value is None else f"{value:.2f}"


def ceiling_table(rows: dict[tuple[str, str], Scored]) -> str:
    lines = ["| method | model | category | gold | before: P | before: R | after: P | after: R |",
             "|---|---|---|---:|---:|---:|---:|---:|"]
    for (method, model), scored in rows.items():
        for category in CATEGORIES:
            b, a = scored.before[category], scored.after[category]
            lines.append(f"| {method} | {model} | {category} | {a.tp + a.fn} | {_num(b.precision)} | "
                         f"{_num(b.recall)} | {_num(a.precision)} | {_num(a.recall)} |")
    return "\n".join(lines)


def summary_table(rows: dict[tuple[str, str], Scored], label: str) -> str:
    """One row per method and model (the README's table): recall after the validator per
    category, before it in brackets; precision after over all categories; and, for the
    careless model, the share of its wrong claims refused and of its right ones kept."""
    lines = [f"| gold | method | model | {' | '.join(CATEGORIES)} | P after | wrong refused | right kept |",
             "|---|---|---|" + "---:|" * (len(CATEGORIES) + 3)]
    for (method, model), scored in rows.items():
        cells = [f"{_num(scored.after[c].recall)} ({_num(scored.before[c].recall)})" for c in CATEGORIES]
        wrong = scored.kinds["swapped"] + scored.kinds["invented"]
        right = scored.kinds["untouched"]
        wrongly = wrong["claimed"] - wrong["true"]  # those true by chance apart
        refused = f"{_share(wrong['refused'], wrongly)} of {wrongly}" if model == "careless" else DASH
        kept = f"{_share(right['kept'], right['claimed'])} of {right['claimed']}" if model == "careless" else DASH
        lines.append(f"| {label} | {method} | {model} | {' | '.join(cells)} | {_num(total(scored.after).precision)} "
                     f"| {refused} | {kept} |")
    return "\n".join(lines)


def kinds_table(rows: dict[tuple[str, str], Scored]) -> str:
    lines = ["| method | kind of claim | claimed | true by chance | refused by the validator | kept |",
             "|---|---|---:|---:|---:|---:|"]
    for (method, model), scored in rows.items():
        if model != "careless":
            continue
        wrong = scored.kinds["swapped"] + scored.kinds["invented"]
        for kind in (*KINDS, "swapped + invented"):
            counts = wrong if kind == "swapped + invented" else scored.kinds[kind]
            if kind == "dropped":
                lines.append(f"| {method} | dropped (gold items left out) | {counts['planned']} | – | – | – |")
                continue
            lines.append(_kind_row(method, kind, counts))
            if kind == "swapped":  # the issue's own case, "swaps the accused", is the accusations row
                lines += [_kind_row(method, f"swapped: {category}", scored.kinds[f"{kind} {category}"])
                          for category in CATEGORIES if scored.kinds.get(f"{kind} {category}")]
    return "\n".join(lines)


def _kind_row(method: str, label: str, counts: Counter[str]) -> str:
    claimed, wrong = counts["claimed"], counts["claimed"] - counts["true"]
    return (f"| {method} | {label} | {claimed} | {counts['true']} | {_share(counts['refused'], wrong)} | "
            f"{_share(counts['kept'], wrong)} |")


def _share(part: int, whole: int) -> str:
    return f"{part} ({part / whole:.0%})" if whole else str(part)


def total(counts: dict[str, Counts]) -> Counts:
    everything = Counts()
    for category in CATEGORIES:
        everything.add(counts[category])
    return everything


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True, help="folder of gold briefings <id>.json")
    parser.add_argument("--articles", type=Path, action="append", required=True,
                        help="folder of the articles <id>.txt (repeatable)")
    parser.add_argument("--method", action="append", choices=METHODS, help="default: every method")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="the careless model's plan")
    parser.add_argument("--why", action="store_true", help="the cause of every gold item a perfect run lost")
    parser.add_argument("--summary", action="store_true", help="only the one-row-per-run table (the README's)")
    args = parser.parse_args()
    articles = load_gold(args.gold, args.articles)
    rows: dict[tuple[str, str], Scored] = {}
    lost = {}
    for method in args.method or METHODS:
        for careless in (False, True):
            result = run(articles, method, careless=careless, seed=args.seed)
            for error in result.errors:
                print(f"stand-in could not answer: {error}", file=sys.stderr)
            model = "careless" if careless else "perfect"
            rows[(method, model)] = scored = score_run(result, articles)
            if args.why and not careless:
                lost[method] = losses(result, scored, articles)
    gold_items = sum(len(getattr(a.gold, c)) for a in articles for c in CATEGORIES)
    print(f"{args.gold}: {len(articles)} articles, {gold_items} gold items; careless seed {args.seed}\n")
    if args.summary:
        print(summary_table(rows, f"{args.gold} ({len(articles)} articles, {gold_items} items)"))
        return 0
    print(ceiling_table(rows))
    print()
    print(kinds_table(rows))
    for method, found in lost.items():
        print(f"\n{method}, perfect model: {len(found)} gold items lost\n")
        print(cause_table(found))
        for loss in found:
            print(f"- {loss.article[:45]} | {loss.category} | {loss.gold[:80]} | {loss.cause} | {loss.detail[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
