"""A user extends the cue words without code: SUMMARISER_LEXICONS=<dir> of TOML files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from summariser.reading import accusations, actors, alliances, lexicon, mediations, read, syntax, view

SENTENCE = "Ethiopia reproved Eritrea for sending troops into Tigray."


def clear_caches() -> None:
    for cached in (lexicon.lexicon, lexicon.word_set, actors.known_actors, actors._roles, actors.body_words, actors._press,
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
    (user_lexicons / "mine.toml").write_text('[predicates]\naccuse = ["reprove"]\n', encoding="utf-8")
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
    (user_lexicons / "notes.txt").write_text('[predicates]\naccuse = ["reprove"]\n', encoding="utf-8")
    assert read(SENTENCE).accusations == []


def test_every_shipped_actor_has_its_own_id_and_its_name_names_it() -> None:
    """Two entries with one id: the later silently took the earlier's forms ("Rapid Support
    Forces" read as Reporters Without Borders). A name no form gives: the validator could not
    find the actor a briefing names in its own quote."""
    import tomllib

    shipped = tomllib.loads((Path(actors.__file__).parent / "data" / "actors.toml").read_text(encoding="utf-8"))
    ids = [entry["id"] for entry in shipped["actor"]]
    assert ids and len(ids) == len(set(ids))
    clear_caches()
    known = actors.known_actors()
    assert [entry["name"] for entry in shipped["actor"]
            if known.forms.get(actors.keys(entry["name"]), actors.Form("", "", False, False)).actor != entry["id"]] == []


def test_an_acronym_named_group_is_accused_and_grounded() -> None:
    from summariser import Summariser

    with Summariser(method="reading") as summariser:
        briefing = summariser.brief("Colombia accused the ELN of kidnapping two soldiers.", source_id="eln")
    assert [(a.accuser, a.accused) for a in briefing.accusations] == [("Colombia", "ELN")]
