"""Why the reading misses gold items, as counts per cause and category: safe on the test split.

    .venv/bin/python dev/causes.py PREDICTED_DIR GOLD_DIR ARTICLE_DIR...

It prints numbers only, never a sentence, a name or an allegation, so the held-out split
can be described in a closing note without anyone reading its misses (`dev/misses.py`, which
shows them, refuses the test split). Causes, first that applies:

- actor missing: a side of the gold item is no actor of the reading's inventory;
- never proposed: every side is an actor, but no candidate names them together;
- allegation disagrees: a candidate names the pair, its allegation is not the gold's;
- below threshold / dropped: proposed, but not in the briefing (party ranking, validator, merge).

A second table counts the gold's names the inventory misses by the parser's entity label
where the article first writes each name (GPE, ORG, none ...): still numbers only.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from summariser.evaluate import Resolver, allegations_match, rule_for
from summariser.models import Briefing
from summariser.reading import read


def causes(gold: Briefing, predicted: Briefing | None, text: str) -> Counter[tuple[str, str]]:
    resolve = Resolver(gold, text)
    reading = read(text)
    name = {actor: resolve(info.name) for actor, info in reading.inventory.actors.items()}
    known = set(name.values())
    out: Counter[tuple[str, str]] = Counter()
    for category in ("parties", "mediators", "alliances", "accusations"):
        same = rule_for(category, resolve)
        got = list(getattr(predicted, category)) if predicted else []
        used: set[int] = set()
        for item in getattr(gold, category):
            hit = next((i for i, p in enumerate(got) if i not in used and same(p, item)), None)
            if hit is not None:
                used.add(hit)
                out[(category, "found")] += 1
                continue
            out[(category, _cause(category, item, resolve, reading, name, known))] += 1
    return out


def _cause(category: str, item, resolve, reading, name, known) -> str:  # type: ignore[no-untyped-def]
    if category == "accusations":
        pair = (resolve(item.accuser), resolve(item.accused))
        if not set(pair) <= known:
            return "actor missing"
        proposed = [a for a in reading.accusations if (name[a.accuser], name[a.accused]) == pair]
        if not proposed:
            return "never proposed"
        if not any(allegations_match(reading.text[a.allegation[0]:a.allegation[1]], item.allegation) for a in proposed):
            return "allegation disagrees"
        return "dropped"
    if category == "alliances":
        members = {resolve(m) for m in item.members}
        if not members <= known:
            return "actor missing"
        ties = [{name[m] for m in t.members} for t in reading.ties]
        return "dropped" if any(len(t & members) >= 2 for t in ties) else "never proposed"
    actor = resolve(item.name)
    if actor not in known:
        return "actor missing"
    if category == "parties":
        return "below threshold / dropped" if any(name[s.actor] == actor for s in reading.parties) else "never proposed"
    return "dropped" if any(name[m.mediator] == actor for m in reading.mediations) else "never proposed"


def missing_labels(gold: Briefing, text: str) -> Counter[str]:
    """The gold's names (parties, sides, members) no actor of the reading is, by the parser's entity
    labels over the name's first place in the article ("not written so" when it is not there as named)."""
    resolve = Resolver(gold, text)
    reading = read(text)
    known = {resolve(info.name) for info in reading.inventory.actors.values()}
    names = {p.name for p in gold.parties} | {x for a in gold.accusations for x in (a.accuser, a.accused)} \
        | {m for a in gold.alliances for m in a.members}
    out: Counter[str] = Counter()
    for name in (n for n in names if resolve(n) not in known):
        at = text.find(name)
        words = reading.inventory.doc.char_span(at, at + len(name), alignment_mode="expand") if at >= 0 else None
        out["/".join(sorted({t.ent_type_ or "none" for t in words})) if words else "not written so"] += 1
    return out


def main() -> None:
    predicted, gold_dir, folders = Path(sys.argv[1]), Path(sys.argv[2]), [Path(a) for a in sys.argv[3:]]
    total: Counter[tuple[str, str]] = Counter()
    labels: Counter[str] = Counter()
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = Briefing.model_validate_json(gold_path.read_text())
        text = next((f / f"{gold_path.stem}.txt").read_text() for f in folders if (f / f"{gold_path.stem}.txt").exists())
        pred_path = predicted / gold_path.name
        total += causes(gold, Briefing.model_validate_json(pred_path.read_text()) if pred_path.exists() else None, text)
        labels += missing_labels(gold, text)
    kinds = ["found", "actor missing", "never proposed", "allegation disagrees", "below threshold / dropped", "dropped"]
    print("| category | " + " | ".join(kinds) + " |")
    print("|---|" + "---:|" * len(kinds))
    for category in ("parties", "mediators", "alliances", "accusations"):
        print(f"| {category} | " + " | ".join(str(total[(category, k)]) for k in kinds) + " |")
    print("\n| names no actor is, by entity label | count |\n|---|---:|")
    for label, count in labels.most_common():
        print(f"| {label} | {count} |")


if __name__ == "__main__":
    main()
