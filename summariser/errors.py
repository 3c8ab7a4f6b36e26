"""Errors a user can act on, each with its own exit code.

The CLI prints these as one line, never as a traceback: they describe a mistake in the
input or a failure of the model's side, not a bug in this tool.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_UNGROUNDED = 1  # `verify`: some item is not grounded
EXIT_INPUT = 2  # a file or an argument the user gave cannot be used
EXIT_PROVIDER = 3  # the provider is misconfigured or unreachable
EXIT_MODEL = 4  # the model's answers could not be used, even after retries
EXIT_CACHE = 5  # the response cache on disk cannot be read (corrupt or not a cache)
EXIT_PIPELINE = 6  # the English spaCy pipeline is missing or not an English parser: install it
EXIT_PENDING = 7  # `batch collect`: the provider has not finished the batch yet
EXIT_INTERNAL = 8  # a bug in this tool met on one article: that article failed, the others were done
EXIT_INTERRUPTED = 130


class SummariserError(Exception):
    exit_code = 1


class InputError(SummariserError):
    """A bad article, briefing or argument. The message names the file."""

    exit_code = EXIT_INPUT


class ProviderError(SummariserError):
    """No key, no server, a server that will not start or answer."""

    exit_code = EXIT_PROVIDER


class ModelError(SummariserError):
    """The model answered, but never with something usable."""

    exit_code = EXIT_MODEL


class CacheError(SummariserError):
    """The on-disk response cache is unusable. Its own code, because the fix (delete the
    file or pass --no-cache) is neither the input's nor the provider's."""

    exit_code = EXIT_CACHE


class BatchPending(SummariserError):
    """The provider has not finished the batch yet. Its own code, so a script can tell
    "collect again later" from a failure."""

    exit_code = EXIT_PENDING


class InternalError(SummariserError):
    """A bug in this tool met while briefing one article. Not the user's mistake, but one
    article's: it is reported for that article, with what went wrong, and the run goes on."""

    exit_code = EXIT_INTERNAL


def internal_error(error: Exception) -> SummariserError:
    """`error`, met on one article, as what that article reports: a bug becomes InternalError."""
    if isinstance(error, SummariserError):
        return error
    return InternalError(f"internal error ({type(error).__name__}: {error}); please report it with the article")
