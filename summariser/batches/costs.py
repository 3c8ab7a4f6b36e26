"""Tokens per article and what 1,000 articles cost on the live and on the batch route.

Both routes send the same requests (the batch line's body is the live request), so they
spend the same tokens; only the price differs. Tokens are counted from the answers'
`usage` where a round has results; a request not yet answered is estimated (prompt: its
body's characters / 4; answer: the mean of the answered ones), and said to be.

Prices come from a JSON table the user passes, US dollars per million tokens, by model:
`{"gpt-4o-mini": {"input": 0.15, "output": 0.60}}`, with `batch_input` / `batch_output`
when the batch price is not simply half (OpenAI's Batch API discount).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .lines import BadLine, read_results
from .store import Store

CHARS_PER_TOKEN = 4  # the estimate for a request no answer has counted yet
BATCH_DISCOUNT = 0.5


@dataclass
class CostReport:
    model: str
    articles: int
    prompt_tokens: int
    completion_tokens: int
    estimated_requests: int  # requests whose tokens are estimated, not counted
    live_per_1000: float | None = None  # US dollars
    batch_per_1000: float | None = None

    def lines(self) -> list[str]:
        per = max(1, self.articles)
        found = [f"{self.articles} articles, model {self.model}: "
                 f"{self.prompt_tokens / per:,.0f} prompt + {self.completion_tokens / per:,.0f} answer tokens per article"
                 + (f" ({self.estimated_requests} requests estimated, not yet answered)" if self.estimated_requests else "")]
        if self.live_per_1000 is not None and self.batch_per_1000 is not None:
            found.append(f"per 1,000 articles: live ${self.live_per_1000:,.2f}, batch ${self.batch_per_1000:,.2f}")
        return found


def load_prices(path: Path, model: str) -> tuple[float, float, float, float]:
    """(input, output, batch input, batch output) dollars per million tokens for `model`."""
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
        entry = table[model]
        live_in, live_out = float(entry["input"]), float(entry["output"])
        return (live_in, live_out, float(entry.get("batch_input", live_in * BATCH_DISCOUNT)),
                float(entry.get("batch_output", live_out * BATCH_DISCOUNT)))
    except OSError as error:
        raise InputError(f"{path}: cannot read the price table ({error.strerror})") from None
    except KeyError:
        raise InputError(f"{path}: no price for model {model!r} (expected {{\"{model}\": "
                         "{\"input\": ..., \"output\": ...}})") from None
    except (ValueError, TypeError, AttributeError) as error:
        raise InputError(f"{path}: not a price table ({error})") from None


def cost_report(out: Path, prices: Path | None = None) -> CostReport:
    store = Store(out)
    state = store.load()
    usage: dict[str, tuple[int, int]] = {}
    for where, lines in store.result_lines(state):
        for result in read_results(lines, where):
            if not isinstance(result, BadLine) and result.ok and result.body is not None:
                counted = result.body.get("usage") or {}
                usage[result.custom_id] = (int(counted.get("prompt_tokens") or 0),
                                           int(counted.get("completion_tokens") or 0))
    answered_mean = (sum(c for _, c in usage.values()) // len(usage)) if usage else 0
    prompt = completion = estimated = 0
    for round_ in state.rounds:
        for line in (store.folder / round_.requests_file).read_text(encoding="utf-8").splitlines():
            request = json.loads(line)
            if request["custom_id"] in usage:
                p, c = usage[request["custom_id"]]
            else:
                p, c = len(json.dumps(request["body"]["messages"], ensure_ascii=False)) // CHARS_PER_TOKEN, answered_mean
                estimated += 1
            prompt, completion = prompt + p, completion + c
    report = CostReport(state.model, state.articles, prompt, completion, estimated)
    if prices is not None:
        live_in, live_out, batch_in, batch_out = load_prices(prices, state.model)
        scale = 1000 / max(1, state.articles) / 1e6
        report.live_per_1000 = (prompt * live_in + completion * live_out) * scale
        report.batch_per_1000 = (prompt * batch_in + completion * batch_out) * scale
    return report
