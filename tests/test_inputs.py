"""Bad inputs give one line naming the file and exit code 2; good files still get done."""

from __future__ import annotations

from pathlib import Path

import pytest

from summariser.errors import InputError
from summariser.inputs import read_article


def make_bad_inputs(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a-directory.txt").mkdir()
    (folder / "empty.txt").write_text("")
    (folder / "blank.txt").write_text("  \n\t \n")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    (folder / "latin1.txt").write_bytes("Erdoğan a déclaré".encode("latin-1", "replace").replace(b"?", b"\xf0"))
    return {
        "no such file": folder / "missing.txt",
        "is a directory": folder / "a-directory.txt",
        "empty article": folder / "empty.txt",
        "empty article ": folder / "blank.txt",
        "binary file": folder / "binary.txt",
        "not UTF-8": folder / "latin1.txt",
    }


def test_each_bad_input_gives_a_one_line_error_naming_the_file(tmp_path: Path) -> None:
    for expected, path in make_bad_inputs(tmp_path).items():
        with pytest.raises(InputError) as caught:
            read_article(path)
        message = str(caught.value)
        assert str(path) in message and expected.strip() in message and "\n" not in message
        assert caught.value.exit_code == 2


def test_text_is_read_without_newline_translation(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Line one.\r\nLine two.\r\n")
    article = read_article(path)
    assert article.text == "Line one.\r\nLine two.\r\n"
    assert article.id == "crlf"
