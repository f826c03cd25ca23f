"""``vigil train`` is deterministic; ``vigil evaluate`` reports what it promises."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from vigil.classify import THEMES, load_detector
from vigil.classify.detector import CascadeDetector
from vigil.classify.evaluate import (
    consistency,
    ece,
    evaluate_csv,
    format_text,
    goal_checks,
    operating_points,
    plot_pr,
    wilson,
)
from vigil.classify.train import train_detector

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
DEVSETS = REPO / "devsets"


def _write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["text", "label", "group", "lang", "themes"])
        w.writeheader()
        w.writerows(rows)
    return path


@pytest.fixture
def small_csv(tmp_path: Path) -> Path:
    rows = [
        {
            "text": "O doctors, make hijrah to the Khilafah and serve in the hospitals of the Islamic State.",
            "label": "1",
            "group": "propaganda",
            "lang": "en",
            "themes": "recruitment;utopia",
        },
        {
            "text": "The soldiers of the Khilafah liberated the town and the apostates fled. "
            "Remaining and expanding.",
            "label": "1",
            "group": "propaganda",
            "lang": "en",
            "themes": "war",
        },
        {
            "text": "Médecins, le Califat a besoin de vous : faites la hijra vers l'État islamique.",
            "label": "1",
            "group": "propaganda",
            "lang": "fr",
            "themes": "recruitment",
        },
        {
            "text": "ISIS lied about its hospitals: doctors who escaped describe no medicine and "
            "civilians left to die.",
            "label": "0",
            "group": "counter_speech",
            "lang": "en",
            "themes": "",
        },
        {
            "text": "Eid prayer in the park at 8am, breakfast for the whole neighbourhood afterwards.",
            "label": "0",
            "group": "faith_practice",
            "lang": "en",
            "themes": "",
        },
        {
            "text": "Le groupe État islamique a revendiqué l'attentat, selon un communiqué de son agence.",
            "label": "0",
            "group": "news_terror",
            "lang": "fr",
            "themes": "",
        },
        {
            "text": "We urgently need surgeons for our trauma hospitals; "
            "care for everyone, regardless of side.",
            "label": "0",
            "group": "humanitarian_appeal",
            "lang": "en",
            "themes": "",
        },
    ]
    return _write_csv(tmp_path / "small.csv", rows)


def test_evaluate_reports_everything(small_csv: Path, tmp_path: Path) -> None:
    plot = tmp_path / "pr.png"
    res = evaluate_csv(small_csv, load_detector(), plot=plot)
    assert res["overall"]["n"] == 7 and 0.0 <= res["overall"]["pr_auc"] <= 1.0
    assert 0.0 <= res["overall"]["ece"] <= 1.0
    assert set(res["per_group"]) == {
        "propaganda",
        "counter_speech",
        "faith_practice",
        "news_terror",
        "humanitarian_appeal",
    }
    assert "recall" in res["per_group"]["propaganda"] and "fpr" in res["per_group"]["counter_speech"]
    assert set(res["per_lang"]) == {"en", "fr"}
    assert "propaganda/fr" in res["per_group_lang"]
    assert res["themes"]["n"] == 3 and set(THEMES) <= set(res["themes"]) and "macro_f1" in res["themes"]
    assert plot.exists() and plot.stat().st_size > 1000
    text = format_text(res)
    assert "counter_speech" in text and "macro-F1" in text


def test_evaluate_cli_json_and_text(small_csv: Path) -> None:
    for fmt in ("json", "text"):
        errors = small_csv.with_name(f"errors-{fmt}.csv")
        cmd = [sys.executable, "-m", "vigil", "evaluate", "--data", str(small_csv), "--format", fmt]
        res = subprocess.run(
            [*cmd, "--errors", str(errors)], capture_output=True, text=True, cwd=REPO, timeout=300
        )
        assert res.returncode == 0, res.stderr
        assert errors.read_text("utf-8").startswith("kind,score,threshold,group,lang,text")
        if fmt == "json":
            assert json.loads(res.stdout)["overall"]["n"] == 7
        else:
            assert "recall [95% CI]" in res.stdout and str(errors) in res.stdout


def test_operating_points_report_other_thresholds(small_csv: Path, tmp_path: Path) -> None:
    det = load_detector()
    plot = tmp_path / "pr.png"
    res = evaluate_csv(small_csv, det, at=(0.0, 0.5), plot=plot)
    ops = res["operating_points"]
    shipped = f"{det.threshold:g}"
    assert list(ops) == ["0", "0.5", shipped]  # in order, with the shipped threshold
    # at the shipped threshold the flags are the verdicts' own
    for key in ("recall", "fpr", "false_positives"):
        assert ops[shipped]["overall"][key] == res["overall"][key]
    for group, row in res["per_group"].items():
        assert ops[shipped]["per_group"][group] == row
    # everything scores >= 0; a lower threshold never flags less
    assert ops["0"]["overall"]["recall"] == 1.0 and ops["0"]["overall"]["fpr"] == 1.0
    assert ops["0.5"]["overall"]["recall"] >= ops[shipped]["overall"]["recall"]
    assert ops["0.5"]["overall"]["false_positives"] >= ops[shipped]["overall"]["false_positives"]
    text = format_text(res)
    assert "operating points" in text and f"{shipped}*" in text and "counter_speech 1/1" in text
    assert plot.exists()


def test_operating_points_count_by_hand() -> None:
    s = np.array([0.1, 0.4, 0.6, 0.9, 0.2, 0.7])
    y = np.array([0, 0, 1, 1, 0, 0])
    g = np.array(["cs", "cs", "prop", "prop", "news", "news"])
    ops = operating_points(s, y, g, [0.65, 0.3])
    assert list(ops) == ["0.3", "0.65"]
    assert ops["0.3"]["per_group"]["cs"]["false_positives"] == 1
    assert ops["0.3"]["per_group"]["news"]["false_positives"] == 1
    assert ops["0.65"]["per_group"]["prop"]["recall"] == 0.5
    assert ops["0.65"]["overall"]["false_positives"] == 1 and ops["0.65"]["overall"]["n_neg"] == 4
    with pytest.raises(ValueError, match="not a score"):
        operating_points(s, y, g, [1.2])


def test_evaluate_cli_refuses_a_threshold_that_is_not_a_score(small_csv: Path) -> None:
    cmd = [sys.executable, "-m", "vigil", "evaluate", "--data", str(small_csv), "--at", "0.5", "2"]
    res = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, timeout=300)
    assert res.returncode == 2 and "--at: 2 is not a score" in res.stderr


def test_wilson_interval_known_values() -> None:
    # Reference values: Wilson (1927) score interval, z = 1.96.
    assert wilson(5, 10) == pytest.approx([0.2366, 0.7634], abs=1e-4)
    assert wilson(0, 10) == pytest.approx([0.0, 0.2775], abs=1e-4)
    assert wilson(10, 10) == pytest.approx([0.7225, 1.0], abs=1e-4)
    assert wilson(0, 0) == [0.0, 1.0]


def test_evaluate_gives_intervals_that_contain_the_rate(small_csv: Path) -> None:
    res = evaluate_csv(small_csv, load_detector())
    for rows in (res["per_group"], res["per_lang"], {"all": res["overall"]}):
        for r in rows.values():
            for key in ("recall", "fpr"):
                if key in r:
                    lo, hi = r[f"{key}_ci95"]
                    assert lo <= r[key] <= hi and hi - lo > 0


def test_consistency_across_languages() -> None:
    import numpy as np

    concepts = ["a", "a", "b", "b", "b", "c", None]
    langs = ["en", "fr", "en", "fr", "de", "en", "fr"]
    labels = [1, 1, 1, 1, 1, 0, 0]
    score = np.array([0.9, 0.3, 0.95, 0.9, 0.85, 0.1, 0.2])
    res = consistency(concepts, langs, labels, score, score >= 0.8)
    assert res is not None
    # "c" has one language and the last row no concept: two concepts count; "a" is split.
    assert res["concepts"] == 2 and res["split"] == 0.5 and res["split_propaganda"] == 0.5
    assert res["mean_score_spread"] == pytest.approx((0.6 + 0.1) / 2)
    assert res["offset_per_lang"] == pytest.approx(
        {"de": -0.05, "en": (0.3 + 0.05) / 2, "fr": (-0.3 + 0.0) / 2}
    )
    assert consistency(["x", "y"], ["en", "en"], [1, 1], score[:2], score[:2] >= 0.8) is None


def test_evaluate_reports_consistency_and_writes_errors(small_csv: Path, tmp_path: Path) -> None:
    rows = list(csv.DictReader(small_csv.read_text("utf-8").splitlines()))
    # The English and French doctor calls are one concept; so are two news reports.
    concept = {0: "doctors", 2: "doctors", 5: "claim"}
    rows.append(
        {**rows[5], "text": "The Islamic State group claimed the attack, its agency said.", "lang": "en"}
    )
    concept[len(rows) - 1] = "claim"
    # A benign text labelled propaganda on purpose: an error whatever the model's quality.
    rows.append({**rows[4], "label": "1", "group": "propaganda", "themes": "utopia"})
    path = tmp_path / "concepts.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=[*rows[0].keys(), "concept"])
        w.writeheader()
        for i, r in enumerate(rows):
            w.writerow({**r, "concept": concept.get(i, "")})
    errors = tmp_path / "errors.csv"
    res = evaluate_csv(path, load_detector(), errors=errors)
    assert res["consistency"]["concepts"] == 2
    assert set(res["consistency"]["offset_per_lang"]) == {"en", "fr"}
    assert "consistency" not in evaluate_csv(small_csv, load_detector())
    o = res["overall"]
    expected = round(o["n_pos"] * (1 - o["recall"])) + o["false_positives"]
    with open(errors, encoding="utf-8", newline="") as fh:
        out = list(csv.DictReader(fh))
    assert res["errors"]["rows"] == len(out) == expected >= 1
    texts = {r["text"]: r for r in rows}
    for e in out:
        # stage 2's evidence comes together: a neighbour, and the logit's parts
        assert bool(e["nearest"]) == bool(e["stage2_parts"]), e
        if e["stage2_parts"]:
            assert e["stage2_parts"].split("; ")[0].startswith("embedding ")
        src = texts[e["text"]]
        if e["kind"] == "missed":
            assert src["label"] == "1" and float(e["score"]) < float(e["threshold"])
        else:
            assert e["kind"] == "false_positive" and src["label"] == "0"
            assert float(e["score"]) >= float(e["threshold"])


def test_pr_plot_per_language(tmp_path: Path) -> None:
    import numpy as np

    rng = np.random.default_rng(0)
    y = np.array([1] * 12 + [0] * 12)
    s = np.clip(y * 0.6 + rng.random(24) * 0.5, 0, 1)
    langs = np.array(["en", "de"] * 12)
    path = tmp_path / "pr.png"
    plot_pr(y, s, 0.8, path, langs=langs)
    assert path.stat().st_size > 1000


def test_group_media_pattern() -> None:
    """The brands that mark the group's own publications, and not the Qur'an's surah
    al-Furqan that the pack's hadith name."""
    from vigil.classify.train import GROUP_MEDIA

    for text in (
        "#AmaqAgency Islamic State fighters took the checkpoint",
        "#Caliphate_News #WilayatHalab Education for the cubs",
        "Al-Furqan Foundation releases a new video",
        "عاجل أخبار_الخلافة ولاية_دجلة",
        "Download the Al-Bayan radio app",
    ):
        assert GROUP_MEDIA.search(text), text
    for text in (
        "I heard Hisham bin Hakim reciting Surat Al-Furqan",
        "Narrated Umar: reciting Surat-al-Furqan during the lifetime of Allah's Messenger",
        "The market reopened after the floods",
    ):
        assert not GROUP_MEDIA.search(text), text


def test_ece_bounds() -> None:
    import numpy as np

    assert ece(np.array([0.0, 1.0]), np.array([0, 1])) == 0.0
    assert ece(np.array([1.0, 1.0]), np.array([0, 0])) == 1.0


def test_train_is_deterministic(tmp_path: Path) -> None:
    """Two trainings on the same small data give byte-identical artefacts."""
    data = DEVSETS / "train.csv"
    outs = []
    for run in ("a", "b"):
        out = tmp_path / run
        manifest = train_detector(data, [], out, cache_dir=tmp_path / f"cache-{run}", limit=200)
        assert manifest["training_data"][0]["rows"] == 200
        outs.append(out)
    names = sorted(p.name for p in outs[0].iterdir())
    assert names == ["bank.jsonl", "manifest.json", "model.npz"]
    for name in names:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name
    det = CascadeDetector(outs[0])
    v = det.score(["Make hijrah to the Khilafah, doctors: the Islamic State needs you."])[0]
    assert 0.0 <= v.score <= 1.0 and set(v.themes) == set(THEMES)


@pytest.mark.skipif(not (SHARED / "train.csv").exists(), reason=f"training pack not found at {SHARED}")
def test_train_on_pack_subset_is_deterministic(tmp_path: Path) -> None:
    outs = []
    for run in ("a", "b"):
        out = tmp_path / run
        train_detector(
            SHARED / "train.csv", [DEVSETS / "train.csv"], out, cache_dir=tmp_path / "cache", limit=300
        )
        outs.append(out)
    for name in ("model.npz", "bank.jsonl", "manifest.json"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name
    manifest = json.loads((outs[0] / "manifest.json").read_text())
    assert manifest["training_data"][0]["sha256"] and 0.0 < manifest["threshold"] < 1.0


def test_threshold_targets_can_hold_per_language() -> None:
    import numpy as np

    from vigil.classify.train import pick_threshold

    # 100 English and 100 French counter-speech texts; at 0.5 all 2 false positives are French
    groups = ["counter_speech"] * 200 + ["propaganda"] * 10
    langs = ["en"] * 100 + ["fr"] * 100 + ["en"] * 10
    labels = np.asarray([0] * 200 + [1] * 10)
    scores = np.zeros(210)
    scores[100:102] = [0.55, 0.75]  # French counter-speech
    scores[200:] = 0.9
    targets = {"counter_speech": 0.01}
    pooled, _ = pick_threshold(scores, groups, labels, targets, 0.3, 0.99)
    per_lang, info = pick_threshold(
        scores, groups, labels, targets, 0.3, 0.99, langs=langs, per_language=["counter_speech"]
    )
    assert pooled == 0.3  # 2 of 200 pooled is within 1%
    assert per_lang == 0.56  # 1 of 100 French is the most French may have
    assert info["targets_met"]


def test_stance_head_is_solved_to_convergence() -> None:
    """The stage-2 logistic regression reaches its optimum: the gradient of its objective
    (C · weighted log-loss + ½‖w‖²) at the fitted weights is ~0. lbfgs' default tolerance
    stopped it early (relative gradient 0.64 on these rows), which made the shipped weights
    depend on the machine's floating-point details."""
    import numpy as np

    from vigil.classify.encoder import embed
    from vigil.classify.heads import StanceClassifier
    from vigil.classify.text import model_text

    with open(DEVSETS / "train.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    X = embed([model_text(r["text"]) for r in rows]).astype(np.float64)
    y = np.array([int(r["label"]) for r in rows])
    w = np.full(len(y), 100.0)  # the self-written rows' training weight
    C = 2.0
    W, b = StanceClassifier(C=C).fit(X, y, w).layers_[0]
    coef, bias = W[:, 0].astype(np.float64), float(b[0])
    p = 1.0 / (1.0 + np.exp(-(X @ coef + bias)))
    r = w * (p - y)
    grad = np.append(C * (X.T @ r) + coef, C * r.sum())
    assert np.linalg.norm(grad) / np.linalg.norm(coef) < 1e-3


def test_stage1_cut_keeps_self_written_propaganda(tmp_path: Path) -> None:
    """The stage-1 cut also keeps `stage1_recall_selfwritten` of the self-written
    propaganda out of fold, not only the share of the full model's flags."""
    from vigil.classify.train import TrainConfig

    data = DEVSETS / "train.csv"
    runs = {}
    for name, share in (("flags", None), ("all", 1.0)):
        cfg = TrainConfig(stage1_recall_selfwritten=share, stage1_recall=0.9)
        man = train_detector(
            data, [data], tmp_path / name, cache_dir=tmp_path / "cache", limit=300, config=cfg
        )
        runs[name] = man
    kept = {
        k: m["metrics"]["out_of_fold"]["stage1_recall_of_self_written_positives"] for k, m in runs.items()
    }
    assert kept["all"] == 1.0
    assert kept["flags"] < 1.0  # the flags-only cut loses some: the criterion is what keeps them
    assert runs["all"]["stage1_cut"] < runs["flags"]["stage1_cut"]


def test_centred_calibration_keeps_the_order_that_isotonic_ties() -> None:
    """Centred isotonic regression keeps the plain fit's levels, stays monotone, and
    breaks the ties of its flat steps (a review queue sorted by score can order them)."""
    import numpy as np

    from vigil.classify.heads import Calibrator

    rng = np.random.default_rng(0)
    s = rng.normal(size=3000)
    y = (rng.random(3000) < 1.0 / (1.0 + np.exp(-2.0 * s))).astype(int)
    plain, centred = Calibrator().fit(s, y), Calibrator(centered=True).fit(s, y)
    assert set(np.round(centred.y_, 12)) == set(np.round(plain.y_, 12))
    assert np.all(np.diff(centred.x_) > 0) and np.all(np.diff(centred.y_) >= 0)
    grid = np.sort(rng.uniform(-1.5, 1.5, 500))
    assert len(np.unique(plain.transform(grid))) < 50  # steps
    assert len(np.unique(centred.transform(grid))) == len(grid)  # no ties inside the range
    assert np.all(np.diff(centred.transform(grid)) > 0)
    # still calibrated: mean predicted equals observed rate (isotonic's property, nearly)
    assert abs(centred.transform(s).mean() - y.mean()) < 0.01


def test_goal_checks_against_known_binomial_values() -> None:
    # 144 news texts: 3 flagged misses the 1% target by chance (p = 0.176), 5 does not (0.015)
    groups = np.array(["news_terror"] * 144 + ["counter_speech"] * 24 + ["propaganda"] * 16 + ["x"] * 3)
    langs = np.array(["en"] * 144 + ["en"] * 12 + ["fr"] * 12 + ["de"] * 16 + ["en"] * 3)
    labels = np.array([0] * 168 + [1] * 16 + [0] * 3)
    for k, significant, p in ((3, False, 0.1756), (5, True, 0.0153)):
        flagged = np.zeros(len(labels), dtype=bool)
        flagged[:k] = True
        flagged[144] = True  # one English counter-speech text
        flagged[168 : 168 + 5] = True  # 5 of 16 German propaganda texts caught
        rows = {r["goal"]: r for r in goal_checks(flagged, labels, groups, langs)}
        news = rows["news_terror"]
        assert (news["k"], news["n"], news["met"], news["significant"]) == (k, 144, False, significant)
        assert news["p"] == pytest.approx(p, abs=1e-4)
        # counter-speech also per language; families without a target ("x") are not goals
        assert rows["counter_speech"]["k"] == 1 and rows["counter_speech/en"]["rate"] == round(1 / 12, 4)
        assert rows["counter_speech/fr"]["met"] and not rows["counter_speech/fr"]["significant"]
        assert "x" not in rows
        # recall 5 of 16 against 0.90 is ruled out; a language under 10 positives is not a goal
        rec = rows["recall/de"]
        assert (rec["k"], rec["n"], rec["met"], rec["significant"]) == (5, 16, False, True)
    small = goal_checks(flagged, labels, groups, langs, min_positives=17)
    assert not [r for r in small if r["kind"] == "recall"]


def test_evaluate_goals_in_json_and_text(small_csv: Path) -> None:
    res = evaluate_csv(small_csv, load_detector(), goals=True)
    goals = {r["goal"]: r for r in res["goals"]}
    assert {"counter_speech", "counter_speech/en", "faith_practice", "news_terror"} <= set(goals)
    assert all(r["kind"] == "fpr" for r in goals.values())  # 3 positives: under 10, no recall goal
    text = format_text(res)
    assert "goals (significant" in text and "counter_speech/en" in text


def test_language_directions_remove_where_translations_sit_apart() -> None:
    """The directions along which one concept's translations sit apart by language are
    orthonormal, and projecting them out leaves no language offset; meaning stays."""
    from vigil.classify.fairness import language_directions, project_out

    rng = np.random.default_rng(0)
    langs6 = ["en", "ar", "fr", "de", "ru", "tr"]
    offset = {lg: rng.normal(size=64) for lg in langs6}
    base = rng.normal(size=(30, 64))
    E, langs, concepts = [], [], []
    for c in range(30):
        for lg in langs6:
            E.append(base[c] + offset[lg] + 0.01 * rng.normal(size=64))
            langs.append(lg)
            concepts.append(f"c{c}")
    X = np.asarray(E, dtype=np.float32)
    D = language_directions(X, langs, concepts, k=5)
    assert D.shape == (5, 64)
    assert np.allclose(D @ D.T, np.eye(5), atol=1e-5)
    P = project_out(X, D)
    la = np.asarray(langs)
    means = np.vstack([P[la == lg].mean(axis=0) - P.mean(axis=0) for lg in langs6])
    assert np.abs(means).max() < 0.05
    # the concepts themselves stay apart
    assert np.linalg.norm(P[0] - P[6]) > 5 * np.abs(means).max()
    # nothing to learn from rows without translations
    assert language_directions(X[:6], langs[:6], [None] * 6).shape == (0, 64)
