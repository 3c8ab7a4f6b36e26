"""Sentences carry exact offsets: the evidence a briefing cites is `text[start:end]`."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CORPUS, SEEDS, read_text
from summariser.reading import read
from summariser.reading.sentences import split_sentences

ARTICLES = sorted(SEEDS.glob("*.txt")) + sorted(CORPUS.glob("*.txt"))


def test_there_are_articles_to_split() -> None:
    assert len(ARTICLES) >= 15


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem[:40])
def test_every_sentence_is_the_text_at_its_offsets(path: Path) -> None:
    text = read_text(path)
    sentences = split_sentences(text)
    assert sentences, "an article with no sentences"
    for i, sentence in enumerate(sentences):
        assert sentence.index == i
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
    # in order and never overlapping
    for before, after in zip(sentences, sentences[1:]):
        assert before.end <= after.start
    # nothing but white space is left out
    covered = {k for s in sentences for k in range(s.start, s.end)}
    assert all(ch.isspace() for k, ch in enumerate(text) if k not in covered)


@pytest.mark.parametrize("path", ARTICLES[:3], ids=lambda p: p.stem[:40])
def test_the_reading_uses_the_same_sentences(path: Path) -> None:
    text = read_text(path)
    assert read(text).sentences == split_sentences(text)


def test_a_headline_without_a_full_stop_is_its_own_sentence() -> None:
    text = ("Sudanese army and RSF agree to a truce in Jeddah\n"
            "Representatives of both sides signed the agreement on Saturday. Fighting continued in Khartoum.")
    sentences = [s.text for s in split_sentences(text)]
    assert sentences == ["Sudanese army and RSF agree to a truce in Jeddah",
                         "Representatives of both sides signed the agreement on Saturday.",
                         "Fighting continued in Khartoum."]


def test_us_with_full_stops_does_not_end_a_sentence() -> None:
    text = ("The U.S. State Department said the talks in Doha would resume. "
            "Officials in Kabul welcomed the news.")
    sentences = [s.text for s in split_sentences(text)]
    assert sentences == ["The U.S. State Department said the talks in Doha would resume.",
                         "Officials in Kabul welcomed the news."]
