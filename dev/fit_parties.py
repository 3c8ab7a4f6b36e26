"""Fit the party model (`summariser/reading/data/party_model.toml`) on the development splits.

    .venv/bin/python dev/fit_parties.py [--write]

Each actor an article names is one example: its features (`reading/parties.py`) and whether
the gold calls it a party. A logistic regression with an L2 penalty is fitted by Newton's
method (numpy, which spaCy already brings). The held-out splits (test, test3) are never read.
It prints a leave-one-split-out estimate (the model fitted without a split, scored on it),
which is what picks the penalty, the threshold and the second side's floor: the first setting,
in order of preference, within noise of the best. `--write` then fits on every dev split.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from summariser.cited import _named_in
from summariser.evaluate import Resolver
from summariser.models import Briefing
from summariser.reading import read

ROOT = Path(__file__).resolve().parent.parent
# (gold folder, article folders): the dev splits of dev/split_eval.sh, never test or test3
SPLITS = {
    "tuned": ("tests/gold", ["seeds", "tests/corpus/wikinews"]),
    "dev-new": ("tests/gold/dev", ["tests/corpus/dev"]),
    "dev2": ("tests/gold/dev2", ["tests/corpus/dev2"]),
    **{f"test{n}": (f"tests/gold/test{n}", [f"tests/corpus/test{n}"]) for n in range(4, 16)},
}
HELD_OUT = {"test", "test3", "test16"}
SIDE_KINDS = frozenset({"state", "armed_group", "separatist_authority", "political_group"})  # the old cut's fallback
BASELINE: list = []  # the hand-set cut it replaces, for comparison
PENALTIES = (10.0, 3.0, 1.0, 0.3)  # strongest first: a weaker one must beat it by more than noise
NOISE = 0.01  # the estimate moved by 0.005 when a few dev articles gained an actor: differences below this are noise
THRESHOLDS = tuple(round(x, 2) for x in np.arange(0.2, 0.71, 0.05))
# (least, floor): a conflict has two sides, so the likeliest two are parties when the second's
# chance reaches the floor (a design choice, not fitted: on news unlike the dev articles the
# evidence for the second side is weaker, not absent); the floor is fitted, strictest first
LEAST = tuple((2, fl) for fl in (0.25, 0.2, 0.15, 0.1))


def examples(split: str) -> list[tuple[list[str], np.ndarray, np.ndarray, int]]:
    """Per article: (feature names, X, y, gold parties the inventory cannot name)."""
    gold_dir, folders = SPLITS[split]
    assert not HELD_OUT & set(Path(gold_dir).parts), "a held-out split is never fitted on"
    out = []
    for gold_path in sorted((ROOT / gold_dir).glob("*.json")):
        text = next((ROOT / f / f"{gold_path.stem}.txt").read_text() for f in folders
                    if (ROOT / f / f"{gold_path.stem}.txt").exists())
        gold = Briefing.model_validate_json(gold_path.read_text())
        resolve = Resolver(gold, text)
        wanted = {resolve(p.name) for p in gold.parties}
        reading = read(text)
        mediators = {m.mediator for m in reading.mediations}
        rows = [s for s in reading.parties if s.features and s.actor not in mediators]
        names = sorted(rows[0].features) if rows else []
        x = np.array([[s.features[n] for n in names] for s in rows]).reshape(len(rows), len(names))
        found = [resolve(reading.inventory.actors[s.actor].name) for s in rows]
        # one example per gold party: a second actor the gold's aliases join to the same party
        # ("Israel", "Israeli military") would be a duplicate item, not a second hit
        y = np.array([float(f in wanted and f not in found[:i]) for i, f in enumerate(found)])
        top = rows[0].score if rows else 0.0
        accused = {a.accused for a in reading.accusations}
        old = np.array([s.score >= max(2.0, 0.2 * top) and (reading.inventory.kind_of(s.actor) != "person"
                        or s.actor in accused or s is rows[0]) for s in rows], dtype=float)
        if not old.any():  # its fallback: the side kinds named in 3 sentences or more, 3 at most
            named = [(-len(_named_in(reading, s.actor)), i) for i, s in enumerate(rows)
                     if reading.inventory.kind_of(s.actor) in SIDE_KINDS and len(_named_in(reading, s.actor)) >= 3]
            for _, i in sorted(named)[:3]:
                old[i] = 1.0
        BASELINE.append((old, y, len(wanted - set(found))))
        out.append((names, x, y, len(wanted - set(found))))
    return out


def fit(x: np.ndarray, y: np.ndarray, penalty: float) -> np.ndarray:
    """Weights (bias first) of an L2-penalised logistic regression, by Newton's method."""
    a = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(a.shape[1])
    ridge = penalty * np.eye(a.shape[1])
    ridge[0, 0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-a @ w))
        gradient = a.T @ (p - y) + ridge @ w
        hessian = a.T @ (a * (p * (1 - p))[:, None]) + ridge
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def f1(articles: list[tuple[np.ndarray, np.ndarray, int]], threshold: float,
       fallback: bool = True, least: int = 1, floor: float = 1.0) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for p, y, missing in articles:
        chosen = p >= threshold
        if fallback and len(p):  # an article always has a side: the likeliest one, and the
            ranked = np.argsort(-p, kind="stable")  # `least` likeliest above the floor
            chosen[ranked[0]] = True
            chosen[[i for i in ranked[:least] if p[i] >= floor]] = True
        tp += int((chosen & (y == 1)).sum())
        fp += int((chosen & (y == 0)).sum())
        fn += int((~chosen & (y == 1)).sum()) + missing
    precision = tp / max(1, tp + fp)
    recall = tp / max(1, tp + fn)
    return precision, recall, 2 * precision * recall / max(1e-9, precision + recall)


def main() -> None:
    data = {split: examples(split) for split in SPLITS}
    names = next(n for arts in data.values() for n, *_ in arts if n)
    stack = lambda splits: (np.vstack([x for s in splits for _, x, _, _ in data[s] if len(x)]),  # noqa: E731
                            np.concatenate([y for s in splits for _, _, y, _ in data[s]]))
    print("the hand-set cut (score >= max(2, 0.2 x top)): P {:.2f} R {:.2f} F1 {:.3f}".format(*f1(BASELINE, 0.5, fallback=False)))
    candidates = []  # in order of preference: the strongest penalty, the lowest threshold, the fewest sides
    best_scored = {}
    for penalty in PENALTIES:
        scored: dict[str, list[tuple[np.ndarray, np.ndarray, int]]] = {}
        for held in SPLITS:
            x, y = stack([s for s in SPLITS if s != held])
            w = fit(x, y, penalty)
            scored[held] = [(1 / (1 + np.exp(-(w[0] + xa @ w[1:]))) if len(xa) else np.zeros(0), ya, m)
                            for _, xa, ya, m in data[held]]
        best_scored[penalty] = scored
        every = [a for arts in scored.values() for a in arts]
        for threshold in THRESHOLDS:
            for least, floor in LEAST:
                p, r, f = f1(every, threshold, least=least, floor=floor)
                candidates.append((f, penalty, threshold, least, floor, p, r))
                print(f"penalty {penalty:5} threshold {threshold:.2f} least {least} above {floor:.2f}: "
                      f"P {p:.2f} R {r:.2f} F1 {f:.3f}")
    # the first setting, in order of preference, within noise of the best: a difference the
    # estimate cannot see buys no weaker penalty, lower threshold or looser floor
    top = max(c[0] for c in candidates)
    f, penalty, threshold, least, floor, p, r = next(c for c in candidates if c[0] >= top - NOISE)
    print("\nper split, left out (hand-set cut -> model):")
    baseline = iter(BASELINE)
    for split in SPLITS:
        old = [next(baseline) for _ in data[split]]
        print(f"  {split:8} {f1(old, 0.5, fallback=False)[2]:.2f} -> {f1(best_scored[penalty][split], threshold, least=least, floor=floor)[2]:.2f}")
    print(f"\nbest (leave-one-split-out): penalty {penalty}, threshold {threshold}, least {least} above {floor}: "
          f"P {p:.2f} R {r:.2f} F1 {f:.3f}")
    x, y = stack(list(SPLITS))
    w = fit(x, y, penalty)
    for name, weight in sorted(zip(names, w[1:]), key=lambda t: -abs(t[1])):
        print(f"  {name:28} {weight:+.3f}")
    if "--write" in sys.argv:
        lines = [
            "# The party model (summariser/reading/parties.py): a logistic regression over each named",
            "# actor's features. Written by dev/fit_parties.py --write; do not edit by hand.",
            f"# Fitted on the development splits only ({', '.join(SPLITS)}): {sum(len(d) for d in data.values())}",
            f"# articles, {len(y)} actors, {int(y.sum())} of them gold parties. Penalty, threshold and floor (the",
            "# `least` likeliest actors whose chance reaches `floor` are parties too; least is a design choice)",
            "# chosen by leave-one-split-out, the first preferred setting within noise of the best:",
            f"# parties P {p:.2f} R {r:.2f} F1 {f:.3f} (gold parties the inventory cannot name count as missed).",
            f"bias = {w[0]:.6f}",
            f"threshold = {threshold}",
            f"least = {least}",
            f"floor = {floor}",
            "",
            "[weights]",
            *(f"{name} = {weight:.6f}" for name, weight in zip(names, w[1:])),
        ]
        (ROOT / "summariser/reading/data/party_model.toml").write_text("\n".join(lines) + "\n")
        print("wrote summariser/reading/data/party_model.toml")


if __name__ == "__main__":
    main()
