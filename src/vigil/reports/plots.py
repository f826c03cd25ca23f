"""The report's plots: matplotlib (Agg) figures turned into inline PNG data URIs.

Each function takes the report's numbers (never the store) and returns a ``data:`` URI or
``None`` when there is nothing to draw, so the HTML stays one self-contained file that
opens offline. Colours: violent themes in red tones, utopia in green, the rest neutral.
"""

from __future__ import annotations

import base64
import io
import math
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure

VIOLENT = "#c0392b"
UTOPIA = "#27ae60"
NEUTRAL = "#5d6d7e"
ACCENT = "#2e86c1"
WINTER = "#b7950b"
_PALETTE = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#7f7f7f",
)


def _uri(fig: Figure) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=96, bbox_inches="tight")
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _fig(w: float = 7.0, h: float = 3.2) -> tuple[Figure, Any]:
    fig, ax = plt.subplots(figsize=(w, h))
    ax.spines[["top", "right"]].set_visible(False)
    return fig, ax


def _theme_colour(theme: str, violent: set[str]) -> str:
    return VIOLENT if theme in violent else UTOPIA if theme == "utopia" else NEUTRAL


def _err(rows: list[dict[str, Any]]) -> list[list[float]]:
    lo = [max(0.0, (r["value"] or 0) - r["ci_low"]) if r.get("ci_low") is not None else 0.0 for r in rows]
    hi = [max(0.0, r["ci_high"] - (r["value"] or 0)) if r.get("ci_high") is not None else 0.0 for r in rows]
    return [lo, hi]


def volume(by_month: list[dict[str, Any]]) -> str | None:
    rows = [r for r in by_month if r["month"] != "unknown"]
    if not rows:
        return None
    fig, ax = _fig(7.5, 2.8)
    xs = list(range(len(rows)))
    ax.bar(xs, [r["items"] for r in rows], color="#d5dbdb", label="all items")
    ax.bar(xs, [r["flagged"] for r in rows], color=ACCENT, label="flagged")
    step = max(1, len(rows) // 12)
    ax.set_xticks(xs[::step], [r["month"] for r in rows][::step], rotation=45, ha="right", fontsize=8)
    ax.set_ylabel("items per month")
    ax.legend(frameon=False, fontsize=8)
    return _uri(fig)


def languages(langs: list[dict[str, Any]]) -> str | None:
    if not langs:
        return None
    rows = langs[:12][::-1]
    fig, ax = _fig(5.0, 0.3 * len(rows) + 0.8)
    counts = [r["n"] for r in rows]
    ax.barh([r["lang"] for r in rows], counts, color=ACCENT)
    if max(counts) > 50 * min(counts):  # a few large languages would hide the rest
        ax.set_xscale("log")
        ax.set_xlabel("items (log scale)")
    else:
        ax.set_xlabel("items")
    for y, n in enumerate(counts):
        ax.annotate(f"{n:,}", (n, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=7)
    return _uri(fig)


def scores(hist: dict[str, Any], threshold: float | None) -> str | None:
    counts = hist["counts"]
    if not sum(counts):
        return None
    fig, ax = _fig(5.0, 2.6)
    width = 1 / hist["bins"]
    ax.bar([i * width for i in range(hist["bins"])], counts, width=width, align="edge", color=NEUTRAL)
    if threshold is not None:
        ax.axvline(threshold, color=VIOLENT, linestyle="--", label=f"threshold {threshold:.2f}")
        ax.legend(frameon=False, fontsize=8)
    ax.set_xlabel("detector score")
    ax.set_ylabel("items")
    return _uri(fig)


def themes(
    rows: list[dict[str, Any]],
    primary: list[dict[str, Any]],
    violent: set[str],
    calibrated: dict[str, float] | None = None,
) -> str | None:
    rows = [r for r in rows if r["n"]]
    if not rows:
        return None
    fig, axes = plt.subplots(1, 2, figsize=(9.0, 0.32 * len(rows) + 1.2), sharey=True)
    names = [r["theme"] for r in rows][::-1]
    by_primary = {r["theme"]: r for r in primary}
    for ax, data, title in (
        (axes[0], rows[::-1], "carries the theme (multi-label)"),
        (
            axes[1],
            [by_primary.get(n, {"value": 0, "ci_low": 0, "ci_high": 0}) for n in names],
            "primary theme",
        ),
    ):
        vals = [(r["value"] or 0) * 100 for r in data]
        err = [[e * 100 for e in side] for side in _err(data)]
        ax.barh(names, vals, xerr=err, color=[_theme_colour(n, violent) for n in names], capsize=2)
        if calibrated and ax is axes[0]:
            cal = [(n, calibrated[n] * 100) for n in names if n in calibrated]
            ax.scatter([v for _, v in cal], [n for n, _ in cal], marker="|", s=160, color="black", zorder=3,
                       label="calibrated share")  # fmt: skip
            ax.legend(frameon=False, fontsize=7, loc="lower right")
        ax.set_title(title, fontsize=9)
        ax.set_xlabel("% of flagged items")
        ax.spines[["top", "right"]].set_visible(False)
    return _uri(fig)


def winter(corpus: dict[str, Any], published: dict[str, Any], *, calibrated: bool = False) -> str | None:
    labels = ["violent\n(war+brutality+threat)", "utopia", "brutality"]
    ours = [corpus["violent"], corpus["utopia"], corpus["brutality"]]
    if all(r["value"] is None for r in ours):
        return None
    theirs = [published["violent_share_approx"], published["utopia_share"], published["brutality_share"]]
    fig, ax = _fig(6.0, 3.0)
    xs = [0, 1, 2]
    ax.bar(
        [x - 0.2 for x in xs],
        [(r["value"] or 0) * 100 for r in ours],
        width=0.4,
        color=ACCENT,
        yerr=[[e * 100 for e in side] for side in _err(ours)],
        capsize=3,
        label="this corpus (calibrated, multi-label)" if calibrated else "this corpus (counted, multi-label)",
    )
    ax.bar([x + 0.2 for x in xs], [v * 100 for v in theirs], width=0.4, color=WINTER, label="Winter 2015")
    ax.set_xticks(xs, labels, fontsize=8)
    ax.set_ylabel("% of flagged items / output")
    ax.legend(frameon=False, fontsize=8, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2)
    return _uri(fig)


def share_over(rows: list[dict[str, Any]], key: str, min_flagged: int = 1) -> str | None:
    rows = [r for r in rows if r[key] != "unknown" and r["flagged"] >= min_flagged]
    if not rows:
        return None
    fig, ax = _fig(7.5, 3.0)
    xs = list(range(len(rows)))
    for name, colour in (("violent_share", VIOLENT), ("utopia_share", UTOPIA)):
        vals = [(r[name]["value"] or 0) * 100 for r in rows]
        lo = [(r[name]["ci_low"] or 0) * 100 for r in rows]
        hi = [(r[name]["ci_high"] or 0) * 100 for r in rows]
        label = name.replace("_share", "")
        cal_key = label + "_calibrated"
        cal = [r.get(cal_key) for r in rows]
        has_cal = any(c is not None for c in cal)
        cal_vals = [(c or 0) * 100 for c in cal]
        if key == "month":
            ax.plot(xs, vals, color=colour, marker="o", markersize=3, label=label + " (counted)")
            ax.fill_between(xs, lo, hi, color=colour, alpha=0.15)
            if has_cal:
                ax.plot(xs, cal_vals, color=colour, linestyle="--", label=label + " (calibrated)")
        else:
            off = -0.2 if name == "violent_share" else 0.2
            err = [
                [v - low for v, low in zip(vals, lo, strict=True)],
                [h - v for v, h in zip(vals, hi, strict=True)],
            ]
            ax.bar([x + off for x in xs], vals, width=0.4, color=colour, yerr=err, capsize=2, label=label)
            if has_cal:
                ax.scatter(
                    [x + off for x in xs], cal_vals, marker="_", s=200, color="black", zorder=3,
                    label="calibrated" if name == "violent_share" else None,
                )  # fmt: skip
    step = max(1, len(rows) // 12)
    labels = [f"{r[key]}\n(n={r['flagged']})" if key == "lang" else r[key] for r in rows]
    ax.set_xticks(
        xs[::step],
        labels[::step],
        rotation=45 if key == "month" else 0,
        ha="right" if key == "month" else "center",
        fontsize=8,
    )
    ax.set_ylabel("% of flagged items")
    ax.legend(frameon=False, fontsize=8)
    return _uri(fig)


def bars(
    rows: list[dict[str, Any]],
    label_key: str,
    value_key: str = "n",
    *,
    percent: bool = False,
    colour: str = ACCENT,
    xlabel: str = "",
    limit: int = 15,
) -> str | None:
    rows = [r for r in rows if (r.get(value_key) or 0) > 0][:limit]
    if not rows:
        return None
    rows = rows[::-1]
    fig, ax = _fig(6.0, 0.3 * len(rows) + 0.9)
    vals = [(r[value_key] or 0) * (100 if percent else 1) for r in rows]
    names = [str(r[label_key])[:48] for r in rows]
    if percent and "ci_low" in rows[0]:
        err = [[e * 100 for e in side] for side in _err(rows)]
        ax.barh(names, vals, xerr=err, color=colour, capsize=2)
    else:
        ax.barh(names, vals, color=colour)
    ax.set_xlabel(xlabel)
    ax.tick_params(axis="y", labelsize=8)
    return _uri(fig)


def network(net: dict[str, Any]) -> str | None:
    nodes = net.get("nodes") or []
    if len(nodes) < 2:
        return None
    fig, ax = plt.subplots(figsize=(8.0, 6.0))
    ax.axis("off")
    pos = {n["id"]: (n["x"], n["y"]) for n in nodes}
    max_w = max((e["weight"] for e in net["edges"]), default=1)
    lines = LineCollection(
        [(pos[e["source"]], pos[e["target"]]) for e in net["edges"]],
        linewidths=[0.3 + 2.0 * e["weight"] / max_w for e in net["edges"]],
        colors="#aab7b8",
        alpha=0.5,
        zorder=1,
    )
    ax.add_collection(lines)
    max_s = max(n["strength"] for n in nodes) or 1
    ax.scatter(
        [n["x"] for n in nodes], [n["y"] for n in nodes],
        s=[12 + 260 * math.sqrt(n["strength"] / max_s) for n in nodes],
        c=[_PALETTE[n["community"]] if n["community"] < len(_PALETTE) else "#cccccc" for n in nodes],
        edgecolors="white", linewidths=0.5, zorder=2,
    )  # fmt: skip
    for n in sorted(nodes, key=lambda n: -n["strength"])[:6]:
        ax.annotate(
            n["id"],
            (n["x"], n["y"]),
            fontsize=7,
            xytext=(4, 4),
            textcoords="offset points",
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
            zorder=3,
        )
    return _uri(fig)


__all__ = ["bars", "languages", "network", "scores", "share_over", "themes", "volume", "winter"]
