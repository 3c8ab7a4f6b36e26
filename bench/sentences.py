"""How well does the default briefing read single news sentences it was not tuned on?

    python bench/sentences.py [--half dev|test|all] [--misses]

`tests/sentences/events.jsonl` holds single sentences of news English with the accusations
(accuser, accused), mediators and ties a reader finds in each, written by an annotator who
never saw the reading's rules (tests/sentences/README.md). Odd ids are the dev half (rules
may be developed on them), even ids the test half: scored, never read while rules are made.

Each sentence is briefed alone by the default path (the reading, no model) and scored by
`summariser eval`'s own matching (`summariser.evaluate`): an accusation matches on its
(accuser, accused) pair, since the set names no allegation; a mediator on its name; a tie
on its members. Parties are not annotated and not scored. `--misses` lists the dev half's
misses and false alarms (refused on the test half).

The gold of these sets is pairs (tests/sentences/README.md): each ordered accusation pair
once, however many allegations, a bloc as one tie per pair of its members, and a mediation
format listed with its members. By default the briefing is read the same way before it is
scored (`in_pairs`): a pair accused twice is one item, a tie of three is three pairs, the
OSCE Minsk Group with three co-chairs four mediators. `--as-briefed` scores the briefing's items as they are,
as every figure before 2026-12-01 did.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
EVENTS = REPO / "tests" / "sentences" / "events.jsonl"
SCORED = ("accusations, pair only", "mediators", "alliances")


def load(path: Path, half: str) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    number = lambda row: int(row["id"].lstrip("s"))  # noqa: E731
    if half != "all" and not all(re.fullmatch(r"s\d+", row["id"]) for row in rows):
        raise SystemExit(f"{path.name} has no halves (its ids are not s1, s2, ...): a wire set is scored whole, "
                         "with --half all")
    if half == "dev":
        return [r for r in rows if number(r) % 2 == 1]
    if half == "test":
        return [r for r in rows if number(r) % 2 == 0]
    return rows


def gold_briefing(row: dict[str, Any]) -> Any:
    """The sentence's events as a gold briefing: the whole sentence is every item's quote."""
    from summariser.models import Briefing

    text = row["text"]
    quote = [{"quote": text, "start": 0, "end": len(text), "match": "exact"}]
    return Briefing.model_validate({
        "source": {"id": row["id"], "sha256": hashlib.sha256(text.encode()).hexdigest(), "chars": len(text)},
        "provenance": {"provider": "gold", "model": "human", "prompt_version": "-", "method": "quoted"},
        "accusations": [{"accuser": a, "accused": b, "allegation": text, "evidence": quote}
                        for a, b in row["accusations"]],
        "mediators": [{"name": m, "evidence": quote} for m in row["mediators"]],
        "alliances": [{"members": list(t), "kind": "political_support", "evidence": quote} for t in row["ties"]],
    })


def in_pairs(briefing: Any) -> Any:
    """The briefing as the pair-level gold counts: each ordered (accuser, accused) pair once,
    each tie as the pairs of its members, and a mediation format's members as mediators of
    their own beside it ("the OSCE Minsk Group is listed together with its co-chairs")."""
    from itertools import combinations

    accusations = list({(a.accuser, a.accused): a for a in reversed(briefing.accusations)}.values())[::-1]
    pairs: dict[frozenset[str], Any] = {}
    for tie in briefing.alliances:
        for a, b in combinations(dict.fromkeys(tie.members), 2):
            pairs.setdefault(frozenset((a, b)), tie.model_copy(update={"members": [a, b]}))
    mediators = {m.name: m for m in briefing.mediators}
    for mediator in briefing.mediators:
        for member in mediator.members:
            mediators.setdefault(member, mediator.model_copy(update={"name": member, "members": []}))
    return briefing.model_copy(update={"accusations": accusations, "alliances": list(pairs.values()),
                                       "mediators": list(mediators.values())})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--events", type=Path, default=EVENTS, help="a JSONL of sentences in the same form")
    parser.add_argument("--misses", action="store_true", help="list the dev half's misses and false alarms")
    parser.add_argument("--as-briefed", action="store_true",
                        help="score the briefing's items as they are, not read as pairs like the gold")
    args = parser.parse_args()
    if args.misses and args.half != "dev":
        raise SystemExit("the test half is scored, never diagnosed: --misses works on --half dev only")
    from summariser import Summariser
    from summariser.evaluate import PAIR_ONLY, evaluate, render_table, score_article

    rows = load(args.events, args.half)
    if not rows:
        raise SystemExit(f"no sentences in {args.events}")
    with Summariser(method="reading") as summariser:
        read = (lambda b: b) if args.as_briefed else in_pairs  # noqa: E731
        triples = [(read(summariser.brief(r["text"], source_id=r["id"])), gold_briefing(r), r["text"]) for r in rows]
    report = evaluate(triples)
    table = render_table(report).splitlines()
    print(f"{len(rows)} sentences ({args.half} half of {args.events})")
    print("\n".join(line for line in table if not line.startswith("| ") or line.startswith("| category")
                    or line.startswith("|---") or any(line.startswith(f"| {c} |") for c in SCORED)))
    if args.misses:
        for (predicted, gold, text), row in zip(triples, rows):
            scored = score_article(predicted, gold, text)
            wrong = {c: scored.counts[c] for c in (PAIR_ONLY, "mediators", "alliances")
                     if scored.counts[c].fp or scored.counts[c].fn}
            if wrong:
                found = [(a.accuser, a.accused) for a in predicted.accusations]
                print(f"{row['id']} [{row.get('construction', '')}] {text}\n"
                      f"    gold acc {row['accusations']} med {row['mediators']} ties {row['ties']}\n"
                      f"    read acc {found} med {[m.name for m in predicted.mediators]} "
                      f"ties {[a.members for a in predicted.alliances]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
