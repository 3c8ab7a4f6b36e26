"""A run over many articles: write each result as it finishes, skip what is done.

Every article ends as done, skipped (already done by an identical run) or failed with
its reason; one failure never stops the others. Files are written atomically and an
article is marked done in the manifest only after its files are complete, so a run that
is killed halfway is simply run again: it does only what is left.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .briefing import Summariser, source_of
from .errors import SummariserError
from .inputs import Article
from .models import SCHEMA_VERSION, Briefing
from .prompts import prompt_version
from .reading.version import reading_version
from .render import to_html, to_json, to_markdown

MANIFEST = ".summariser-manifest.jsonl"
Status = Literal["done", "skipped", "failed"]


@dataclass(frozen=True)
class Outcome:
    article: Article
    status: Status
    reason: str = ""
    exit_code: int = 0
    briefing: Briefing | None = None


def write_atomically(path: Path, content: str) -> None:
    """Write to a temporary file beside `path`, then rename: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def append_line(path: Path, line: str) -> None:
    """One complete line per call (O_APPEND), so a JSONL file never holds half a record."""
    append_lines(path, [line])


def append_lines(path: Path, lines: Iterable[str]) -> None:
    """Complete lines in one write (O_APPEND) and one fsync, however many: a run that
    records thousands pays for one flush to disk, not one per line. A file whose last line
    was cut off (a crash mid-write) gets a newline first, so the cut line stays one
    unreadable line and the next record is whole."""
    text = "".join(line.rstrip("\n") + "\n" for line in lines)
    if not text:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as stream:  # O_APPEND: every write goes to the end, wherever we read
        if stream.seekable() and stream.seek(0, os.SEEK_END):
            stream.seek(-1, os.SEEK_END)
            if stream.read(1) != b"\n":
                text = "\n" + text
        stream.write(text.encode("utf-8"))
        stream.flush()
        os.fsync(stream.fileno())


def fingerprint(text: str, provider: str, model: str, method: str | None = None) -> dict[str, str]:
    """What makes two runs on an article identical: text, model, prompts (the method's), schema,
    and the reading whose candidates every method starts from."""
    made = {"provider": provider, "model": model, "prompt_version": prompt_version(method),
            "reading_version": reading_version()}
    return _fingerprint_of(source_of(text).sha256, made, SCHEMA_VERSION)


def _briefing_fingerprint(data: dict[str, Any]) -> dict[str, str]:
    return _fingerprint_of(data["source"]["sha256"], data["provenance"], data["schema_version"])


def _fingerprint_of(sha256: str, provenance: dict[str, Any], schema_version: str) -> dict[str, str]:
    """The one list of what a fingerprint holds, for the run asked for, a briefing read back
    and a manifest record alike (a briefing from before the reading's version was kept has none)."""
    return {"sha256": sha256, "provider": provenance["provider"], "model": provenance["model"],
            "prompt_version": provenance["prompt_version"], "schema_version": schema_version,
            "reading_version": provenance.get("reading_version", "")}


class Outputs:
    """Where briefings go: files in `out`, lines in `jsonl`, or stdout via `echo`."""

    def __init__(self, fmt: str, out: Path | None, jsonl: Path | None, echo: Callable[[str], None]) -> None:
        self.fmt, self.out, self.jsonl, self.echo = fmt, out, jsonl, echo
        self.done = self._load_done()
        # The records by article, so a resumed run over many articles looks each one up
        # instead of scanning every record for every article.
        self._by_sha256: dict[str, list[dict[str, Any]]] = {}
        for record in self.done:
            self._by_sha256.setdefault(record.get("sha256", ""), []).append(record)

    def _load_done(self) -> list[dict[str, Any]]:
        records: list[dict[str, Any]] = []
        sources = [self.out / MANIFEST] if self.out else []
        sources += [self.jsonl] if self.jsonl else []
        for path in sources:
            if not path.is_file():
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    data = json.loads(line)
                    records.append(data if "sha256" in data and "files" in data else _briefing_fingerprint(data))
                except (ValueError, KeyError, TypeError):
                    continue  # a line from an older tool or a hand edit: do the article again
        return records

    def is_done(self, article: Article, provider: str, model: str, method: str | None = None) -> bool:
        wanted = fingerprint(article.text, provider, model, method)
        for record in self._by_sha256.get(wanted["sha256"], []):
            if all(record.get(k) == v for k, v in wanted.items()):
                files = record.get("files", [])
                if all((self.out / f).is_file() for f in files) if self.out else True:
                    return True
        return False

    def write(self, article: Article, briefing: Briefing, many: bool) -> None:
        self.write_rendered([self.render(article, briefing, many)])

    def write_all(self, finished: list[tuple[Article, Briefing]], many: bool = True) -> None:
        """Several briefings at once: one append (one flush to disk) for all their records."""
        self.write_rendered([self.render(article, briefing, many) for article, briefing in finished])

    def render(self, article: Article, briefing: Briefing, many: bool = True) -> Rendered:
        """What `write` puts where, as text: the part of writing that is CPU work, which a
        worker process can do and hand over (text crosses processes cheaply, a Briefing
        does not)."""
        if not self.jsonl and not self.out:
            return Rendered(echo=self._echo_text(article, briefing, many))
        line = json.dumps(briefing.model_dump(mode="json"), ensure_ascii=False) if self.jsonl else None
        record, files = self._files(article, briefing) if self.out else (None, [])
        return Rendered(line, record, files)

    def write_rendered(self, rendered: list[Rendered]) -> None:
        if self.jsonl:
            append_lines(self.jsonl, [r.jsonl for r in rendered if r.jsonl is not None])
        if self.out:
            # The records go first: `is_done` also wants every file present, so a Ctrl-C between
            # the two leaves articles that are redone, never a complete file the rerun redoes.
            append_lines(self.out / MANIFEST, [json.dumps(r.record) for r in rendered if r.record is not None])
            for r in rendered:
                for name, content in r.files:
                    write_atomically(self.out / name, content)
        for r in rendered:
            if r.echo is not None:
                self.echo(r.echo)

    def _files(self, article: Article, briefing: Briefing) -> tuple[dict[str, Any], list[tuple[str, str]]]:
        """The manifest record of a briefing and its files (name, content)."""
        stem = briefing.source.id
        files = []
        if self.fmt in ("json", "both", "all"):
            files.append((f"{stem}.json", to_json(briefing)))
        if self.fmt in ("markdown", "both", "all"):
            files.append((f"{stem}.md", to_markdown(briefing)))
        if self.fmt in ("html", "all"):
            files.append((f"{stem}.html", to_html(briefing, article.text)))
        if article.extracted:  # offsets index the extracted text: keep it beside them
            files.append((f"{stem}.txt", article.text))
        record = {**_fingerprint_of(briefing.source.sha256, briefing.provenance.model_dump(), briefing.schema_version),
                  "id": stem, "files": [name for name, _ in files]}
        return record, files

    def _echo_text(self, article: Article, briefing: Briefing, many: bool) -> str:
        if self.fmt == "html":  # one article: the CLI refuses html of several on stdout
            return to_html(briefing, article.text)
        if self.fmt == "json" and many:
            return json.dumps(briefing.model_dump(mode="json"), ensure_ascii=False)
        if self.fmt == "json":
            return to_json(briefing).rstrip("\n")
        return to_markdown(briefing)


@dataclass(frozen=True)
class Rendered:
    """One briefing as `Outputs` writes it: its JSONL line, its manifest record and files
    (name, content), or the text for stdout."""

    jsonl: str | None = None
    record: dict[str, Any] | None = None
    files: list[tuple[str, str]] = field(default_factory=list)
    echo: str | None = None


def run_batch(
    summariser: Summariser,
    articles: list[Article],
    outputs: Outputs,
    *,
    jobs: int = 1,
    resume: bool = True,
    report: Callable[[Outcome], None] = lambda outcome: None,
) -> list[Outcome]:
    provider = summariser.provider
    outcomes: list[Outcome] = []
    todo = []
    for article in articles:
        if resume and outputs.is_done(article, provider.name, provider.model, summariser.method):
            outcomes.append(Outcome(article, "skipped", "already done"))
            report(outcomes[-1])
        else:
            todo.append(article)

    def finished(article: Article, result: Briefing | SummariserError) -> None:
        if isinstance(result, SummariserError):
            outcome = Outcome(article, "failed", str(result), result.exit_code)
        else:
            outputs.write(article, result, many=len(articles) > 1)
            outcome = Outcome(article, "done", briefing=result)
        outcomes.append(outcome)
        report(outcome)

    if todo:
        summariser.brief_many(todo, jobs=jobs, on_done=finished)
    return outcomes
