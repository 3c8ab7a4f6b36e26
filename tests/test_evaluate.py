"""Strict scoring against gold: a prediction scores only for what it really got right.

The gold files in tests/gold/ are being rewritten, so the scoring rules are tested on
small gold briefings built here over seed 004 (Armenia, Azerbaijan, Nagorno-Karabakh)."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import CORPUS, GOLDEN, REPO, SEED_000, SEED_004, SEEDS, read_text

from summariser.cli import cli
from summariser.errors import InputError
from summariser.evaluate import (
    allegations_match,
    evaluate,
    load_pairs,
    max_matching,
    render_comparison,
    render_scores,
    render_table,
)
from summariser.grounding import ground
from summariser.models import Accusation, Alliance, Briefing, Evidence, Mediator, Party, Provenance, Source
from summariser.record import RUN_LABELS, SCORES, local_scores, readme_scores, score_golden, scores_table

GOLD = REPO / "tests" / "gold"
GOLD_FILES = sorted(GOLD.glob("*.json"))
TEXT = read_text(SEED_004)
ID = SEED_004.stem

# --- building briefings over seed 004 ------------------------------------------------


def ev(quote: str, text: str = TEXT) -> Evidence:
    """Evidence for a quote of the article (offsets are recomputed by the scorer anyway)."""
    start = text.find(quote)
    return Evidence(quote=quote, start=max(start, 0), end=max(start, 0) + len(quote), match="exact")


def briefing(text: str = TEXT, source_id: str = ID, **items: Any) -> Briefing:
    return Briefing(
        source=Source(id=source_id, sha256=hashlib.sha256(text.encode()).hexdigest(), chars=len(text)),
        provenance=Provenance(
            provider="test",
            model="hand",
            prompt_version="-",
            calls=2,
            prompt_tokens=100,
            completion_tokens=20,
        ),
        **items,
    )


BOTH = "Armenia and Azerbaijan accused each other of targeting civilians"
ALLY = (
    "Armenia sees Russia as a protective power, while Turkey is the closest ally of the oil and gas-rich "
    "ex-Soviet republic of Azerbaijan."
)
ROCKETS = (
    "The Azerbaijani presidential adviser Hikmet Hajjev announced on Twitter yesterday evening that the "
    "Armenian armed forces had launched rocket attacks against „Azerbaijani civilians and civil "
    "infrastructure“."
)
GANJA = (
    "The Azerbaijani Ministry of Defense said Armenian troops had bombed the second largest Azerbaijani "
    "city of Ganja."
)
AFTER_GANJA = "Destroyed houses in the city of 330,000 people could be seen on video recordings."
MINGECHAVIR = (
    "Hajjev said Armenian forces had also attacked the industrial city of Mingechavir and the Absheron "
    "district, some 80 kilometers from the capital Baku."
)
CIVILIANS = (
    "The Armenian Foreign Ministry in turn accused the Azerbaijani troops of “deliberately attacking the "
    "civilian population”"
)


def gold_004() -> Briefing:
    return briefing(
        parties=[
            Party(name="Armenia", aliases=["Armenian"], kind="state", evidence=[ev(BOTH)]),
            Party(name="Azerbaijan", aliases=["Azerbaijani"], kind="state", evidence=[ev(BOTH)]),
        ],
        mediators=[
            Mediator(
                name="OSCE Minsk Group",
                members=["Russia", "France", "United States"],
                evidence=[
                    ev("In this format Russia, France and the USA mediate in the conflict."),
                    ev("Minsk Group of the Organization for Security and Cooperation in Europe"),
                ],
            )
        ],
        alliances=[
            Alliance(
                members=["Russia", "Armenia"],
                kind="protective_power",
                evidence=[ev("Armenia sees Russia as a protective power")],
            ),
            Alliance(
                members=["Turkey", "Azerbaijan"],
                kind="political_support",
                evidence=[
                    ev("Turkey is the closest ally of the oil and gas-rich ex-Soviet republic of Azerbaijan")
                ],
            ),
        ],
        accusations=[
            Accusation(
                accuser="Azerbaijan",
                accused="Armenia",
                evidence=[ev(ROCKETS)],
                allegation="rocket attacks against Azerbaijani civilians and civil infrastructure",
            ),
            Accusation(
                accuser="Armenia",
                accused="Azerbaijan",
                evidence=[ev(CIVILIANS)],
                allegation="deliberately attacking the civilian population",
            ),
            Accusation(
                accuser="Azerbaijan", accused="Armenia", allegation="bombed Ganja", evidence=[ev(GANJA)]
            ),
        ],
    )


def score(predicted: Briefing, gold: Briefing | None = None) -> dict[str, Any]:
    return evaluate([(predicted, gold or gold_004(), TEXT)]).to_dict()


def test_the_built_gold_grounds_and_a_perfect_prediction_scores_one() -> None:
    gold = gold_004()
    assert ground(gold, TEXT).ungrounded == 0
    data = score(gold, gold)
    for category in ("parties", "mediators", "alliances", "accusations"):
        assert data["categories"][category]["f1"] == 1.0
        assert data["micro_f1"][category] == 1.0
    assert data["accusations_pair_only"]["f1"] == 1.0
    assert data["micro_f1"]["all"] == 1.0


# --- names ---------------------------------------------------------------------------


def test_stuffing_the_gold_name_into_the_aliases_scores_nothing() -> None:
    stuffed = Party(name="Georgia", aliases=["Armenia", "Azerbaijan"], kind="state", evidence=[ev(BOTH)])
    data = score(briefing(parties=[stuffed]))
    assert data["categories"]["parties"] == {
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "tp": 0,
        "fp": 1,
        "fn": 2,
        "ungrounded": 0,
    }


def test_a_demonym_or_capital_as_the_name_matches_the_gold_actor() -> None:
    predicted = briefing(
        parties=[Party(name="Azeri", kind="state", evidence=[ev(BOTH)])],
        alliances=[
            Alliance(
                members=["Moscow", "Armenian"],
                kind="other",
                evidence=[ev("Armenia sees Russia as a protective power")],
            )
        ],
    )
    data = score(predicted)
    assert data["categories"]["parties"]["tp"] == 1
    assert data["categories"]["alliances"]["tp"] == 1
    assert data["alliance_kind_agreement"] == 0.0  # reported, not required


# --- one-to-one, maximum --------------------------------------------------------------


def test_maximum_matching_beats_greedy_pairing() -> None:
    # Prediction 0 could take gold 0 or 1, prediction 1 only gold 0: greedy in order pairs
    # 0 with 0 and leaves 1 unpaired; the maximum matching pairs both.
    assert max_matching([[0, 1], [0]]) == {0: 1, 1: 0}
    every_member = Alliance(
        members=["Armenia", "Azerbaijan", "Russia", "Turkey"], kind="other", evidence=[ev(ALLY)]
    )
    russia_armenia = Alliance(
        members=["Russia", "Armenia"],
        kind="protective_power",
        evidence=[ev("Armenia sees Russia as a protective power")],
    )
    for order in ([every_member, russia_armenia], [russia_armenia, every_member]):
        data = score(briefing(alliances=order))["categories"]["alliances"]
        assert (data["tp"], data["fp"], data["fn"]) == (2, 0, 0)


def test_each_gold_item_is_matched_at_most_once() -> None:
    party = Party(name="Armenia", kind="state", evidence=[ev(BOTH)])
    data = score(briefing(parties=[party, party.model_copy(update={"name": "Armenian"})]))
    assert data["categories"]["parties"] == {
        "precision": 0.5,
        "recall": 0.5,
        "f1": 0.5,
        "tp": 1,
        "fp": 1,
        "fn": 1,
        "ungrounded": 0,
    }


def test_an_alliance_of_one_actor_named_twice_does_not_match() -> None:
    alliance = Alliance(
        members=["Russia", "Moscow"],
        kind="protective_power",
        evidence=[ev("According to his Ministry in Moscow, he telephoned his Armenian colleague")],
    )
    assert score(briefing(alliances=[alliance]))["categories"]["alliances"]["tp"] == 0


def test_an_alias_that_reads_as_another_gold_party_does_not_make_the_two_one() -> None:
    # "Embassy in Baku" (Armenia's) names it by where it is, and read as a name it is
    # Azerbaijan's capital. The gold lists the two as parties of their own, so an item naming
    # both still names two actors (merged, the pair would be one actor and never match).
    gold = gold_004()
    gold.parties[0].aliases.append("Embassy in Baku")
    pair = Alliance(members=["Armenia", "Azerbaijan"], kind="other", evidence=[ev(BOTH)])
    gold.alliances.append(pair)
    data = score(briefing(alliances=[pair]), gold)["categories"]["alliances"]
    assert (data["tp"], data["fp"]) == (1, 0)


# --- accusations ----------------------------------------------------------------------


def test_the_right_pair_with_a_wrong_allegation_is_a_false_positive_but_a_pair_only_hit() -> None:
    wrong = Accusation(
        accuser="Azerbaijan",
        accused="Armenia",
        allegation="attacked the industrial city of Mingechavir",
        evidence=[ev(MINGECHAVIR)],
    )
    gold = gold_004().model_copy(update={"accusations": gold_004().accusations[2:]})  # "bombed Ganja"
    data = score(briefing(accusations=[wrong]), gold)
    assert data["categories"]["accusations"]["ungrounded"] == 0
    assert (data["categories"]["accusations"]["tp"], data["categories"]["accusations"]["fp"]) == (0, 1)
    assert (data["accusations_pair_only"]["tp"], data["accusations_pair_only"]["fp"]) == (1, 0)
    assert "| accusations, pair only | 1.00 | 1.00 | 1.00 | 1 | 0 | 0 |" in render_scores(data)


def test_agreeing_with_one_phrasing_of_an_allegation_said_twice_agrees() -> None:
    gold = "performed two attacks; charged with one count of murder"
    assert allegations_match("the accused performed two attacks", gold)
    assert allegations_match("charged with one count of murder", gold)
    assert not allegations_match("appeared in court", gold)


def test_an_allegation_stuffed_with_the_whole_passage_does_not_match() -> None:
    def accusation(allegation: str) -> Accusation:
        return Accusation(
            accuser="Azerbaijan",
            accused="Armenia",
            allegation=allegation,
            evidence=[ev(GANJA), ev(AFTER_GANJA)],
        )

    gold = gold_004().model_copy(update={"accusations": gold_004().accusations[2:]})  # "bombed Ganja"
    stuffed = score(briefing(accusations=[accusation(f"{GANJA} {AFTER_GANJA}")]), gold)
    assert stuffed["categories"]["accusations"]["ungrounded"] == 0
    assert stuffed["categories"]["accusations"]["tp"] == 0
    assert stuffed["accusations_pair_only"]["tp"] == 1
    fitting = score(
        briefing(
            accusations=[
                accusation("Armenian troops had bombed the second largest Azerbaijani city of Ganja")
            ]
        ),
        gold,
    )
    assert fitting["categories"]["accusations"]["tp"] == 1


def test_swapped_accuser_and_accused_do_not_match_even_pair_only() -> None:
    gold = gold_004()
    predicted = copy.deepcopy(gold)
    first = predicted.accusations[0]
    first.accuser, first.accused = first.accused, first.accuser
    data = score(predicted, gold)
    assert (data["categories"]["accusations"]["fp"], data["categories"]["accusations"]["fn"]) == (1, 1)
    assert data["accusations_pair_only"]["tp"] == 2  # the other Azerbaijan -> Armenia items still pair


# --- re-grounding ---------------------------------------------------------------------


def test_a_kept_item_that_does_not_ground_is_a_false_positive() -> None:
    invented = Party(
        name="Armenia",
        aliases=[],
        kind="state",
        evidence=[
            Evidence(
                quote="Armenia shelled the Georgian capital Tbilisi on Tuesday",
                start=0,
                end=10,
                match="exact",
            )
        ],
    )
    data = score(briefing(parties=[invented]))
    assert data["categories"]["parties"] == {
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "tp": 0,
        "fp": 1,
        "fn": 2,
        "ungrounded": 1,
    }
    assert data["totals"]["ungrounded"] == 1
    assert "kept but not grounded on re-check (counted FP): 1" in render_scores(data)


def test_rejected_items_are_claims_refused_not_predictions() -> None:
    predicted = briefing(
        rejected=[{"category": "parties", "item": {"name": "Georgia"}, "reasons": ["x"]}],
        parties=[Party(name="Armenia", kind="state", evidence=[ev(BOTH)])],
    )
    data = score(predicted)
    assert data["categories"]["parties"]["fp"] == 0
    totals = data["totals"]
    assert (totals["claimed"], totals["kept"], totals["refused"], totals["refused_share"]) == (2, 1, 1, 0.5)


# --- undefined is not zero ------------------------------------------------------------


def test_an_empty_briefing_has_no_precision_and_zero_recall() -> None:
    data = score(briefing())
    assert data["categories"]["parties"] == {
        "precision": None,
        "recall": 0.0,
        "f1": 0.0,
        "tp": 0,
        "fp": 0,
        "fn": 2,
        "ungrounded": 0,
    }
    assert data["categories"]["accusations"]["fn"] == 3
    table = render_scores(data)
    assert "| parties | – | 0.00 | 0.00 | 0 | 0 | 2 |" in table
    assert "| accusations | – | 0.00 | 0.00 | 0 | 0 | 3 |" in table


def test_f1_is_undefined_only_when_both_sides_are_empty() -> None:
    gold = gold_004().model_copy(update={"mediators": []})
    nothing = score(briefing(), gold)["categories"]["mediators"]
    assert (nothing["precision"], nothing["recall"], nothing["f1"]) == (None, None, None)
    invented = Mediator(
        name="France", evidence=[ev("In this format Russia, France and the USA mediate in the conflict.")]
    )
    extra = score(briefing(mediators=[invented]), gold)["categories"]["mediators"]
    assert (extra["precision"], extra["recall"], extra["f1"]) == (0.0, None, 0.0)


# --- sources --------------------------------------------------------------------------


def test_a_briefing_of_another_text_is_refused() -> None:
    other = briefing(read_text(SEED_000))
    with pytest.raises(InputError, match="briefing of another text"):
        evaluate([(other, gold_004(), TEXT)])


# --- rendering ------------------------------------------------------------------------


def test_render_comparison_is_one_table_with_a_row_per_run_and_category() -> None:
    rows = {"reading only": score(briefing()), "local model, cited": score(gold_004())}
    table = render_comparison(rows)
    lines = table.splitlines()
    assert lines[0] == "| run | category | P | R | F1 | TP | FP | FN | pair-only F1 |"
    body = [line for line in lines[2:] if line.startswith("| ")]
    assert len(body) == 8
    assert "| reading only | parties | – | 0.00 | 0.00 | 0 | 0 | 2 |  |" in lines
    assert "| local model, cited | accusations | 1.00 | 1.00 | 1.00 | 3 | 0 | 0 | 1.00 |" in lines
    runs = [line for line in lines if line.startswith("- ")]
    assert [r.split(":")[0] for r in runs] == ["- reading only", "- local model, cited"]
    assert "items claimed (kept + refused): 8" in runs[1] and "2.0 calls, 120 tokens" in runs[1]


def test_render_table_has_a_row_per_category() -> None:
    table = render_table(evaluate([(gold_004(), gold_004(), TEXT)]))
    for category in ("parties", "mediators", "alliances", "accusations"):
        assert f"| {category} | 1.00 | 1.00 | 1.00 |" in table


# --- loading and the command ----------------------------------------------------------


@pytest.fixture
def setup(tmp_path: Path) -> dict[str, Path]:
    """A gold folder, an articles folder and a predictions folder for seed 004."""
    folders = {name: tmp_path / name for name in ("gold", "articles", "predicted")}
    for folder in folders.values():
        folder.mkdir()
    (folders["articles"] / SEED_004.name).write_bytes(SEED_004.read_bytes())
    (folders["gold"] / f"{ID}.json").write_text(gold_004().model_dump_json(), encoding="utf-8")
    return folders


def run_eval(setup: dict[str, Path], predicted: Path, *extra: str) -> Any:
    args = [
        "eval",
        str(predicted),
        "--gold",
        str(setup["gold"]),
        "--articles",
        str(setup["articles"]),
        *extra,
    ]
    return CliRunner().invoke(cli, args)


def test_cli_prints_the_table_and_exits_0(setup: dict[str, Path]) -> None:
    (setup["predicted"] / f"{ID}.json").write_text(briefing().model_dump_json(), encoding="utf-8")
    result = run_eval(setup, setup["predicted"])
    assert result.exit_code == 0, result.stderr
    assert "| parties | – | 0.00 | 0.00 | 0 | 0 | 2 |" in result.stdout


def test_cli_json_has_null_precision_and_micro_f1(setup: dict[str, Path]) -> None:
    (setup["predicted"] / f"{ID}.json").write_text(gold_004().model_dump_json(), encoding="utf-8")
    result = run_eval(setup, setup["predicted"], "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["micro_f1"]["accusations"] == 1.0 and data["totals"]["articles"] == 1


def test_cli_accepts_a_jsonl_file_and_schema_version_1(setup: dict[str, Path]) -> None:
    v1 = json.loads(gold_004().model_dump_json())
    v1["schema_version"] = v1["provenance"]["schema_version"] = "1"
    for field in ("actors",):
        v1.pop(field)
    v1["provenance"].pop("method")
    for key in ("title", "published"):
        v1["source"].pop(key)
    unrelated = briefing(read_text(SEED_000), SEED_000.stem).model_dump_json()
    jsonl = setup["predicted"] / "all.jsonl"
    jsonl.write_text(f"{unrelated}\n{json.dumps(v1)}\n", encoding="utf-8")
    result = run_eval(setup, jsonl, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["micro_f1"]["all"] == 1.0


def test_cli_refuses_a_briefing_of_another_article_naming_the_file(setup: dict[str, Path]) -> None:
    wrong = briefing(read_text(SEED_000), ID)  # the right id, the text of another article
    path = setup["predicted"] / f"{ID}.json"
    path.write_text(wrong.model_dump_json(), encoding="utf-8")
    result = run_eval(setup, setup["predicted"])
    assert result.exit_code == 2
    assert result.stdout == ""
    expected = (
        f"summariser: error: {path}: briefing of another text (sha256 {wrong.source.sha256[:12]}…, "
        f"the article's is {hashlib.sha256(TEXT.encode()).hexdigest()[:12]}…)"
    )
    assert result.stderr.strip().splitlines() == [expected]


@pytest.mark.parametrize(
    "case",
    ["missing prediction", "missing folder", "not a briefing", "bad jsonl line", "missing gold folder"],
)
def test_cli_bad_input_is_one_line_and_exit_2(setup: dict[str, Path], case: str) -> None:
    predicted = setup["predicted"]
    args: list[str] = []
    expected = f"{predicted / (ID + '.json')}: no predicted briefing for {ID}"
    if case == "missing folder":
        predicted = predicted / "nope"
        expected = f"{predicted}: no such folder or JSONL file of predicted briefings"
    elif case == "not a briefing":
        (predicted / f"{ID}.json").write_text('{"parties": []}', encoding="utf-8")
        expected = f"{predicted / (ID + '.json')}: not a briefing in the JSON contract"
    elif case == "bad jsonl line":
        predicted = predicted / "all.jsonl"
        predicted.write_text(gold_004().model_dump_json() + "\nnot json\n", encoding="utf-8")
        expected = f"{predicted}:2: not a briefing in the JSON contract"
    elif case == "missing gold folder":
        (predicted / f"{ID}.json").write_text(gold_004().model_dump_json(), encoding="utf-8")
        args = ["--gold", str(setup["gold"] / "nope")]
        expected = f"{setup['gold'] / 'nope'}: no such folder of gold briefings"
    result = run_eval(setup, predicted, *args)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"summariser: error: {expected}"), lines
    assert "Traceback" not in result.stderr


def test_load_pairs_names_a_missing_prediction(tmp_path: Path, setup: dict[str, Path]) -> None:
    with pytest.raises(InputError, match="no predicted briefing for"):
        load_pairs(tmp_path, setup["gold"], [setup["articles"]])


# --- the committed gold and recorded scores -------------------------------------------


def article_text(article_id: str) -> str:
    for folder in (SEEDS, CORPUS):
        if (folder / f"{article_id}.txt").is_file():
            return read_text(folder / f"{article_id}.txt")
    raise AssertionError(f"no article {article_id}")


def test_there_is_gold_for_both_seeds_and_eight_corpus_articles() -> None:
    ids = {p.stem for p in GOLD_FILES}
    assert {"004_1a1daf8f610255dc", "000_be02ae75645424f4"} <= ids
    assert len([i for i in ids if (CORPUS / f"{i}.txt").is_file()]) >= 8


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_files_are_valid_verbatim_grounded_and_score_one_against_themselves(path: Path) -> None:
    gold = Briefing.model_validate(json.loads(path.read_text()))
    text = article_text(gold.source.id)
    assert gold.source.sha256 == hashlib.sha256(text.encode()).hexdigest()
    assert gold.source.chars == len(text)
    for category in ("parties", "mediators", "alliances", "accusations"):
        for item in getattr(gold, category):
            for evidence in item.evidence:
                assert text[evidence.start : evidence.end] == evidence.quote
    data = evaluate([(gold, gold, text)]).to_dict()
    refused = {c: 0 for c in data["categories"]}
    for item in ground(gold, text).items:
        refused[item.category] += not item.grounded
    for category, counts in data["categories"].items():
        # A gold item the validator refuses is scored as the tool would be: a miss and an FP.
        assert counts["fp"] == counts["fn"] == refused[category], category


def test_the_validator_grounds_at_least_98_percent_of_the_hand_gold() -> None:
    """The gold is written by reading, not by the validator; the validator must still accept
    nearly all of it (issue: >= 98%), or it would refuse good evidence from a model too."""
    assert GOLD_FILES
    total, refused = 0, []
    for path in GOLD_FILES:
        gold = Briefing.model_validate(json.loads(path.read_text()))
        report = ground(gold, article_text(gold.source.id))
        total += len(report.items)
        refused += [f"{path.stem} {i.category}[{i.index}]: {'; '.join(i.reasons)}" for i in report.items if not i.grounded]
    assert total >= 100
    assert (total - len(refused)) / total >= 0.98, "\n".join(refused)


def scored_runs() -> list[Path]:
    """Recorded runs over the whole gold set (a run of one article, like the remote
    single-call recording of seed 004, is replayed but not scored)."""
    runs = sorted(p for p in GOLDEN.glob("*") if (p / SCORES).is_file())
    assert len(runs) >= 3, "the reading, cited and quoted runs of the local model are scored"
    return runs


@pytest.mark.parametrize("golden_dir", scored_runs(), ids=lambda p: p.name)
def test_committed_scores_match_the_golden_briefings(golden_dir: Path) -> None:
    committed = json.loads((golden_dir / SCORES).read_text())
    assert score_golden(golden_dir, GOLD) == committed, (
        "scores differ from the committed ones: run `summariser record` (or `--golden-only`) "
        "and commit tests/golden/ together"
    )


def test_the_readme_shows_the_committed_scores_of_the_local_model() -> None:
    rows = local_scores(GOLDEN)
    assert set(rows) == set(RUN_LABELS.values()), "a local run (reading, cited, quoted) has no committed scores"
    shown = readme_scores((REPO / "README.md").read_text(encoding="utf-8"))
    assert shown == scores_table(rows), "README scores are stale: run `summariser record --golden-only`"
