"""Build training and evaluation CSVs from the quotations printed in Dabiq and Rumiyah.

Source: Fifth Tribe, "Religious Texts Used By ISIS" (Kaggle, CC0 1.0), the copy in
``../shared/data/isis-religious-texts/`` (see its PROVENANCE.md). The magazines quoted the
Qur'an, hadith and scholars to frame their message, and their own ideologues (al-Zarqawi,
al-Adnani, al-Baghdadi, ...) to make it. That gives two things no other source here has:

* **scripture chosen by the group itself** — the verses and hadith on fighting that its
  magazines relied on. A verse does not become propaganda because a magazine quoted it: the
  detector must not flag them (label 0);
* **the ideologues' own words** — real propaganda in the register of a speech or a
  magazine, not a tweet (label 1), coded with the narrative themes of ``docs/codebook.md``.

Nothing from the source is copied into this repository. ``annotations.csv`` holds only our
labels, keyed by the sha256 of the whitespace-normalised quotation: for each "Jihadist"
quotation, whether it promotes the cause when read alone (the rest are left out) and its
themes. The CSVs are written to ``--out`` (default ``build/magazine``, not committed).

Families (``group``), all English (the source's non-ASCII letters became ``?``):

| source ``Type`` | group | label |
|---|---|---|
| Qur'an | ``magazine_quran`` | 0 |
| Hadith | ``magazine_hadith`` | 0 |
| Bible | ``magazine_bible`` | 0 |
| Tafsir, Hadith Commentary, Salaf, Sira, Fiqh, Fatwa, *… Scholar | ``magazine_scholarship`` | 0 |
| Jihadist, annotated as propaganda | ``ideologue`` | 1 |

Left out: Jihadist quotations that do not promote when read alone, "Media, Politician, or
Analyst" (quoted to mock or to show the enemy's fear: neither propaganda nor a family we
set a goal for), "Islamist", "Unknown" and the small remaining types.

Split: near-duplicate quotations (the same words with different punctuation or
transliteration) share a key; ``sha256(key) % 100 < 50`` goes to EVAL, the rest to TRAIN,
so no quotation is trained on in one form and evaluated in another.

Run: ``python devsets/magazine/build_magazine.py [--src CSV] [--out DIR]`` (deterministic).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared" / "data"
DEFAULT_SRC = SHARED / "isis-religious-texts" / "ISIS_Religious_Texts_v1_core8.csv"
SRC_SHA256 = "461ff40a6bcc6feb8641728057902dd523a78ef3de14b7c0291f86d9b7231164"

GROUPS = {
    "Qur'an": "magazine_quran",
    "Hadith": "magazine_hadith",
    "Bible": "magazine_bible",
    "Tafsir": "magazine_scholarship",
    "Hadith Commentary": "magazine_scholarship",
    "Classical Scholar": "magazine_scholarship",
    "Classical Islamic Scholar": "magazine_scholarship",
    "Religious Scholar": "magazine_scholarship",
    "Contemporary Scholar": "magazine_scholarship",
    "Salaf": "magazine_scholarship",
    "Sira": "magazine_scholarship",
    "Fiqh": "magazine_scholarship",
    "Fatwa": "magazine_scholarship",
}
IDEOLOGUE_TYPE = "Jihadist"
# Rows of the training CSV weigh this much (the pack's rows weigh 1, self-written rows 100).
TRAIN_WEIGHT = {0: 5.0, 1: 30.0}


def quote_id(quote: str) -> str:
    return hashlib.sha256(quote.encode("utf-8")).hexdigest()[:12]


def split_key(quote: str) -> str:
    """Letters only, first 60: the same quotation with other punctuation shares a key."""
    return re.sub(r"[^a-z]", "", quote.lower())[:60]


def _key_hash(quote: str) -> str:
    return hashlib.sha256(split_key(quote).encode()).hexdigest()


def is_eval(quote: str) -> bool:
    return int(_key_hash(quote), 16) % 100 < 50


def concept_of(quote: str) -> str:
    """The ``concept`` column: variants of one quotation share it (and its fold in training)."""
    return f"mag-{_key_hash(quote)[:12]}"


def read_annotations(path: Path) -> dict[str, tuple[bool, str]]:
    out: dict[str, tuple[bool, str]] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            if row["propaganda"] not in ("yes", "no"):
                raise ValueError(f"{path}:{n}: propaganda must be yes or no, not {row['propaganda']!r}")
            out[row["id"]] = (row["propaganda"] == "yes", row["themes"])
    return out


def build(src: Path, out: Path, annotations: Path = HERE / "annotations.csv") -> dict[str, int]:
    digest = hashlib.sha256(src.read_bytes()).hexdigest()
    if digest != SRC_SHA256:
        raise ValueError(f"{src}: sha256 {digest} is not the expected {SRC_SHA256} (see PROVENANCE.md)")
    notes = read_annotations(annotations)
    rows: dict[str, list[list[str]]] = {"train": [], "eval": []}
    seen: set[str] = set()
    unannotated = []
    with open(src, encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            quote = " ".join(rec["Quote"].split())
            kind = rec["Type"].strip()
            if not quote or quote in seen:
                continue
            seen.add(quote)
            if kind == IDEOLOGUE_TYPE:
                qid = quote_id(quote)
                if qid not in notes:
                    unannotated.append(qid)
                    continue
                promotes, themes = notes[qid]
                if not promotes:
                    continue
                label, group = 1, "ideologue"
            elif kind in GROUPS:
                label, group, themes = 0, GROUPS[kind], ""
            else:
                continue
            part = "eval" if is_eval(quote) else "train"
            rows[part].append([quote, str(label), group, "en", themes, concept_of(quote)])
    if unannotated:
        raise ValueError(f"{len(unannotated)} Jihadist quotation(s) not annotated, e.g. {unannotated[0]}")
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for part, rs in rows.items():
        header = ["text", "label", "group", "lang", "themes", "concept"]
        if part == "train":
            header.append("weight")
            rs = [[*r, str(TRAIN_WEIGHT[int(r[1])])] for r in rs]
        with open(out / f"magazine-{part}.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            w.writerows(rs)
        counts[part] = len(rs)
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", type=Path, default=DEFAULT_SRC, help="ISIS_Religious_Texts_v1_core8.csv")
    ap.add_argument("--out", type=Path, default=Path("build/magazine"), help="output directory")
    args = ap.parse_args(argv)
    if not args.src.exists():
        print(f"build_magazine: source not found: {args.src}", file=sys.stderr)
        return 2
    print(build(args.src, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
