"""The embedded path, for real: start the local llama.cpp server and brief a seed.

Not a recording: this keeps `summariser brief` with no key and no network from rotting.
It briefs a piece of the seed that holds every category and one accusation for the model
to judge: two questions, where the whole seed asks twelve, most of what this test cost.
"""

from __future__ import annotations

import pytest

from summariser import summarise
from summariser.local_server import LOCAL_MODEL

from conftest import SEED_004, read_text

pytest.importorskip("llama_cpp", reason="the live test needs the [local] extra")

# Three paragraphs of the seed: an accusation, the alliances, and the mediators.
PIECE = ("The Armenian Foreign Ministry in turn accused", "Armenia sees Russia as a protective power",
         "Possible Russian peacekeeping forces")


def seed_piece() -> str:
    lines = [line for line in read_text(SEED_004).split("\n") if line.startswith(PIECE)]
    assert len(lines) == len(PIECE)
    return "\n".join(lines)


@pytest.mark.live
@pytest.mark.enable_socket
def test_summarise_a_seed_on_the_embedded_local_model() -> None:
    text = seed_piece()
    # The local default asks no model (it measured better); this test asks it on purpose.
    briefing = summarise(text, provider="local", source_id=SEED_004.stem, method="cited")
    assert briefing.provenance.provider == "local"
    assert briefing.provenance.model == LOCAL_MODEL
    assert briefing.provenance.method == "cited"
    assert briefing.provenance.calls >= 2  # the model was asked about the accusation
    assert briefing.source.chars == len(text)
    # The piece has items in every category; the briefing keeps at least one of each,
    # every one with evidence that is exactly the article's text at its offsets.
    for category in ("parties", "mediators", "alliances", "accusations"):
        items = getattr(briefing, category)
        assert items, f"no {category} kept"
        for item in items:
            assert item.evidence
            for evidence in item.evidence:
                assert text[evidence.start:evidence.end] == evidence.quote
    assert {p.name for p in briefing.parties} >= {"Armenia", "Azerbaijan"}
