"""Which model answers, and how to reach it.

Three providers, one code path: OpenAI itself, any OpenAI-compatible server (Ollama, vLLM,
llama.cpp, LM Studio ...) through `base_url`, and `local`, the embedded SmolLM2 served by
llama.cpp. They differ only in where requests go and in the instructor mode: OpenAI gets
strict tool schemas, and strict structured outputs (`response_format: json_schema`,
`strict: true`) for a method that asks for them (`Connection.structured`); llama.cpp-style
servers get plain tool calls, whose JSON schema they compile into a grammar (llama.cpp
refuses `response_format: json_schema`).
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError, ProviderError
from .local_server import LOCAL_MODEL, local_server

if TYPE_CHECKING:  # the model client stack is imported only when a model is asked
    import instructor

    from .cache import ResponseCache
    from .transport import Gate

PROVIDER_NAMES = ("openai", "compatible", "local")
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
# Placeholder key for servers that want none: the SDK refuses to start without one.
NO_KEY = "no-key-needed"
# Seconds a request to a remote endpoint may take before it is dropped and retried.
REMOTE_TIMEOUT = 60.0
# The embedded server on this project's 2-core reference machine, idle: its slowest request,
# a free-quote extraction of a 16,000-character part (the longest it is sent) whose answer
# ran to the 512-token limit, took 57 s (bench/local_timeout.py; the other categories 34 s).
# The deadline leaves three times that for a slower or busier machine. (With a second
# llama.cpp server on the same two cores the same request took 803 s: no deadline rescues
# that, and --timeout is there for it.)
LOCAL_SLOWEST = 60.0
LOCAL_TIMEOUT = 3 * LOCAL_SLOWEST


@dataclass(frozen=True)
class Provider:
    name: str
    model: str
    base_url: str | None = None
    api_key: str = field(default=NO_KEY, repr=False)
    model_path: Path | None = None

    @property
    def mode(self) -> instructor.Mode:
        import instructor

        return instructor.Mode.TOOLS

    @property
    def is_embedded(self) -> bool:
        """The SmolLM2 server this tool starts itself (needs the [local] extra)."""
        return self.name == "local" and not self.base_url

    @property
    def default_timeout(self) -> float:
        """A request's deadline unless --timeout says otherwise: sized to the server."""
        return LOCAL_TIMEOUT if self.name == "local" else REMOTE_TIMEOUT

    @property
    def request_limit(self) -> int | None:
        """Requests in flight at most, whatever --jobs says. A llama.cpp server answers one
        at a time, and requests queued behind it would only time out."""
        return 1 if self.name == "local" else None

    @property
    def strict_tools(self) -> bool:
        """OpenAI enforces the schema exactly (strict structured outputs) when asked to."""
        return self.name == "openai"

    @property
    def cache_scope(self) -> str:
        """What, besides the request body, decides an answer (a local port does not)."""
        where = "embedded" if self.name == "local" and not self.base_url else self.base_url or "default"
        return f"{self.name}|{self.model}|{where}|{self.model_path or ''}"

    @property
    def context_chars(self) -> int:
        """Longest text sent at once; longer articles are briefed in parts (`chunks.py`).

        The embedded server runs an 8,192-token context, of which the prompt and the answer
        take about 1,500; 16,000 characters of news English stay well inside the rest.
        """
        return 16_000 if self.name == "local" else 200_000

    @property
    def max_tokens(self) -> int:
        """Short answers for the tiny local model: it rambles, and every token costs time."""
        return 512 if self.name == "local" else 2048


def choose_provider(
    name: str | None = None,
    model: str | None = None,
    base_url: str | None = None,
    model_path: str | Path | None = None,
    environ: Mapping[str, str] = os.environ,
) -> Provider:
    """Resolve the user's options; default to OpenAI with a key, else the local model."""
    key = environ.get("OPENAI_API_KEY", "")
    if name is None:
        name = "compatible" if base_url else ("openai" if key else "local")
    if name not in PROVIDER_NAMES:
        raise InputError(f"unknown provider {name!r}: choose one of {', '.join(PROVIDER_NAMES)}")
    if name == "openai":
        if not key:
            raise ProviderError("provider 'openai' needs OPENAI_API_KEY in the environment")
        return Provider("openai", model or DEFAULT_OPENAI_MODEL, base_url, key)
    if name == "compatible":
        if not base_url or not model:
            raise InputError("an OpenAI-compatible server needs both --base-url and --model")
        return Provider("compatible", model, base_url, key or NO_KEY)
    path = Path(model_path) if model_path else None
    if path is not None and not path.is_file():
        raise InputError(f"{path}: model file not found")
    # With a base URL, `local` means a llama.cpp server already running there.
    return Provider("local", model or LOCAL_MODEL, base_url, NO_KEY, path)


@dataclass(frozen=True)
class Connection:
    """A ready client for one provider, valid inside `connect()`. Its requests pass
    through `gate` (transport.py): the run's shared limit of requests in flight and each
    request's deadline."""

    provider: Provider
    client: instructor.Instructor | instructor.AsyncInstructor
    base_url: str | None
    gate: Gate
    # Answers given in this run, by question (`calls.ask`); None without a response cache.
    answers: dict[Any, Any] | None = None
    # OpenAI's strict structured outputs (`response_format`), for `calls.ask(structured=True)`;
    # None where the server has no such mode: those questions go out as tool calls.
    structured: instructor.Instructor | instructor.AsyncInstructor | None = None


def _strict(kwargs: dict[str, Any]) -> dict[str, Any]:
    kwargs = dict(kwargs)
    if "tools" in kwargs:
        kwargs["tools"] = [{**tool, "function": {**tool["function"], "strict": True}} for tool in kwargs["tools"]]
    response_format = kwargs.get("response_format")
    if isinstance(response_format, dict) and response_format.get("type") == "json_schema":
        kwargs["response_format"] = {**response_format,
                                     "json_schema": {**response_format["json_schema"], "strict": True}}
    return kwargs


def with_strict_schemas(create: Callable[..., Any]) -> Callable[..., Any]:
    """Mark every tool, and a `json_schema` response format, `strict: true` before the
    request leaves.

    instructor 1.17 maps `Mode.TOOLS_STRICT` to plain tools and its `Mode.JSON_SCHEMA`
    sends no `strict` either, so OpenAI would treat the schema as a hint.
    """
    if inspect.iscoroutinefunction(create):

        @functools.wraps(create)
        async def create_async(*args: Any, **kwargs: Any) -> Any:
            return await create(*args, **_strict(kwargs))

        return create_async

    @functools.wraps(create)
    def create_sync(*args: Any, **kwargs: Any) -> Any:
        return create(*args, **_strict(kwargs))

    return create_sync


def make_clients(
    provider: Provider, base_url: str | None, timeout: float, is_async: bool, http_client: Any = None
) -> tuple[Any, Any]:
    """(the tool-call client, the structured-output client or None), over one SDK client."""
    import instructor
    import openai

    from .transport import client_timeout

    # The SDK's own retries are off: ours (tenacity, in `calls.py`) honour Retry-After,
    # are bounded, and do not turn a missing recording into a vague connection error.
    options = {"api_key": provider.api_key, "base_url": base_url, "timeout": client_timeout(timeout),
               "max_retries": 0}
    if http_client is not None:
        options["http_client"] = http_client
    raw = openai.AsyncOpenAI(**options) if is_async else openai.OpenAI(**options)
    if not provider.strict_tools:
        return instructor.from_openai(raw, mode=provider.mode), None
    raw.chat.completions.create = with_strict_schemas(raw.chat.completions.create)  # type: ignore[method-assign]
    return (instructor.from_openai(raw, mode=provider.mode),
            instructor.from_openai(raw, mode=instructor.Mode.JSON_SCHEMA))


@contextlib.contextmanager
def connect(
    provider: Provider,
    *,
    timeout: float | None = None,
    is_async: bool = False,
    cache: ResponseCache | None = None,
    gate: Gate | None = None,
    transport: Any = None,
) -> Iterator[Connection]:
    """Yield a client; for `local`, the model server lives exactly as long as this block.

    A `local` provider that already has a `base_url` (a server someone else runs, or a
    replay of recordings) starts nothing. Async clients send every request through `gate`
    (one is made if none is given): the shared limit of requests in flight and the deadline.
    `transport` (an httpx2 async transport) stands in for the network: the batch route
    answers the live requests from batch results with it (`batches/answering.py`).
    """
    from .transport import Gate, http_client

    timeout = timeout or provider.default_timeout
    # A llama.cpp server's answer times vary with the prompt: no early patience there.
    gate = gate or Gate(provider.request_limit or 16, timeout, adaptive=provider.name != "local")
    client_of = ((lambda: http_client(gate, timeout, cache, provider.cache_scope, transport)) if is_async
                 else (lambda: None))
    answers: dict[Any, Any] | None = {} if cache is not None else None
    if not provider.is_embedded:
        client, structured = make_clients(provider, provider.base_url, timeout, is_async, client_of())
        yield Connection(provider, client, provider.base_url, gate, answers, structured)
        return
    with local_server(provider.model_path, provider.model) as base_url:
        client, structured = make_clients(provider, base_url, timeout, is_async, client_of())
        yield Connection(provider, client, base_url, gate, answers, structured)
