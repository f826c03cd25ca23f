"""Calibrated corpus theme shares (:mod:`vigil.classify.quantify`) and where they are reported."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from vigil.classify import THEMES, VIOLENT_THEMES, load_detector
from vigil.classify import quantify as q
from vigil.classify.evaluate import evaluate_csv, theme_metrics

REPO = Path(__file__).resolve().parents[1]
PRIOR = {"utopia": 0.3, "belonging": 0.3, "war": 0.25, "brutality": 0.06, "victimhood": 0.13,
         "mercy": 0.14, "recruitment": 0.3, "threat": 0.12}  # fmt: skip


def _by_hand(p: float, prior: float) -> float:
    """The prior shift written out: P(theme) from a balanced score p when the theme's base rate is prior."""
    odds = p / (1 - p) * prior / (1 - prior)
    return odds / (1 + odds)


def test_prior_shift_by_hand_and_both_code_paths_agree() -> None:
    rng = np.random.default_rng(7)
    P = rng.uniform(0.01, 0.99, size=(40, len(THEMES)))
    events = q.expected_events(P, PRIOR)
    shift = q.PriorShift(PRIOR)
    for i in range(len(P)):
        one = shift.item(dict(zip(THEMES, P[i], strict=True)))
        for j, th in enumerate(THEMES):
            assert one[th] == pytest.approx(_by_hand(P[i, j], PRIOR[th]), rel=1e-9)
            assert events[th][i] == pytest.approx(one[th], rel=1e-9)
        none = math.prod(1 - _by_hand(P[i, THEMES.index(t)], PRIOR[t]) for t in VIOLENT_THEMES)
        assert one["violent"] == pytest.approx(1 - none, rel=1e-9)
        assert events["violent"][i] == pytest.approx(one["violent"], rel=1e-9)
    shares = q.shares(P, PRIOR)
    assert shares["war"] == pytest.approx(float(events["war"].mean()))
    # at a prior of one half the balanced score already is the probability
    half = dict.fromkeys(THEMES, 0.5)
    assert q.corrected(P, half) == pytest.approx(P)
    # a missing theme counts as probability 0, not as an error
    assert q.PriorShift(PRIOR).item({"war": 0.9})["utopia"] < 1e-6


def test_rare_theme_scores_are_pulled_down_common_ones_kept() -> None:
    P = np.full((1, len(THEMES)), 0.6)
    c = q.corrected(P, PRIOR)[0]
    assert c[THEMES.index("brutality")] < 0.1 < 0.3 < c[THEMES.index("utopia")] < 0.6


@pytest.mark.parametrize(
    "prior",
    [None, {}, {**PRIOR, "war": 0.0}, {**PRIOR, "war": 1.0}, {k: v for k, v in PRIOR.items() if k != "mercy"},
     {**PRIOR, "war": "0.2"}],
)  # fmt: skip
def test_unusable_priors_are_refused(prior: dict[str, object] | None) -> None:
    assert not q.usable_prior(prior)
    with pytest.raises(ValueError, match="theme prior"):
        q.PriorShift(prior or {})  # type: ignore[arg-type]


def test_theme_metrics_report_counted_calibrated_and_their_errors() -> None:
    truth = np.zeros((10, len(THEMES)), dtype=int)
    truth[:2, THEMES.index("war")] = 1  # violent share 0.2
    truth[:6, THEMES.index("utopia")] = 1  # utopia share 0.6
    pred = truth.astype(float) * 0.8 + 0.1  # right on every item
    m = theme_metrics(pred, truth, prior=PRIOR)
    assert m["violent_share"]["labelled"] == 0.2 and m["violent_share"]["counted"] == 0.2
    assert m["utopia_share"]["counted"] == 0.6
    assert m["share_mae"]["counted"] == 0.0
    assert 0 < m["share_mae"]["calibrated"] < 0.2
    assert m["utopia_share"]["calibrated"] == pytest.approx(q.shares(pred, PRIOR)["utopia"], abs=1e-4)
    assert "calibrated" not in theme_metrics(pred, truth)["violent_share"]  # no prior, no estimate


@pytest.mark.slow
def test_shipped_model_calibrated_shares_beat_counting_on_held_out_sets() -> None:
    """On the held-out sets with human theme labels, the calibrated shares are closer to the
    labels than counting at 0.5 (mean absolute error over every theme and the violent share)."""
    det = load_detector()
    assert q.usable_prior(det.manifest.get("theme_prior"))
    for name in ("eval.csv", "evalb.csv"):
        res = evaluate_csv(REPO / "devsets" / name, det, summary=True)
        mae = res["themes"]["share_mae"]
        assert mae["calibrated"] < mae["counted"], (name, mae)
        assert "calibrated" in res["themes"]["violent_share"]
