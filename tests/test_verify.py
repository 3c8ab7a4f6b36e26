"""`summariser verify` checks a briefing made by anyone against its article."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from replay import golden_files
from summariser.cli import cli
from summariser.grounding import ground

from conftest import HAND_MADE_004, REPO, SEED_004

HAND_MADE = {
    "parties": [{"name": "Armenia", "aliases": [], "kind": "state", "evidence": [
        {"quote": "Armenia and Azerbaijan accused each other of targeting civilians", "start": 0, "end": 0,
         "match": "exact"}]}],
    "mediators": [],
    "alliances": [{"members": ["Russia", "Armenia"], "kind": "protective_power", "evidence": [
        {"quote": "Armenia sees Russia as a protective power", "start": 0, "end": 0, "match": "exact"}]}],
    "accusations": [{"accuser": "Armenia", "accused": "Azerbaijan",
                     "allegation": "deliberately attacking the civilian population", "evidence": [
                         {"quote": 'The Armenian Foreign Ministry in turn accused the Azerbaijani troops of '
                                   '"deliberately attacking the civilian population"', "start": 0, "end": 0,
                          "match": "exact"}]}],
}


def verify(tmp_path: Path, briefing: object, *options: str, source: Path = SEED_004) -> tuple[int, str, str]:
    path = tmp_path / "briefing.json"
    path.write_text(json.dumps(briefing) if not isinstance(briefing, str) else briefing)
    result = CliRunner().invoke(cli, ["verify", str(path), "--source", str(source), *options])
    return result.exit_code, result.stdout, result.stderr


def test_a_grounded_hand_made_briefing_passes_with_exit_0(tmp_path: Path) -> None:
    code, stdout, _ = verify(tmp_path, HAND_MADE, "--format", "json")
    report = json.loads(stdout)
    assert code == 0
    assert (report["grounded"], report["ungrounded"]) == (3, 0)
    assert [i["category"] for i in report["items"]] == ["parties", "alliances", "accusations"]


def test_swapping_the_accused_by_hand_gives_exit_1_and_names_the_party(tmp_path: Path) -> None:
    edited = json.loads(json.dumps(HAND_MADE))
    edited["accusations"][0]["accused"] = "Turkey"
    code, stdout, _ = verify(tmp_path, edited, "--format", "json")
    report = json.loads(stdout)
    assert code == 1
    failing = [i for i in report["items"] if not i["grounded"]]
    assert failing == [{**failing[0], "category": "accusations", "index": 0}]
    assert failing[0]["reasons"] == ["accused 'Turkey' is not named in any of its quotes"]


def test_the_text_report_says_what_failed(tmp_path: Path) -> None:
    edited = json.loads(json.dumps(HAND_MADE))
    edited["parties"][0]["name"] = "Georgia"
    code, stdout, _ = verify(tmp_path, edited)
    assert code == 1
    assert "FAIL parties[0]: name 'Georgia' is not named in any of its quotes" in stdout
    assert stdout.strip().endswith("2 grounded, 1 ungrounded")


def test_strict_refuses_fuzzy_matches(tmp_path: Path) -> None:
    briefing = {"alliances": [{"members": ["Russia", "Armenia"], "kind": "protective_power", "evidence": [
        {"quote": "Armenia sees Russia as a protectve power, while Turkey", "start": 0, "end": 0, "match": "exact"}]}]}
    assert verify(tmp_path, briefing)[0] == 0
    assert verify(tmp_path, briefing, "--strict")[0] == 1


def test_every_golden_briefing_verifies_against_its_article(tmp_path: Path) -> None:
    goldens = golden_files()
    assert goldens, "no golden briefings to verify"
    for golden in goldens:
        source = REPO / json.loads(golden.read_text(encoding="utf-8"))["source"]["path"]
        code, stdout, stderr = verify(tmp_path, golden.read_text(), "--format", "json", source=source)
        assert code == 0, golden.name + stdout + stderr  # every kept item of a briefing of ours is grounded
        assert json.loads(stdout)["ungrounded"] == 0


def test_the_hand_made_fixture_is_grounded_item_by_item(tmp_path: Path) -> None:
    """The fixture other tests rely on for kept items really is a grounded briefing."""
    briefing = json.loads(HAND_MADE_004.read_text(encoding="utf-8"))
    report = ground(briefing, SEED_004.read_bytes().decode("utf-8"), strict=True).to_dict()
    items = report["items"]
    assert len(items) == sum(len(briefing[c]) for c in ("parties", "mediators", "alliances", "accusations")) > 0
    for item in items:
        assert item["grounded"], item
    code, stdout, _ = verify(tmp_path, briefing, "--strict")
    assert code == 0
    assert stdout.strip().endswith(f"{len(items)} grounded, 0 ungrounded")


def test_bad_briefing_files_are_one_line_and_exit_2(tmp_path: Path) -> None:
    for content, expected in (("{not json", "not a JSON briefing"), ("[1, 2]", "expected an object"),
                              ('{"parties": [1]}', "parties[0] must be an object")):
        code, _, stderr = verify(tmp_path, content)
        assert code == 2 and expected in stderr and len(stderr.strip().splitlines()) == 1
    result = CliRunner().invoke(cli, ["verify", str(tmp_path / "none.json"), "--source", str(SEED_004)])
    assert result.exit_code == 2 and "none.json: no such file" in result.stderr
