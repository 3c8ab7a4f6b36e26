"""How the cited path turns a model's two answers (claim, counter-claim) into a verdict."""

from __future__ import annotations

from summariser.cited import verdict_of


def test_a_capable_model_that_says_no_to_the_claim_drops_it_whatever_it_says_of_the_counter_claim() -> None:
    assert verdict_of(False, False, capable=True) is False  # the sentence states neither
    assert verdict_of(True, True, capable=True) is True  # a mutual accusation: both stated
    assert verdict_of(False, True, capable=True) is False


def test_the_small_model_counts_only_when_it_tells_the_claim_from_the_counter_claim() -> None:
    assert verdict_of(False, False, capable=False) is None
    assert verdict_of(True, True, capable=False) is None
    assert verdict_of(True, False, capable=False) is True
    assert verdict_of(False, True, capable=False) is False
