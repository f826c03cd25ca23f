"""Everyday negatives for training, balanced by language (the same number of posts in each; English more).

``everyday-train.csv`` holds from 3,500 (Russian) to 9,200 (Arabic) posts per language. The
detector trains on an equal share of each language (the first ``--per-language`` rows of
each in ``sha256("sub:" + id)`` order), so no language's ordinary posts weigh more than
another's, and on a ``weight`` column (``--weight``: how much one everyday post counts
against the training pack's rows, which weigh 1). ``--cap LANG=N`` keeps N of one language
instead: since ``0.11`` English keeps 3,000, because the pack's English Stormfront and AG
News rows, 12,051 negatives, are no longer trained on (sources an independent evaluation
uses) while its positives are mostly English.

Run: ``python devsets/everyday/balance.py [--data /work/everyday/everyday-train.csv]
[--out build/everyday/everyday-train-balanced.csv] [--per-language 1500] [--cap en=3000]
[--weight 5]``
(deterministic; the output holds third-party text and is not committed).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_DATA = Path("/work/everyday/everyday-train.csv")
DEFAULT_OUT = REPO / "build" / "everyday" / "everyday-train-balanced.csv"


def balance(
    data: Path, out: Path, per_language: int, weight: float | None, caps: dict[str, int] | None = None
) -> Counter[str]:
    """Write the first ``per_language`` rows of each language (sha256 order; ``caps``
    overrides it per language) to ``out``."""
    caps = caps or {}
    with open(data, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        fields = list(reader.fieldnames or [])
        rows = list(reader)
    missing = {"id", "lang", "text", "label"} - set(fields)
    if missing:
        raise ValueError(f"{data}: missing column(s) {sorted(missing)}")
    rows.sort(key=lambda r: hashlib.sha256(("sub:" + r["id"]).encode()).hexdigest())
    kept: Counter[str] = Counter()
    out_rows = []
    for r in rows:
        if kept[r["lang"]] < caps.get(r["lang"], per_language):
            kept[r["lang"]] += 1
            out_rows.append(r if weight is None else {**r, "weight": f"{weight:g}"})
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(
            fh, fieldnames=fields + ([] if weight is None else ["weight"]), lineterminator="\n"
        )
        w.writeheader()
        w.writerows(out_rows)
    return kept


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="everyday-train.csv")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output CSV")
    ap.add_argument("--per-language", type=int, default=1500, help="posts kept per language")
    ap.add_argument("--weight", type=float, default=5.0, help="training weight of each post (0: no column)")
    ap.add_argument(
        "--cap",
        action="append",
        default=None,
        metavar="LANG=N",
        help="posts kept in one language instead of --per-language (repeatable; default en=3000)",
    )
    args = ap.parse_args(argv)
    try:
        caps = {k: int(v) for k, v in (c.split("=", 1) for c in (args.cap or ["en=3000"]))}
    except ValueError:
        print(f"balance: --cap takes LANG=N, got {args.cap}", file=sys.stderr)
        return 2
    if not args.data.exists():
        print(
            f"balance: {args.data} not found (build it with devsets/everyday/build_everyday.py)",
            file=sys.stderr,
        )
        return 2
    kept = balance(args.data, args.out, args.per_language, args.weight or None, caps)
    print(f"{sum(kept.values())} rows ({dict(sorted(kept.items()))}) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
