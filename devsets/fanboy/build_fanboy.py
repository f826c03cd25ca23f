"""Build an evaluation CSV from human per-tweet labels on the pack's DEV pro-ISIS tweets.

In the training pack (``../shared/data``) every tweet of a pro-ISIS account is label 1: the
label is per account, not per tweet. Two small third-party label sets code single tweets of
the same corpus (see ``../shared/data/labels-isis-fanboy-tweets/PROVENANCE.md``):

* ``ambervoong_EXTREME_labels.csv``, column ``EXTREME`` (``0`` / ``1`` / ``?`` / ``??`` /
  ``m``, semantics undocumented; ``1`` looks like "overtly extreme or violent");
* ``chowjiahui_intent_labels_NPO.csv``, column ``label`` (``N`` news, ``P`` propaganda,
  ``O`` opinion; empty = not labelled, skipped).

This script keeps the labelled tweets of the pack's 15 DEV accounts (never trained on) and
writes them as one CSV for ``vigil evaluate``, one family (``group``) per label value, so the
detector's recall can be read per kind of tweet. Every row is label 1, as in the pack.

Join: a label row is kept if its ``tweets`` text, whitespace-collapsed, equals the
whitespace-collapsed ``text`` of a ``dev.csv`` row of group ``isis_tweets``. Failing that,
a looser key is tried (:func:`loose`: links, ``&amp;``, a trailing "…" and case removed,
because the pack expanded ``t.co`` links and unescaped entities); it joins only when it
names exactly one dev row and no ``train.csv`` row. The output text is the ``dev.csv``
text (what the model sees in the pack). Rows matching ``train.csv`` or nothing are
dropped and counted. Within one source, a text is kept once; a text with
conflicting labels in one source is dropped. A text labelled by both sources gives one row
per source (two groups).

Columns: ``text,label,group,lang,source_row`` (``source_row`` = the label row's
``tweets_csv_row``, the 0-based row of ``how-isis-uses-twitter/tweets.csv``, for tracing).

Nothing from ``../shared`` is committed: the CSV goes to ``--out`` (default
``build/fanboy/fanboy-dev.csv``, git-ignored). The inputs are pinned by sha256.

Run: ``python devsets/fanboy/build_fanboy.py [--shared DIR] [--out CSV]`` (deterministic).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "build" / "fanboy" / "fanboy-dev.csv"
LABELS_DIR = "labels-isis-fanboy-tweets"
AMBER = f"{LABELS_DIR}/ambervoong_EXTREME_labels.csv"
CHOW = f"{LABELS_DIR}/chowjiahui_intent_labels_NPO.csv"

# sha256 of the files as present in ../shared/data. PROVENANCE.md gives the hashes of the
# files *before* the rows of the 22 held-back accounts were removed ("In this copy"), so its
# figures (f6ebf5c1..., 7eea070a...) differ from these; dev.csv and train.csv match DATA.md.
SHA256 = {
    AMBER: "660b34612b025eccd375590bea24550b277e991c0500f0cadb9027ee70494950",
    CHOW: "4727d1ef2b86c07116b033d00223f53227d64a884b4574d8e0d6402b024f1b15",
    "dev.csv": "af94871c1e97d617be3b8917329848290cf6f42f7a83953a44cd22a6bb2b5c08",
    "train.csv": "66c5f19193f3c748199e229b3700addf5a2f670e9e886270e602a3262e09797c",
}

# (file, label column, {label value: group}); a value not in the map is "unlabelled".
SOURCES: list[tuple[str, str, dict[str, str]]] = [
    (
        AMBER,
        "EXTREME",
        {
            "1": "extreme",
            "0": "not_extreme",
            "?": "extreme_unsure",
            "??": "extreme_unsure",
            "m": "extreme_m",
        },
    ),
    (CHOW, "label", {"N": "chow_news", "P": "chow_propaganda", "O": "chow_opinion"}),
]
GROUPS = [g for _, _, m in SOURCES for g in dict.fromkeys(m.values())]
# Why a label row is not in the output.
DROP_REASONS = ["unlabelled", "unknown_label", "in_train", "no_match", "ambiguous", "duplicate", "conflict"]
HEADER = ["text", "label", "group", "lang", "source_row"]


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


_LINK = re.compile(r"https?://\S*|www\.\S+")


def loose(text: str) -> str:
    """The looser join key: no links, ``&amp;`` unescaped, no trailing ellipsis, lower case."""
    t = _LINK.sub(" ", text.replace("&amp;", "&"))
    return collapse(re.sub(r"(\.\.\.|…)+\s*$", "", collapse(t))).lower()


def check_sha256(path: Path, expected: str) -> None:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != expected:
        raise ValueError(
            f"{path}: sha256 {digest} is not the expected {expected} "
            "(the file changed: re-check it, see devsets/fanboy/README.md)"
        )


@dataclass
class Summary:
    rows: Counter[str] = field(default_factory=Counter)  # group -> rows written
    accounts: dict[str, Counter[str]] = field(default_factory=dict)  # group -> account -> rows
    dropped: dict[str, Counter[str]] = field(default_factory=dict)  # source file -> reason -> rows
    loose_joins: Counter[str] = field(default_factory=Counter)  # source file -> rows joined loosely

    def lines(self) -> list[str]:
        out = [f"{'group':<16} {'rows':>5}  largest account"]
        for g in GROUPS:
            top = self.accounts.get(g, Counter()).most_common(1)
            who = f"{top[0][0]} {top[0][1]} ({top[0][1] / self.rows[g]:.0%})" if top else "-"
            out.append(f"{g:<16} {self.rows[g]:>5}  {who}")
        out.append(f"{'total':<16} {sum(self.rows.values()):>5}")
        for src, reasons in self.dropped.items():
            parts = ", ".join(f"{k} {v}" for k, v in reasons.items())
            out.append(f"dropped from {Path(src).name}: {parts}; loose joins {self.loose_joins[src]}")
        return out


def _read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def build(shared: Path = SHARED, out: Path = DEFAULT_OUT) -> Summary:
    """Write the evaluation CSV to ``out`` and return what was kept and dropped."""
    if out.resolve().is_relative_to(HERE.parent.resolve()):
        raise ValueError(f"{out}: refusing to write inside devsets/ (the output holds third-party text)")
    for name, expected in SHA256.items():
        check_sha256(shared / name, expected)
    dev = {collapse(r["text"]): r for r in _read(shared / "dev.csv") if r["group"] == "isis_tweets"}
    train_rows = _read(shared / "train.csv")
    train = {collapse(r["text"]) for r in train_rows}
    train_loose = {loose(r["text"]) for r in train_rows}
    by_loose: dict[str, list[str]] = {}
    for text in dev:
        by_loose.setdefault(loose(text), []).append(text)

    summary = Summary()
    rows: list[list[str]] = []
    for name, column, groups in SOURCES:
        dropped: Counter[str] = Counter(dict.fromkeys(DROP_REASONS, 0))
        found: dict[str, list[tuple[str, int]]] = {}  # dev text -> [(group, source row)]
        for rec in _read(shared / name):
            value = rec[column].strip()
            text = collapse(rec["tweets"])
            if value not in groups:
                dropped["unlabelled" if not value else "unknown_label"] += 1
            elif text in dev:
                found.setdefault(text, []).append((groups[value], int(rec["tweets_csv_row"])))
            elif text in train:
                dropped["in_train"] += 1
            else:
                key = loose(text)
                hits = by_loose.get(key, [])
                if key in train_loose:
                    dropped["in_train"] += 1
                elif len(hits) == 1:
                    found.setdefault(hits[0], []).append((groups[value], int(rec["tweets_csv_row"])))
                    summary.loose_joins[name] += 1
                else:
                    dropped["no_match" if not hits else "ambiguous"] += 1
        kept: list[tuple[int, str, str]] = []  # (source row, group, dev text)
        for text, labels in found.items():
            if len({g for g, _ in labels}) > 1:
                dropped["conflict"] += len(labels)
                continue
            dropped["duplicate"] += len(labels) - 1
            kept.append((min(r for _, r in labels), labels[0][0], text))
        summary.dropped[name] = dropped
        for source_row, group, text in sorted(kept):
            row = dev[text]
            rows.append([row["text"], "1", group, row["lang"] or "und", str(source_row)])
            summary.rows[group] += 1
            summary.accounts.setdefault(group, Counter())[row["account"]] += 1

    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)
    return summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED, help="the training pack's data directory")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output CSV")
    args = ap.parse_args(argv)
    missing = [n for n in SHA256 if not (args.shared / n).exists()]
    if missing:
        print(f"build_fanboy: not found in {args.shared}: {', '.join(missing)}", file=sys.stderr)
        return 2
    summary = build(args.shared, args.out)
    print(f"wrote {args.out}")
    print("\n".join(summary.lines()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
