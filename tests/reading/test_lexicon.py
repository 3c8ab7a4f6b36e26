"""A user extends the cue words without code: SUMMARISER_LEXICONS=<dir> of TOML files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from summariser.reading import accusations, actors, alliances, lexicon, mediations, read, syntax, view

SENTENCE = "Ethiopia upbraided Eritrea for sending troops into Tigray."


def clear_caches() -> None:
    for cached in (lexicon.lexicon, actors.known_actors, actors._roles, actors._body_words, actors._press,
                   actors._role_words, view.cues, view.role_words, accusations.lexicon, syntax.office_words,
                   syntax.press_words, alliances._words, mediations._words, read):
        cached.cache_clear()


@pytest.fixture
def user_lexicons(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "lexicons"
    folder.mkdir()
    monkeypatch.setenv("SUMMARISER_LEXICONS", str(folder))
    clear_caches()
    yield folder
    monkeypatch.delenv("SUMMARISER_LEXICONS")
    clear_caches()  # the next test reads with the shipped lexicons only


def test_without_the_extra_verb_the_sentence_is_no_candidate() -> None:
    clear_caches()
    assert set(read(SENTENCE).inventory.actors) == {"ETH", "ERI"}
    assert read(SENTENCE).accusations == []


def test_an_extra_accusation_verb_makes_a_candidate(user_lexicons: Path) -> None:
    (user_lexicons / "mine.toml").write_text('[predicates]\naccuse = ["upbraid"]\n', encoding="utf-8")
    found = read(SENTENCE).accusations
    assert [(a.accuser, a.accused, a.rule) for a in found] == [("ETH", "ERI", "accuse")]
    assert SENTENCE[found[0].allegation[0]:found[0].allegation[1]] == "sending troops into Tigray"
    # the shipped verbs still work alongside the user's
    assert [a.accuser for a in read("Eritrea accused Ethiopia of shelling Badme.").accusations] == ["ERI"]


def test_an_extra_actor_is_known(user_lexicons: Path) -> None:
    (user_lexicons / "actors.toml").write_text(
        '[[actor]]\nid = "fano"\nname = "Fano"\nkind = "armed_group"\nforms = ["Fano", "Fano militia"]\n',
        encoding="utf-8")
    text = "Ethiopia accused the Fano militia of attacking Gondar."
    assert [(a.accuser, a.accused) for a in read(text).accusations] == [("ETH", "fano")]


def test_only_toml_files_in_the_folder_are_read(user_lexicons: Path) -> None:
    (user_lexicons / "notes.txt").write_text('[predicates]\naccuse = ["upbraid"]\n', encoding="utf-8")
    assert read(SENTENCE).accusations == []
