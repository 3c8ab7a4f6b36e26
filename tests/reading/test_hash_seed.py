"""The reading does not depend on the hash seed: the same article read in two processes
with different PYTHONHASHSEED values gives the same accusations, ties and parties (a set's
iteration order once decided whether the crowd in "protesters ... demonstrators" was the
actor `protesters` or `demonstrators`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import REPO

# Articles whose reading once changed with the hash seed.
ARTICLES = [
    "tests/corpus/test12/2011-05-20-obama-supports-middle-east-protesters-in-speech.txt",
    "tests/corpus/test5/2009-10-08-guinea-to-launch-investigation-into-killing-of-protestors.txt",
]

PROBE = """
import dataclasses, json, sys
from summariser.reading import read
out = []
for path in sys.argv[1:]:
    r = read(open(path, encoding="utf-8").read())
    out.append({k: [dataclasses.asdict(x) for x in getattr(r, k)] for k in ("accusations", "ties", "parties")})
print(json.dumps(out))
"""


def _reading(seed: str) -> list[dict]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", PROBE, *ARTICLES], capture_output=True, text=True,
                            timeout=300, cwd=REPO, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_reading_is_the_same_whatever_the_hash_seed() -> None:
    first, second = _reading("1"), _reading("2")
    assert first == second
    assert any(p["actor"] in ("protesters", "demonstrators") for p in first[0]["parties"])
