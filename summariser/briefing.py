"""The Python API: article text in, checked `Briefing` out.

`Summariser` holds one provider connection for many articles (for `local`, one model
server for the whole run); `summarise()` is the one-article shortcut. The CLI is a thin
layer over exactly this, so the CLI's JSON and `summarise()` agree.
"""

from __future__ import annotations

import hashlib
import time
from contextlib import ExitStack
from pathlib import Path
from types import TracebackType

from .calls import RetryPolicy
from .extract import Tally, extract_category
from .models import CATEGORIES, Briefing, Provenance, Source
from .names import NameMatcher
from .prompts import prompt_version
from .providers import Connection, Provider, choose_provider, connect


def source_of(text: str, source_id: str | None = None, path: str | None = None) -> Source:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Source(id=source_id or digest[:16], sha256=digest, chars=len(text), path=path)


class Summariser:
    """Briefs articles with one provider. Use it as a context manager."""

    def __init__(
        self,
        provider: str | Provider | None = None,
        *,
        model: str | None = None,
        base_url: str | None = None,
        model_path: str | Path | None = None,
        reasks: int = 1,
        policy: RetryPolicy = RetryPolicy(),
        timeout: float = 300.0,
    ) -> None:
        if isinstance(provider, Provider):
            self.provider = provider
        else:
            self.provider = choose_provider(provider, model, base_url, model_path)
        self.reasks = reasks
        self.policy = policy
        self.timeout = timeout
        self._stack = ExitStack()
        self._connection: Connection | None = None

    def __enter__(self) -> Summariser:
        self._connection = self._stack.enter_context(connect(self.provider, timeout=self.timeout))
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._stack.close()
        self._connection = None

    def brief(self, text: str, *, source_id: str | None = None, path: str | None = None) -> Briefing:
        """One article's briefing: every kept item grounded, the rest in `rejected`."""
        if self._connection is None:
            raise RuntimeError("use Summariser as a context manager: with Summariser() as s: ...")
        started = time.perf_counter()
        matcher = NameMatcher(text)
        tally = Tally()
        found: dict[str, list] = {category: [] for category in CATEGORIES}
        found["rejected"], found["notes"] = [], []
        for category in CATEGORIES:
            result = extract_category(
                self._connection, category, text, matcher, tally,
                reasks=self.reasks, policy=self.policy,
            )
            found[category].extend(result.kept)
            found["rejected"].extend(r.model_dump() for r in result.rejected)
            found["notes"].extend(result.notes)
        provenance = Provenance(
            provider=self.provider.name,
            model=self.provider.model,
            prompt_version=prompt_version(),
        )
        _fill_provenance(provenance, tally, time.perf_counter() - started)
        return Briefing.model_validate(
            {"source": source_of(text, source_id, path), "provenance": provenance, **found}
        )


def _fill_provenance(provenance: Provenance, tally: Tally, seconds: float) -> None:
    provenance.calls = tally.first.calls + tally.reasks.calls
    provenance.prompt_tokens = tally.first.prompt_tokens + tally.reasks.prompt_tokens
    provenance.completion_tokens = tally.first.completion_tokens + tally.reasks.completion_tokens
    provenance.reasks = tally.reask_rounds
    provenance.reask_prompt_tokens = tally.reasks.prompt_tokens
    provenance.reask_completion_tokens = tally.reasks.completion_tokens
    provenance.seconds = round(seconds, 3)


def summarise(
    text: str,
    provider: str | Provider | None = None,
    *,
    model: str | None = None,
    base_url: str | None = None,
    model_path: str | Path | None = None,
    source_id: str | None = None,
) -> Briefing:
    """Brief one article. For many, use `Summariser` and keep the connection open."""
    with Summariser(provider, model=model, base_url=base_url, model_path=model_path) as summariser:
        return summariser.brief(text, source_id=source_id)
