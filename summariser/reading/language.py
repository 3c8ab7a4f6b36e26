"""Is an article English? A cheap check before the English pipeline reads it.

The reading parses with an English pipeline and looks for English cue words; handed a
German or Russian article it would still find "actors" (capitalised words the NER takes
for names) and could build claims from a misparse. So an article that is not English is
not read at all: its briefing is empty with one note saying why.

The check needs no model and no extra dependency: it compares two shares of the article's
alphabetic words, the share that are English function words (spaCy's
`spacy.lang.en.stop_words.STOP_WORDS`: "the", "of", "and", "to", "was", ...) and the largest
share that are another language's own function words (the stop-word lists spaCy ships for its
other languages, less every word the English list has and every one-letter word). Running
English prose is built on its function words: 36-51% of the words of the articles in
`tests/corpus`, `tests/articles` and `seeds/`; but a short, name-dense wire brief ("Col.
Abdoulaye Maiga, the government spokesman, said French forces had violated Malian airspace")
falls to 18-25%, and the other languages' lists never take more than 8% of English text. A
German, French, Spanish, Italian or Dutch news paragraph is the mirror image: 40-45% its own
function words, 1-7% English ones. So an article is English when its English share is at
least `FLOOR` and larger than any other language's (from `CLEARLY` up, the other lists are not
even counted: no other language's text comes near it): this holds for every three-sentence window
of 30-80 words in the corpus, where a fixed cut-off on the English share alone did not (it
called a 58-word brief about Mali "not English"). A text in a script the English list has no
word of (Russian, Arabic, Chinese) has an English share of 0 and stays under `FLOOR`. Texts
under `MIN_WORDS` alphabetic words are not judged (the shares of a headline or a one-line note
are noise) and are read as English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

FLOOR = 0.10  # an English text has at least this share of English function words
CLEARLY = 0.30  # a share no other language's text comes near (7% at most in the tests): English outright
MIN_WORDS = 30  # fewer alphabetic words than this: too short to judge, read as English
NOTE_PREFIX = "not English"

# Runs of letters (any script; no digits, no underscore). "don't" counts as "don" + "t":
# both are outside the list, a small and harmless undercount.
_WORD = re.compile(r"[^\W\d_]+")


def _spacy_lang() -> Path | None:
    """The folder of spaCy's language data, found without importing spaCy."""
    import importlib.util

    spec = importlib.util.find_spec("spacy")
    folder = Path(spec.origin).parent / "lang" if spec and spec.origin else None
    return folder if folder is not None and (folder / "en" / "stop_words.py").is_file() else None


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """spaCy's English stop words, read from the file spaCy ships them in, which imports
    nothing: the check runs before any article is read, and a batch whose worker processes
    read the articles never imports spaCy in this process (a fifth of a second)."""
    import runpy

    folder = _spacy_lang()
    if folder is None:  # laid out otherwise (or missing): the import says
        from .pipeline import import_spacy

        import_spacy()
        from spacy.lang.en.stop_words import STOP_WORDS

        return frozenset(STOP_WORDS)
    return frozenset(runpy.run_path(str(folder / "en" / "stop_words.py"))["STOP_WORDS"])


@lru_cache(maxsize=1)
def other_function_words() -> dict[str, frozenset[str]]:
    """Each other language's own function words, by spaCy's language code: its stop-word
    list less the English list and one-letter words ("a", "i" are words in many languages).
    Read the same way, without importing spaCy; a list that will not load is left out."""
    import runpy

    folder = _spacy_lang()
    english = function_words()
    lists: dict[str, frozenset[str]] = {}
    for path in sorted(folder.glob("*/stop_words.py")) if folder is not None else ():
        code = path.parent.name
        if code == "en":
            continue
        try:
            words = runpy.run_path(str(path))["STOP_WORDS"]
        except Exception:  # noqa: BLE001 - a language list spaCy ships broken is not English's business
            continue
        own = frozenset(w for w in words if len(w) > 1 and _WORD.fullmatch(w) and w not in english)
        if own:
            lists[code] = own
    return lists


@dataclass(frozen=True)
class Verdict:
    english: bool
    share: float  # of alphabetic words that are English function words
    words: int  # alphabetic words counted
    judged: bool  # False: too short to judge (then `english` is True)
    other: float = 0.0  # the largest share of another language's own function words
    language: str = ""  # that language's spaCy code

    def note(self) -> str:
        """The briefing's one-line note for a text found not to be English."""
        rival = f", {self.other:.0%} are {self.language!r} ones" if self.language else ""
        return (f"{NOTE_PREFIX} ({self.share:.0%} of its {self.words} words are English function words"
                f"{rival}): no claims read")


def check(text: str) -> Verdict:
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return Verdict(True, 0.0, 0, False)
    known = function_words()
    share = sum(w in known for w in words) / len(words)
    if len(words) < MIN_WORDS:
        return Verdict(True, share, len(words), False)
    if share >= CLEARLY:  # running English: no other language's words need counting (a batch's start waits on this)
        return Verdict(True, share, len(words), True)
    shares = {code: sum(w in own for w in words) / len(words) for code, own in other_function_words().items()}
    language = max(shares, key=lambda code: shares[code], default="")
    other = shares.get(language, 0.0)
    return Verdict(share >= FLOOR and share > other, share, len(words), True, other, language if other else "")


def is_english(text: str) -> bool:
    return check(text).english


def not_english_note(text: str) -> str | None:
    """The note for a text that is not English, else None."""
    verdict = check(text)
    return None if verdict.english else verdict.note()


def empty_doc():  # type: ignore[no-untyped-def]
    """A Doc with no tokens, for the reading of a text that is not read: made with spaCy's
    blank English tokenizer, so the English pipeline is not loaded for it."""
    from .pipeline import import_spacy, tokenizer

    import_spacy()
    from spacy.tokens import Doc

    return Doc(tokenizer().vocab, words=[])
