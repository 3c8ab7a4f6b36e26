"""Batches as a user runs them: folders and globs, JSONL, Ctrl-C halfway, and resume."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from fake_openai import Script, fake_openai
from summariser.cli import cli
from summariser.inputs import expand_inputs

from conftest import CORPUS, SEEDS

pytestmark = pytest.mark.enable_socket


def make_folder(folder: Path, count: int, paragraphs: int | None = None) -> list[Path]:
    """`count` numbered copies of corpus articles, every other one in a subfolder; with
    `paragraphs`, only the first paragraphs of each (its date line and lead: quicker to read)."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = sorted(CORPUS.glob("*.txt"))
    paths = []
    for index in range(count):
        path = folder / ("nested" if index % 2 else ".") / f"article-{index:02d}.txt"
        path.parent.mkdir(exist_ok=True)
        text = sources[index % len(sources)].read_bytes()
        if paragraphs is not None:
            text = b"\n\n".join([line for line in text.splitlines() if line.strip()][:paragraphs])
        path.write_bytes(text + f"\n[copy {index}]\n".encode())
        paths.append(path)
    return paths


def test_folders_are_searched_recursively_and_globs_expanded(tmp_path: Path) -> None:
    paths = make_folder(tmp_path / "in", 4)
    (tmp_path / "in" / "notes.csv").write_text("not an article")
    assert sorted(expand_inputs([str(tmp_path / "in")])) == sorted(map(str, paths))
    assert expand_inputs([str(tmp_path / "in" / "*.txt")]) == [str(p) for p in paths if p.parent.name == "in"]
    assert expand_inputs([str(SEEDS / "*.nothing")]) == [str(SEEDS / "*.nothing")]  # reported as missing later


def test_jsonl_gets_one_complete_line_per_article(tmp_path: Path) -> None:
    make_folder(tmp_path / "in", 3)
    with fake_openai(Script()) as base_url:
        result = CliRunner().invoke(cli, ["brief", str(tmp_path / "in"), "--jsonl", str(tmp_path / "out.jsonl"),
                                          "--base-url", base_url, "--model", "m", "--jobs", "3", "--no-cache"])
    assert result.exit_code == 0, result.stderr
    lines = (tmp_path / "out.jsonl").read_text().splitlines()
    assert sorted(json.loads(line)["source"]["id"] for line in lines) == ["article-00", "article-01", "article-02"]


def test_ctrl_c_halfway_then_rerun_finishes_only_the_rest(tmp_path: Path) -> None:
    make_folder(tmp_path / "in", 12, paragraphs=3)  # short articles: the run is about stopping, not reading
    out = tmp_path / "out"
    script = Script(delay=0.2)
    env = {**os.environ, "SUMMARISER_CACHE_DIR": str(tmp_path / "cache")}
    with fake_openai(script) as base_url:
        command = [sys.executable, "-m", "summariser", "brief", str(tmp_path / "in"), "--format", "json",
                   "--out", str(out), "--base-url", base_url, "--model", "m", "--jobs", "2", "--no-cache",
                   "--method", "quoted"]
        # a shell that starts the suite in the background (`.ci/run &`) ignores SIGINT, and its
        # children inherit that: the brief must hear the Ctrl-C as a user's terminal sends it
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        # generous bounds: on a loaded machine (the whole suite on two cores) the brief's start-up alone
        # has taken half a minute; the loop ends as soon as three articles are written
        deadline = time.monotonic() + 180
        while len(list(out.glob("*.json"))) < 3 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=180)
        assert process.returncode == 130, stderr
        assert "Traceback" not in stderr and "interrupted" in stderr
        first = {p.name for p in out.glob("*.json")}
        assert 3 <= len(first) < 12
        for path in out.glob("*.json"):
            json.loads(path.read_text())  # every written file is complete JSON
        assert not list(out.glob(".*.tmp"))
    # The rerun gets a server of its own: a request the killed process had half sent can still
    # land on the first server after the process is gone, and must not count against the rerun.
    rerun = Script()
    with fake_openai(rerun) as base_url:
        # The second run in this process: only the interrupted one needed a process to signal.
        again = CliRunner().invoke(cli, command[3:command.index("--base-url") + 1] + [base_url]
                                   + command[command.index("--base-url") + 2:])
    assert again.exit_code == 0, again.stderr
    assert len(list(out.glob("*.json"))) == 12
    asked = {re.search(r"\[copy (\d+)\]", json.dumps(r["body"])).group(1) for r in rerun.requests}
    assert asked == {str(n) for n in range(12) if f"article-{n:02d}.json" not in first}
    assert len(rerun.requests) == 12 - len(first)
    assert again.stderr.count("skipped (already done)") == len(first)


def test_a_record_cut_off_by_a_crash_costs_only_its_own_article(tmp_path: Path) -> None:
    """The manifest's last line half written (the machine died mid-write): the rerun asks
    about that article again, and the record it appends after the cut line is whole, so a
    third run has nothing left to ask."""
    make_folder(tmp_path / "in", 3)
    out = tmp_path / "out"

    def run() -> list[str]:
        script = Script()
        with fake_openai(script) as base_url:
            result = CliRunner().invoke(cli, ["brief", str(tmp_path / "in"), "--format", "json", "--out", str(out),
                                              "--base-url", base_url, "--model", "m", "--no-cache"])
        assert result.exit_code == 0, result.stderr
        return sorted({re.search(r"\[copy (\d+)\]", json.dumps(r["body"])).group(1) for r in script.requests})

    assert run() == ["0", "1", "2"]
    manifest = out / ".summariser-manifest.jsonl"
    records = manifest.read_text().splitlines()
    manifest.write_text("".join(line + "\n" for line in records[:-1]) + records[-1][: len(records[-1]) // 2])
    cut = re.search(r"(\d+)$", json.loads(records[-1])["id"]).group(1)
    assert run() == [str(int(cut))]
    assert run() == []
    assert len(list(out.glob("*.json"))) == 3


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bug_met_on_one_article_fails_that_article_alone_with_one_line_and_its_own_code(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str) -> None:
    # A bug in the reading (injected: the reading raises on one article) is no user mistake,
    # but it must cost only that article: the others are briefed, the run says which article
    # failed and why in one line, and exits with the code for an internal error.
    import summariser.briefing as briefing

    make_folder(tmp_path / "in", 3, paragraphs=2)
    broken = (tmp_path / "in" / "nested" / "article-01.txt")
    real_read = briefing.read

    def read(text: str):  # type: ignore[no-untyped-def]
        if "[copy 1]" in text:
            raise KeyError(356)
        return real_read(text)

    monkeypatch.setattr(briefing, "read", read)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["brief", str(tmp_path / "in"), "--method", "reading", "--format", "json",
                                      "--out", str(out), "--jobs", jobs])
    assert result.exit_code == 8, result.output
    assert sorted(p.name for p in out.glob("*.json")) == ["article-00.json", "article-02.json"]
    failed = [line for line in result.stderr.splitlines() if "internal error" in line]  # as it ends, and in the summary
    assert failed and all("KeyError" in line and broken.name in line for line in failed)
    assert "Traceback" not in result.output


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_rule_that_loops_for_ever_on_one_article_costs_that_article_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str) -> None:
    # A loop in a rule that never ends (injected: the ties of one article spin) once hung a
    # whole batch. Past the reading's deadline that article fails in one line, with the code
    # for an internal error, and the others are briefed.
    import time

    from summariser.reading import candidates, time_limit

    make_folder(tmp_path / "in", 3, paragraphs=2)
    real_ties = candidates.Reader.ties

    def ties(self, *args):  # type: ignore[no-untyped-def]
        end = time.monotonic() + 120  # bounded: a broken deadline fails the test, never hangs it
        while "[copy 1]" in self.text and time.monotonic() < end:
            pass
        return real_ties(self, *args)

    monkeypatch.setattr(candidates.Reader, "ties", ties)
    monkeypatch.setattr(time_limit, "BASE_SECONDS", 1.0)
    monkeypatch.setattr(time_limit, "SECONDS_PER_KB", 0.0)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["brief", str(tmp_path / "in"), "--method", "reading", "--format", "json",
                                      "--out", str(out), "--jobs", jobs])
    assert result.exit_code == 8, result.output
    assert sorted(p.name for p in out.glob("*.json")) == ["article-00.json", "article-02.json"]
    failed = [line for line in result.stderr.splitlines() if "did not finish within 1 s" in line]
    assert failed and all("article-01" in line for line in failed)
    assert "Traceback" not in result.output


def test_a_briefing_made_by_another_reading_is_made_again_on_resume(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Every method starts from the reading: after an upgrade of its rules (or its word lists,
    or the English pipeline) a resumed batch must not keep briefings the old rules made."""
    make_folder(tmp_path / "in", 2, paragraphs=2)
    out = tmp_path / "out"
    command = ["brief", str(tmp_path / "in"), "--format", "json", "--out", str(out), "--method", "reading"]

    def versions() -> set[str]:
        return {json.loads(p.read_text())["provenance"]["reading_version"] for p in out.glob("*.json")}

    first = CliRunner().invoke(cli, command)
    assert first.exit_code == 0, first.stderr
    assert len(versions()) == 1 and "" not in versions()
    same = CliRunner().invoke(cli, command)
    assert same.stderr.count("skipped (already done)") == 2
    monkeypatch.setattr("summariser.briefing.reading_version", lambda: "newer-rules")
    monkeypatch.setattr("summariser.batch.reading_version", lambda: "newer-rules")
    again = CliRunner().invoke(cli, command)
    assert again.exit_code == 0, again.stderr
    assert "skipped (already done)" not in again.stderr
    assert versions() == {"newer-rules"}
