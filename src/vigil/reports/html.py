"""Render a :class:`~vigil.reports.build.Report` as one self-contained HTML file.

The page has no external resource: CSS is inline, plots are PNG data URIs, there is no
script beyond a few lines that toggle blurred media. It opens from a file, offline, and
can be mailed or archived as it is. Text from the corpus is autoescaped by Jinja2.
"""

from __future__ import annotations

import math
from importlib import resources
from typing import Any

import jinja2

from vigil.reports import plots
from vigil.reports.build import Report

SECTIONS = ("overview", "narratives", "recruitment", "spread", "media", "method")


def pct(value: Any, digits: int = 1) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{value * 100:.{digits}f}%"


def ci(row: Any) -> str:
    if not isinstance(row, dict) or row.get("ci_low") is None:
        return ""
    return f"[{row['ci_low'] * 100:.1f}–{row['ci_high'] * 100:.1f}]"


def cirange(bounds: Any) -> str:
    """A ``(low, high)`` interval as ``[a–b]`` in percent (empty when there is none)."""
    if not isinstance(bounds, list | tuple) or len(bounds) != 2 or bounds[0] is None:
        return ""
    return f"[{bounds[0] * 100:.1f}–{bounds[1] * 100:.1f}]"


def num(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.3f}"
    return f"{value:,}"


def metric_tables(metrics: Any) -> tuple[list[tuple[str, Any]], list[dict[str, Any]]]:
    """Flatten a manifest's nested metrics into scalar rows and small tables.

    A mapping whose values are all mappings of scalars (e.g. ``per_family → {fpr, n}``)
    becomes one table (a row per key, a column per metric); other scalars become
    ``path → value`` rows.
    """
    scalars: list[tuple[str, Any]] = []
    tables: list[dict[str, Any]] = []

    def is_scalar(v: Any) -> bool:
        return v is None or isinstance(v, str | int | float | bool)

    def walk(node: Any, path: str) -> None:
        if not isinstance(node, dict):
            scalars.append((path, node))
            return
        children = list(node.values())
        if children and all(isinstance(c, dict) and all(is_scalar(x) for x in c.values()) for c in children):
            columns = list(dict.fromkeys(k for c in children for k in c))
            tables.append({"title": path, "columns": columns, "rows": [(k, node[k]) for k in node]})
            return
        for key, value in node.items():
            walk(value, f"{path} · {key}" if path else str(key))

    walk(metrics, "")
    return scalars, tables


def _env() -> jinja2.Environment:
    loader = jinja2.FunctionLoader(
        lambda name: (resources.files("vigil.reports") / "templates" / name).read_text(encoding="utf-8")
    )
    env = jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True)  # fmt: skip
    env.filters.update(pct=pct, ci=ci, cirange=cirange, num=num)
    return env


def figures(report: Report) -> dict[str, str | None]:
    """Every plot of the report, by name (``None`` where there is nothing to draw)."""
    ov, nar, rec, spr, med = (
        report.overview,
        report.narratives,
        report.recruitment,
        report.spread,
        report.media,
    )
    violent = set(nar["violent_themes"])
    raw_threshold = (report.method.get("detector") or {}).get("threshold")
    threshold = float(raw_threshold) if isinstance(raw_threshold, int | float) else None
    return {
        "volume": plots.volume(nar["by_month"]),
        "languages": plots.languages(ov["languages"]),
        "scores": plots.scores(ov["score_histogram"], threshold),
        "themes": plots.themes(
            nar["themes"],
            nar["primary_themes"],
            violent,
            nar["calibrated"]["themes"] if nar["calibrated"]["available"] else None,
        ),
        "winter": plots.winter(
            _winter_input(nar), nar["winter_2015"], calibrated=nar["calibrated"]["available"]
        ),
        "narr_time": plots.share_over(nar["by_month"], "month", min_flagged=10),
        "narr_lang": plots.share_over(nar["by_lang"], "lang"),
        "audiences": plots.bars(rec["audiences"], "audience", "value", percent=True, colour=plots.VIOLENT,
                                xlabel="% of recruitment-themed flagged items"),
        "calls": plots.bars(rec["calls"], "call", "value", percent=True, colour=plots.ACCENT,
                            xlabel="% of recruitment-themed flagged items"),
        "hashtags": plots.bars(spr["hashtags_flagged"], "hashtag", xlabel="flagged items"),
        "domains": plots.bars(spr["domains_flagged"], "domain", xlabel="flagged items"),
        "network": plots.network(spr["network"]),
        "media_types": plots.bars(med["types"], "kind", xlabel="distinct media"),
        "banks": plots.bars(
            (med.get("banks") or {}).get("by_bank_label", []), "bank_label", "media", xlabel="matched media"
        ),
    }  # fmt: skip


def _winter_input(nar: dict[str, Any]) -> dict[str, Any]:
    """The three shares compared with Winter (2015): calibrated where available, else counted."""
    cal = nar["calibrated"]
    if not cal["available"]:
        return {
            "violent": nar["violent_share"],
            "utopia": nar["utopia_share"],
            "brutality": nar["brutality_share"],
        }
    out = {}
    for key in ("violent", "utopia", "brutality"):
        lo_hi = cal[key]["cluster_ci"] or (None, None)
        out[key] = {"value": cal[key]["value"], "ci_low": lo_hi[0], "ci_high": lo_hi[1]}
    return out


def render_html(report: Report) -> str:
    """The report as one HTML document (a string)."""
    template = _env().get_template("report.html.j2")
    metrics = (report.method.get("detector") or {}).get("metrics")
    return template.render(
        r=report, figs=figures(report), sections=SECTIONS, metrics=metric_tables(metrics) if metrics else None
    )


__all__ = ["SECTIONS", "figures", "metric_tables", "render_html"]
