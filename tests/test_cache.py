"""The response cache: an identical request is answered from disk, anything else is not,
cut-off answers are never kept, and a broken cache file is one line, not a traceback."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx2
import pytest
from click.testing import CliRunner

from fake_openai import Script, completion, fake_openai, llama_cpp_cut_off
from summariser.briefing import Summariser
from summariser.cache import CachingTransport, ResponseCache, default_cache_path, request_key
from summariser.cli import cli
from summariser.errors import EXIT_CACHE
from summariser.record import REPLAY_BASE_URL

from conftest import SEED_004, read_text

BODY = {"model": "m", "messages": [{"role": "user", "content": "Who fights?"}], "max_tokens": 512}
SCOPE = "compatible|m|http://127.0.0.1:8000/v1|"
ANSWER = completion("Extraction", json.dumps({"parties": []}))


def encoded(value: dict) -> bytes:
    return json.dumps(value).encode()


class Upstream:
    """The provider behind the cache: counts what reaches it, answers `answer`."""

    def __init__(self, answer: dict, status: int = 200) -> None:
        self.answer, self.status, self.seen = answer, status, 0

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.seen += 1
        return httpx2.Response(self.status, content=encoded(self.answer))


def post(cache: ResponseCache, upstream: Upstream, body: dict, scope: str = SCOPE) -> dict:
    async def go() -> dict:
        transport = CachingTransport(cache, scope, inner=httpx2.MockTransport(upstream))
        async with httpx2.AsyncClient(transport=transport) as client:
            response = await client.post("http://127.0.0.1:8000/v1/chat/completions", content=encoded(body))
            return response.json()

    return asyncio.run(go())


@pytest.fixture
def cache(tmp_path: Path) -> ResponseCache:
    store = ResponseCache(tmp_path / "responses.sqlite3")
    yield store
    store.close()


def test_a_second_identical_request_is_answered_from_the_cache(cache: ResponseCache) -> None:
    upstream = Upstream(ANSWER)
    first = post(cache, upstream, BODY)
    again = post(cache, upstream, dict(reversed(list(BODY.items()))))  # same JSON, keys reordered
    assert first == again == ANSWER
    assert upstream.seen == 1
    assert cache.hits == 1


def test_the_cache_outlives_the_run(tmp_path: Path) -> None:
    path = tmp_path / "responses.sqlite3"
    first = ResponseCache(path)
    post(first, Upstream(ANSWER), BODY)
    first.close()
    upstream = Upstream(ANSWER)
    assert post(ResponseCache(path), upstream, BODY) == ANSWER
    assert upstream.seen == 0


@pytest.mark.parametrize("change", ["model in the scope", "base URL in the scope", "prompt in the body",
                                    "model in the body", "max_tokens in the body"])
def test_a_request_differing_in_model_prompt_or_settings_misses(cache: ResponseCache, change: str) -> None:
    upstream = Upstream(ANSWER)
    post(cache, upstream, BODY)
    scope, body = SCOPE, json.loads(json.dumps(BODY))
    if change == "model in the scope":
        scope = SCOPE.replace("|m|", "|other-model|")
    elif change == "base URL in the scope":
        scope = SCOPE.replace("8000", "8001")
    elif change == "prompt in the body":  # a new prompt version changes the messages sent
        body["messages"][0]["content"] += " Quote verbatim."
    elif change == "model in the body":
        body["model"] = "other-model"
    else:
        body["max_tokens"] = 1024
    post(cache, upstream, body, scope)
    assert upstream.seen == 2
    assert cache.hits == 0


def test_keys_are_canonical_json_and_only_json_is_cached() -> None:
    assert request_key(SCOPE, b'{"a": 1, "b": 2}') == request_key(SCOPE, b'{"b":2,"a":1}')
    assert request_key(SCOPE, b'{"a": 1}') != request_key("openai|m|default|", b'{"a": 1}')
    assert request_key(SCOPE, b"not json") is None


@pytest.mark.parametrize("answer,status", [
    (completion("Extraction", '{"par', "length"), 200),         # OpenAI's cut-off
    (llama_cpp_cut_off("Extraction", '{"par', BODY), 200),      # llama.cpp's cut-off: all max_tokens used
    ({"error": {"message": "server error"}}, 500),
    ({"not": "a completion"}, 200),
], ids=["openai-length", "llama-cpp-length", "http-500", "not-a-completion"])
def test_cut_off_and_failed_answers_are_never_kept(cache: ResponseCache, answer: dict, status: int) -> None:
    upstream = Upstream(answer, status)
    post(cache, upstream, BODY)
    post(cache, upstream, BODY)
    assert upstream.seen == 2  # asked again for real
    assert cache.hits == 0


@pytest.mark.enable_socket
def test_briefing_the_same_article_twice_pays_for_it_once(tmp_path: Path) -> None:
    text = read_text(SEED_004)
    script = Script()
    with fake_openai(script) as base_url:
        asked = []
        for _ in range(2):
            store = ResponseCache()  # the default place: this test's own tmp dir (conftest)
            with Summariser("compatible", model="m", base_url=base_url, cache=store, method="quoted") as summariser:
                briefing = summariser.brief(text, source_id=SEED_004.stem)
            store.close()
            asked.append(len(script.requests))
        with Summariser("compatible", model="other", base_url=base_url, cache=ResponseCache(),
                        method="quoted") as summariser:
            summariser.brief(text, source_id=SEED_004.stem)
    assert asked[0] >= 1
    assert asked[1] == asked[0]  # the second run never reached the server
    assert len(script.requests) == 2 * asked[0]  # another model is another question
    assert briefing.source.id == SEED_004.stem


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 200],
                         ids=["garbage", "truncated-sqlite"])
def test_a_corrupt_cache_file_is_one_line_naming_it_and_its_own_exit_code(content: bytes) -> None:
    path = default_cache_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    result = CliRunner().invoke(cli, ["brief", str(SEED_004), "--provider", "compatible", "--model", "m",
                                      "--base-url", REPLAY_BASE_URL])
    assert result.exit_code == EXIT_CACHE == 5
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"summariser: error: {path}: the response cache is unusable")
    assert lines[0].endswith("delete it or use --no-cache")
    assert result.stdout == ""
