"""Compare two detector models on labelled CSVs and the behaviour suite: what got worse first.

For every labelled CSV, every family × language cell: the recall (propaganda) or the
false-positive rate (everything else) of each model at its own shipped threshold, and the
change. Cells that got worse come first (recall down, false positives up), largest change
first; then those that got better; then the unchanged ones. With ``--behaviour``, the
behaviour suite's cells (``vigil evaluate --behaviour``) for both models.

    python scripts/compare_models.py OLD_MODEL_DIR NEW_MODEL_DIR --data a.csv b.csv \\
        [--behaviour] [--cache DIR] [--json out.json] [--markdown]

``--cache DIR`` reads stage 2's sentence embeddings from (and adds them to) the training
embedding store in DIR (``vigil.classify.encoder.EmbeddingStore``): the same numbers,
without embedding a text twice.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from vigil.classify.behaviour import run_behaviour
from vigil.classify.data import read_labelled
from vigil.classify.detector import CascadeDetector
from vigil.classify.encoder import EmbeddingStore
from vigil.classify.evaluate import wilson
from vigil.classify.fairness import canonicalize, project_out


class _StoredEmbeddings(CascadeDetector):
    """The detector, with stage 2's embeddings read from an :class:`EmbeddingStore`."""

    def __init__(self, model_dir: str | Path, store: EmbeddingStore) -> None:
        super().__init__(model_dir)
        self.store = store

    def _embed(self, clean: Sequence[str]) -> np.ndarray:
        texts = [canonicalize(c) for c in clean] if self.canonical_identity else list(clean)
        return project_out(self.store.get(texts), self.debias)


def load(model_dir: str, cache: str | None) -> CascadeDetector:
    return _StoredEmbeddings(model_dir, EmbeddingStore(cache)) if cache else CascadeDetector(model_dir)


def cells(detector: CascadeDetector, path: str) -> dict[tuple[str, str], dict[str, Any]]:
    """(family, language) -> flagged count, rows and label, for one labelled CSV."""
    data = read_labelled(path)
    flagged = [v.flagged for v in detector.score(data.texts)]
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for f, y, g, lg in zip(flagged, data.labels, data.groups, data.langs, strict=True):
        for key in ((g, lg), (g, "all")):
            c = out.setdefault(key, {"k": 0, "n": 0, "label": y})
            c["k"] += int(f)
            c["n"] += 1
    return out


def compare(old: CascadeDetector, new: CascadeDetector, paths: Sequence[str]) -> list[dict[str, Any]]:
    rows = []
    for path in paths:
        a, b = cells(old, path), cells(new, path)
        for (fam, lang), ca in a.items():
            cb = b[(fam, lang)]
            ra, rb = ca["k"] / ca["n"], cb["k"] / cb["n"]
            positive = ca["label"] == 1
            worse = (rb - ra) * (-1 if positive else 1)  # > 0: worse
            rows.append(
                {
                    "set": Path(path).name,
                    "family": fam,
                    "lang": lang,
                    "measure": "recall" if positive else "fpr",
                    "n": ca["n"],
                    "old": round(ra, 4),
                    "new": round(rb, 4),
                    "old_k": ca["k"],
                    "new_k": cb["k"],
                    "new_ci95": wilson(cb["k"], cb["n"]),
                    "worse_by": round(worse, 4),
                }
            )
    rank = {1: 0, -1: 1, 0: 2}
    rows.sort(key=lambda r: (rank[int(np.sign(r["worse_by"]))], -abs(r["worse_by"]), r["set"], r["family"]))
    return rows


def format_rows(rows: list[dict[str, Any]], old: str, new: str, markdown: bool) -> str:
    head = ["set", "family", "lang", "measure", "n", old, new, "change"]
    lines = []
    if markdown:
        lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    else:
        lines.append("  ".join(f"{h:>14}" for h in head))
    for r in rows:
        change = "worse" if r["worse_by"] > 0 else "better" if r["worse_by"] < 0 else "same"
        vals = [
            r["set"],
            r["family"],
            r["lang"],
            r["measure"],
            str(r["n"]),
            f"{r['old']:.4f} ({r['old_k']})",
            f"{r['new']:.4f} ({r['new_k']})",
            change,
        ]
        lines.append("| " + " | ".join(vals) + " |" if markdown else "  ".join(f"{v:>14}" for v in vals))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("old", help="the model directory to compare against")
    ap.add_argument("new", help="the model directory being judged")
    ap.add_argument("--data", nargs="*", default=[], help="labelled CSVs (text,label,group,lang)")
    ap.add_argument("--behaviour", action="store_true", help="also run the behaviour suite on both")
    ap.add_argument("--cache", default=None, help="embedding store directory to read stage-2 embeddings from")
    ap.add_argument("--json", default=None, help="also write every row to this JSON file")
    ap.add_argument("--markdown", action="store_true", help="print Markdown tables")
    args = ap.parse_args(argv)
    for p in [args.old, args.new]:
        if not (Path(p) / "manifest.json").exists():
            print(f"compare_models: no model at {p} (manifest.json missing)", file=sys.stderr)
            return 2
    missing = [p for p in args.data if not Path(p).exists()]
    if missing:
        print(f"compare_models: not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    old, new = load(args.old, args.cache), load(args.new, args.cache)
    rows = compare(old, new, args.data)
    print(format_rows(rows, old.version, new.version, args.markdown))
    out: dict[str, Any] = {"old": old.version, "new": new.version, "rows": rows}
    if args.behaviour:
        for name, det in (("old", old), ("new", new)):
            res = run_behaviour(det)
            out[f"behaviour_{name}"] = res
            print(f"\nbehaviour suite, {det.version} (threshold {det.threshold}): passed {res['passed']}")
            for test, per in res["cells"].items():
                marks = "  ".join(f"{lg} {'ok' if c['passed'] else 'FAIL'}" for lg, c in per.items())
                print(f"  {test:<9} {marks}")
    if args.json:
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
