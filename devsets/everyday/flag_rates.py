"""How often a detector flags the everyday posts: per language, per group and per source.

``vigil evaluate`` reports the false-positive rate per language and per group; for the base
rate one also wants it per source (tweets vs subtitles vs reviews, evaluation-only vs held-out
sources), which the evaluation CSV carries in its ``source`` column. This script scores a CSV
of ``build_everyday.py`` (columns ``id,source,label,group,lang,text``) with a model (default:
the shipped one) and prints three Markdown tables: flagged rows per language (with a 95%
Wilson interval), per group and language, and per source and language.

Run: ``python devsets/everyday/flag_rates.py [--data CSV] [--model DIR]``
(default data: ``/work/everyday/everyday-eval.csv``).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

DEFAULT_DATA = Path("/work/everyday/everyday-eval.csv")


def _pct(k: int, n: int) -> str:
    return f"{100 * k / n:.2f}%" if n else "-"


def table(
    title: str, keys: Iterable[tuple[str, ...]], n: Counter[tuple[str, ...]], k: Counter[tuple[str, ...]]
) -> str:
    from vigil.classify.evaluate import wilson

    lines = [f"| {title} | rows | flagged | rate | 95% CI |", "|---|---:|---:|---:|---|"]
    for key in keys:
        lo, hi = wilson(k[key], n[key])
        ci = f"{100 * lo:.2f}–{100 * hi:.2f}%"
        lines.append(f"| {' / '.join(key)} | {n[key]:,} | {k[key]:,} | {_pct(k[key], n[key])} | {ci} |")
    return "\n".join(lines)


def flag_rates(rows: Sequence[dict[str, str]], flagged: Sequence[bool]) -> str:
    """The three tables for ``rows`` (CSV dicts) and whether each was flagged."""
    by: dict[str, tuple[Counter[tuple[str, ...]], Counter[tuple[str, ...]]]] = {
        name: (Counter(), Counter()) for name in ("lang", "group", "source")
    }
    for row, flag in zip(rows, flagged, strict=True):
        for name, key in (
            ("lang", (row["lang"],)),
            ("group", (row["group"], row["lang"])),
            ("source", (row["source"], row["lang"])),
        ):
            by[name][0][key] += 1
            by[name][1][key] += int(flag)
    n_all, k_all = len(rows), sum(flagged)
    out = [
        table("lang", sorted(by["lang"][0]), *by["lang"]),
        f"\nAll: {k_all:,} of {n_all:,} flagged ({_pct(k_all, n_all)}).\n",
        table("group / lang", sorted(by["group"][0]), *by["group"]),
        "",
        table("source / lang", sorted(by["source"][0], key=lambda key: (key[1], key[0])), *by["source"]),
    ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="CSV written by build_everyday.py")
    parser.add_argument("--model", default=None, help="model directory (default: the shipped model)")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"flag_rates: no file {args.data} (run build_everyday.py first)", file=sys.stderr)
        return 2
    from vigil.classify import load_detector

    with open(args.data, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    detector = load_detector(args.model)
    verdicts = detector.score([r["text"] for r in rows], [r["lang"] for r in rows])
    print(f"{detector.version} at {detector.threshold} on {args.data.name}\n")
    print(flag_rates(rows, [v.flagged for v in verdicts]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
