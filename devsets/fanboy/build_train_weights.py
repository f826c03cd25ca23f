"""Write the training pack with a per-row ``weight`` column from the human per-tweet labels.

The pack labels every tweet of a pro-ISIS account 1, whatever the tweet says: relays of
news agencies, chatter, religious quotations. Two small third-party label sets code single
tweets of the same corpus (``../shared/data/labels-isis-fanboy-tweets/``, see
``build_fanboy.py``). For the TRAIN accounts' tweets they label, this script sets a training
weight (:data:`WEIGHTS`): a tweet coded news (``N``) or opinion (``O``, which includes
religious quotations) weighs less, one coded propaganda (``P``) or overtly extreme
(``EXTREME`` = 1) more. Every other row keeps the trainer's default (empty ``weight``).
The DEV accounts' labels stay evaluation only (``build_fanboy.py``).

The join is ``build_fanboy``'s: whitespace-collapsed text, then the looser key when it names
exactly one train row. Where both sets label a tweet, the larger weight wins (a tweet one
team called propaganda is not down-weighted because the other called it not extreme).

Nothing from ``../shared`` is committed: the CSV goes to ``--out`` (default
``build/fanboy/train-weighted.csv``, git-ignored); ``vigil train --data`` reads it.

Run: ``python devsets/fanboy/build_train_weights.py [--shared DIR] [--out CSV]``.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_fanboy import AMBER, CHOW, SHA256, SHARED, check_sha256, collapse, loose

REPO = Path(__file__).resolve().parents[2]
DEFAULT_OUT = REPO / "build" / "fanboy" / "train-weighted.csv"
# (file, label column) -> {label value: training weight}
WEIGHTS: dict[tuple[str, str], dict[str, float]] = {
    (CHOW, "label"): {"N": 0.2, "O": 0.2, "P": 5.0},
    (AMBER, "EXTREME"): {"1": 5.0},
}


def build(shared: Path = SHARED, out: Path = DEFAULT_OUT) -> Counter[str]:
    """Write the weighted pack to ``out``; return how many rows got each weight."""
    for name in (AMBER, CHOW, "train.csv"):
        check_sha256(shared / name, SHA256[name])
    with open(shared / "train.csv", encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        fields = list(reader.fieldnames or [])
        rows = list(reader)
    exact: dict[str, list[int]] = {}
    by_loose: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        if r["group"] == "isis_tweets":
            exact.setdefault(collapse(r["text"]), []).append(i)
            by_loose.setdefault(loose(r["text"]), []).append(i)
    weight: dict[int, float] = {}
    for (name, column), values in WEIGHTS.items():
        with open(shared / name, encoding="utf-8", newline="") as fh:
            for rec in csv.DictReader(fh):
                w = values.get(rec[column].strip())
                if w is None:
                    continue
                hits = exact.get(collapse(rec["tweets"])) or by_loose.get(loose(rec["tweets"]), [])
                if len(hits) == 1:
                    weight[hits[0]] = max(w, weight.get(hits[0], 0.0))
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=[*fields, "weight"], lineterminator="\n")
        w.writeheader()
        for i, r in enumerate(rows):
            w.writerow({**r, "weight": weight.get(i, "")})
    return Counter(str(v) for v in weight.values())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED, help="the training pack's data directory")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output CSV")
    args = ap.parse_args(argv)
    missing = [n for n in (AMBER, CHOW, "train.csv") if not (args.shared / n).exists()]
    if missing:
        print(f"build_train_weights: not found in {args.shared}: {', '.join(missing)}", file=sys.stderr)
        return 2
    counts = build(args.shared, args.out)
    print(f"weights set: {dict(sorted(counts.items()))} -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
