"""One structured model call: bounded retries, clear failures, tokens counted by us.

Two layers of retry, both bounded and both tenacity:
- instructor re-asks when the answer does not parse into the schema (the model sees the
  validation error); `parse_retries` bounds it;
- around that, transient failures of the provider (429 with `Retry-After`, 5xx, timeouts,
  dropped connections) and cut-off output are retried with exponential backoff and jitter.
  A request past its deadline (`transport.py`: `--timeout`, or sooner when it is presumed
  stalled) is one of them: its connection is dropped and the question asked again.

Usage is counted from every raw response through instructor's `completion:response` hook,
retries included, because instructor's own totals across retries have been wrong in
several versions.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import weakref
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from pydantic import BaseModel, ValidationError
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential_jitter,
)

from .errors import ModelError, ProviderError
from .policy import RetryPolicy, Usage
from .providers import Connection
from .transport import ATTEMPT

T = TypeVar("T", bound=BaseModel)

RERECORD_HINT = "re-record with: summariser record (see cassettes/README.md)"
__all__ = ["RetryPolicy", "Usage", "ask", "describe_failure", "is_transient"]


class CassetteMiss(ProviderError):
    """A replayed run made a request that was never recorded."""


def _is_cassette_miss(error: BaseException) -> bool:
    """vcrpy refused a request in record mode `none` (replays and tests only). Checked
    through the class's module, so a run without recordings never imports vcrpy (half a
    second of start-up: it loads aiohttp and requests to patch them)."""
    vcr = sys.modules.get("vcr.errors")
    return vcr is not None and isinstance(error, vcr.CannotOverwriteExistingCassetteException)


def _cassette_miss_message(miss: BaseException) -> str:
    """Name the recording: a missing file by its name, else the file that lacks the request.
    A run over several articles may replay several files at once, joined by os.pathsep."""
    cassette = getattr(miss, "cassette", None)
    paths = [Path(p) for p in str(getattr(cassette, "_path", "") or "").split(os.pathsep) if p]
    missing = [p.name for p in paths if not p.is_file()]
    if len(paths) == 1:
        where = f"no recording {paths[0].name}" if missing else f"no recording in {paths[0].name} matches this request"
    elif paths:
        where = f"no recording matches this request among {len(paths)} recordings"
        where += f" (missing: {', '.join(missing)})" if missing else ""
    else:
        where = "no recording matches this request"
    return f"{where}; {RERECORD_HINT}"


def _causes(error: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _root_api_error(error: BaseException) -> BaseException:
    """The exception that says what happened: a missing recording first (the SDK wraps it
    in a vague connection error), then the provider's or instructor's own error."""
    chain = _causes(error)
    for cause in chain:
        if _is_cassette_miss(cause):
            return cause
    for cause in chain:
        if isinstance(cause, (openai.APIError, IncompleteOutputException)):
            return cause
    return error


def is_transient(error: BaseException) -> bool:
    root = _root_api_error(error)
    if _is_cassette_miss(root):
        return False
    if isinstance(root, (openai.RateLimitError, openai.InternalServerError, openai.APIConnectionError)):
        return True
    if isinstance(root, openai.APIResponseValidationError):  # a garbage body, not an answer
        return True
    if isinstance(root, openai.APIStatusError):
        return root.status_code in (408, 409, 429) or root.status_code >= 500
    return isinstance(root, IncompleteOutputException)


def _retry_after(error: BaseException) -> float | None:
    root = _root_api_error(error)
    response = getattr(root, "response", None)
    value = response.headers.get("retry-after") if response is not None else None
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


class _WaitRetryAfter:
    """Wait what the server asked for (`Retry-After`), else back off exponentially."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.backoff = wait_exponential_jitter(
            multiplier=policy.initial_wait, max=policy.max_wait, jitter=policy.initial_wait
        )
        self.max_wait = policy.max_wait

    def __call__(self, state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        asked = _retry_after(error) if error else None
        return min(asked, self.max_wait) if asked is not None else self.backoff(state)


def describe_failure(error: BaseException) -> str:
    """One line a user can act on."""
    root = _root_api_error(error)
    if _is_cassette_miss(root):
        return _cassette_miss_message(root)
    if isinstance(root, IncompleteOutputException):
        return "the model's output was cut off at max_tokens"
    if isinstance(root, openai.APIStatusError):
        return f"the provider answered HTTP {root.status_code}: {root.message}"
    if isinstance(root, openai.APITimeoutError):
        return "the provider did not answer within the deadline (see --timeout)"
    if isinstance(root, openai.APIConnectionError):
        return "could not reach the provider (connection failed)"
    if isinstance(root, openai.APIResponseValidationError):
        return "the provider's response was not a valid completion"
    if isinstance(root, (ValidationError, InstructorRetryException)):
        return "the model's answer did not fit the schema"
    text = " ".join(str(root).split())
    return text[:300] or type(root).__name__


def _failure(error: BaseException) -> Exception:
    """Provider trouble fails the article (a later run may succeed); an unusable answer
    from a deterministic model is the model's verdict on this article, not an outage."""
    root = _root_api_error(error)
    message = describe_failure(error)
    if _is_cassette_miss(root):
        return CassetteMiss(message)
    if isinstance(root, (openai.APIStatusError, openai.APIConnectionError, openai.APIResponseValidationError)):
        return ProviderError(message)
    return ModelError(message)


async def ask(
    connection: Connection,
    response_model: type[T],
    messages: Sequence[dict[str, str]],
    usage: Usage,
    policy: RetryPolicy = RetryPolicy(),
    *,
    structured: bool = False,
) -> T:
    """Ask once for `response_model`; raise ModelError/ProviderError with a readable reason.

    `structured`: through the provider's strict structured outputs where it has them
    (OpenAI: `response_format` json_schema, strict), else as the usual tool call.

    With a response cache (`connection.answers` is a dict), a question already answered
    in this run, or being answered, is not asked again: its answer and the usage it
    counted are reused, as the cache on disk would give them, without the client's
    milliseconds of building and parsing (a batch of copies asks the same thing often).
    """
    answers = connection.answers
    if answers is None:
        return await _ask(connection, response_model, messages, usage, policy, structured)
    key = (response_model, structured, json.dumps(list(messages), sort_keys=True, ensure_ascii=False))
    while key in answers:
        try:
            answer, spent = await asyncio.shield(answers[key])
        except Exception:  # noqa: BLE001 - the first asker failed: ask ourselves
            break
        usage.calls += spent.calls
        usage.prompt_tokens += spent.prompt_tokens
        usage.completion_tokens += spent.completion_tokens
        return answer  # type: ignore[no-any-return]
    pending: asyncio.Future[tuple[Any, Usage]] = asyncio.get_running_loop().create_future()
    answers[key] = pending
    spent = Usage()
    try:
        answer = await _ask(connection, response_model, messages, spent, policy, structured)
    except BaseException as error:
        del answers[key]
        pending.set_exception(error if isinstance(error, Exception) else ProviderError("interrupted"))
        pending.exception()  # retrieved: waiters get it, nobody else has to
        raise
    finally:
        usage.calls += spent.calls
        usage.prompt_tokens += spent.prompt_tokens
        usage.completion_tokens += spent.completion_tokens
    pending.set_result((answer, spent))
    return answer


@lru_cache(maxsize=256)
def prepared(response_model: type[T]) -> type[T]:
    """`response_model` as instructor wraps it for a request (`response_schema`), made once
    and with its JSON schema generated once.

    instructor wraps the model in a new class on every request and generates its JSON
    schema from scratch (pydantic builds no cache): milliseconds of each request, the
    biggest part of the client's own work. Given the wrapped class it wraps nothing, and
    the schema it sends is the same dict, a fresh copy each time (instructor and the SDK
    may edit what they are given). Its check for async validators runs here, once.
    """
    from instructor.v2.core.function_calls import response_schema

    model = response_schema(response_model)
    _reject_async_validators(model)
    _CHECKED.add(model)
    generate = model.model_json_schema
    schema = json.dumps(generate())

    def model_json_schema(cls: type[BaseModel], *args: Any, **kwargs: Any) -> dict[str, Any]:
        return json.loads(schema) if not args and not kwargs else generate(*args, **kwargs)  # type: ignore[no-any-return]

    model.model_json_schema = classmethod(model_json_schema)  # type: ignore[method-assign,assignment]
    return model


# instructor 1.17 checks the response model for async validators (which it refuses) five
# times a request, each time walking every attribute of every class of the model: a few
# milliseconds a request, a quarter of what collecting a batch result costs. A model made
# by `prepared` was checked once when made, and is not changed after; for it the check is
# skipped, for any other model (the caller's own instructor use) it runs as before.
_CHECKED: weakref.WeakSet[type[Any]] = weakref.WeakSet()


def _checked_once(check: Any) -> Any:
    def reject_async_validators(response_model: Any) -> None:
        if response_model not in _CHECKED:
            check(response_model)

    reject_async_validators.unpatched = check  # type: ignore[attr-defined]
    return reject_async_validators


def _skip_repeated_checks() -> Any:
    from instructor.v2.core import patch
    from instructor.v2.validation import async_validators

    check = getattr(async_validators.reject_async_validators, "unpatched", async_validators.reject_async_validators)
    once = _checked_once(check)
    async_validators.reject_async_validators = once  # read at call time by most of instructor
    imported = getattr(patch, "reject_async_validators", None)  # imported by name there
    if getattr(imported, "unpatched", imported) is check:
        patch.reject_async_validators = once
    return check


_reject_async_validators = _skip_repeated_checks()


async def _ask(
    connection: Connection,
    response_model: type[T],
    messages: Sequence[dict[str, str]],
    usage: Usage,
    policy: RetryPolicy,
    structured: bool = False,
) -> T:
    provider = connection.provider
    client = connection.structured if structured and connection.structured is not None else connection.client
    parse_retrying = AsyncRetrying(
        stop=stop_after_attempt(policy.parse_retries + 1),
        retry=retry_if_exception_type((ValidationError, ValueError)),
        reraise=True,
    )
    requests = AsyncRetrying(
        stop=stop_after_attempt(policy.request_attempts),
        retry=retry_if_exception(is_transient),
        wait=_WaitRetryAfter(policy),
        reraise=True,
    )
    try:
        async for attempt in requests:
            with attempt:
                # The transport's deadline depends on which attempt this is (transport.Gate).
                token = ATTEMPT.set((attempt.retry_state.attempt_number, policy.request_attempts))
                try:
                    return await client.create(  # type: ignore[no-any-return,misc]
                        model=provider.model,
                        response_model=prepared(response_model),
                        messages=list(messages),  # type: ignore[arg-type]
                        max_retries=parse_retrying,
                        temperature=0,
                        max_tokens=provider.max_tokens,
                        hooks=usage.hooks(),
                    )
                finally:
                    ATTEMPT.reset(token)
    except Exception as error:  # every provider failure becomes one readable line
        raise _failure(error) from error
    raise AssertionError("unreachable: tenacity either returns or raises")
