from __future__ import annotations

import pytest

from retrieval.fusion import rrf


def test_rrf_rewards_agreement_between_rankings():
    fused = rrf([["a", "b", "c"], ["b", "c", "a"]], k=60)
    assert [item for item, _ in fused] == ["b", "a", "c"]
    assert fused[0][1] == pytest.approx(1 / 62 + 1 / 61)


def test_rrf_weights_and_disjoint_lists():
    fused = dict(rrf([["x"], ["y"]], k=1, weights=[1.0, 0.5]))
    assert fused == {"x": 0.5, "y": 0.25}


def test_rrf_ties_keep_first_appearance_and_empty_input():
    assert [i for i, _ in rrf([["p", "q"], ["q", "p"]])] == ["p", "q"]
    assert rrf([]) == []
    assert rrf([[], []]) == []


def test_rrf_rejects_mismatched_weights():
    with pytest.raises(ValueError):
        rrf([["a"]], weights=[1.0, 2.0])
