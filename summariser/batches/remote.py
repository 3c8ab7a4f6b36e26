"""OpenAI's Batch API through the SDK's own `files` and `batches` resources.

Any server that speaks the same API (a proxy, a gateway, the synthetic one in the tests)
is reached through `base_url`. The key comes from the environment at each command and is
never stored. Provider failures become one line (`ProviderError`), never a traceback.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import ProviderError
from .lines import ENDPOINT

COMPLETION_WINDOW = "24h"
# Statuses after which the batch's files will not change any more.
FINISHED = ("completed", "expired", "cancelled", "failed")


@contextmanager
def client(api_key: str, base_url: str | None) -> Iterator[Any]:
    """An SDK client, its errors turned into one line each."""
    import openai

    from ..calls import describe_failure

    sdk = openai.OpenAI(api_key=api_key, base_url=base_url, max_retries=2)
    try:
        yield sdk
    except openai.OpenAIError as error:
        raise ProviderError(f"Batch API: {describe_failure(error)}") from None
    finally:
        sdk.close()


def send(sdk: Any, requests_file: Path, metadata: dict[str, str]) -> tuple[str, str]:
    """Upload the requests and create the batch: (input file id, batch id)."""
    with open(requests_file, "rb") as stream:
        uploaded = sdk.files.create(file=(requests_file.name, stream), purpose="batch")
    batch = sdk.batches.create(input_file_id=uploaded.id, endpoint=ENDPOINT,
                               completion_window=COMPLETION_WINDOW, metadata=metadata)
    return uploaded.id, batch.id


def retrieve(sdk: Any, batch_id: str) -> Any:
    return sdk.batches.retrieve(batch_id)


def counts_of(batch: Any) -> dict[str, int]:
    counts = getattr(batch, "request_counts", None)
    return {"total": counts.total, "completed": counts.completed, "failed": counts.failed} if counts else {}


def errors_of(batch: Any) -> str:
    """The batch's own errors (a failed batch: why it was refused), one line."""
    errors = getattr(getattr(batch, "errors", None), "data", None) or []
    return "; ".join(f"{e.code or 'error'}: {e.message}" + (f" (line {e.line})" if e.line else "")
                     for e in errors) or "no reason given"


def download(sdk: Any, file_id: str) -> list[str]:
    return sdk.files.content(file_id).text.splitlines()
