"""The CLI as a user runs it, on recorded runs: output, bad inputs, and API agreement."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from replay import LOCAL
from summariser.cli import cli
from summariser.record import REPLAY_BASE_URL, replay
from summariser.inputs import read_article
from summariser.recording import cassette_name, make_vcr
from test_inputs import make_bad_inputs

from conftest import CASSETTES, REPO, SEED_000, SEED_004

REPLAY = ["--provider", "local", "--base-url", REPLAY_BASE_URL]


def run_recorded(args: list[str], article_id: str) -> tuple[int, str, str]:
    with make_vcr(CASSETTES, "none").use_cassette(cassette_name(article_id, LOCAL)):
        result = CliRunner().invoke(cli, args)
    return result.exit_code, result.stdout, result.stderr


def test_bad_inputs_fail_one_line_each_while_the_good_file_is_written(tmp_path: Path) -> None:
    bad = make_bad_inputs(tmp_path / "in")
    out = tmp_path / "out"
    args = ["brief", str(SEED_004), *map(str, bad.values()), "--format", "json", "--out", str(out), *REPLAY]
    code, _, stderr = run_recorded(args, SEED_004.stem)
    assert code == 2
    errors = stderr.strip().splitlines()
    error_lines = [line for line in errors if line.startswith("summariser: error:")]
    assert len(error_lines) == len(bad)
    for path in bad.values():
        assert sum(str(path) in line for line in error_lines) == 1
    assert "Traceback" not in stderr
    written = json.loads((out / f"{SEED_004.stem}.json").read_text())
    assert written["source"]["id"] == SEED_004.stem


def test_json_output_validates_against_the_schema_file_and_offsets_point_at_quotes(tmp_path: Path) -> None:
    code, stdout, _ = run_recorded(["brief", str(SEED_000), "--format", "json", *REPLAY], SEED_000.stem)
    assert code == 0
    briefing = json.loads(stdout)
    jsonschema.validate(briefing, json.loads((REPO / "schemas" / "briefing.schema.json").read_text()))
    text = read_article(SEED_000).text
    for category in ("parties", "mediators", "alliances", "accusations"):
        for item in briefing[category]:
            for evidence in item["evidence"]:
                assert 0 <= evidence["start"] < evidence["end"] <= len(text)


def test_the_python_api_and_the_cli_json_agree(tmp_path: Path) -> None:
    code, stdout, _ = run_recorded(["brief", str(SEED_004), "--format", "json", *REPLAY], SEED_004.stem)
    assert code == 0
    from_cli = json.loads(stdout)
    from_api = replay(read_article(SEED_004), LOCAL, CASSETTES).model_dump(mode="json")
    from_cli["provenance"]["seconds"] = from_api["provenance"]["seconds"] = 0.0
    assert from_cli == from_api


def test_markdown_shows_kept_items_with_offsets_and_labels_rejected_ones() -> None:
    code, stdout, _ = run_recorded(["brief", str(SEED_004), *REPLAY], SEED_004.stem)
    assert code == 0
    assert stdout.startswith(f"# Briefing: {SEED_004.stem}")
    for title in ("## Parties", "## Mediators", "## Alliances", "## Accusations"):
        assert title in stdout
    briefing = replay(read_article(SEED_004), LOCAL, CASSETTES)
    if briefing.rejected:
        assert "## Unverified, not shown as facts" in stdout


def test_openai_without_a_key_is_one_line_and_exit_3(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    result = CliRunner().invoke(cli, ["brief", str(SEED_004), "--provider", "openai"])
    assert result.exit_code == 3
    assert result.stderr.strip() == "summariser: error: provider 'openai' needs OPENAI_API_KEY in the environment"


def test_a_missing_model_file_for_the_local_provider_is_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["brief", str(SEED_004), "--model-path", str(tmp_path / "nope.gguf")])
    assert result.exit_code == 2
    assert "nope.gguf: model file not found" in result.stderr
