"""Print what the reading says about articles without gold, one item a line, for a person to judge.

    .venv/bin/python dev/review_unlabeled.py [FOLDER] [accusations|ties|parties]

FOLDER defaults to dev/unlabeled (news no split or rule has used). Each accusation shows its
rule and allegation, each tie or mediation its sentence, each article its actors as the party
features rank them (the briefing keeps the likeliest).
"""

from __future__ import annotations

import sys
from pathlib import Path

from summariser.reading import read


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "unlabeled"
    what = sys.argv[2] if len(sys.argv) > 2 else "accusations"
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        reading = read(text)
        name = reading.inventory.name_of
        if what == "accusations":
            for a in reading.accusations:
                said = text[a.allegation[0]:a.allegation[1]]
                print(f"{path.stem[:30]} #{a.sentence} {name(a.accuser)} -> {name(a.accused)} [{a.rule}] | {said}")
        elif what == "ties":
            for t in reading.ties:
                members = " + ".join(name(m) for m in t.members)
                print(f"{path.stem[:30]} TIE {members} ({t.kind}) | {reading.sentences[t.sentence].text[:160]}")
            for m in reading.mediations:
                print(f"{path.stem[:30]} MEDIATOR {name(m.mediator)} | {reading.sentences[m.sentence].text[:160]}")
        else:
            print(f"{path.stem[:30]} | " + "; ".join(f"{name(p.actor)} {p.score:g}" for p in reading.parties))


if __name__ == "__main__":
    main()
