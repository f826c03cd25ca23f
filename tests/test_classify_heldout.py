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
from scipy.stats import binom

from vigil.classify import load_detector
from vigil.classify.data import read_labelled
from vigil.classify.train import FPR_TARGETS, TrainConfig

DEVSETS = Path(__file__).resolve().parents[1] / "devsets"
HELD_OUT = ("eval.csv", "evalb.csv", "evalc.csv", "evale.csv")


@pytest.mark.parametrize("name", HELD_OUT)
def test_no_family_is_significantly_above_its_false_positive_target(name: str) -> None:
    data = read_labelled(DEVSETS / name)
    flagged = np.array([v.flagged for v in load_detector().score(data.texts)])
    groups, labels, langs = np.array(data.groups), np.array(data.labels), np.array(data.langs)
    cells = []
    for fam in sorted(set(data.groups)):
        m = (groups == fam) & (labels == 0)
        if not m.any():
            continue
        cells.append((fam, m))
        if fam in TrainConfig().fpr_per_language:  # "each language", as the threshold rule reads it
            cells.extend((f"{fam}/{lang}", m & (langs == lang)) for lang in sorted(set(langs[m])))
    assert cells
    over = []
    for cell, m in cells:
        target = FPR_TARGETS[cell.split("/")[0]]
        k, n = int(flagged[m].sum()), int(m.sum())
        p = float(binom.sf(k - 1, n, target))  # P(at least k false positives | rate = target)
        if p < 0.05:
            over.append(f"{cell}: {k}/{n} flagged, p = {p:.3g} at target {target}")
    assert not over, f"{name}: " + "; ".join(over)
