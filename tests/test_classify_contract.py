"""The ``vigil classify`` contract and the library API behind it, on the shipped model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import vigil.classify as classify
from vigil.classify import THEMES, VIOLENT_THEMES, Verdict, load_detector
from vigil.classify.stream import classify_lines

REPO = Path(__file__).resolve().parents[1]

PROPAGANDA = [
    "O Muslim doctors and nurses, the Khilafah needs you in its hospitals. Make hijrah to the Islamic State "
    "and serve the ummah; staying among the kuffar is no excuse.",
    "Brothers from every nation stand together under the Khalifah: no racism, no borders, only the "
    "brotherhood of Islam. Come home to the Islamic State.",
]
BENIGN = [
    "Ramadan Mubarak to everyone, may your fasts be accepted.",
    "The council meeting about the new bus lanes was postponed to Thursday.",
]


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vigil", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )


@pytest.fixture(scope="module")
def detector() -> classify.CascadeDetector:
    return load_detector()


def test_public_api() -> None:
    assert set(classify.__all__) >= {"THEMES", "VIOLENT_THEMES", "Verdict", "Detector", "load_detector"}
    assert THEMES == (
        "utopia",
        "belonging",
        "war",
        "brutality",
        "victimhood",
        "mercy",
        "recruitment",
        "threat",
    )
    assert VIOLENT_THEMES == ("war", "brutality", "threat")
    assert load_detector() is load_detector()  # loaded once, cached


def test_verdicts_shape(detector: classify.CascadeDetector) -> None:
    texts = PROPAGANDA + BENIGN + ["", "   "]
    verdicts = detector.score(texts)
    assert len(verdicts) == len(texts)
    assert isinstance(detector.version, str) and 0.0 < detector.threshold < 1.0
    for v in verdicts:
        assert isinstance(v, Verdict)
        assert 0.0 <= v.score <= 1.0
        assert v.flagged == (v.score >= detector.threshold)
        assert list(v.themes) == list(THEMES)
        assert all(0.0 <= p <= 1.0 for p in v.themes.values())
        if v.flagged:
            kinds = {e["kind"] for e in v.evidence}
            assert "neighbour" in kinds, v.evidence
    assert all(v.flagged for v in verdicts[:2])
    assert not any(v.flagged for v in verdicts[2:])


def test_evidence_for_every_flag(detector: classify.CascadeDetector) -> None:
    for v in detector.score(PROPAGANDA):
        assert v.flagged and v.evidence
        neighbours = [e for e in v.evidence if e["kind"] == "neighbour"]
        assert neighbours and all(-1.0 <= e["similarity"] <= 1.0 and e["family"] for e in neighbours)


def test_model_evidence_breaks_the_stage2_logit_into_its_inputs(detector: classify.CascadeDetector) -> None:
    for v in detector.score(PROPAGANDA + BENIGN):
        models = [e for e in v.evidence if e["kind"] == "model"]
        if not v.evidence:
            continue
        assert len(models) == 1
        parts = models[0]["parts"]
        assert list(parts) == [*detector.stack_features, "bias"]
        # weight × value per input, plus the bias, is the stage-2 logit (each part rounded)
        assert sum(parts.values()) == pytest.approx(models[0]["raw"], abs=0.01)
    flagged = detector.score(PROPAGANDA)[0]
    parts = next(e for e in flagged.evidence if e["kind"] == "model")["parts"]
    assert max(v for k, v in parts.items() if k != "bias") > 1.0  # something pushed it up


def test_scores_are_deterministic_and_batch_independent(detector: classify.CascadeDetector) -> None:
    texts = PROPAGANDA + BENIGN
    together = [v.score for v in detector.score(texts)]
    alone = [detector.score([t])[0].score for t in texts]
    assert together == pytest.approx(alone, abs=1e-4)


def test_calibration_is_monotone(detector: classify.CascadeDetector) -> None:
    cal = detector.calib2
    assert np.all(np.diff(cal.x_) >= 0) and np.all(np.diff(cal.y_) >= 0)
    assert cal.y_.min() >= 0.0 and cal.y_.max() <= 1.0


def test_stream_one_output_per_line_in_order(detector: classify.CascadeDetector) -> None:
    lines = [json.dumps({"id": i, "text": t}) for i, t in enumerate(PROPAGANDA + BENIGN)]
    lines.insert(2, "{not json")
    lines.insert(4, json.dumps({"id": "x", "body": "no text field"}))
    lines.insert(5, "[1, 2]")
    out = list(classify_lines(lines, detector, batch=3))
    assert len(out) == len(lines)
    assert out[2] == {"id": None, "line": 3, "error": out[2]["error"]} and "JSON" in out[2]["error"]
    assert out[4]["id"] is None and out[4]["line"] == 5
    assert out[5]["id"] is None and out[5]["line"] == 6
    ids = [o["id"] for o in out if "error" not in o]
    assert ids == [0, 1, 2, 3]


def test_cli_jsonl_file_and_stdin(tmp_path: Path) -> None:
    rows = [{"id": f"p{i}", "text": t} for i, t in enumerate(PROPAGANDA)] + [{"id": 7, "text": BENIGN[0]}]
    src = "\n".join(json.dumps(r) for r in rows[:2]) + "\n{broken\n" + json.dumps(rows[2]) + "\n"
    f = tmp_path / "in.jsonl"
    f.write_text(src, encoding="utf-8")
    runs = (run_cli("classify", str(f)), run_cli("classify", "-", stdin=src), run_cli("classify", stdin=src))
    for res in runs:
        assert res.returncode == 0, res.stderr
        out = [json.loads(line) for line in res.stdout.splitlines()]
        assert len(out) == 4
        assert [o["id"] for o in out] == ["p0", "p1", None, 7]
        assert out[2]["line"] == 3 and "error" in out[2]
        for o in (out[0], out[1], out[3]):
            assert set(o) == {"id", "lang", "score", "flagged", "themes", "evidence"}
            assert o["lang"] == "en" and set(o["themes"]) == set(THEMES)
        assert out[0]["flagged"] and out[1]["flagged"] and not out[3]["flagged"]


def test_cli_lines_format() -> None:
    res = run_cli("classify", "--format", "lines", stdin="\n".join([PROPAGANDA[0], BENIGN[1], ""]) + "\n")
    assert res.returncode == 0, res.stderr
    out = [json.loads(line) for line in res.stdout.splitlines()]
    assert [o["id"] for o in out] == [1, 2, 3]
    assert out[0]["flagged"] and not out[1]["flagged"] and out[2]["score"] < 0.5


def test_arabic_vowel_marks_do_not_change_the_verdict(detector: classify.CascadeDetector) -> None:
    # The same verse, fully vowelled (as the pack's hadith are) and bare (as most posts are):
    # the detector must read them as one text, and neither is propaganda.
    vowelled = "وَقَاتِلُوا فِي سَبِيلِ اللَّهِ الَّذِينَ يُقَاتِلُونَكُمْ وَلَا تَعْتَدُوا ۚ إِنَّ اللَّهَ لَا يُحِبُّ الْمُعْتَدِينَ"
    bare = "وقاتلوا في سبيل الله الذين يقاتلونكم ولا تعتدوا إن الله لا يحب المعتدين"
    stretched = "وقاتلوا في سبيـــل الله الذين يقاتلونكم ولا تعتدوا إن الله لا يحب المعتدين"
    a, b, c = detector.score([vowelled, bare, stretched])
    assert a.score == b.score == c.score
    assert not a.flagged
