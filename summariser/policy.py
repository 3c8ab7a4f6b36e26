"""What a model call may spend and what it spent: retry bounds and token counts.

Kept apart from `calls.py` so that code which only names these (the Python API, the
reading path) loads without the model client stack (openai, instructor).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Usage:
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def record(self, response: Any) -> None:
        self.calls += 1
        usage = getattr(response, "usage", None)
        self.prompt_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
        self.completion_tokens += int(getattr(usage, "completion_tokens", 0) or 0)

    def hooks(self) -> Any:
        from instructor.core.hooks import Hooks

        hooks = Hooks()
        hooks.on("completion:response", self.record)
        return hooks


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try. Tests shrink the waits; the bounds stay.

    `patience_factor` and `patience_floor` decide when a request that has not answered is
    presumed stalled before its deadline (`requests.Gate`): after `patience_floor` seconds,
    or `patience_factor` times the slowest recent answer if that is longer.
    """

    parse_retries: int = 1
    request_attempts: int = 4
    initial_wait: float = 1.0
    max_wait: float = 30.0
    patience_factor: float = 4.0
    patience_floor: float = 2.0
