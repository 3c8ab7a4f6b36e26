"""Briefings through a provider's Batch API (OpenAI's, or any runner of its JSONL).

The live route asks a request, reads the answer, and may ask again (a re-ask of failing
items, a parse retry). The batch route runs the *same* live code, but with a transport in
place of the network (`answering.py`): a request whose answer is among the batch results
is answered from them; one that is not is collected into the next batch and the article
waits. So a batch line's body is exactly what the live route would POST, and a briefing
from batch answers is exactly the live briefing for the same answers.

    lines.py      the JSONL formats: request lines, result lines, custom ids
    answering.py  the live code driven over articles, answered from results
    store.py      the state folder beside the briefings (no secrets)
    remote.py     OpenAI's `files` and `batches` resources, through the SDK
    runner.py     `run-local`: a batch JSONL against any OpenAI-compatible endpoint
    costs.py      tokens per article, cost of the live and the batch route
    api.py        submit / status / collect, the commands' Python API
"""

from __future__ import annotations

from ..errors import BatchPending
from .api import BatchReport, collect, status, submit

__all__ = ["BatchPending", "BatchReport", "collect", "status", "submit"]
