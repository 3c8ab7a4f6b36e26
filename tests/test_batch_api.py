"""The batch route: OpenAI's Batch API (a SYNTHETIC server, tests/fake_batch_api.py) and any
runner of its JSONL (`run-local` against tests/fake_openai.py, also SYNTHETIC).

What must hold: a batch line's body is exactly the live request; the briefings of the batch
route equal the live route's for the same answers, re-asks included; nothing is lost when a
line is malformed, a batch expires or the process dies between submit and collect; no key
reaches the state folder.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from fake_batch_api import BatchScript, Plan, fake_batch_api
from fake_openai import Script, fake_openai
from summariser.batches import collect, submit
from summariser.batches import api as batch_api
from summariser.batches import recorded
from summariser.batches.runner import run_local
from summariser.batches.store import FOLDER, without_credentials
from summariser.briefing import Summariser, source_of
from summariser.calls import RetryPolicy
from summariser.cli import cli
from summariser.inputs import read_article
from summariser.local_server import LOCAL_MODEL
from summariser.providers import Provider
from summariser.record import golden_view
from summariser.models import SCHEMA_VERSION, Briefing
from summariser.prompts import prompt_version

from replay import article_of, provider_of
from summariser.record import REPLAY_BASE_URL
from summariser.recording import cassette_name, make_vcr

from conftest import CASSETTES, CORPUS, GOLDEN, REPO, SEED_000, SEED_004

pytestmark = pytest.mark.enable_socket

SECRET = "sk-proj-SYNTHETICbatchsecret0123456789"
FAST = RetryPolicy(parse_retries=1, request_attempts=2, initial_wait=0.01, max_wait=0.1)
# Seed 004, sentence 2 names Armenia and Azerbaijan; sentence 16 names no Turkey, so the
# second item is refused and re-asked (a second round on the batch route).
GOOD = {"sentences": [2], "accuser": "ARM", "accused": "AZE",
        "allegation": "deliberately attacking the civilian population"}
ABSENT = {"sentences": [16], "accuser": "RUS", "accused": "TUR", "allegation": "rising civilian casualties"}


def answer(tool: str, body: dict[str, Any]) -> Any:
    """Seed 004's first request: one good item and one to re-ask; everything else: nothing."""
    if "Stepanakert" in body["messages"][1]["content"] and "[16] Russia expressed" in body["messages"][1]["content"] \
            and len(body["messages"]) == 2:
        return {"parties": [], "mediators": [], "alliances": [], "accusations": [GOOD, ABSENT]}
    return None


def seeds() -> list[Any]:
    return [read_article(SEED_004), read_article(SEED_000)]


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line]


def briefings(out: Path) -> dict[str, dict[str, Any]]:
    return {p.stem: golden_view(Briefing.model_validate_json(p.read_text())) for p in sorted(out.glob("*.json"))}


# --- the request and the answers, against a runner of the user's choice ------------------


@pytest.mark.parametrize("provider", ["openai", "compatible"])
def test_a_batch_line_body_is_exactly_the_live_request(tmp_path: Path, provider: str) -> None:
    article = read_article(SEED_004)
    script = Script(answer=answer)
    with fake_openai(script) as base_url:
        with Summariser(Provider(provider, "m", base_url, "no-key"), policy=FAST, reasks=0) as summariser:
            summariser.brief(article.text)
    live = script.requests[0]["body"]
    report = submit([article], tmp_path, Provider(provider, "m"), dry_run=True, reasks=0)
    [line] = lines(report.requests_file)
    assert line["body"] == live
    assert (line["method"], line["url"]) == ("POST", "/v1/chat/completions")
    if provider == "openai":  # OpenAI's strict structured outputs, as live
        assert line["body"]["response_format"]["json_schema"]["strict"] is True
    sha, method, prompt, schema, _ = line["custom_id"].split(".")
    assert len(line["custom_id"]) <= 64  # OpenAI's limit
    assert (sha, method, prompt, schema) == (source_of(article.text).sha256[:16], "extract",
                                             f"p{prompt_version('extract')}", f"s{SCHEMA_VERSION}")


def test_live_and_batch_routes_give_identical_briefings_for_the_same_answers(tmp_path: Path) -> None:
    script = Script(answer=answer)
    with fake_openai(script) as base_url:
        with Summariser(Provider("openai", "m", base_url, "no-key"), policy=FAST) as summariser:
            live = {a.id: golden_view(summariser.brief(a.text, source_id=a.id, path=a.path)) for a in seeds()}
        out = tmp_path / "out"
        report = submit(seeds(), out, Provider("openai", "m"), dry_run=True)
        rounds = 0
        while report.requests:
            rounds += 1
            results = tmp_path / f"results-{rounds}.jsonl"
            assert run_local(report.requests_file, base_url, results, api_key=SECRET).errors == 0
            report = collect(out, results=[results], fmt="all", jobs=2)
    assert rounds == 2  # the first requests, then the re-ask of seed 004's refused item
    assert briefings(out) == live
    assert script.requests[-1]["headers"]["authorization"] == f"Bearer {SECRET}"  # run-local sent the key ...
    no_secret_under(tmp_path)  # ... and wrote it nowhere
    assert live["004_1a1daf8f610255dc"]["accusations"] and live["004_1a1daf8f610255dc"]["rejected"]
    assert {p.suffix for p in out.iterdir() if p.is_file() and not p.name.startswith(".")} == {".json", ".md", ".html"}


def test_a_malformed_results_line_is_one_error_and_the_rest_is_kept(tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = submit(seeds(), out, Provider("openai", "m"), dry_run=True, reasks=0)
    with fake_openai(Script()) as base_url:
        run_local(report.requests_file, base_url, tmp_path / "results.jsonl")
    good = (tmp_path / "results.jsonl").read_text().splitlines()
    (tmp_path / "results.jsonl").write_text("\n".join([good[0], '{"custom_id": 3, "half a line', good[1]]) + "\n")
    result = CliRunner().invoke(cli, ["batch", "collect", "--out", str(out), "--results", str(tmp_path / "results.jsonl")])
    assert result.exit_code == 2, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("summariser: error:")]
    assert len(errors) == 1 and "results-1.jsonl:2: not a batch result line" in errors[0]
    assert "Traceback" not in result.stderr
    assert sorted(briefings(out)) == ["000_be02ae75645424f4", "004_1a1daf8f610255dc"]


def test_a_dry_run_round_must_be_run_before_it_is_collected(tmp_path: Path) -> None:
    submit([read_article(SEED_004)], tmp_path, Provider("openai", "m"), dry_run=True)
    result = CliRunner().invoke(cli, ["batch", "collect", "--out", str(tmp_path)])
    assert result.exit_code == 2 and "run it, then collect --results FILE" in result.stderr
    again = CliRunner().invoke(cli, ["batch", "submit", str(SEED_004), "--out", str(tmp_path), "--dry-run"])
    assert again.exit_code == 2 and "already under way" in again.stderr


def test_a_base_url_is_stored_without_credentials() -> None:
    assert without_credentials("https://user:pw@example.org:8443/v1?api-key=abc#x") == "https://example.org:8443/v1"


# --- OpenAI's Batch API (synthetic) --------------------------------------------------------


def batch_cli(*arguments: str, key: str = SECRET) -> Any:
    return CliRunner(env={"OPENAI_API_KEY": key}).invoke(cli, ["batch", *arguments])


def no_secret_under(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            assert SECRET not in path.read_text(errors="replace"), path


def test_submit_status_collect_round_trip_with_a_follow_up_batch(tmp_path: Path) -> None:
    script = BatchScript(answer=answer, plans=[Plan(["validating", "in_progress", "completed"]), Plan()])
    out = tmp_path / "out"
    with fake_batch_api(script) as base_url:
        sent = batch_cli("submit", str(SEED_004), str(SEED_000), "--out", str(out), "--model", "m", "--base-url", base_url)
        assert sent.exit_code == 0, sent.stderr
        assert "batch batch_1" in sent.stderr
        assert "validating" in batch_cli("status", "--out", str(out)).stderr
        pending = batch_cli("collect", "--out", str(out))
        assert pending.exit_code == 7 and "batch_1 is in_progress" in pending.stderr
        first = batch_cli("collect", "--out", str(out))
        assert first.exit_code == 0, first.stderr
        assert "round 2" in first.stderr and "batch batch_2" in first.stderr  # the re-ask, sent on its own
        second = batch_cli("collect", "--out", str(out))
        assert second.exit_code == 0, second.stderr
    assert sorted(briefings(out)) == ["000_be02ae75645424f4", "004_1a1daf8f610255dc"]
    assert len(lines(out / FOLDER / "requests-2.jsonl")) == 1  # only seed 004's re-ask went again
    assert all(r["headers"]["authorization"] == f"Bearer {SECRET}" for r in script.requests)  # it was sent ...
    no_secret_under(out)  # ... and stored nowhere


def test_an_expired_batch_resubmits_only_what_is_missing(tmp_path: Path) -> None:
    script = BatchScript(plans=[Plan(["expired"], answered=1), Plan()])
    out = tmp_path / "out"
    with fake_batch_api(script) as base_url:
        assert batch_cli("submit", str(SEED_004), str(SEED_000), "--out", str(out), "--base-url", base_url,
                         "--reasks", "0").exit_code == 0
        first_round = lines(out / FOLDER / "requests-1.jsonl")
        result = batch_cli("collect", "--out", str(out))
        assert result.exit_code == 0, result.stderr
        assert len(briefings(out)) == 1
        again = lines(out / FOLDER / "requests-2.jsonl")
        assert [line["custom_id"] for line in again] == [first_round[1]["custom_id"]]
        assert again[0]["body"] == first_round[1]["body"]
        assert batch_cli("collect", "--out", str(out)).exit_code == 0
    assert len(briefings(out)) == 2


def test_a_failed_batch_is_one_line_and_a_distinct_code(tmp_path: Path) -> None:
    script = BatchScript(plans=[Plan(["failed"])])
    with fake_batch_api(script) as base_url:
        assert batch_cli("submit", str(SEED_004), "--out", str(tmp_path), "--base-url", base_url).exit_code == 0
        result = batch_cli("collect", "--out", str(tmp_path))
    assert result.exit_code == 3
    assert result.stderr.strip() == "summariser: error: batch batch_1 failed: invalid_request: synthetic refusal (line 1)"


def test_without_a_key_submit_says_so_in_one_line(tmp_path: Path) -> None:
    result = batch_cli("submit", str(SEED_004), "--out", str(tmp_path), key="")
    assert result.exit_code == 3 and result.stderr.count("\n") == 1 and "OPENAI_API_KEY" in result.stderr


def test_a_crash_between_submit_and_collect_loses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Killed after round 1 was written and before it was sent; then killed after the send
    and before collect: each later command picks up from the state folder alone."""
    script = BatchScript(plans=[Plan()])
    out = tmp_path / "out"

    def crash(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    with fake_batch_api(script) as base_url:
        monkeypatch.setattr(batch_api.remote, "send", crash)
        killed = batch_cli("submit", str(SEED_004), str(SEED_000), "--out", str(out), "--base-url", base_url,
                           "--reasks", "0")
        assert killed.exit_code == 130
        assert script.batches == {}  # nothing reached the provider
        monkeypatch.undo()
        result = batch_cli("collect", "--out", str(out))  # sends the written round, then finds it done
        assert result.exit_code == 0, result.stderr
        assert list(script.batches) == ["batch_1"]
        assert batch_cli("collect", "--out", str(out)).exit_code == 0  # run again: nothing to do, nothing lost
    assert len(briefings(out)) == 2
    state = json.loads((out / FOLDER / "state.json").read_text())
    assert [r["batch_id"] for r in state["rounds"]] == ["batch_1"]


def test_a_collect_killed_halfway_then_run_again_loses_and_repeats_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Killed after its first briefing was written (nothing after it reaches the disk, as
    with kill -9): the next collect writes the others, skips the written one, and the JSONL
    holds each article exactly once."""
    articles = seeds() + [read_article(CORPUS / "2020-01-13-iran-admits-downing-ukrainian-jet-cites-human-error.txt")]
    out, jsonl = tmp_path / "out", tmp_path / "briefings.jsonl"
    report = submit(articles, out, Provider("openai", "m"), dry_run=True, reasks=0)
    with fake_openai(Script()) as base_url:
        run_local(report.requests_file, base_url, tmp_path / "results.jsonl")
    monkeypatch.setattr(batch_api, "WRITTEN_AT_ONCE", 1)
    write_rendered = batch_api.Outputs.write_rendered
    calls = []

    def dies_after_the_first(self: Any, rendered: list[Any]) -> None:
        calls.append(len(rendered))
        if len(calls) > 1:
            raise KeyboardInterrupt
        write_rendered(self, rendered)

    monkeypatch.setattr(batch_api.Outputs, "write_rendered", dies_after_the_first)
    with pytest.raises(KeyboardInterrupt):
        collect(out, jsonl=jsonl, results=[tmp_path / "results.jsonl"])
    assert len(briefings(out)) == len(lines(jsonl)) == 1
    monkeypatch.undo()
    again = collect(out, jsonl=jsonl)  # the results are in the state folder already
    assert (again.done, again.skipped, again.failed, again.status) == (2, 1, [], "done")
    assert sorted(briefings(out)) == sorted(a.id for a in articles)
    assert sorted(line["source"]["id"] for line in lines(jsonl)) == sorted(a.id for a in articles)


def test_the_cost_report_counts_answered_tokens_and_prices_both_routes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = submit(seeds(), out, Provider("openai", "m"), dry_run=True, reasks=0)
    with fake_openai(Script()) as base_url:  # every answer: 100 prompt + 10 answer tokens
        run_local(report.requests_file, base_url, tmp_path / "results.jsonl")
    collect(out, results=[tmp_path / "results.jsonl"])
    (tmp_path / "prices.json").write_text(json.dumps({"m": {"input": 1.0, "output": 10.0}}))
    result = CliRunner().invoke(cli, ["batch", "cost", "--out", str(out), "--prices", str(tmp_path / "prices.json")])
    assert result.exit_code == 0, result.stderr
    # 1,000 articles: 100,000 prompt tokens at $1/M and 10,000 answer tokens at $10/M live; half by batch.
    assert result.stdout.splitlines() == ["2 articles, model m: 100 prompt + 10 answer tokens per article",
                                          "per 1,000 articles: live $0.20, batch $0.10"]
    missing = CliRunner().invoke(cli, ["batch", "cost", "--out", str(out), "--prices", str(tmp_path / "nothing.json")])
    assert missing.exit_code == 2 and missing.stderr.count("\n") == 1


# --- run-local on real recorded answers ------------------------------------------------------

EXTRACT_GOLDEN = sorted(p for p in (GOLDEN / "compatible-smollm2-135m-instruct-q4_1-extract").glob("*.json")
                        if p.name != "scores.json")  # (a briefing per article, not a run's scores)


@pytest.mark.parametrize("golden_file", EXTRACT_GOLDEN, ids=lambda p: p.stem[:24])
def test_run_local_on_the_live_recordings_gives_the_live_golden_briefing(tmp_path: Path, golden_file: Path) -> None:
    """The live `extract` recordings (real exchanges with the embedded SmolLM2 behind
    --base-url) answer the batch lines that run-local sends, because each line's body is
    the live request byte for byte, re-asks included; collected, they give the live
    route's golden briefing. Sockets stay blocked: vcrpy answers before any connection."""
    golden = json.loads(golden_file.read_text(encoding="utf-8"))
    article = article_of(golden)
    provider = provider_of(golden)
    out = tmp_path / "out"
    with make_vcr(CASSETTES, "none").use_cassette(cassette_name(article.id, provider, "extract")):
        report = submit([article], out, provider, dry_run=True)
        rounds = 0
        while report.requests:
            rounds += 1
            results = tmp_path / f"results-{rounds}.jsonl"
            ran = run_local(report.requests_file, REPLAY_BASE_URL, results)
            assert (ran.answered, ran.errors) == (report.requests, 0)
            report = collect(out, results=[results])
    assert rounds == golden["provenance"]["calls"]  # one request a round: the first, then each re-ask
    assert briefings(out) == {article.id: golden}


def test_follow_up_rounds_are_bounded_and_then_the_article_fails_with_its_reason(tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = submit([read_article(SEED_004)], out, Provider("openai", "m"), dry_run=True)
    [line] = lines(report.requests_file)
    failing = tmp_path / "failing.jsonl"
    failing.write_text(json.dumps({"id": "r1", "custom_id": line["custom_id"], "error": None,
                                   "response": {"status_code": 500, "body": {"error": {"message": "overloaded"}}}}) + "\n")
    first = CliRunner().invoke(cli, ["batch", "collect", "--out", str(out), "--results", str(failing), "--follow-ups", "1"])
    assert first.exit_code == 0 and "round 2" in first.stderr  # asked again once
    assert [r["custom_id"] for r in lines(out / FOLDER / "requests-2.jsonl")] == [line["custom_id"]]
    last = CliRunner().invoke(cli, ["batch", "collect", "--out", str(out), "--results", str(failing), "--follow-ups", "1"])
    assert last.exit_code == 4
    assert "summariser: error: 004_1a1daf8f610255dc: no answer after 2 batches (HTTP 500: overloaded)" in last.stderr
    assert not (out / FOLDER / "requests-3.jsonl").exists()


# --- run-local against the embedded server, recorded ------------------------------------------


def test_run_local_recorded_against_the_embedded_server_replays_and_equals_the_live_route(tmp_path: Path) -> None:
    """cassettes/batch/run-local...: a real `summariser record --run-local` (submit --dry-run,
    `batch run-local --jobs 2` against the embedded llama.cpp server, collect, a round per
    re-ask). Replayed here with sockets blocked: every request run-local sends finds its
    recorded answer, and the briefings the batch route makes of them equal the live route's
    replayed from the same cassette."""
    articles = [read_article(REPO / path) for path in recorded.ARTICLES]
    name = recorded.run_local_cassette(LOCAL_MODEL)
    assert (CASSETTES / name).is_file(), "record it: summariser record --run-local (see cassettes/README.md)"
    out = tmp_path / "out"
    with make_vcr(CASSETTES, "none").use_cassette(name) as cassette:
        rounds = recorded.run_rounds(articles, LOCAL_MODEL, out, REPLAY_BASE_URL, jobs=2)
        assert cassette.all_played  # nothing recorded goes unasked, nothing asked goes unrecorded
    assert rounds >= 2  # the first requests, then at least one re-ask: a follow-up round
    live_provider = Provider("compatible", LOCAL_MODEL, REPLAY_BASE_URL, "no-key")
    with make_vcr(CASSETTES, "none").use_cassette(name):
        with Summariser(live_provider, method="extract") as summariser:
            live = {a.id: golden_view(summariser.brief(a.text, source_id=a.id, path=a.path, title=a.title,
                                                       published=a.published)) for a in articles}
    assert briefings(out) == live
