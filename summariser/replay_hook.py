"""A hook for tests: run the real `summariser brief` command from recordings only.

In-process tests wrap the CLI in a vcrpy cassette themselves. A test that runs the
installed command in a subprocess (to see what it writes under HOME, for instance) cannot,
so the command reads one environment variable, here and nowhere else:

    SUMMARISER_REPLAY_CASSETTES=<cassette dir>

When it is set, the run answers every request from the cassettes of its articles
(`cassettes/README.md` names them) in vcrpy record mode `none`, against a loopback port
nobody listens on: nothing is recorded and nothing leaves the machine, and a request with
no recording fails the article with exit code 3 naming the cassette file. It is
deliberately absent from `--help`: it is a test seam, not a feature.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .inputs import Article
from .providers import Provider

REPLAY_ENV = "SUMMARISER_REPLAY_CASSETTES"


class _Recordings:
    """A vcrpy persister that loads several cassette files (os.pathsep-joined) as one, so a
    run over several articles replays each article's recording. It never saves. (vcrpy is
    imported only when the hook is on: it costs half a second of start-up.)"""

    @staticmethod
    def load_cassette(cassette_path: str, serializer: Any) -> tuple[list[Any], list[Any]]:
        from vcr.persisters.filesystem import CassetteNotFoundError, FilesystemPersister

        requests: list[Any] = []
        responses: list[Any] = []
        for path in str(cassette_path).split(os.pathsep):
            try:
                loaded, answers, *_ = FilesystemPersister.load_cassette(path, serializer)
            except CassetteNotFoundError:
                continue
            requests += loaded
            responses += answers
        if not requests:
            raise CassetteNotFoundError()
        return requests, responses

    @staticmethod
    def save_cassette(cassette_path: str, cassette_dict: Any, serializer: Any) -> None:
        raise RuntimeError("replay cassettes are never written")


@contextmanager
def replay_from_env(
    articles: Sequence[Article], provider: Provider, method: str | None = None
) -> Iterator[Provider]:
    """Yield the provider to use: `provider` itself, or, when REPLAY_ENV is set, its replay
    twin with every request answered from the articles' cassettes for `method`."""
    folder = os.environ.get(REPLAY_ENV)
    if not folder:
        yield provider
        return
    from .briefing import default_method
    from .record import replay_provider
    from .recording import cassette_name, make_vcr

    method = method or default_method(provider)
    cassette_dir = Path(folder).resolve()
    recorder = make_vcr(cassette_dir, "none")
    recorder.register_persister(_Recordings)
    paths = os.pathsep.join(str(cassette_dir / cassette_name(a.id, provider, method)) for a in articles)
    with recorder.use_cassette(paths):
        yield replay_provider(provider)
