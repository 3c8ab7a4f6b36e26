"""The state of a batch run, in a folder beside its briefings: `OUT/.summariser-batch/`.

    state.json         what was sent: provider, model, method, versions, and each round's
                       requests file, batch id, status and counts (rewritten atomically)
    articles.jsonl     the articles as read at submit (collect needs their exact text)
    requests-N.jsonl   round N's request lines (round 1: the first requests; then re-asks
                       and what an expired or failed round left unanswered)
    results-N.jsonl    the results of round N as downloaded or given (`--results`), errors too
    readings/          each article's reading, made at submit, so collect never parses again

No key, header or credential is ever written: the key stays in the environment, and a
base URL is stored without any user, password or query string.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from ..batch import append_lines, write_atomically
from ..errors import InputError
from ..inputs import Article

FOLDER = ".summariser-batch"
STATE = "state.json"
ARTICLES = "articles.jsonl"


def without_credentials(url: str | None) -> str | None:
    """The URL with no user, password, query or fragment (where tokens hide)."""
    if not url:
        return url
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


@dataclass
class Round:
    number: int
    requests_file: str
    requests: int
    batch_id: str | None = None  # None: written for a runner of the user's choice (--dry-run)
    input_file_id: str | None = None
    status: str = "written"  # the provider's status once sent; "collected" once its results are in
    counts: dict[str, int] = field(default_factory=dict)
    results_files: list[str] = field(default_factory=list)


@dataclass
class State:
    provider: str
    model: str
    method: str
    prompt_version: str
    schema_version: str
    reasks: int
    base_url: str | None = None
    remote: bool = True  # sent through the Batch API; False: --dry-run, run by the user
    articles: int = 0
    rounds: list[Round] = field(default_factory=list)

    @property
    def current(self) -> Round | None:
        return self.rounds[-1] if self.rounds else None


class Store:
    """The state folder of one batch run."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.folder = out / FOLDER
        self.readings = self.folder / "readings"

    def exists(self) -> bool:
        return (self.folder / STATE).is_file()

    def load(self) -> State:
        path = self.folder / STATE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            rounds = [Round(**r) for r in data.pop("rounds")]
            return State(**data, rounds=rounds)
        except FileNotFoundError:
            raise InputError(f"{self.out}: no batch here (run: summariser batch submit ... --out {self.out})") from None
        except (ValueError, TypeError, KeyError) as error:
            raise InputError(f"{path}: not a batch state file ({error})") from None

    def save(self, state: State) -> None:
        state.base_url = without_credentials(state.base_url)
        write_atomically(self.folder / STATE, json.dumps(asdict(state), indent=2) + "\n")

    def save_articles(self, articles: Iterable[Article]) -> None:
        lines = [json.dumps(asdict(a), ensure_ascii=False) for a in articles]
        write_atomically(self.folder / ARTICLES, "\n".join(lines) + "\n" if lines else "")

    def articles(self) -> list[Article]:
        path = self.folder / ARTICLES
        try:
            return [Article(**json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines() if line]
        except (OSError, ValueError, TypeError) as error:
            raise InputError(f"{path}: unreadable ({error})") from None

    def requests_file(self, number: int) -> Path:
        return self.folder / f"requests-{number}.jsonl"

    def write_requests(self, number: int, lines: list[str]) -> Path:
        path = self.requests_file(number)
        write_atomically(path, "".join(line + "\n" for line in lines))
        return path

    @contextmanager
    def writing_requests(self, number: int) -> Iterator[Callable[[str], None]]:
        """Round `number`'s request lines written as they come (`write(line)`), so a round
        of many thousand requests is never held in memory; the file appears complete, or
        not at all, when the block ends."""
        path = self.requests_file(number)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                yield lambda line: stream.write(line + "\n") and None
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def add_results(self, name: str, lines: Iterable[str]) -> Path:
        """Keep a results file in the folder (appending), so a later collect has it too."""
        path = self.folder / name
        append_lines(path, [line for line in lines if line.strip()])
        return path

    def result_lines(self, state: State) -> Iterator[tuple[str, list[str]]]:
        for round_ in state.rounds:
            for name in round_.results_files:
                path = self.folder / name
                if path.is_file():
                    yield str(path), path.read_text(encoding="utf-8").splitlines()
