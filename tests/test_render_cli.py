"""`summariser render`, `brief --format html|all`, and the batch writer's renderer choice.

`brief` itself needs a model; its format choice is tested where it lives (`Outputs`), and
the CLI's own refusals are tested before any provider is touched.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from render_samples import ARTICLE_004, BRIEFING_004, article, rich
from summariser.batch import Outputs
from summariser.cli import cli
from summariser.inputs import Article


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_render_html_to_stdout_and_to_a_file(tmp_path: Path) -> None:
    code, stdout, stderr = run("render", str(BRIEFING_004), "--source", str(ARTICLE_004))
    assert code == 0, stderr
    assert stdout.startswith("<!DOCTYPE html>") and 'data-claims="party-1 party-2"' in stdout
    out = tmp_path / "page" / "004.html"
    code, stdout, _ = run("render", str(BRIEFING_004), "--source", str(ARTICLE_004), "-o", str(out))
    assert code == 0 and stdout == ""
    assert out.read_text(encoding="utf-8").rstrip("\n").endswith("</html>")


def test_render_markdown(tmp_path: Path) -> None:
    code, stdout, _ = run("render", str(BRIEFING_004), "--source", str(ARTICLE_004), "--format", "markdown")
    assert code == 0 and stdout.startswith("# Briefing: 004_1a1daf8f610255dc")


def _bad_inputs(tmp_path: Path) -> list[tuple[list[str], str]]:
    not_json = tmp_path / "not.json"
    not_json.write_text("{nope", encoding="utf-8")
    not_briefing = tmp_path / "list.json"
    not_briefing.write_text(json.dumps({"parties": []}), encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text(article().replace("Armenia", "Armenía", 1), encoding="utf-8")
    b, a = str(BRIEFING_004), str(ARTICLE_004)
    return [
        (["render", str(tmp_path / "missing.json"), "--source", a], "missing.json: no such file"),
        (["render", b, "--source", str(tmp_path / "missing.txt")], "missing.txt: no such file"),
        (["render", str(tmp_path), "--source", a], "is a directory"),
        (["render", str(not_json), "--source", a], "not.json: not a briefing"),
        (["render", str(not_briefing), "--source", a], "list.json: not a briefing"),
        (["render", b, "--source", str(other)], "other.txt: not the article of"),
    ]


def test_render_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    cases = _bad_inputs(tmp_path)
    assert cases
    for args, message in cases:
        code, stdout, stderr = run(*args)
        assert code == 2, (args, stderr)
        assert stdout == ""
        assert stderr.count("\n") == 1 and stderr.startswith("summariser: error: ") and message in stderr, stderr
        assert "Traceback" not in stderr


def test_brief_format_all_needs_out_and_html_of_several_needs_out(tmp_path: Path) -> None:
    code, _, stderr = run("brief", str(ARTICLE_004), "--format", "all")
    assert code == 2 and "--format all writes files: give --out DIR" in stderr
    code, _, stderr = run("brief", str(ARTICLE_004), str(Path(__file__).resolve().parents[1] / "seeds"), "--format", "html")
    assert code == 2 and "--format html for several articles" in stderr


@pytest.mark.parametrize(("fmt", "suffixes"), [("html", [".html"]), ("all", [".html", ".json", ".md"]),
                                               ("both", [".json", ".md"])])
def test_outputs_write_the_chosen_formats(tmp_path: Path, fmt: str, suffixes: list[str]) -> None:
    briefing = rich()
    outputs = Outputs(fmt, tmp_path, None, echo=print)
    outputs.write(Article(id="004", text=article()), briefing, many=True)
    written = sorted(p.suffix for p in tmp_path.iterdir() if not p.name.startswith("."))
    assert written == suffixes
    if ".html" in suffixes:
        page = (tmp_path / f"{briefing.source.id}.html").read_text(encoding="utf-8")
        assert "Hikmet Hajiev" in page and "<mark" in page
    manifest = json.loads((tmp_path / ".summariser-manifest.jsonl").read_text(encoding="utf-8"))
    assert sorted(Path(f).suffix for f in manifest["files"]) == suffixes


def test_outputs_echo_html_for_one_article() -> None:
    printed: list[str] = []
    Outputs("html", None, None, echo=printed.append).write(Article(id="004", text=article()), rich(), many=False)
    assert len(printed) == 1 and printed[0].startswith("<!DOCTYPE html>")
