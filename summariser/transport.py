"""HTTP under the model client: one shared limit of requests in flight, a deadline on each.

Every request to the provider passes through `GatedTransport`:

- it waits for one of the run's request slots (`Gate`: `--jobs` for a batch, one for the
  embedded server), so the limit is on requests in flight, shared by every article, and
  a question waiting for an answer never holds anything but its own slot;
- it must be answered, body included, within its deadline. httpx's own timeouts are per
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
  `OVERDUE_FLOOR` seconds) gives its slot to the next request while it waits on, so
  requests that are most likely lost do not starve the others. At most `limit` requests
  are overdue at once, so the server never sees more than twice `--jobs`.

A server that accepts a request and never answers costs that question seconds, not
minutes, and costs the other articles nothing.

`CachingTransport` answers repeated requests from the response cache before any of this.
"""

from __future__ import annotations

import asyncio
import contextvars
import time
from collections import deque
from typing import Any

import httpx2

from .cache import ResponseCache, is_complete, request_key, requested_max_tokens

# (this attempt, attempts allowed) of the question being asked; set by `calls.ask`.
ATTEMPT: contextvars.ContextVar[tuple[int, int]] = contextvars.ContextVar("summariser_attempt", default=(1, 1))
MIN_SAMPLES = 5  # answers seen before a request can be presumed stalled early
OVERDUE_FLOOR = 1.0  # seconds before a request can give up its slot
RECENT = 32  # answers the patience is measured on


class Gate:
    """The requests in flight to one provider, shared by every article of a run."""

    def __init__(self, limit: int, timeout: float, *, patience_factor: float = 4.0, patience_floor: float = 2.0,
                 adaptive: bool = True) -> None:
        self.limit = max(1, limit)
        self.timeout = timeout
        self.patience_factor = patience_factor
        self.patience_floor = patience_floor
        self.adaptive = adaptive
        self.active = 0
        self.overdue = 0
        self.peak = 0
        self.recent: deque[float] = deque(maxlen=RECENT)
        self._waiters: deque[asyncio.Future[None]] = deque()
        self._room = asyncio.Event()
        self._room.set()

    def resize(self, limit: int) -> None:
        self.limit = max(1, limit)
        self._wake()

    async def acquire(self) -> None:
        if self.active < self.limit and not self._waiters:
            self._take()
            return
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        self._update_room()
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():  # granted, then cancelled: give it back
                self.release()
            else:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass
                self._update_room()
            raise

    def release(self) -> None:
        self.active -= 1
        self._wake()

    def _take(self) -> None:
        self.active += 1
        self.peak = max(self.peak, self.active)

    def _wake(self) -> None:
        while self._waiters and self.active < self.limit:
            waiter = self._waiters.popleft()
            if not waiter.done():
                self._take()
                waiter.set_result(None)
        self._update_room()

    def _update_room(self) -> None:
        if len(self._waiters) < self.limit:
            self._room.set()
        else:
            self._room.clear()

    async def room(self) -> None:
        """Wait until fewer requests are queued than there are slots: time to read the next
        article, so its questions are ready before the slots run dry, and not sooner (the
        reading would only compete with the requests in flight for the CPU)."""
        await self._room.wait()

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
        after = gate.overdue_after()
        if after is not None:
            self.timer = asyncio.get_running_loop().call_later(after, self._overdue)

    def _overdue(self) -> None:
        if self.holding and self.gate.overdue < self.gate.limit:
            self.holding, self.overdue = False, True
            self.gate.overdue += 1
            self.gate.release()

    def close(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
        if self.holding:
            self.gate.release()
        if self.overdue:
            self.gate.overdue -= 1


def network_transport() -> httpx2.AsyncHTTPTransport:
    # No pool limit of its own: the gate is the limit, and a pool wait would not be timed.
    return httpx2.AsyncHTTPTransport(limits=httpx2.Limits(max_connections=None, max_keepalive_connections=64))


class GatedTransport(httpx2.AsyncBaseTransport):
    def __init__(self, gate: Gate, inner: httpx2.AsyncBaseTransport | None = None) -> None:
        self.gate = gate
        self.inner = inner or network_transport()

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        await self.gate.acquire()
        slot = _Slot(self.gate)
        try:
            deadline = self.gate.deadline()
            started = time.monotonic()
            try:
                async with asyncio.timeout(deadline):
                    response = await self.inner.handle_async_request(request)
                    try:
                        body = b"".join([chunk async for chunk in response.stream])  # type: ignore[union-attr]
                    finally:
                        await response.aclose()
            except TimeoutError:
                raise httpx2.ReadTimeout(f"no answer within {deadline:g} s", request=request) from None
            if response.status_code < 300:
                self.gate.observe(time.monotonic() - started)
        finally:
            slot.close()
        extensions = {k: v for k, v in response.extensions.items() if k in ("http_version", "reason_phrase")}
        return httpx2.Response(response.status_code, headers=response.headers, content=body, extensions=extensions)

    async def aclose(self) -> None:
        await self.inner.aclose()


class CachingTransport(httpx2.AsyncBaseTransport):
    """Answer repeated POSTs from the cache; store complete new answers."""

    def __init__(self, cache: ResponseCache, scope: str, inner: httpx2.AsyncBaseTransport | None = None) -> None:
        self.cache = cache
        self.scope = scope
        self.inner = inner or network_transport()

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        sent = await request.aread()
        key = request_key(self.scope, sent) if request.method == "POST" else None
        stored = self.cache.get(key) if key else None
        if stored is not None:
            self.cache.hits += 1
            return httpx2.Response(200, content=stored, headers={"content-type": "application/json"})
        response = await self.inner.handle_async_request(request)
        if key and response.status_code == 200:
            body = await response.aread()
            if is_complete(body, requested_max_tokens(sent)):
                self.cache.put(key, body)
            # The body is already decoded: pass no content-encoding on.
            return httpx2.Response(200, content=body, headers={"content-type": "application/json"})
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def http_client(gate: Gate, timeout: float, cache: ResponseCache | None = None, scope: str = "") -> Any:
    """The SDK's HTTP client: the cache (if any) first, then the gate, then the network."""
    transport: httpx2.AsyncBaseTransport = GatedTransport(gate)
    if cache is not None:
        transport = CachingTransport(cache, scope, transport)
    return httpx2.AsyncClient(transport=transport, timeout=client_timeout(timeout))


def client_timeout(timeout: float) -> httpx2.Timeout:
    """httpx's per-operation limits: the deadline itself bounds the exchange; connecting gets less."""
    return httpx2.Timeout(timeout, connect=min(timeout, 10.0), pool=None)
