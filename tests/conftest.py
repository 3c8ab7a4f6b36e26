"""Shared test fixtures. Sockets are blocked for every test (pytest-socket, see
pyproject.toml); the few tests that run a real server on loopback say so with
`@pytest.mark.enable_socket`."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
CORPUS = REPO / "tests" / "corpus" / "wikinews"
CASSETTES = REPO / "cassettes"
GOLDEN = REPO / "tests" / "golden"
SEED_004 = SEEDS / "004_1a1daf8f610255dc.txt"
SEED_000 = SEEDS / "000_be02ae75645424f4.txt"


def read_text(path: Path) -> str:
    """Article text exactly as the tool reads it (no newline translation)."""
    return path.read_bytes().decode("utf-8")


@pytest.fixture
def seed_004() -> str:
    return read_text(SEED_004)


@pytest.fixture
def seed_000() -> str:
    return read_text(SEED_000)
