"""HTTP under the model client: one shared limit of requests in flight, a deadline on each.

Every request to the provider passes through `GatedTransport`:

- it waits for one of the run's request slots (`Gate`: `--jobs` for a batch, one for the
  embedded server), so the limit is on requests in flight, shared by every article, and
  a question waiting for an answer holds nothing but its own slot;
- each must be answered, body included, within its deadline. httpx's own timeouts are per
  socket operation (a server that trickles a byte now and then never trips them), so the
  whole exchange runs under `asyncio.timeout`; past it the request is cancelled, its
  connection closed (a stalled connection is dropped, never reused) and an
  `httpx2.ReadTimeout` raised, which the SDK reports as `APITimeoutError` and `calls.ask`
  retries like any transient failure;
- the deadline is `--timeout`, except that a request which has taken far longer than
  the provider's recent answers is presumed stalled sooner: after `patience_factor`
  times the slowest of the last answers, at least `patience_floor` seconds, doubled at
  each attempt of the same question, and never for the last attempt, which always gets
  the whole `--timeout`;
- a request that is overdue (`patience_factor` times the slowest recent answer, at least
  `OVERDUE_FLOOR` seconds) gives its slot to the next question while it waits on, so
  requests that are most likely lost do not starve the others. At most `limit` requests
  are overdue at once, so the server never sees more than twice `--jobs`.

A server that accepts a request and never answers costs that question seconds, not
minutes, and costs the other articles nothing.

`CachingTransport` answers repeated requests from the response cache before any of this,
and an identical request already on the wire is waited for, not sent twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
import ssl
import time
from collections import deque
from collections.abc import AsyncIterator
from typing import Any

import httpx2

from .cache import ResponseCache, is_complete, request_key, requested_max_tokens

# (this attempt, attempts allowed) of the question being asked; set by `calls.ask`.
ATTEMPT: contextvars.ContextVar[tuple[int, int]] = contextvars.ContextVar("summariser_attempt", default=(1, 1))
MIN_SAMPLES = 5  # answers seen before a request can be presumed stalled early
OVERDUE_FLOOR = 1.0  # seconds before a request can give up its slot
RECENT = 32  # answers the patience is measured on


class _Counter:
    """A semaphore whose size can change, waking its waiters first come, first served."""

    def __init__(self, limit: int) -> None:
        self.limit = max(1, limit)
        self.active = 0
        self.peak = 0
        self.waiters: deque[asyncio.Future[None]] = deque()

    async def acquire(self) -> None:
        if self.active < self.limit and not self.waiters:
            self._take()
            return
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.waiters.append(waiter)
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():  # granted, then cancelled: give it back
                self.release()
            else:
                with contextlib.suppress(ValueError):
                    self.waiters.remove(waiter)
            raise

    def release(self) -> None:
        self.active -= 1
        self.wake()

    def resize(self, limit: int) -> None:
        self.limit = max(1, limit)
        self.wake()

    def _take(self) -> None:
        self.active += 1
        self.peak = max(self.peak, self.active)

    def wake(self) -> None:
        while self.waiters and self.active < self.limit:
            waiter = self.waiters.popleft()
            if not waiter.done():
                self._take()
                waiter.set_result(None)


class Gate:
    """The requests in flight to one provider (`slots`: the run's --jobs), shared by every
    article of a run, and what decides each request's deadline."""

    def __init__(self, limit: int, timeout: float, *, patience_factor: float = 4.0, patience_floor: float = 2.0,
                 adaptive: bool = True) -> None:
        self.timeout = timeout
        self.patience_factor = patience_factor
        self.patience_floor = patience_floor
        self.adaptive = adaptive
        self.overdue = 0
        self.recent: deque[float] = deque(maxlen=RECENT)
        self.slots = _Counter(limit)

    @property
    def limit(self) -> int:
        return self.slots.limit

    def resize(self, limit: int) -> None:
        self.slots.resize(limit)

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[_Slot]:
        """Hold one slot while a request is out; it may be given back early if overdue."""
        await self.slots.acquire()
        slot = _Slot(self)
        try:
            yield slot
        finally:
            slot.close()

    def deadline(self) -> float:
        """Seconds this request may take (see the module's docstring)."""
        attempt, attempts = ATTEMPT.get()
        if not self.adaptive or attempt >= attempts or len(self.recent) < MIN_SAMPLES:
            return self.timeout
        patience = max(self.patience_floor, self.patience_factor * max(self.recent)) * 2 ** (attempt - 1)
        return min(self.timeout, patience)

    def overdue_after(self) -> float | None:
        """Seconds after which a request waiting for its answer gives up its slot, if ever."""
        if not self.adaptive or len(self.recent) < MIN_SAMPLES:
            return None
        return max(OVERDUE_FLOOR, self.patience_factor * max(self.recent))

    def observe(self, seconds: float) -> None:
        self.recent.append(seconds)


class _Slot:
    """One request's hold on the gate, given back early if the request becomes overdue."""

    def __init__(self, gate: Gate) -> None:
        self.gate = gate
        self.holding = True
        self.overdue = False
        self.timer: asyncio.TimerHandle | None = None

    def arm(self) -> None:
        """The request is out: start counting towards overdue."""
        after = self.gate.overdue_after()
        if after is not None and self.holding:
            self.timer = asyncio.get_running_loop().call_later(after, self._overdue)

    def disarm(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None

    def _overdue(self) -> None:
        if self.holding and self.gate.overdue < self.gate.limit:
            self.holding, self.overdue = False, True
            self.gate.overdue += 1
            self.gate.slots.release()

    def close(self) -> None:
        self.disarm()
        if self.holding:
            self.holding = False
            self.gate.slots.release()
        if self.overdue:
            self.overdue = False
            self.gate.overdue -= 1


@functools.lru_cache(maxsize=1)
def tls_context() -> ssl.SSLContext:
    """One TLS context for every connection this process makes: building one loads the CA
    certificates (30-60 ms here), and each run's client, or each `Summariser`, would load
    them again. The context holds settings, not connections, so sharing it is safe."""
    return httpx2.create_ssl_context()


def network_transport() -> httpx2.AsyncHTTPTransport:
    # No pool limit of its own: the gate is the limit, and a pool wait would not be timed.
    return httpx2.AsyncHTTPTransport(verify=tls_context(),
                                     limits=httpx2.Limits(max_connections=None, max_keepalive_connections=64))


class GatedTransport(httpx2.AsyncBaseTransport):
    def __init__(self, gate: Gate, inner: httpx2.AsyncBaseTransport | None = None) -> None:
        self.gate = gate
        self.inner = inner or network_transport()

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        async with self.gate.slot() as slot:
            return await self._exchange(request, slot)

    async def _exchange(self, request: httpx2.Request, slot: _Slot) -> httpx2.Response:
        deadline = self.gate.deadline()
        started = time.monotonic()
        slot.arm()
        try:
            async with asyncio.timeout(deadline):
                response = await self.inner.handle_async_request(request)
                try:
                    body = b"".join([chunk async for chunk in response.stream])  # type: ignore[union-attr]
                finally:
                    await response.aclose()
        except TimeoutError:
            raise httpx2.ReadTimeout(f"no answer within {deadline:g} s", request=request) from None
        finally:
            slot.disarm()
        if response.status_code < 300:
            self.gate.observe(time.monotonic() - started)
        extensions = {k: v for k, v in response.extensions.items() if k in ("http_version", "reason_phrase")}
        return httpx2.Response(response.status_code, headers=response.headers, content=body, extensions=extensions)

    async def aclose(self) -> None:
        await self.inner.aclose()


class CachingTransport(httpx2.AsyncBaseTransport):
    """Answer repeated POSTs from the cache; store complete new answers. A request
    identical to one still on the wire waits for that one's answer instead of going out
    again (in a batch, copies of a sentence ask the same question at the same time)."""

    def __init__(self, cache: ResponseCache, scope: str, inner: httpx2.AsyncBaseTransport | None = None) -> None:
        self.cache = cache
        self.scope = scope
        self.inner = inner or network_transport()
        self._on_the_wire: dict[str, asyncio.Future[bytes | None]] = {}

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        sent = await request.aread()
        key = request_key(self.scope, sent) if request.method == "POST" else None
        if key is None:
            return await self.inner.handle_async_request(request)
        stored = self.cache.get(key)
        if stored is None and key in self._on_the_wire:
            stored = await asyncio.shield(self._on_the_wire[key])  # None: it failed, ask ourselves
        if stored is not None:
            self.cache.hits += 1
            return httpx2.Response(200, content=stored, headers={"content-type": "application/json"})
        answer: asyncio.Future[bytes | None] = asyncio.get_running_loop().create_future()
        self._on_the_wire.setdefault(key, answer)
        try:
            response = await self.inner.handle_async_request(request)
            if response.status_code != 200:
                return response
            body = await response.aread()
            if is_complete(body, requested_max_tokens(sent)):
                self.cache.put(key, body)
                answer.set_result(body)
            # The body is already decoded: pass no content-encoding on.
            return httpx2.Response(200, content=body, headers={"content-type": "application/json"})
        finally:
            if not answer.done():
                answer.set_result(None)
            if self._on_the_wire.get(key) is answer:
                del self._on_the_wire[key]

    async def aclose(self) -> None:
        await self.inner.aclose()


def http_client(gate: Gate, timeout: float, cache: ResponseCache | None = None, scope: str = "",
                inner: httpx2.AsyncBaseTransport | None = None) -> Any:
    """The SDK's HTTP client: the cache (if any) first, then the gate, then the network
    (or `inner` in its place: the batch route answers from a provider's batch results)."""
    transport: httpx2.AsyncBaseTransport = GatedTransport(gate, inner)
    if cache is not None:
        transport = CachingTransport(cache, scope, transport)
    return httpx2.AsyncClient(transport=transport, timeout=client_timeout(timeout))


def client_timeout(timeout: float) -> httpx2.Timeout:
    """httpx's per-operation limits: the deadline itself bounds the exchange; connecting gets less."""
    return httpx2.Timeout(timeout, connect=min(timeout, 10.0), pool=None)
