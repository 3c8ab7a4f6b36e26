"""The embedded path, for real: start the local llama.cpp server and brief a seed.

Not a recording: this keeps `summariser brief` with no key and no network from rotting.
It takes about a minute on two cores.
"""

from __future__ import annotations

import pytest

from summariser import summarise
from summariser.local_server import LOCAL_MODEL

from conftest import SEED_004, read_text

pytest.importorskip("llama_cpp", reason="the live test needs the [local] extra")


@pytest.mark.live
@pytest.mark.enable_socket
def test_summarise_a_seed_on_the_embedded_local_model() -> None:
    text = read_text(SEED_004)
    briefing = summarise(text, provider="local", source_id=SEED_004.stem)
    assert briefing.provenance.provider == "local"
    assert briefing.provenance.model == LOCAL_MODEL
    assert briefing.provenance.calls >= 4
    assert briefing.provenance.prompt_tokens > 1000
    assert briefing.source.chars == len(text)
    kept = [item for category in ("parties", "mediators", "alliances", "accusations")
            for item in getattr(briefing, category)]
    # The tiny model may keep nothing, but it always proposes something, and every
    # proposal ends either kept with evidence or rejected with its reasons.
    assert kept or briefing.rejected, "the live run proposed nothing at all"
    for item in kept:
        assert item.evidence
        for evidence in item.evidence:
            assert evidence.end > evidence.start >= 0
            assert len(text[evidence.start:evidence.end]) >= len(evidence.quote) // 2
    for rejected in briefing.rejected:
        assert rejected.reasons
