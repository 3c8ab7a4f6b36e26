"""Prompts are versioned templates, and article text reaches the model untouched."""

from __future__ import annotations

import pytest

from summariser import prompts
from summariser.models import CATEGORIES


def test_every_category_has_its_template_with_the_rules() -> None:
    templates = prompts.load_templates()
    assert "verbatim" in templates["system"]
    assert "according to Armenian sources" in templates["system"]
    for category in CATEGORIES:
        assert category.upper() in templates[category]


def test_prompt_version_changes_when_one_word_of_a_template_changes(monkeypatch) -> None:
    before = prompts.prompt_version()
    edited = dict(prompts.load_templates())
    edited["parties"] = edited["parties"].replace("fights", "battles", 1)
    monkeypatch.setattr(prompts, "load_templates", lambda: edited)
    assert prompts.prompt_version() != before


@pytest.mark.parametrize("category", CATEGORIES)
def test_article_text_is_sent_verbatim_even_with_template_syntax(category: str) -> None:
    text = "Rebels said {{ ceasefire }} and ${price} {% if x %}\r\nstill here"
    messages = prompts.extraction_messages(category, text)
    assert messages[-1]["content"].endswith(text)
    assert all(text not in m["content"] for m in messages[:-1])


def test_reask_message_names_the_failures_without_touching_them() -> None:
    failures = "1. {\"accused\": \"Turkey\"}\n   - accused 'Turkey' is not named in any of its quotes ($x {{y}})"
    message = prompts.reask_message(failures)
    assert failures in message["content"]
