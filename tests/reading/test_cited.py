"""The cited path: per-candidate schemas only allow the sentence's actors, and an article
with nothing to judge never reaches the model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pydantic import ValidationError

from summariser.briefing import Summariser
from summariser.cited import candidates, judge_schema
from summariser.cli import cli
from summariser.providers import choose_provider
from summariser.reading import read

ARTICLE = ("Ethiopia accused Eritrea of sending troops into Tigray. "
           "Sudan called for calm and the African Union offered to mediate.")
RECIPE = ("Whisk two eggs with the sugar until pale. Fold in the flour and a pinch of salt, "
          "then bake for twenty minutes at 180 degrees.")
# Nothing listens on the discard port; sockets are blocked in tests anyway.
UNREACHABLE = "http://127.0.0.1:9/v1"


def accusation_candidate():
    reading = read(ARTICLE)
    found = [c for c in candidates(reading) if c.category == "accusations"]
    assert found, "the article gives an accusation candidate"
    return found[0]


def test_the_accusation_schema_lists_exactly_the_sentences_actors() -> None:
    candidate = accusation_candidate()
    assert candidate.item["accuser"] == "Ethiopia" and candidate.item["accused"] == "Eritrea"
    schema = judge_schema(candidate).model_json_schema()
    enums = [schema["properties"][field].get("enum") or schema["$defs"][
        schema["properties"][field]["$ref"].split("/")[-1]]["enum"] for field in ("accuser", "accused")]
    assert [sorted(e) for e in enums] == [["Eritrea", "Ethiopia"], ["Eritrea", "Ethiopia"]]


def test_the_accusation_schema_refuses_an_actor_the_sentence_lacks() -> None:
    model = judge_schema(accusation_candidate())
    good = model.model_validate({"states_it": "yes", "accuser": "Ethiopia", "accused": "Eritrea"})
    assert good.accuser == "Ethiopia"  # type: ignore[attr-defined]
    with pytest.raises(ValidationError):
        model.model_validate({"states_it": "yes", "accuser": "Atlantis", "accused": "Eritrea"})
    # an actor of the article but not of this sentence is refused too
    with pytest.raises(ValidationError):
        model.model_validate({"states_it": "yes", "accuser": "Sudan", "accused": "Eritrea"})


def unreachable_provider():
    return choose_provider("compatible", "some-model", UNREACHABLE)


def test_an_article_without_actors_is_an_empty_briefing_and_no_call() -> None:
    with Summariser(unreachable_provider(), method="cited") as summariser:
        briefing = summariser.brief(RECIPE)
    assert briefing.provenance.calls == 0
    assert briefing.provenance.method == "cited"
    assert (briefing.parties, briefing.mediators, briefing.alliances, briefing.accusations) == ([], [], [], [])
    assert briefing.actors == []
    assert any("no actors" in note for note in briefing.notes), briefing.notes
    # the connection was never made: the server was not contacted
    assert summariser._connection is None


def test_the_cli_briefs_an_article_without_actors_without_a_model(tmp_path: Path) -> None:
    article = tmp_path / "recipe.txt"
    article.write_text(RECIPE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["brief", str(article), "--method", "cited", "--provider", "compatible",
                                      "--model", "some-model", "--base-url", UNREACHABLE, "--no-cache",
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    briefing = json.loads(result.stdout)
    assert briefing["provenance"]["calls"] == 0
    assert briefing["accusations"] == [] and briefing["parties"] == []
    assert any("no actors" in note for note in briefing["notes"])
