"""Bad inputs give one line naming the file and exit code 2; good files still get done."""

from __future__ import annotations

import codecs
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


def test_html_articles_are_reduced_to_their_main_text(tmp_path: Path) -> None:
    body = " ".join(["Armenia and Azerbaijan accused each other of targeting civilians in Nagorno-Karabakh."] * 4)
    html = (f"<html><head><title>t</title></head><body><nav>Home | World | Sport</nav>"
            f"<article><h1>Fighting goes on</h1><p>{body}</p><p>{body}</p></article>"
            f"<footer>Cookie settings</footer></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    article = read_article(path)
    assert article.extracted and "accused each other of targeting civilians" in article.text
    assert "Cookie settings" not in article.text and "<p>" not in article.text


def test_encoding_auto_detects_a_legacy_encoding_and_the_default_refuses_it(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    text = "Le ministre a déclaré que les négociations à Genève échoueront sans un cessez-le-feu immédiat. " * 3
    path.write_bytes(text.encode("cp1252"))
    with pytest.raises(InputError, match="not UTF-8 text"):
        read_article(path)
    article = read_article(path, encoding="auto")
    assert "négociations à Genève" in article.text


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as stream:
        stream.truncate(6_000_000)
    with pytest.raises(InputError, match="too large"):
        read_article(path)


ARTICLE = "Armenia accused Azerbaijan of shelling Stepanakert.\r\n“We will respond,” said Yerevan — again.\n"


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_a_byte_order_mark_is_read_as_text(codec: str, tmp_path: Path) -> None:
    """UTF-16 and UTF-32 are full of NUL bytes; with their byte-order mark they are text."""
    path = tmp_path / "article.txt"
    data = ARTICLE.encode(codec)
    if codec.endswith("-be"):  # Python writes no mark for an explicit byte order: add it
        data = {"utf-16-be": codecs.BOM_UTF16_BE, "utf-32-be": codecs.BOM_UTF32_BE}[codec] + data
    path.write_bytes(data)
    assert b"\0" in data or codec == "utf-8-sig"
    article = read_article(path)
    assert article.text == ARTICLE  # no mark left at the start, offsets index the text itself


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_utf16_or_utf32_without_a_mark_points_to_encoding_auto_which_reads_it(codec: str, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE.encode(codec))
    with pytest.raises(InputError) as caught:
        read_article(path)
    assert "try --encoding auto" in str(caught.value) and "binary" not in str(caught.value)
    assert read_article(path, encoding="auto").text == ARTICLE


@pytest.mark.parametrize("encoding", ["utf-8", "auto"])
def test_a_really_binary_file_is_called_binary(encoding: str, tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(InputError, match="binary file, not text"):
        read_article(path, encoding=encoding)
