"""Secrets never reach a cassette: filtered at record time, and scanned for in CI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fake_openai import Script, fake_openai
from summariser.briefing import Summariser
from summariser.providers import Provider
from summariser.recording import find_secrets, make_vcr

from conftest import CASSETTES, SEED_004, read_text

SECRET = "sk-proj-SYNTHETICsecret0123456789abcdef"


def cassette_secrets(folder: Path) -> dict[str, list[str]]:
    found = {}
    files = sorted(folder.rglob("*.yaml"))
    assert files, f"no cassettes in {folder}"
    for path in files:
        hits = find_secrets(path.read_text(encoding="utf-8"))
        if hits:
            found[path.name] = hits
    return found


def test_no_cassette_holds_a_key_shaped_string() -> None:
    assert list(CASSETTES.glob("*.yaml")), "no cassettes to scan"
    assert cassette_secrets(CASSETTES) == {}


def test_the_scan_catches_a_planted_authorization_header(tmp_path: Path) -> None:
    planted = tmp_path / "planted.yaml"
    original = next(iter(sorted(CASSETTES.glob("*.yaml"))))
    shutil.copy(original, planted)
    text = planted.read_text(encoding="utf-8")
    assert "    headers:\n" in text
    planted.write_text(
        text.replace("    headers:\n", "    headers:\n      Authorization:\n      - Bearer sk-abcdefghijklmnopqrstuvwx\n", 1),
        encoding="utf-8",
    )
    found = cassette_secrets(tmp_path)
    assert list(found) == ["planted.yaml"]
    assert any("sk-abcdefghijklmnopqrstuvwx" in hit for hit in found["planted.yaml"])


@pytest.mark.enable_socket
def test_recording_filters_keys_and_auth_headers(tmp_path: Path) -> None:
    script = Script()
    with fake_openai(script) as base_url:
        provider = Provider("openai", "gpt-4o-mini", base_url, SECRET)
        with make_vcr(tmp_path, "all").use_cassette("run.yaml"):
            with Summariser(provider) as summariser:
                summariser.brief(read_text(SEED_004))
    assert script.requests[0]["headers"]["authorization"] == f"Bearer {SECRET}"  # it was sent ...
    recorded = (tmp_path / "run.yaml").read_text(encoding="utf-8")
    assert recorded.count("/v1/chat/completions") == len(script.requests) >= 1  # every exchange recorded ...
    assert SECRET not in recorded  # ... and the key never
    assert "authorization" not in recorded.lower()
    assert cassette_secrets(tmp_path) == {}


@pytest.mark.enable_socket
def test_openai_gets_strict_tool_schemas_and_local_servers_do_not() -> None:
    """The tool-call methods (`extract` asks OpenAI through response_format: test_extract_method.py)."""
    for name, strict in (("openai", True), ("compatible", None)):
        script = Script()
        with fake_openai(script) as base_url:
            with Summariser(Provider(name, "m", base_url, SECRET), method="cited") as summariser:
                summariser.brief(read_text(SEED_004))
        functions = [r["body"]["tools"][0]["function"] for r in script.requests]
        assert functions
        assert all(f.get("strict") is strict for f in functions)
