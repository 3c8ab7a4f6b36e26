"""Is an article English? A cheap check before the English pipeline reads it.

The reading parses with an English pipeline and looks for English cue words; handed a
German or Russian article it would still find "actors" (capitalised words the NER takes
for names) and could build claims from a misparse. So an article that is not English is
not read at all: its briefing is empty with one note saying why.

The check needs no model and no extra dependency: the share of the article's alphabetic
words that are English function words (spaCy's `spacy.lang.en.stop_words.STOP_WORDS`:
"the", "of", "and", "to", "was", ...). Running English prose is built on them: in the 37
articles of `tests/corpus` (wikinews, dev, test), `tests/articles` and `seeds/` 36-51% of
the words are function words. Other languages share only a few short forms with the list
("a", "in", "on", "me", "no", "so"): 2-7% for the German, French, Spanish, Italian and
Dutch news paragraphs of `tests/reading/test_pipeline.py`, 0% for Russian or any other
non-Latin script.

`THRESHOLD` = 0.25 sits in that gap with room on both sides: an English article would
have to be mostly names and numbers (a table, a list of results) to fall under it, and a
Latin-script article in another language would have to be about half English quotation
to rise over it. Texts under `MIN_WORDS` alphabetic words are not judged (the share of a
headline or a one-line note is noise) and are read as English, as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

THRESHOLD = 0.25  # share of alphabetic words that are English function words
MIN_WORDS = 30  # fewer alphabetic words than this: too short to judge, read as English
NOTE_PREFIX = "not English"

# Runs of letters (any script; no digits, no underscore). "don't" counts as "don" + "t":
# both are outside the list, a small and harmless undercount.
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """spaCy's English stop words, read from the file spaCy ships them in, which imports
    nothing: the check runs before any article is read, and a batch whose worker processes
    read the articles never imports spaCy in this process (a fifth of a second)."""
    import importlib.util
    import runpy
    from pathlib import Path

    spec = importlib.util.find_spec("spacy")
    shipped = Path(spec.origin).parent / "lang" / "en" / "stop_words.py" if spec and spec.origin else None
    if shipped is None or not shipped.is_file():  # laid out otherwise (or missing): the import says
        from .pipeline import import_spacy

        import_spacy()
        from spacy.lang.en.stop_words import STOP_WORDS

        return frozenset(STOP_WORDS)
    return frozenset(runpy.run_path(str(shipped))["STOP_WORDS"])


@dataclass(frozen=True)
class Verdict:
    english: bool
    share: float  # of alphabetic words that are English function words
    words: int  # alphabetic words counted
    judged: bool  # False: too short to judge (then `english` is True)

    def note(self) -> str:
        """The briefing's one-line note for a text found not to be English."""
        return (f"{NOTE_PREFIX} ({self.share:.0%} of its {self.words} words are English function words, "
                f"under {THRESHOLD:.0%}): no claims read")


def check(text: str) -> Verdict:
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return Verdict(True, 0.0, 0, False)
    known = function_words()
    share = sum(w in known for w in words) / len(words)
    if len(words) < MIN_WORDS:
        return Verdict(True, share, len(words), False)
    return Verdict(share >= THRESHOLD, share, len(words), True)


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
