"""``vigil evaluate``: how the detector does on a labelled CSV, per family and per language.

Reports, at the detector's shipped threshold: recall and false-positive rate overall, per
``group`` (family), per language and per family × language; PR-AUC; expected calibration
error (ECE, 10 equal-width bins); and, where a ``themes`` column labels the propaganda
rows, per-theme precision/recall/F1, macro-F1 and the corpus-level violent and utopia
shares (labelled, counted at 0.5 and calibrated: :mod:`vigil.classify.quantify`).
Languages come from the ``lang`` column when present,
otherwise from :func:`vigil.extract.detect_languages`. On request it also reports other
thresholds (:func:`operating_points`, ``--at``) and issue 4's goals (:func:`goal_checks`,
``--goals``; the targets are :data:`FPR_TARGETS`).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import average_precision_score, precision_recall_curve

from vigil.classify import quantify
from vigil.classify.data import read_labelled
from vigil.classify.themes import THEMES, VIOLENT_THEMES
from vigil.evidence import LanguageCue, ModelParts, Neighbour, Phrase, evidence_list

# Issue 4: the false-positive target of each family (training picks its threshold out of
# fold against them; :func:`goal_checks` holds a labelled set to them).
FPR_TARGETS: dict[str, float] = {
    "magazine_quran": 0.005,
    "magazine_hadith": 0.005,
    "magazine_bible": 0.005,
    "magazine_scholarship": 0.01,
    "counter_speech": 0.01,
    "news_terror": 0.01,
    "research_terror": 0.01,
    "faith_practice": 0.01,
    "humanitarian_appeal": 0.01,
    "news_general": 0.01,
    "news": 0.01,
    "scripture": 0.005,
    "religious_quran": 0.005,
    "religious_hadith": 0.005,
    "islamophobic_hate": 0.02,
    "stormfront_hate": 0.02,
    # Issue 16: ordinary posts (devsets/everyday), the base rate of a platform's stream
    "everyday": 0.005,
    "everyday_religious": 0.01,
}
# Families whose target holds in each language ("counter-speech (each language)", "everyday
# posts: <= 0.5% flagged in each language").
PER_LANGUAGE_GOALS: tuple[str, ...] = ("counter_speech", "everyday", "everyday_religious")
# Issue 4: recall on propaganda, in each language with enough data.
RECALL_GOAL = 0.90


def ece(p: np.ndarray, y: np.ndarray, bins: int = 10) -> float:
    """Expected calibration error with equal-width bins."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    idx = np.clip(np.digitize(p, edges[1:-1]), 0, bins - 1)
    total = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            total += m.mean() * abs(float(p[m].mean()) - float(y[m].mean()))
    return float(total)


def wilson(k: int, n: int, z: float = 1.96) -> list[float]:
    """The Wilson score interval of a proportion ``k / n`` (95% by default): unlike the
    normal approximation it stays inside [0, 1] and is not empty at 0 or n, which is where
    a small family's false-positive rate usually is."""
    if n <= 0:
        return [0.0, 1.0]
    p = k / n
    den = 1.0 + z * z / n
    mid = (p + z * z / (2 * n)) / den
    half = z * float(np.sqrt(p * (1 - p) / n + z * z / (4 * n * n))) / den
    return [round(max(0.0, mid - half), 4), round(min(1.0, mid + half), 4)]


def _rates(flag: np.ndarray, y: np.ndarray, score: np.ndarray) -> dict[str, Any]:
    row: dict[str, Any] = {"n": len(y)}
    if (y == 1).any():
        row["n_pos"] = int((y == 1).sum())
        row["recall"] = round(float(flag[y == 1].mean()), 4)
        row["recall_ci95"] = wilson(int(flag[y == 1].sum()), row["n_pos"])
    if (y == 0).any():
        row["n_neg"] = int((y == 0).sum())
        row["fpr"] = round(float(flag[y == 0].mean()), 4)
        row["false_positives"] = int(flag[y == 0].sum())
        row["fpr_ci95"] = wilson(row["false_positives"], row["n_neg"])
    row["mean_score"] = round(float(score.mean()), 4)
    return row


def theme_metrics(
    pred: np.ndarray,
    truth: np.ndarray,
    cut: float = 0.5,
    prior: dict[str, Any] | None = None,
    cuts: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Per-theme P/R/F1 (``pred`` scores, ``truth`` 0/1, rows = propaganda texts), and the
    violent and utopia shares: labelled, ``counted`` (score >= cut) and, given the model's
    theme ``prior`` (and ``cuts``), ``calibrated`` (:mod:`vigil.classify.quantify`), with the mean absolute
    error of both estimates over every theme and the violent share (``share_mae``)."""
    out: dict[str, Any] = {}
    f1s = []
    for j, t in enumerate(THEMES):
        p = pred[:, j] >= cut
        g = truth[:, j] == 1
        tp = float((p & g).sum())
        prec = tp / p.sum() if p.sum() else 0.0
        rec = tp / g.sum() if g.sum() else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[t] = {
            "support": int(g.sum()),
            "precision": round(prec, 4),
            "recall": round(rec, 4),
            "f1": round(f1, 4),
        }
        if g.sum():
            f1s.append(f1)
    out["macro_f1"] = round(float(np.mean(f1s)), 4) if f1s else None
    vi = [THEMES.index(t) for t in VIOLENT_THEMES]
    ut = THEMES.index("utopia")
    calibrated: dict[str, float] = {}
    if prior is not None and quantify.usable_prior(prior) and quantify.usable_cuts(cuts):
        calibrated = quantify.shares(pred, prior, cuts)
    for key, event, lab, est in (
        ("violent_share", "violent", truth[:, vi].max(axis=1), (pred[:, vi] >= cut).any(axis=1)),
        ("utopia_share", "utopia", truth[:, ut], pred[:, ut] >= cut),
    ):
        row: dict[str, Any] = {
            "labelled": round(float(lab.mean()), 4),
            "counted": round(float(est.mean()), 4),
        }
        if event in calibrated:
            row["calibrated"] = round(calibrated[event], 4)
        out[key] = row
    if calibrated:
        truth_events = quantify.theme_events_from_labels(truth)
        errs = {k: abs(calibrated[k] - float(v.mean())) for k, v in truth_events.items()}
        counted_events = quantify.theme_events_from_labels(pred >= cut)
        errs_c = {k: abs(float(counted_events[k].mean()) - float(v.mean())) for k, v in truth_events.items()}
        out["share_mae"] = {
            "calibrated": round(float(np.mean(list(errs.values()))), 4),
            "counted": round(float(np.mean(list(errs_c.values()))), 4),
        }
    return out


def consistency(
    concepts: Sequence[str | None],
    langs: Sequence[str],
    labels: Sequence[int],
    score: np.ndarray,
    flag: np.ndarray,
) -> dict[str, Any] | None:
    """Does one text get one verdict whatever language it is written in? Over the concepts
    (rows sharing a ``concept`` id and one label) written in two or more languages: the
    share whose translations are not all flagged or all unflagged (``split``, overall and
    per label), the mean spread of their scores (max − min), and per language the mean
    score minus its concept's mean (``offset``: > 0 means that language scores higher
    than its own translations). None if no concept has two languages."""
    by: dict[str, list[int]] = {}
    for i, c in enumerate(concepts):
        if c:
            by.setdefault(c, []).append(i)
    groups = [
        idx for idx in by.values() if len({langs[i] for i in idx}) >= 2 and len({labels[i] for i in idx}) == 1
    ]
    if not groups:
        return None
    split: dict[int, list[bool]] = {0: [], 1: []}
    spread = []
    off: dict[str, list[float]] = {}
    for idx in groups:
        f = flag[idx]
        split[labels[idx[0]]].append(bool(f.any() and not f.all()))
        spread.append(float(score[idx].max() - score[idx].min()))
        m = float(score[idx].mean())
        for i in idx:
            off.setdefault(langs[i], []).append(float(score[i]) - m)
    both = split[0] + split[1]
    out: dict[str, Any] = {
        "concepts": len(groups),
        "split": round(float(np.mean(both)), 4),
        "mean_score_spread": round(float(np.mean(spread)), 4),
    }
    for lab, name in ((1, "propaganda"), (0, "not_propaganda")):
        if split[lab]:
            out[f"split_{name}"] = round(float(np.mean(split[lab])), 4)
            out[f"concepts_{name}"] = len(split[lab])
    out["offset_per_lang"] = {k: round(float(np.mean(v)), 4) for k, v in sorted(off.items())}
    return out


ERROR_COLUMNS = (
    "kind",
    "score",
    "threshold",
    "group",
    "lang",
    "text",
    "phrases",
    "nearest",
    "language_cue",
    "stage2_parts",
)


def error_rows(
    texts: Sequence[str],
    verdicts: Sequence[Any],
    labels: Sequence[int],
    groups: Sequence[str],
    langs: Sequence[str],
    threshold: float,
) -> list[dict[str, Any]]:
    """Every error, for a person to read: missed propaganda (lowest score first), then
    false positives (highest first), each with the stage-1 phrases (and their weights),
    the nearest labelled example its verdict gave as evidence, the net weight of its
    function words (``language_cue``) and what each stage-2 input added to the logit
    (``stage2_parts``); all empty for texts stage 1 ruled out."""
    out: list[dict[str, Any]] = []
    for i, v in enumerate(verdicts):
        if bool(v.flagged) == (labels[i] == 1):
            continue
        ev = evidence_list(getattr(v, "evidence", None) or [], where=f"evidence of text {i}")
        phrases = [f"{e.text} ({e.weight or 0.0:+.2f})" for e in ev if isinstance(e, Phrase)]
        nearest = [
            f"{e.label} ({e.family}, {e.lang}, {e.similarity}): {e.text}"
            for e in ev
            if isinstance(e, Neighbour)
        ]
        cue = [f"{e.text} (net {e.weight:+.2f})" for e in ev if isinstance(e, LanguageCue)]
        parts = [
            "; ".join(f"{k} {float(x):+.2f}" for k, x in e.parts.items())
            for e in ev
            if isinstance(e, ModelParts)
        ]
        out.append(
            {
                "kind": "missed" if labels[i] == 1 else "false_positive",
                "score": float(v.score),
                "threshold": threshold,
                "group": groups[i],
                "lang": langs[i],
                "text": texts[i],
                "phrases": " | ".join(phrases),
                "nearest": " || ".join(nearest[:1]),
                "language_cue": " ".join(cue),
                "stage2_parts": " ".join(parts),
            }
        )
    out.sort(key=lambda r: (r["kind"] != "missed", r["score"] if r["kind"] == "missed" else -r["score"]))
    return out


def write_errors(path: str | Path, rows: Sequence[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(ERROR_COLUMNS))
        w.writeheader()
        w.writerows(rows)


def evaluate_csv(
    path: str | Path,
    detector: Any = None,
    *,
    summary: bool = False,
    plot: str | Path | None = None,
    errors: str | Path | None = None,
    at: Sequence[float] = (),
    goals: bool = False,
) -> dict[str, Any]:
    """Evaluate ``detector`` (default: the shipped one) on the labelled CSV at ``path``;
    with ``errors``, also write every error and its evidence to that CSV
    (:func:`error_rows`); with ``at``, also report those other thresholds
    (:func:`operating_points`); with ``goals``, issue 4's goals (:func:`goal_checks`)."""
    if detector is None:
        from vigil.classify import load_detector

        detector = load_detector()
    data = read_labelled(path)
    if not len(data):
        raise ValueError(f"{path}: no rows")
    langs = data.langs
    if all(lang == "und" for lang in langs):
        from vigil.extract import detect_languages

        langs = detect_languages(data.texts)
    verdicts = detector.score(data.texts, langs)
    theme_pred = None
    rows = [i for i, t in enumerate(data.themes) if t is not None and data.labels[i] == 1]
    if rows and hasattr(detector, "theme_probabilities"):
        # Theme quality is measured on every labelled propaganda row, caught or not.
        probs = detector.theme_probabilities([data.texts[i] for i in rows])
        theme_pred = {
            i: dict(zip(THEMES, map(float, pr), strict=True)) for i, pr in zip(rows, probs, strict=True)
        }
    res = evaluate_verdicts(
        verdicts,
        data.labels,
        data.groups,
        langs,
        data.themes,
        threshold=float(detector.threshold),
        name=Path(path).name,
        summary=summary,
        plot=plot,
        version=str(detector.version),
        theme_pred=theme_pred,
        theme_prior=(getattr(detector, "manifest", None) or {}).get("theme_prior"),
        theme_cuts=(getattr(detector, "manifest", None) or {}).get("theme_cuts"),
        concepts=data.concepts,
        at=at,
        goals=goals,
    )
    if errors is not None:
        wrong = error_rows(data.texts, verdicts, data.labels, data.groups, langs, float(detector.threshold))
        write_errors(errors, wrong)
        res["errors"] = {"path": str(errors), "rows": len(wrong)}
    return res


def evaluate_verdicts(
    verdicts: Sequence[Any],
    labels: Sequence[int],
    groups: Sequence[str],
    langs: Sequence[str],
    themes: Sequence[set[str] | None],
    *,
    threshold: float,
    name: str = "",
    summary: bool = False,
    plot: str | Path | None = None,
    version: str = "",
    theme_pred: dict[int, dict[str, float]] | None = None,
    theme_prior: dict[str, Any] | None = None,
    theme_cuts: dict[str, Any] | None = None,
    concepts: Sequence[str | None] | None = None,
    at: Sequence[float] = (),
    goals: bool = False,
) -> dict[str, Any]:
    """Metrics of ``verdicts`` against the labels. Theme metrics use ``theme_pred[i]`` where
    given (the detector's theme heads on every propaganda row), else ``verdicts[i].themes``
    (zero for texts stage 1 ruled out); ``theme_prior`` and ``theme_cuts`` (the manifest's)
    add the calibrated corpus shares; ``concepts`` (ids shared by translations) add the
    :func:`consistency` across languages; ``at`` (other thresholds) adds
    :func:`operating_points`; ``goals`` adds :func:`goal_checks`."""
    y = np.asarray(labels, dtype=np.int64)
    s = np.asarray([v.score for v in verdicts], dtype=np.float64)
    f = np.asarray([v.flagged for v in verdicts], dtype=bool)
    g = np.asarray(groups)
    lg = np.asarray(langs)
    res: dict[str, Any] = {"data": name, "model": version, "threshold": threshold, "overall": _rates(f, y, s)}
    if 0 < y.sum() < len(y):
        res["overall"]["pr_auc"] = round(float(average_precision_score(y, s)), 4)
    res["overall"]["ece"] = round(ece(s, y), 4)
    res["per_group"] = {k: _rates(f[g == k], y[g == k], s[g == k]) for k in sorted(set(groups))}
    res["per_lang"] = {k: _rates(f[lg == k], y[lg == k], s[lg == k]) for k in sorted(set(langs))}
    if not summary:
        res["per_group_lang"] = {
            f"{a}/{b}": _rates(f[(g == a) & (lg == b)], y[(g == a) & (lg == b)], s[(g == a) & (lg == b)])
            for a in sorted(set(groups))
            for b in sorted(set(langs))
            if ((g == a) & (lg == b)).any()
        }
    if at:
        res["operating_points"] = operating_points(s, y, g, [*at, threshold])
    if goals:
        res["goals"] = goal_checks(f, y, g, lg)
    if concepts is not None:
        cons = consistency(concepts, langs, list(labels), s, f)
        if cons is not None:
            res["consistency"] = cons
    rows = [i for i, t in enumerate(themes) if t is not None and y[i] == 1]
    if rows:
        src = [theme_pred[i] if theme_pred and i in theme_pred else verdicts[i].themes for i in rows]
        pred = np.asarray([[th.get(t, 0.0) for t in THEMES] for th in src])
        truth = np.asarray([[1 if t in (themes[i] or set()) else 0 for t in THEMES] for i in rows])
        res["themes"] = theme_metrics(pred, truth, prior=theme_prior, cuts=theme_cuts)
        res["themes"]["n"] = len(rows)
        res["themes"]["measured_on"] = "all labelled propaganda" if theme_pred else "stage-2 texts"
    if plot is not None and 0 < y.sum() < len(y):
        plot_pr(y, s, threshold, plot, title=f"{name} ({version})", langs=lg, points=at)
        res["plot"] = str(plot)
    return res


def goal_checks(
    flagged: np.ndarray,
    labels: np.ndarray,
    groups: np.ndarray,
    langs: np.ndarray,
    *,
    targets: dict[str, float] | None = None,
    per_language: Sequence[str] = PER_LANGUAGE_GOALS,
    recall_goal: float = RECALL_GOAL,
    min_positives: int = 10,
) -> list[dict[str, Any]]:
    """Issue 4's goals on a labelled set, one row per goal: the false-positive rate of each
    family that has a target (:data:`FPR_TARGETS`; the families in ``per_language`` also
    in each language), and recall on the positives of each language that has at least
    ``min_positives`` of them. A row holds ``k`` of ``n``, the rate and its Wilson 95%
    interval, ``met`` (the rate is within the target) and ``significant``: the data rule
    the goal out (one-sided exact binomial test, p < 0.05: at least ``k`` false positives,
    or at most ``k`` caught, would be unlikely if the rate were exactly the target). On a
    family of a few dozen texts one error misses a 1% target, so ``met`` says what
    happened and ``significant`` whether it could be chance."""
    from scipy.stats import binom

    targets = FPR_TARGETS if targets is None else targets
    rows: list[dict[str, Any]] = []

    def add(goal: str, kind: str, target: float, k: int, n: int) -> None:
        rate = k / n
        if kind == "fpr":
            met, p = rate <= target, float(binom.sf(k - 1, n, target))
        else:
            met, p = rate >= target, float(binom.cdf(k, n, target))
        rows.append(
            {
                "goal": goal,
                "kind": kind,
                "target": target,
                "k": k,
                "n": n,
                "rate": round(rate, 4),
                "ci95": wilson(k, n),
                "met": bool(met),
                "p": round(p, 4),
                "significant": bool(not met and p < 0.05),
            }
        )

    neg = labels == 0
    for fam in sorted(set(groups[neg].tolist())):
        if fam not in targets:
            continue
        m = neg & (groups == fam)
        add(fam, "fpr", targets[fam], int(flagged[m].sum()), int(m.sum()))
        if fam in per_language:
            for lang in sorted(set(langs[m].tolist())):
                ml = m & (langs == lang)
                add(f"{fam}/{lang}", "fpr", targets[fam], int(flagged[ml].sum()), int(ml.sum()))
    pos = labels == 1
    for lang in sorted(set(langs[pos].tolist())):
        m = pos & (langs == lang)
        if m.sum() >= min_positives:
            add(f"recall/{lang}", "recall", recall_goal, int(flagged[m].sum()), int(m.sum()))
    return rows


def operating_points(
    scores: np.ndarray, labels: np.ndarray, groups: np.ndarray, thresholds: Sequence[float]
) -> dict[str, Any]:
    """Recall and false-positive rate, overall and per group, if the flag were
    ``score >= t`` for each ``t`` in ``thresholds`` (keys: ``t`` as ``f"{t:g}"``, in
    order). The score is calibrated, so a platform can pick its own operating point, for
    example a lower one for a human-review queue, and see here what each costs."""
    out: dict[str, Any] = {}
    for t in sorted({float(t) for t in thresholds}):
        if not 0.0 <= t <= 1.0:
            raise ValueError(f"threshold {t:g} is not a score: scores lie in [0, 1]")
        f = scores >= t
        out[f"{t:g}"] = {
            "overall": _rates(f, labels, scores),
            "per_group": {
                k: _rates(f[groups == k], labels[groups == k], scores[groups == k])
                for k in sorted(set(groups))
            },
        }
    return out


MIN_LANG_POSITIVES = 5  # a language gets its own PR curve from this many positives


def plot_pr(
    y: np.ndarray,
    s: np.ndarray,
    threshold: float,
    path: str | Path,
    title: str = "",
    langs: np.ndarray | None = None,
    points: Sequence[float] = (),
) -> None:
    """The PR curve with the operating point; with ``langs``, one thin curve (and its
    operating point) per language that has both classes and at least
    :data:`MIN_LANG_POSITIVES` positives, so a language the detector serves worse shows;
    ``points`` (other thresholds) are marked on the overall curve, hollow."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    prec, rec, thr = precision_recall_curve(y, s)
    fig, ax = plt.subplots(figsize=(5.5, 4.2), dpi=120)
    ax.plot(rec, prec, lw=2.0, color="black", label=f"all: AP {average_precision_score(y, s):.3f}")
    if len(thr):
        k = int(np.clip(np.searchsorted(thr, threshold), 0, len(thr) - 1))
        ax.scatter([rec[k]], [prec[k]], color="red", zorder=3, label=f"threshold {threshold:.2f}")
        for t in points:
            flag = s >= t
            r_t = float(flag[y == 1].mean())
            p_t = float((y[flag] == 1).mean()) if flag.any() else 1.0
            ax.scatter([r_t], [p_t], facecolors="none", edgecolors="black", zorder=3)
            ax.annotate(f"{t:g}", (r_t, p_t), textcoords="offset points", xytext=(4, 4), fontsize=7)
    if langs is not None:
        for lang in sorted(set(langs.tolist())):
            m = langs == lang
            if (y[m] == 1).sum() < MIN_LANG_POSITIVES or not (y[m] == 0).any():
                continue
            p_l, r_l, _ = precision_recall_curve(y[m], s[m])
            (line,) = ax.plot(
                r_l, p_l, lw=0.9, alpha=0.8, label=f"{lang}: AP {average_precision_score(y[m], s[m]):.3f}"
            )
            flag = s[m] >= threshold
            r_at = float(flag[y[m] == 1].mean())
            p_at = float((y[m][flag] == 1).mean()) if flag.any() else 1.0
            ax.scatter([r_at], [p_at], color=line.get_color(), s=14, zorder=3)
    ax.set_xlabel("recall")
    ax.set_ylabel("precision")
    ax.set_xlim(0, 1.01)
    ax.set_ylim(0, 1.01)
    ax.set_title(title, fontsize=9)
    ax.legend(loc="lower left", fontsize=7)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def format_text(res: dict[str, Any]) -> str:
    """A human-readable table of an :func:`evaluate_csv` result."""
    lines = [f"data: {res['data']}   model: {res['model']}   threshold: {res['threshold']}"]
    o = res["overall"]
    lines.append("overall: " + "  ".join(f"{k}={v}" for k, v in o.items()))

    def rate(r: dict[str, Any], key: str) -> str:
        if key not in r:
            return "-"
        lo, hi = r[f"{key}_ci95"]
        return f"{r[key]:.3f} [{lo:.2f}-{hi:.2f}]"

    def table(title: str, rows: dict[str, Any]) -> None:
        lines.append(f"\n{title:<34} {'n':>6} {'recall [95% CI]':>20} {'fpr [95% CI]':>20} {'mean':>7}")
        for k, r in rows.items():
            rec, fpr = rate(r, "recall"), rate(r, "fpr")
            lines.append(f"{k:<34} {r['n']:>6} {rec:>20} {fpr:>20} {r['mean_score']:>7.3f}")

    table("group", res["per_group"])
    table("lang", res["per_lang"])
    if "per_group_lang" in res:
        table("group/lang", res["per_group_lang"])
    if "themes" in res:
        th = res["themes"]
        lines.append(f"\nthemes (n={th['n']}, {th.get('measured_on', '')}): macro-F1 {th['macro_f1']}")
        for t in THEMES:
            r = th[t]
            lines.append(
                f"  {t:<12} support {r['support']:>4}  P {r['precision']:.3f}  R {r['recall']:.3f}  "
                f"F1 {r['f1']:.3f}"
            )
        lines.append(f"  violent share {th['violent_share']}   utopia share {th['utopia_share']}")
    if "consistency" in res:
        c = res["consistency"]
        lines.append(
            f"\nacross languages ({c['concepts']} texts in 2+ languages): split verdicts {c['split']:.3f}"
            f" (propaganda {c.get('split_propaganda', '-')}, not {c.get('split_not_propaganda', '-')}),"
            f" mean score spread {c['mean_score_spread']:.3f}"
        )
        lines.append(
            "  offset per language: " + "  ".join(f"{k} {v:+.3f}" for k, v in c["offset_per_lang"].items())
        )
    if "goals" in res:
        lines.append("\ngoals (significant = the data rule the goal out, binomial p < 0.05):")
        lines.append(f"  {'goal':<32} {'target':>7} {'k/n':>9} {'rate [95% CI]':>22}  verdict")
        for r in res["goals"]:
            lo, hi = r["ci95"]
            sign = ">=" if r["kind"] == "recall" else "<="
            verdict = "met" if r["met"] else ("MISSED (significant)" if r["significant"] else "missed")
            kn = f"{r['k']}/{r['n']}"
            lines.append(
                f"  {r['goal']:<32} {sign}{r['target']:<5g} {kn:>9} "
                f"{r['rate']:>8.4f} [{lo:.3f}-{hi:.3f}]  {verdict}"
            )
    if "operating_points" in res:
        lines.append("\noperating points (flagged = score >= t; * = shipped):")
        lines.append(f"  {'t':<6} {'recall [95% CI]':>20} {'fpr [95% CI]':>20}  flagged per group")
        for t, op in res["operating_points"].items():
            mark = "*" if abs(float(t) - float(res["threshold"])) < 1e-9 else " "
            per = []
            for k, r in op["per_group"].items():
                hit = round(r["recall"] * r["n_pos"]) if "recall" in r else 0
                per.append(f"{k} {hit + r.get('false_positives', 0)}/{r['n']}")
            o = op["overall"]
            lines.append(f"  {t + mark:<6} {rate(o, 'recall'):>20} {rate(o, 'fpr'):>20}  " + ", ".join(per))
    if "plot" in res:
        lines.append(f"\nPR curve: {res['plot']}")
    if "errors" in res:
        lines.append(f"errors ({res['errors']['rows']}): {res['errors']['path']}")
    return "\n".join(lines)


__all__ = [
    "ERROR_COLUMNS",
    "FPR_TARGETS",
    "PER_LANGUAGE_GOALS",
    "RECALL_GOAL",
    "consistency",
    "ece",
    "error_rows",
    "evaluate_csv",
    "evaluate_verdicts",
    "format_text",
    "goal_checks",
    "operating_points",
    "plot_pr",
    "theme_metrics",
    "wilson",
    "write_errors",
]
