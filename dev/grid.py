"""A grid of constructed news sentences: every accuser form by every frame by every accused form.

    .venv/bin/python dev/grid.py [GRID...] [--show N]

Why: the small parser reads the same construction differently as the words around it change
("accused Ugandan troops of looting" parses one way after "Kenya", another after "Kenya's foreign
minister"), and a rule that holds on one sentence can fail on its neighbour. A grid finds those
failures before an article does. The names are invented or ordinary states spread over regions,
never taken from the gold, and the frames are ordinary news English; so the grid is a
robustness probe, not a score: the gold splits and the wire sets measure quality.

It prints, per frame, how many sentences fail and the first few of them (`--show`), then the total.
Grids: accusations, more, titled, groups, ties, mediations, discourse (default: all).
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator

from summariser.reading import read

# (state, demonym, capital, id) for the accuser and for the accused, and a person for each side.
PAIRS = [
    (("Kenya", "Kenyan", "Nairobi", "KEN"), ("Uganda", "Ugandan", "Kampala", "UGA"), "Amina Otieno", "Joseph Okello"),
    (("Peru", "Peruvian", "Lima", "PER"), ("Chile", "Chilean", "Santiago", "CHL"), "Rosa Quispe", "Carlos Soto"),
    (("Thailand", "Thai", "Bangkok", "THA"), ("Cambodia", "Cambodian", "Phnom Penh", "KHM"), "Somchai Wong", "Hun Vannak"),
]
ACCUSERS = ["{A}", "{A}'s foreign minister", "The {a} government", "{a} officials", "A {a} army spokesman",
            "{Acap}", "{A}'s foreign ministry", "The {a} foreign minister", "{A}'s president"]
TITLED = ["{a} Foreign Minister {P}", "{P}, {A}'s foreign minister,", "{A}'s ambassador to the UN, {P},",
          "{a} President {P}", "{A}'s defence ministry spokesman, {P},", "A spokesman for {A}'s foreign ministry",
          "{a} army spokesman Colonel {P}", "{A}'s government"]
ACCUSED = ["{B}", "{b} troops", "{B}'s army", "the {b} government", "{Bcap}", "{b} forces", "{b} soldiers",
           "the {b} military"]
ACCUSED_TITLED = ["{B}", "{b} President {Q}", "{B}'s government", "{b} forces", "the government of {b} President {Q}",
                  "{B}, which has troops in the region,"]
FRAMES = {
    "accusations": [
        "{X} accused {Y} of shelling border villages.", "{X} blamed {Y} for the attack on the border post.",
        "{X} said {Y} had shelled border villages.", "{X} said on Monday that {Y} had shelled border villages.",
        "{X} condemned {Y} for shelling border villages.", "{X} accused {Y} of looting.",
        "{X} accused {Y} of human rights abuses in the border region.", "{X} has accused {Y} of massacring civilians.",
        "{X} accused {Y} of supporting rebels in the north.", "{X} blamed {Y} for Sunday's attack.",
        "{X} said {Y} was responsible for the attack.", "{X} held {Y} responsible for the attack.",
        "{Y} shelled border villages overnight, {x} said.", "{X} alleged that {Y} had violated the ceasefire."],
    "more": [
        "According to {X}, {Y} shelled border villages overnight.", "{X} said the attack was carried out by {Y}.",
        "The attack, which {x} blamed on {Y}, killed five people.", "{X} claims {Y} is arming the rebels.",
        "{X} called the attack by {Y} an act of aggression.", "{X} lodged a protest with {Y} over the incursion.",
        "{X} complained to the UN Security Council about the shelling of its villages by {Y}.",
        "{X} took {Y} to the International Court of Justice over the shelling of border villages.",
        "{X} said {Y} had sent troops across the border.", "{X} said {Y}'s troops had crossed the border.",
        "{X} voiced anger at {Y}'s support for the rebels.", "{X} suspects {Y} of arming the rebels.",
        "{X} denounced what it called {Y}'s aggression.", "{X} said {Y} had committed war crimes in the border region."],
    "titled": [
        "{X} accused {Y} of shelling border villages.", "On Monday, {x} accused {Y} of shelling border villages.",
        "{X} said on Monday that {Y} had shelled border villages.", "{X} told the Security Council that {Y} had "
        "violated the ceasefire.", "{X} blamed {Y} for the attack, which killed five soldiers.",
        "Speaking in the capital, {x} accused {Y} of arming the rebels.",
        "{X} condemned the attack and accused {Y} of supporting the rebels."],
}


def _fill(text: str, **names: str) -> str:
    sentence = text.format(**names).replace(",,", ",").replace(",.", ".")
    return sentence[0].upper() + sentence[1:]


def _accusations(grid: str) -> Iterator[tuple[str, str, Callable[[object], bool]]]:
    accusers, accused = (TITLED, ACCUSED_TITLED) if grid == "titled" else (ACCUSERS, ACCUSED)
    for ((A, a, Acap, ia), (B, b, Bcap, ib), P, Q), frame, x_form, y_form in itertools.product(
            PAIRS, FRAMES[grid], accusers, accused):
        X = x_form.format(A=A, a=a, Acap=Acap, P=P)
        Y = y_form.format(B=B, b=b, Bcap=Bcap, Q=Q)
        if "{Y}'s" in frame and (Y.endswith("s") or "," in Y):
            continue
        x = X[0].lower() + X[1:] if X.split()[0] in ("The", "A") else X
        sentence = _fill(frame, X=X, Y=Y, x=x)
        yield frame, sentence, lambda r, ia=ia, ib=ib: (ia, ib) in {(q.accuser, q.accused) for q in r.accusations} \
            and all(q.accuser == ia for q in r.accusations)


GROUPS = [("the Ansar al-Haqq group", "Ansar al-Haqq"), ("Jund al-Nur militants", "Jund al-Nur"),
          ("the Kivu Liberation Front", "Kivu Liberation Front"), ("Seleka rebels", "Seleka"),
          ("the Patriotic Union of Kordofan", "Patriotic Union of Kordofan"), ("the Red Hand militia", "Red Hand"),
          ("the Hawks of Justice militia", "Hawks of Justice"), ("the Bakassi Boys vigilante group", "Bakassi Boys"),
          ("the Norwegian Refugee Council", "Norwegian Refugee Council"), ("Médecins Sans Frontières", "Médecins"),
          ("the opposition Democratic Renewal Party", "Democratic Renewal Party"),
          ("opposition leader Juan Perez", "Juan Perez"), ("rights activist Maria Lopez", "Maria Lopez")]
STATES = [("Chad", "TCD"), ("Mali", "MLI"), ("Colombia", "COL")]
AS_ACCUSER = ["{G} accused {S} of killing civilians.", "{G} said {S} had bombed a village.",
              "In a statement, {g} accused {S} of torturing prisoners.", "{G} blamed {S} for the massacre."]
AS_ACCUSED = ["{S} accused {g} of killing civilians.", "{S} said {g} had attacked a convoy.",
              "{S} blamed {g} for the bombing.", "The army of {S} said {g} had ambushed a patrol."]


def _named(reading, actor: str, fragment: str) -> bool:  # type: ignore[no-untyped-def]
    info = reading.inventory.actors.get(actor)
    return info is not None and fragment.lower() in info.name.lower()


def _groups(_: str) -> Iterator[tuple[str, str, Callable[[object], bool]]]:
    for (group, fragment), (state, iso), frame in itertools.product(GROUPS, STATES, AS_ACCUSER + AS_ACCUSED):
        sentence = _fill(frame, G=group, g=group, S=state)
        if frame in AS_ACCUSER:
            yield frame, sentence, lambda r, iso=iso, f=fragment: any(
                b == iso and _named(r, a, f) for a, b in ((q.accuser, q.accused) for q in r.accusations))
        else:
            yield frame, sentence, lambda r, iso=iso, f=fragment: any(
                a == iso and _named(r, b, f) for a, b in ((q.accuser, q.accused) for q in r.accusations))


TIES_STATES = ["{A} and {B} signed a defence pact on Monday.", "{A}, a close ally of {B}, condemned the vote.",
               "{B}'s ally {A} condemned the vote.", "{A} sent troops to support {B}'s government.",
               "{A} and {B} issued a joint statement condemning the attack.", "{A} is {B}'s main arms supplier.",
               "{A} provides military aid to {B}.", "{A}, which backs {B}, denied the claim.",
               "{A} has been {B}'s staunchest supporter.", "{A} and {B} held joint military exercises."]
TIES_GROUPS = ["{a}-backed {G} seized the town.", "{G}, backed by {A}, seized the town.", "{A} has supplied arms to {G}.",
               "{G} are widely seen as a proxy of {A}.", "{A} has long supported {G}.", "{A} trains and arms {G}.",
               "{G} receive funding and weapons from {A}.", "{A} sent military advisers to help {G}."]
TIE_GROUPS = [("the M30 rebels", "M30"), ("the Hawks of Justice militia", "Hawks of Justice"),
              ("the Free Patriotic Army", "Free Patriotic Army")]


def _ties(_: str) -> Iterator[tuple[str, str, Callable[[object], bool]]]:
    for ((A, a, _c, ia), (B, _b, _d, ib), _p, _q), frame in itertools.product(PAIRS, TIES_STATES):
        yield frame, _fill(frame, A=A, B=B), lambda r, ia=ia, ib=ib: any({ia, ib} <= set(t.members) for t in r.ties)
    for ((A, a, _c, ia), _s, _p, _q), (group, fragment), frame in itertools.product(PAIRS, TIE_GROUPS, TIES_GROUPS):
        yield frame, _fill(frame, A=A, a=a, G=group), lambda r, ia=ia, f=fragment: any(
            ia in t.members and any(_named(r, m, f) for m in t.members) for t in r.ties)


MEDIATORS = [("Qatar", "QAT", "Doha"), ("Norway", "NOR", "Oslo"), ("Turkey", "TUR", "Ankara")]
SIDES = [("Sudan", "the RSF rebels"), ("Colombia", "the ELN guerrillas"), ("Ethiopia", "Eritrea")]
MEDIATIONS = ["{M} brokered talks between {A} and {B}.", "The talks between {A} and {B} were mediated by {M}.",
              "Under the auspices of {M}, {A} and {B} agreed to a truce.", "{M} hosted talks between {A} and {B} last week.",
              "{M} is mediating between {A} and {B}.", "With {M} acting as mediator, {A} and {B} signed a deal.",
              "Talks between {A} and {B} in {cap}, sponsored by {M}, resumed on Monday.",
              "{A} and {B} resumed talks in {cap} on Monday under {M}'s mediation.",
              "{M}'s envoy shuttled between {A} and {B} this week.", "{A} and {B} accepted {M}'s offer to mediate.",
              "A delegation from {M} arrived to mediate between {A} and {B}."]


def _mediations(_: str) -> Iterator[tuple[str, str, Callable[[object], bool]]]:
    for (M, im, cap), (A, B), frame in itertools.product(MEDIATORS, SIDES, MEDIATIONS):
        yield frame, _fill(frame, M=M, A=A, B=B, cap=cap), lambda r, im=im: {m.mediator for m in r.mediations} == {im}


FIRST = ["{a} Foreign Minister {P} spoke to reporters in the capital on Monday.",
         "{A}'s foreign ministry issued a statement on Monday.", "{P}, {A}'s defence minister, visited the border."]
SECOND = ["{Pr} accused {B} of shelling border villages.", "\"{B} has shelled our villages,\" {pr} said.",
          "{Ps} said {B} had violated the ceasefire.", "It accused {B} of shelling border villages.",
          "The ministry said {b} troops had shelled border villages.", "Officials said {b} troops had shelled border villages."]


def _discourse(_: str) -> Iterator[tuple[str, str, Callable[[object], bool]]]:
    for ((A, a, _c, ia), (B, b, _d, ib), P, _q), first, second in itertools.product(PAIRS, FIRST, SECOND):
        person = "{P}" in first
        if ("{P" in second or "{p" in second) and not person or second.startswith(("It ", "The ministry")) and "ministry" not in first:
            continue
        pronoun = "she" if P.startswith(("Amina", "Rosa")) else "he"
        text = first.format(A=A, a=a, P=P) + " " + second.format(B=B, b=b, Pr=pronoun.capitalize(), pr=pronoun,
                                                                 Ps=P.split()[-1])
        yield f"{first} || {second}", text, lambda r, ia=ia, ib=ib: (ia, ib) in {
            (q.accuser, q.accused) for q in r.accusations}


GRIDS = {"accusations": _accusations, "more": _accusations, "titled": _accusations, "groups": _groups,
         "ties": _ties, "mediations": _mediations, "discourse": _discourse}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("grids", nargs="*", metavar="GRID", help=f"any of {', '.join(GRIDS)} (default: all)")
    parser.add_argument("--show", type=int, default=2, help="failing sentences shown per frame")
    args = parser.parse_args()
    failed_all = total_all = 0
    unknown = [g for g in args.grids if g not in GRIDS]
    if unknown:
        parser.error(f"no grid named {unknown[0]!r}; the grids are {', '.join(GRIDS)}")
    for name in args.grids or GRIDS:
        failed: Counter[str] = Counter()
        total: Counter[str] = Counter()
        shown: dict[str, list[str]] = defaultdict(list)
        for frame, sentence, holds in GRIDS[name](name):
            total[frame] += 1
            if not holds(read(sentence)):
                failed[frame] += 1
                shown[frame].append(sentence)
        print(f"== {name}: {sum(failed.values())} of {sum(total.values())} sentences fail")
        for frame in total:
            if failed[frame]:
                print(f"{failed[frame]:5d}/{total[frame]:<5d} {frame}")
                for sentence in shown[frame][:args.show]:
                    print(f"              {sentence}")
        failed_all += sum(failed.values())
        total_all += sum(total.values())
    print(f"total: {failed_all} of {total_all} sentences fail")
    return 0


if __name__ == "__main__":
    sys.exit(main())
