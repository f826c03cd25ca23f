"""Theme stacking, third-party training rows (``--extra``) and the magazine-quotation builder."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from vigil.classify import THEMES, load_detector
from vigil.classify.data import read_labelled
from vigil.classify.heads import ThemeClassifier
from vigil.classify.themes import seed_matrix
from vigil.classify.train import train_detector

REPO = Path(__file__).resolve().parents[1]
DEVSETS = REPO / "devsets"
MAGAZINE_SRC = REPO.parent / "shared" / "data" / "isis-religious-texts" / "ISIS_Religious_Texts_v1_core8.csv"


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_weight_column_is_read_and_checked(tmp_path: Path) -> None:
    ok = _write(tmp_path / "ok.csv", ["text", "label", "weight"], [["a", "1", "2.5"], ["b", "0", ""]])
    assert read_labelled(ok).weights == [2.5, None]
    bad = _write(tmp_path / "bad.csv", ["text", "label", "weight"], [["a", "1", "1"], ["b", "0", "heavy"]])
    with pytest.raises(ValueError, match=r"bad\.csv: row 3: weight 'heavy'"):
        read_labelled(bad)


def test_seed_matrix_marks_the_theme_of_a_seed_phrase() -> None:
    m = seed_matrix(["You will not be safe in your streets.", "Lovely weather for a picnic."])
    assert m.shape == (2, len(THEMES))
    assert m[0, THEMES.index("threat")] == 1.0 and m[1].sum() == 0.0


def test_theme_stack_learns_from_seeds_and_requires_them() -> None:
    rng = np.random.default_rng(0)
    n = 400
    y = (rng.random((n, len(THEMES))) < 0.3).astype(int)
    logits = rng.normal(size=(n, len(THEMES)))  # an uninformative head
    seeds = y.astype(float)  # a perfectly informative seed
    head = ThemeClassifier(THEMES)
    head.coef_ = np.zeros((4, len(THEMES)), dtype=np.float32)
    head.intercept_ = np.zeros(len(THEMES), dtype=np.float32)
    head.fit_stack(logits, seeds, y)
    assert head.stack_ is not None and (head.stack_[:, 1] > 2.0).all()
    p = head.proba_from_logits(logits, seeds)
    assert ((p >= 0.5) == (y == 1)).all()
    with pytest.raises(ValueError, match="seeds"):
        head.predict_proba(np.zeros((1, 4)))


def test_theme_probabilities_agree_with_score() -> None:
    det = load_detector()
    text = "O doctors, make hijrah to the Khilafah and serve in the hospitals of the Islamic State."
    v = det.score([text])[0]
    assert any(v.themes.values()), "this text reaches stage 2"
    p = det.theme_probabilities([text])[0]
    assert [round(float(x), 4) for x in p] == [v.themes[t] for t in THEMES]


def test_extra_rows_train_but_are_never_shipped(tmp_path: Path) -> None:
    marker = "zq-marker-quotation: the soldiers of the state will come to your cities"
    extra = _write(
        tmp_path / "extra.csv",
        ["text", "label", "group", "lang", "themes", "weight"],
        [
            [marker, "1", "ideologue", "en", "threat;war", "30"],
            ["Indeed, God is with the patient. zq-marker-verse", "0", "magazine_quran", "en", "", "10"],
        ],
    )
    base = train_detector(DEVSETS / "train.csv", [], tmp_path / "a", cache_dir=tmp_path / "c", limit=200)
    man = train_detector(
        DEVSETS / "train.csv", [], tmp_path / "b", extra=[extra], cache_dir=tmp_path / "c", limit=200
    )
    assert [d["rows"] for d in man["training_data"]] == [200, 2]
    assert man["theme_training_rows"] == base["theme_training_rows"] + 1
    for name in ("bank.jsonl", "manifest.json"):
        assert "zq-marker" not in (tmp_path / "b" / name).read_text("utf-8")
    bank = [json.loads(line) for line in (tmp_path / "b" / "bank.jsonl").read_text("utf-8").splitlines()]
    assert bank == []  # the only training file was the pack, so no row is self-written


@pytest.mark.skipif(not MAGAZINE_SRC.exists(), reason=f"source not found at {MAGAZINE_SRC}")
def test_magazine_builder(tmp_path: Path, devset_script: Callable[[str], ModuleType]) -> None:
    mod = devset_script("magazine/build_magazine.py")
    counts = mod.build(MAGAZINE_SRC, tmp_path / "a")
    assert counts == mod.build(MAGAZINE_SRC, tmp_path / "b")
    for part in ("train", "eval"):
        a = (tmp_path / "a" / f"magazine-{part}.csv").read_bytes()
        assert a == (tmp_path / "b" / f"magazine-{part}.csv").read_bytes()
    train = read_labelled(tmp_path / "a" / "magazine-train.csv")
    ev = read_labelled(tmp_path / "a" / "magazine-eval.csv")
    assert len(train) == counts["train"] and len(ev) == counts["eval"]
    assert all(w is not None for w in train.weights) and all(w is None for w in ev.weights)
    assert not set(train.cv_group) & set(ev.cv_group), "a quotation's variants stay on one side"
    for part in (train, ev):
        assert {"ideologue", "magazine_quran", "magazine_hadith"} <= set(part.groups)
        for label, group, themes in zip(part.labels, part.groups, part.themes, strict=True):
            assert (label == 1) == (group == "ideologue")
            assert (themes is not None) == (label == 1)
    with open(DEVSETS / "magazine" / "annotations.csv", encoding="utf-8") as fh:
        notes = list(csv.DictReader(fh))
    assert sum(n["propaganda"] == "yes" for n in notes) == train.labels.count(1) + ev.labels.count(1)


@pytest.mark.skipif(not MAGAZINE_SRC.exists(), reason=f"source not found at {MAGAZINE_SRC}")
def test_magazine_builder_refuses_other_input(
    tmp_path: Path, devset_script: Callable[[str], ModuleType]
) -> None:
    mod = devset_script("magazine/build_magazine.py")
    other = tmp_path / "other.csv"
    other.write_bytes(MAGAZINE_SRC.read_bytes().replace(b"Dabiq", b"Dabiq ", 1))
    with pytest.raises(ValueError, match="sha256"):
        mod.build(other, tmp_path / "out")
    notes = (DEVSETS / "magazine" / "annotations.csv").read_text("utf-8").splitlines()
    short = tmp_path / "short.csv"
    short.write_text("\n".join([notes[0], *notes[2:]]) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not annotated"):
        mod.build(MAGAZINE_SRC, tmp_path / "out", annotations=short)
