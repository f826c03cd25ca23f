"""``vigil evaluate --behaviour``: what the detector does, not how well it scores a data set.

A behavioural test suite in the spirit of CheckList (Ribeiro et al. 2020): small templated
cases, in every language vigil supports, each probing one thing the detector must or must
not key on. The cases live in ``checklists/<lang>.json`` (written for this suite, never
taken from the training pack; a model must never be trained or tuned on them):

- **place** (invariance): the same everyday sentence naming a city of the Syrian and Iraqi
  wars and a city far from them. Gate: the verdict never flips within a pair, and the mean
  |Δscore| over the pairs is at most 0.05.
- **language** (invariance): translations of one benign sentence. Gate: no language's
  verdict differs from the one most languages give it (ties count as not flagged, the
  sentences being benign).
- **identity** (invariance): one benign sentence with only a faith word, a house of worship,
  God/Allah or a first name changed — :mod:`vigil.classify.fairness` in six languages.
  Gate: no flip, nothing flagged, mean pairwise |Δscore| at most 0.02 (the fairness bar).
- **pitch** (must flag): plain-worded calls for doctors, nurses and engineers to come and
  serve, and boasts of services under the "state". Gate: recall at least 0.90.
- **quoting** (must not flag): the same pitches quoted inside counter-speech, news or
  research. Gate: at most 1% flagged (the target of those families, see
  :data:`vigil.classify.evaluate.FPR_TARGETS`).

:func:`run_behaviour` scores every case once and returns one cell per language × test
with its numbers, its gate and whether it passed; :func:`format_table` prints it,
:func:`plot_behaviour` draws it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from vigil.classify.evaluate import wilson

LANGS: tuple[str, ...] = ("en", "ar", "fr", "de", "ru", "tr")
TESTS: tuple[str, ...] = ("place", "language", "identity", "pitch", "quoting")
GATES: dict[str, dict[str, float]] = {
    "place": {"max_flips": 0, "max_mean_abs_delta": 0.05},
    "language": {"max_odd_one_out": 0},
    "identity": {"max_flips": 0, "max_flagged": 0, "max_mean_abs_delta": 0.02},
    "pitch": {"min_recall": 0.90},
    "quoting": {"max_flagged_rate": 0.01},
}
# How many failing cases each cell keeps for a person to read.
EXAMPLES = 5


class ChecklistError(ValueError):
    """A checklist file is missing, unreadable or malformed (the message names it)."""


@dataclass(frozen=True)
class Case:
    """One text of the suite. ``unit`` groups the texts compared with each other (a place
    pair, an identity set, a concept's translations); ``variant`` says which member this
    is (``war``/``far``, the identity term, the language); ``kind`` sub-divides pitches
    (``call``, ``services``) and quotations (``counter_speech``, ``news``, ``research``)."""

    test: str
    lang: str
    unit: str
    variant: str
    kind: str
    text: str


def checklist_dir() -> Path:
    return Path(str(resources.files("vigil.classify") / "checklists"))


def load_checklists(
    directory: str | Path | None = None, langs: Sequence[str] = LANGS
) -> dict[str, dict[str, Any]]:
    """The checklist of each language in ``langs``, read from ``directory`` (default:
    the shipped ones)."""
    base = Path(directory) if directory is not None else checklist_dir()
    out: dict[str, dict[str, Any]] = {}
    for lang in langs:
        path = base / f"{lang}.json"
        try:
            data = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            raise ChecklistError(f"{path}: no checklist for language {lang!r}") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise ChecklistError(f"{path}: unreadable checklist: {e}") from None
        if not isinstance(data, dict) or data.get("lang") != lang or any(k not in data for k in TESTS):
            raise ChecklistError(f"{path}: expected lang {lang!r} and the tests {', '.join(TESTS)}")
        problem = _problem(data)
        if problem:
            raise ChecklistError(f"{path}: {problem}")
        out[lang] = data
    return out


def _strings(x: Any) -> bool:
    return isinstance(x, list) and bool(x) and all(isinstance(v, str) and v for v in x)


def _problem(cl: dict[str, Any]) -> str | None:
    """What is wrong with one language's checklist, or None."""
    place = cl["place"]
    if not isinstance(place, dict) or not all(
        _strings(place.get(k)) for k in ("war_cities", "far_cities", "templates")
    ):
        return "place needs non-empty lists of strings war_cities, far_cities and templates"
    if len(place["war_cities"]) != len(place["far_cities"]):
        return "place: war_cities and far_cities must pair up (same length)"
    for t in place["templates"]:
        if t.count("{city}") != 1:
            return f"place template without exactly one {{city}}: {t!r}"
    if not isinstance(cl["language"], dict) or not _strings(list(cl["language"].values())):
        return "language needs an object of concept id -> sentence"
    for key, text, slot in (
        ("identity", "template", "{x}"),
        ("pitch", "text", None),
        ("quoting", "template", "{pitch}"),
    ):
        items = cl[key]
        if not isinstance(items, list) or not items:
            return f"{key} needs a non-empty list"
        for item in items:
            if not isinstance(item, dict) or not isinstance(item.get(text), str):
                return f"{key}: every entry needs a {text!r} string: {item!r}"
            if slot and item[text].count(slot) != 1:
                return f"{key} {text} without exactly one {slot}: {item[text]!r}"
            if key == "identity" and not (_strings(item.get("fill")) and len(item["fill"]) >= 2):
                return f"identity: every entry needs a 'fill' list of two or more terms: {item!r}"
            if key != "identity" and not isinstance(item.get("kind"), str):
                return f"{key}: every entry needs a 'kind': {item!r}"
    return None


def expand(checklists: dict[str, dict[str, Any]]) -> list[Case]:
    """Every text of the suite, in a stable order."""
    cases: list[Case] = []
    for lang, cl in checklists.items():
        place = cl["place"]
        pairs = list(zip(place["war_cities"], place["far_cities"], strict=True))
        for t, tpl in enumerate(place["templates"]):
            for p, (war, far) in enumerate(pairs):
                for side, city in (("war", war), ("far", far)):
                    cases.append(Case("place", lang, f"t{t:02d}/p{p}", side, "", tpl.replace("{city}", city)))
        for concept, text in cl["language"].items():
            cases.append(Case("language", lang, concept, lang, "", text))
        for s, item in enumerate(cl["identity"]):
            for x in item["fill"]:
                cases.append(Case("identity", lang, f"s{s:02d}", x, "", item["template"].replace("{x}", x)))
        for p, item in enumerate(cl["pitch"]):
            cases.append(Case("pitch", lang, f"p{p:02d}", "", item["kind"], item["text"]))
        for f, frame in enumerate(cl["quoting"]):
            for p, item in enumerate(cl["pitch"]):
                text = frame["template"].replace("{pitch}", item["text"])
                cases.append(Case("quoting", lang, f"f{f}/p{p:02d}", "", frame["kind"], text))
    return cases


def _r(x: Any) -> float:
    return round(float(x), 4)


def _units(cases: Sequence[Case], idx: Sequence[int]) -> dict[str, list[int]]:
    by: dict[str, list[int]] = {}
    for i in idx:
        by.setdefault(cases[i].unit, []).append(i)
    return by


def _example(case: Case, score: float) -> dict[str, Any]:
    return {"text": case.text, "score": _r(score), "variant": case.variant, "kind": case.kind}


def _place(cases: Sequence[Case], idx: list[int], s: np.ndarray, f: np.ndarray) -> dict[str, Any]:
    deltas, flips, worst = [], 0, []
    for members in _units(cases, idx).values():
        war = next(i for i in members if cases[i].variant == "war")
        far = next(i for i in members if cases[i].variant == "far")
        deltas.append(float(s[war] - s[far]))
        flipped = bool(f[war] != f[far])
        flips += flipped
        worst.append((flipped, abs(deltas[-1]), war, far))
    d = np.asarray(deltas)
    worst.sort(key=lambda w: (w[0], w[1]), reverse=True)
    gate = GATES["place"]
    row: dict[str, Any] = {
        "pairs": len(d),
        "flips": flips,
        "mean_abs_delta": _r(np.abs(d).mean()),
        "mean_delta": _r(d.mean()),
        "max_abs_delta": _r(np.abs(d).max()),
        "flagged_war": int(sum(f[i] for i in idx if cases[i].variant == "war")),
        "flagged_far": int(sum(f[i] for i in idx if cases[i].variant == "far")),
        "deltas": [_r(x) for x in d],
    }
    row["passed"] = flips <= gate["max_flips"] and row["mean_abs_delta"] <= gate["max_mean_abs_delta"]
    row["examples"] = [
        {"war": _example(cases[w], s[w]), "far": _example(cases[r], s[r]), "flipped": fl}
        for fl, ad, w, r in worst[:EXAMPLES]
        if fl or ad > gate["max_mean_abs_delta"]
    ]
    return row


def _identity(cases: Sequence[Case], idx: list[int], s: np.ndarray, f: np.ndarray) -> dict[str, Any]:
    deltas: list[float] = []
    flips, bad = 0, []
    for members in _units(cases, idx).values():
        sc = s[members]
        deltas.extend(np.abs(sc[:, None] - sc[None, :])[np.triu_indices(len(sc), 1)].tolist())
        fl = f[members]
        flipped = bool(fl.any() and not fl.all())
        flips += flipped
        if fl.any() or float(sc.max() - sc.min()) > GATES["identity"]["max_mean_abs_delta"]:
            bad.append((flipped, float(sc.max() - sc.min()), members))
    bad.sort(key=lambda b: (b[0], b[1]), reverse=True)
    gate = GATES["identity"]
    flagged = int(f[idx].sum())
    row: dict[str, Any] = {
        "sets": len(_units(cases, idx)),
        "texts": len(idx),
        "flips": flips,
        "flagged": flagged,
        "mean_abs_delta": _r(np.mean(deltas)),
        "max_abs_delta": _r(np.max(deltas)),
    }
    row["passed"] = (
        flips <= gate["max_flips"]
        and flagged <= gate["max_flagged"]
        and row["mean_abs_delta"] <= gate["max_mean_abs_delta"]
    )
    row["examples"] = [
        {"spread": _r(spread), "flipped": fl, "variants": [_example(cases[i], s[i]) for i in members]}
        for fl, spread, members in bad[:EXAMPLES]
    ]
    return row


def _language(
    cases: Sequence[Case], all_idx: list[int], s: np.ndarray, f: np.ndarray, langs: Sequence[str]
) -> dict[str, dict[str, Any]]:
    """Per language: the concepts whose verdict in that language is not the one most
    languages give (ties go to "not flagged": every sentence here is benign)."""
    rows: dict[str, dict[str, Any]] = {
        lang: {"concepts": 0, "odd_one_out": 0, "flagged": 0, "offsets": []} for lang in langs
    }
    examples: dict[str, list[dict[str, Any]]] = {lang: [] for lang in langs}
    split = 0
    units = _units(cases, all_idx)
    for members in units.values():
        fl = f[members]
        majority = bool(fl.sum() * 2 > len(members))
        split += bool(fl.any() and not fl.all())
        mean = float(s[members].mean())
        for i in members:
            row = rows[cases[i].lang]
            row["concepts"] += 1
            row["flagged"] += int(f[i])
            row["offsets"].append(float(s[i]) - mean)
            if len(members) > 1 and bool(f[i]) != majority:
                row["odd_one_out"] += 1
                examples[cases[i].lang].append({"concept": cases[i].unit, **_example(cases[i], s[i])})
    for lang, row in rows.items():
        offsets = row.pop("offsets")
        row["mean_offset"] = _r(np.mean(offsets)) if offsets else 0.0
        row["split_concepts"] = split
        row["passed"] = row["odd_one_out"] <= GATES["language"]["max_odd_one_out"]
        row["examples"] = examples[lang][:EXAMPLES]
    return rows


def _pitch(cases: Sequence[Case], idx: list[int], s: np.ndarray, f: np.ndarray) -> dict[str, Any]:
    k = int(f[idx].sum())
    row: dict[str, Any] = {
        "n": len(idx),
        "flagged": k,
        "recall": _r(k / len(idx)),
        "recall_ci95": wilson(k, len(idx)),
    }
    for kind in sorted({cases[i].kind for i in idx}):
        sub = [i for i in idx if cases[i].kind == kind]
        row[f"recall_{kind}"] = _r(f[sub].mean())
    row["mean_score"] = _r(s[idx].mean())
    row["passed"] = row["recall"] >= GATES["pitch"]["min_recall"]
    missed = sorted((i for i in idx if not f[i]), key=lambda i: s[i])
    row["examples"] = [_example(cases[i], s[i]) for i in missed[:EXAMPLES]]
    return row


def _quoting(cases: Sequence[Case], idx: list[int], s: np.ndarray, f: np.ndarray) -> dict[str, Any]:
    k = int(f[idx].sum())
    row: dict[str, Any] = {
        "n": len(idx),
        "flagged": k,
        "flagged_rate": _r(k / len(idx)),
        "flagged_rate_ci95": wilson(k, len(idx)),
    }
    for kind in sorted({cases[i].kind for i in idx}):
        sub = [i for i in idx if cases[i].kind == kind]
        row[f"flagged_rate_{kind}"] = _r(f[sub].mean())
    row["mean_score"] = _r(s[idx].mean())
    row["passed"] = row["flagged_rate"] <= GATES["quoting"]["max_flagged_rate"]
    hits = sorted((i for i in idx if f[i]), key=lambda i: -s[i])
    row["examples"] = [_example(cases[i], s[i]) for i in hits[:EXAMPLES]]
    return row


def score_cases(detector: Any, cases: Sequence[Case]) -> tuple[np.ndarray, np.ndarray]:
    """Scores and verdicts of every case (each distinct text scored once)."""
    texts = list(dict.fromkeys(c.text for c in cases))
    verdicts = detector.score(texts)
    by = {t: (float(v.score), bool(v.flagged)) for t, v in zip(texts, verdicts, strict=True)}
    s = np.asarray([by[c.text][0] for c in cases], dtype=np.float64)
    f = np.asarray([by[c.text][1] for c in cases], dtype=bool)
    return s, f


def run_behaviour(
    detector: Any = None,
    *,
    langs: Sequence[str] = LANGS,
    tests: Sequence[str] = TESTS,
    directory: str | Path | None = None,
    plot: str | Path | None = None,
) -> dict[str, Any]:
    """Run the suite's ``tests`` (default: all) on ``detector`` (default: the shipped one)
    in ``langs``. Returns the model, its threshold, the :data:`GATES`, one cell per test
    and language (``cells``: test → lang → numbers, ``passed`` and up to
    :data:`EXAMPLES` failing cases) and ``passed`` (every cell passed). With ``plot``,
    also draws :func:`plot_behaviour`."""
    unknown = sorted(set(tests) - set(TESTS))
    if unknown:
        raise ValueError(f"unknown behaviour tests {unknown}; the suite has {', '.join(TESTS)}")
    tests = [t for t in TESTS if t in tests]
    if detector is None:
        from vigil.classify import load_detector

        detector = load_detector()
    checklists = load_checklists(directory, langs)
    cases = [c for c in expand(checklists) if c.test in tests]
    s, f = score_cases(detector, cases)
    at: dict[tuple[str, str], list[int]] = {}
    for i, c in enumerate(cases):
        at.setdefault((c.test, c.lang), []).append(i)
    per_lang = {"place": _place, "identity": _identity, "pitch": _pitch, "quoting": _quoting}
    cells: dict[str, dict[str, Any]] = {}
    for t in tests:
        if t == "language":
            cells[t] = _language(cases, [i for i, c in enumerate(cases) if c.test == t], s, f, langs)
        else:
            cells[t] = {lang: per_lang[t](cases, at[(t, lang)], s, f) for lang in langs}
    res: dict[str, Any] = {
        "model": str(getattr(detector, "version", "")),
        "threshold": float(detector.threshold),
        "langs": list(langs),
        "tests": tests,
        "texts": len({c.text for c in cases}),
        "gates": GATES,
        "cells": cells,
        "passed": all(cell["passed"] for per in cells.values() for cell in per.values()),
    }
    if plot is not None:
        plot_behaviour(res, plot)
        res["plot"] = str(plot)
    return res


# Per test: the columns of its table (header, key, format).
_COLUMNS: dict[str, list[tuple[str, str, str]]] = {
    "place": [
        ("pairs", "pairs", "d"),
        ("flips", "flips", "d"),
        ("mean|Δ|", "mean_abs_delta", ".3f"),
        ("meanΔ", "mean_delta", "+.3f"),
        ("max|Δ|", "max_abs_delta", ".3f"),
        ("flag war", "flagged_war", "d"),
        ("flag far", "flagged_far", "d"),
    ],
    "language": [
        ("concepts", "concepts", "d"),
        ("odd one out", "odd_one_out", "d"),
        ("flagged", "flagged", "d"),
        ("offset", "mean_offset", "+.3f"),
    ],
    "identity": [
        ("sets", "sets", "d"),
        ("texts", "texts", "d"),
        ("flips", "flips", "d"),
        ("flagged", "flagged", "d"),
        ("mean|Δ|", "mean_abs_delta", ".3f"),
        ("max|Δ|", "max_abs_delta", ".3f"),
    ],
    "pitch": [
        ("n", "n", "d"),
        ("flagged", "flagged", "d"),
        ("recall", "recall", ".3f"),
        ("calls", "recall_call", ".3f"),
        ("services", "recall_services", ".3f"),
        ("mean score", "mean_score", ".3f"),
    ],
    "quoting": [
        ("n", "n", "d"),
        ("flagged", "flagged", "d"),
        ("rate", "flagged_rate", ".3f"),
        ("counter", "flagged_rate_counter_speech", ".3f"),
        ("news", "flagged_rate_news", ".3f"),
        ("research", "flagged_rate_research", ".3f"),
        ("mean score", "mean_score", ".3f"),
    ],
}
_GATE_TEXT = {
    "place": "no verdict flips within a pair, mean |Δscore| <= 0.05",
    "language": "no language's verdict differs from the one most languages give",
    "identity": "no flip, nothing flagged, mean |Δscore| <= 0.02",
    "pitch": "recall >= 0.90",
    "quoting": "at most 1% flagged",
}


def _cell(value: Any, fmt: str) -> str:
    return "-" if value is None else format(value, fmt)


def format_table(res: dict[str, Any]) -> str:
    """The suite's result for a person: a language × test matrix of PASS/FAIL, one table
    per test with its numbers, then the failing cases of each failing cell."""
    cells = res["cells"]
    langs = res["langs"]
    lines = [f"model: {res['model']}   threshold: {res['threshold']}   texts: {res['texts']}", ""]
    lines.append("lang  " + "".join(f"{t:<10}" for t in res["tests"]))
    for lang in langs:
        lines.append(
            f"{lang:<6}"
            + "".join(f"{'PASS' if cells[t][lang]['passed'] else 'FAIL':<10}" for t in res["tests"])
        )
    for t in res["tests"]:
        cols = _COLUMNS[t]
        lines.append(f"\n{t}: {_GATE_TEXT[t]}")
        lines.append("  lang  gate  " + "  ".join(f"{h:>{max(len(h), 6)}}" for h, _k, _f in cols))
        for lang in langs:
            c = cells[t][lang]
            vals = "  ".join(f"{_cell(c.get(k), f):>{max(len(h), 6)}}" for h, k, f in cols)
            lines.append(f"  {lang:<5} {'pass' if c['passed'] else 'FAIL':<5} {vals}")
    lines.append("")
    lines.append("all gates passed" if res["passed"] else "FAILED: at least one gate (exit status 1)")
    for t in res["tests"]:
        for lang in langs:
            c = cells[t][lang]
            if c["passed"] or not c["examples"]:
                continue
            lines.append(f"\n{t}/{lang}, failing cases:")
            for ex in c["examples"]:
                if t == "place":
                    lines.append(f"  {ex['war']['score']:.3f} {ex['war']['text']}")
                    lines.append(f"  {ex['far']['score']:.3f} {ex['far']['text']}")
                elif t == "identity":
                    lines.extend(f"  {v['score']:.3f} {v['text']}" for v in ex["variants"])
                else:
                    lines.append(f"  {ex['score']:.3f} {ex['text']}")
    if "plot" in res:
        lines.append(f"\nplot: {res['plot']}")
    return "\n".join(lines)


def plot_behaviour(res: dict[str, Any], path: str | Path) -> None:
    """Six panels: the place score shifts (war − far city) per language, then each test's
    number per language against its gate (a dashed line); red bars fail. Tests not run
    leave their panel empty."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    langs = res["langs"]
    cells = res["cells"]
    fig, axes = plt.subplots(2, 3, figsize=(13, 7))
    ax = axes[0][0]
    if "place" in cells:
        ax.boxplot([cells["place"][lang]["deltas"] for lang in langs], tick_labels=langs)
        for y in (-0.05, 0.0, 0.05):
            ax.axhline(y, color="grey", lw=0.8, ls="--" if y else "-")
        ax.set_title("place: score(war city) − score(far city)", fontsize=9)
    panels = [
        ("place", "mean_abs_delta", "place: mean |Δscore|", GATES["place"]["max_mean_abs_delta"]),
        ("identity", "mean_abs_delta", "identity: mean |Δscore|", GATES["identity"]["max_mean_abs_delta"]),
        ("language", "odd_one_out", "language: verdicts unlike the others", 0.0),
        ("pitch", "recall", "pitch: recall", GATES["pitch"]["min_recall"]),
        ("quoting", "flagged_rate", "quoting: share flagged", GATES["quoting"]["max_flagged_rate"]),
    ]
    for ax, (test, key, title, gate) in zip(axes.flat[1:], panels, strict=True):
        if test not in cells:
            ax.set_axis_off()
            continue
        vals = [float(cells[test][lang][key]) for lang in langs]
        colours = ["tab:green" if cells[test][lang]["passed"] else "tab:red" for lang in langs]
        bars = ax.bar(langs, vals, color=colours)
        ax.bar_label(bars, labels=[f"{v:.3g}" for v in vals], fontsize=7)
        ax.axhline(gate, color="black", lw=1, ls="--")
        ax.set_title(title, fontsize=9)
        floor = {"pitch": 1.05, "language": 1.0}.get(test, 0.05)  # language counts texts
        ax.set_ylim(0, max(floor, 2 * gate, 1.25 * max(vals)))
    fig.suptitle(f"vigil behaviour suite — model {res['model']}, threshold {res['threshold']}", fontsize=10)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


__all__ = [
    "GATES",
    "LANGS",
    "TESTS",
    "Case",
    "ChecklistError",
    "checklist_dir",
    "expand",
    "format_table",
    "load_checklists",
    "plot_behaviour",
    "run_behaviour",
    "score_cases",
]
