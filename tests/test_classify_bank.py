"""The bank features of stage 2 (``heads.bank_features``): what the nearest labelled
self-written texts say, and how the shipped detector reads them from its manifest."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from vigil.classify import load_detector
from vigil.classify.detector import CascadeDetector
from vigil.classify.heads import Stacker, bank_features

LABELS = np.asarray([1, 1, 0, 0, 0])  # a bank of two propaganda texts and three that are not


def test_far_from_every_bank_text_means_no_evidence() -> None:
    sims = np.asarray([[0.39, 0.2, 0.35, 0.1, -0.2]])  # all below the 0.4 floor
    assert bank_features(sims, LABELS, k=3, floor=0.4).tolist() == [[0.0, 0.0]]


def test_near_propaganda_is_positive_near_counter_speech_negative() -> None:
    sims = np.asarray([
        [0.9, 0.7, 0.5, 0.45, 0.1],  # nearest texts promote the group
        [0.5, 0.3, 0.95, 0.8, 0.6],  # nearest texts refute or report
    ])  # fmt: skip
    f = bank_features(sims, LABELS, k=3, floor=0.4)
    # knn: (0.5 + 0.3 - 0.1) / 3 for the first row; gap: 0.5 - 0.1
    assert f[0] == pytest.approx([(0.5 + 0.3 - 0.1) / 3, 0.5 - 0.1])
    assert f[1] == pytest.approx([(-0.55 - 0.4 - 0.2) / 3, 0.1 - 0.55])
    # a one-class bank carries no contrast
    assert bank_features(sims, np.ones(5), k=3).tolist() == [[0.0, 0.0], [0.0, 0.0]]


def test_stacker_refuses_a_feature_count_it_was_not_fitted_on() -> None:
    rng = np.random.default_rng(0)
    ze, zn, extra = rng.normal(size=40), rng.normal(size=40), rng.normal(size=(40, 2))
    y = (ze + extra[:, 1] > 0).astype(int)
    st = Stacker().fit(ze, zn, y, extra=extra)
    assert len(st.coef_) == 5
    with pytest.raises(ValueError, match="5 features, got 3"):
        st.decision_function(ze, zn)


def test_detector_reads_k_and_floor_from_its_manifest(tmp_path: Path) -> None:
    shipped = load_detector()
    if "bank_features" not in shipped.manifest:
        pytest.skip("the shipped model stacks no bank features")
    # the shipped bank's own propaganda texts sit at similarity 1 to themselves
    props = [b["text"] for b in shipped.bank if b["label"] == 1][:20]
    base = [v.score for v in shipped.score(props)]
    copy = tmp_path / "model"
    shutil.copytree(shipped.model_dir, copy)
    manifest = json.loads((copy / "manifest.json").read_text("utf-8"))
    manifest["bank_features"]["floor"] = 1.0  # nothing is ever above the floor: no bank evidence
    (copy / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    blind = CascadeDetector(copy)
    assert blind.bank_floor == 1.0 and blind.bank_k == shipped.bank_k
    lowered = [v.score for v in blind.score(props)]
    assert sum(lowered) < sum(base), (base, lowered)
