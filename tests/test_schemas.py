"""The schemas are versioned artifacts: strict for OpenAI, generated, never stale."""

from __future__ import annotations

import json

import jsonschema
import pytest

from openai_strict import strict_violations
from summariser.models import DRAFTS, ExtractedClaims, Extraction
from summariser.schema_files import schema_documents, stale_files, write_schemas

from conftest import REPO


@pytest.mark.parametrize("model", [*DRAFTS.values(), Extraction, ExtractedClaims], ids=lambda m: m.__name__)
def test_model_facing_schema_is_accepted_by_openai_strict_mode(model) -> None:
    assert strict_violations(model.model_json_schema()) == []


def test_the_strict_checker_catches_what_openai_refuses() -> None:
    schema = {
        "type": "object",
        "properties": {"a": {"type": "string", "minLength": 3, "default": "x"}, "b": {"type": "integer"}},
        "required": ["a"],
    }
    problems = strict_violations(schema)
    assert any("additionalProperties" in p for p in problems)
    assert any("every property must be required" in p for p in problems)
    assert any("'minLength'" in p for p in problems)
    assert any("'default'" in p for p in problems)


def test_schema_files_are_up_to_date() -> None:
    assert stale_files() == [], "schemas/ is stale: run `summariser schemas` and commit the result"


def test_a_changed_model_makes_the_schema_files_stale(tmp_path, monkeypatch) -> None:
    write_schemas(tmp_path)
    assert stale_files(tmp_path) == []
    documents = schema_documents()
    documents["briefing.schema.json"]["properties"]["extra"] = {"type": "string"}
    monkeypatch.setattr("summariser.schema_files.schema_documents", lambda: documents)
    assert stale_files(tmp_path) == ["briefing.schema.json"]


def test_briefing_schema_file_validates_the_json_contract_example() -> None:
    schema = json.loads((REPO / "schemas" / "briefing.schema.json").read_text())
    example = {
        "schema_version": "1",
        "source": {"id": "004_1a1daf8f610255dc", "sha256": "0" * 64, "chars": 2377},
        "provenance": {"provider": "local", "model": "m", "prompt_version": "p", "calls": 1,
                       "prompt_tokens": 0, "completion_tokens": 0, "seconds": 0.0},
        "parties": [{"name": "Azerbaijan", "aliases": ["Azeri"], "kind": "state",
                     "evidence": [{"quote": "q", "start": 1, "end": 2, "match": "exact"}]}],
        "mediators": [], "alliances": [], "accusations": [],
        "rejected": [{"category": "accusations", "item": {}, "reasons": ["quote not found in source: ..."]}],
    }
    jsonschema.validate(example, schema)
    example["parties"][0]["kind"] = "superpower"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(example, schema)
