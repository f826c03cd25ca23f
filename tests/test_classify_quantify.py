"""Calibrated corpus theme shares (:mod:`vigil.classify.quantify`) and where they are reported."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from vigil.classify import THEMES, VIOLENT_THEMES, load_detector
from vigil.classify import quantify as q
from vigil.classify.evaluate import evaluate_csv, theme_metrics
from vigil.classify.heads import ThemeClassifier
from vigil.classify.train import _f1_cuts

REPO = Path(__file__).resolve().parents[1]
MAGAZINE_SRC = REPO.parent / "shared" / "data" / "isis-religious-texts" / "ISIS_Religious_Texts_v1_core8.csv"
PRIOR = {"utopia": 0.3, "belonging": 0.3, "war": 0.25, "brutality": 0.06, "victimhood": 0.13,
         "mercy": 0.14, "recruitment": 0.3, "threat": 0.12}  # fmt: skip


CUTS = {"utopia": 0.55, "belonging": 0.55, "war": 0.55, "brutality": 0.8, "victimhood": 0.7,
        "mercy": 0.8, "recruitment": 0.5, "threat": 0.55}  # fmt: skip


def _by_hand(p: float, prior: float, cut: float = 0.5) -> float:
    """The prior shift written out: P(theme) from a stored score p (the balanced stack's cut
    moved to 0.5) when the theme's base rate is prior."""
    odds = p / (1 - p) * cut / (1 - cut) * prior / (1 - prior)
    return odds / (1 + odds)


@pytest.mark.parametrize("cuts", [None, CUTS])
def test_prior_shift_by_hand_and_both_code_paths_agree(cuts: dict[str, float] | None) -> None:
    rng = np.random.default_rng(7)
    P = rng.uniform(0.01, 0.99, size=(40, len(THEMES)))
    events = q.expected_events(P, PRIOR, cuts)
    shift = q.PriorShift(PRIOR, cuts)
    c = cuts or dict.fromkeys(THEMES, 0.5)
    for i in range(len(P)):
        one = shift.item(dict(zip(THEMES, P[i], strict=True)))
        for j, th in enumerate(THEMES):
            assert one[th] == pytest.approx(_by_hand(P[i, j], PRIOR[th], c[th]), rel=1e-9)
            assert events[th][i] == pytest.approx(one[th], rel=1e-9)
        none = math.prod(1 - _by_hand(P[i, THEMES.index(t)], PRIOR[t], c[t]) for t in VIOLENT_THEMES)
        assert one["violent"] == pytest.approx(1 - none, rel=1e-9)
        assert events["violent"][i] == pytest.approx(one["violent"], rel=1e-9)
    shares = q.shares(P, PRIOR, cuts)
    assert shares["war"] == pytest.approx(float(events["war"].mean()))
    # at a prior of one half the balanced score already is the probability
    half = dict.fromkeys(THEMES, 0.5)
    assert q.corrected(P, half) == pytest.approx(P)
    # a missing theme counts as probability 0, not as an error
    assert q.PriorShift(PRIOR).item({"war": 0.9})["utopia"] < 1e-6


def test_moving_the_cut_leaves_the_calibrated_probability_unchanged() -> None:
    """Training moves each theme's F1-best cut to 0.5 (ThemeClassifier.shift_cuts); with the
    manifest's cuts the corrected probability is the same as before the move."""
    rng = np.random.default_rng(3)
    logits, seeds = rng.normal(size=(50, len(THEMES))), rng.integers(0, 2, size=(50, len(THEMES)))
    truth = (logits + rng.normal(size=logits.shape) > 0.8).astype(int)
    before = ThemeClassifier(THEMES).fit_stack(logits, seeds, truth)
    p_before = before.proba_from_logits(logits, seeds)
    cut = np.asarray([CUTS[th] for th in THEMES])
    after = ThemeClassifier(THEMES).fit_stack(logits, seeds, truth).shift_cuts(cut)
    p_after = after.proba_from_logits(logits, seeds)
    assert ((p_before >= cut) == (p_after >= 0.5)).all()
    assert q.corrected(p_after, PRIOR, CUTS) == pytest.approx(q.corrected(p_before, PRIOR), rel=1e-9)
    with pytest.raises(ValueError, match="one cut in"):
        after.shift_cuts(np.asarray([0.5, 1.0]))


def test_f1_cuts_pick_the_best_cut_nearest_one_half_on_ties() -> None:
    grid = (0.3, 0.4, 0.5, 0.6, 0.7)
    truth = np.asarray([[1, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 0]])
    p = np.asarray([[0.9, 0.65, 0.1], [0.8, 0.9, 0.2], [0.55, 0.95, 0.3], [0.2, 0.2, 0.4]])
    # theme 0: cuts 0.6 and 0.7 separate perfectly (F1 1) -> 0.6, the one nearer 0.5;
    # theme 1: one positive, the best cut excludes the 0.65 negative -> 0.7;
    # theme 2: no positives -> 0.5 kept
    assert list(_f1_cuts(p, truth, grid)) == [0.6, 0.7, 0.5]


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
def test_shipped_model_calibrated_shares_beat_counting_on_held_out_sets(
    tmp_path: Path, devset_script: Callable[[str], ModuleType]
) -> None:
    """On the three held-out sets with human theme labels, the calibrated shares are closer
    to the labels than counting is: mean absolute error over every theme and the violent
    share, and the error of the violent share itself, averaged over the sets. (Per set,
    counting at the F1-best cuts is closer on eval.)"""
    if not MAGAZINE_SRC.exists():
        pytest.skip(f"the magazine quotations are not at {MAGAZINE_SRC}")
    builder = devset_script("magazine/build_magazine.py")
    assert builder.main(["--out", str(tmp_path)]) == 0
    det = load_detector()
    assert q.usable_prior(det.manifest.get("theme_prior"))
    sets = [REPO / "devsets" / "eval.csv", REPO / "devsets" / "evalb.csv", tmp_path / "magazine-eval.csv"]
    mae = {"calibrated": [], "counted": []}
    violent = {"calibrated": [], "counted": []}
    for path in sets:
        th = evaluate_csv(path, det, summary=True)["themes"]
        for k in mae:
            mae[k].append(th["share_mae"][k])
            violent[k].append(abs(th["violent_share"][k] - th["violent_share"]["labelled"]))
    assert np.mean(mae["calibrated"]) < np.mean(mae["counted"]), mae
    assert np.mean(violent["calibrated"]) < np.mean(violent["counted"]), violent
