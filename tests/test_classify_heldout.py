"""The shipped detector on the held-out sets: no family may be *significantly* above its
false-positive target (issue 4's goals).

The sets are small (4–240 texts per family), so a single error can put a family over
1%; the test fails only when the family's false positives would be unlikely (one-sided
exact binomial test, p < 0.05) if its false-positive rate were at its target, i.e. when
the data rule out that the goal is met. `docs/model-card.md` reports the rates themselves.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from vigil.classify import load_detector
from vigil.classify.data import read_labelled
from vigil.classify.evaluate import FPR_TARGETS, goal_checks

DEVSETS = Path(__file__).resolve().parents[1] / "devsets"
HELD_OUT = ("eval.csv", "evalb.csv", "evalc.csv", "evale.csv", "everyday/everyday-heldout.csv")


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


def test_the_quran_held_out_in_arabic_and_the_verses_on_fighting_are_not_flagged(
    tmp_path: Path, shared_data: Path
) -> None:
    # built from the PyPI packages of the dev extras and the pack's split
    # (devsets/scripture/build_fighting.py): the Arabic verses never trained on, and 40
    # verses on fighting in 13 English translations never trained on and in Arabic
    spec = importlib.util.spec_from_file_location(
        "build_fighting", DEVSETS / "scripture" / "build_fighting.py"
    )
    assert spec and spec.loader
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    builder.build(tmp_path)
    for name, n_min in (("quran-ar-eval.csv", 1800), ("fighting-verses.csv", 530)):
        data = read_labelled(tmp_path / name)
        assert len(data) >= n_min and set(data.labels) == {0}
        flagged = np.array([v.flagged for v in load_detector().score(data.texts)])
        rows = goal_checks(flagged, np.array(data.labels), np.array(data.groups), np.array(data.langs))
        assert rows and all(r["kind"] == "fpr" for r in rows)
        over = [f"{r['goal']}: {r['k']}/{r['n']}, p = {r['p']:.3g}" for r in rows if r["significant"]]
        assert not over, f"{name}: " + "; ".join(over)
