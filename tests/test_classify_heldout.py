"""The shipped detector on the held-out sets: no family may be *significantly* above its
false-positive target (issue 4's goals).

The sets are small (4–240 texts per family), so a single error can put a family over
1%; the test fails only when the family's false positives would be unlikely (one-sided
exact binomial test, p < 0.05) if its false-positive rate were at its target, i.e. when
the data rule out that the goal is met. `docs/model-card.md` reports the rates themselves.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from vigil.classify import load_detector
from vigil.classify.data import read_labelled
from vigil.classify.evaluate import FPR_TARGETS, goal_checks

DEVSETS = Path(__file__).resolve().parents[1] / "devsets"
HELD_OUT = ("eval.csv", "evalb.csv", "evalc.csv", "evale.csv")


@pytest.mark.parametrize("name", HELD_OUT)
def test_no_family_is_significantly_above_its_false_positive_target(name: str) -> None:
    data = read_labelled(DEVSETS / name)
    flagged = np.array([v.flagged for v in load_detector().score(data.texts)])
    groups, labels, langs = np.array(data.groups), np.array(data.labels), np.array(data.langs)
    # every family of negatives has a target, so none goes unchecked
    assert set(groups[labels == 0].tolist()) <= set(FPR_TARGETS)
    # each family, and counter-speech in each language, as the threshold rule reads it
    cells = [r for r in goal_checks(flagged, labels, groups, langs) if r["kind"] == "fpr"]
    assert cells
    over = [
        f"{r['goal']}: {r['k']}/{r['n']} flagged, p = {r['p']:.3g} at target {r['target']}"
        for r in cells
        if r["significant"]
    ]
    assert not over, f"{name}: " + "; ".join(over)
