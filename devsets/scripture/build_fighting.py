"""Build a held-out measurement of the verses on fighting, in 13 English translations of
the Qur'an the detector never trained on.

Issue 4 asks that scripture, "including verses on fighting", never be flagged (≤ 0.5%).
The training pack's Qur'an rows are 1,000 sampled verses from each of three translations
(Saheeh International, Arberry, Wahiduddin Khan); dev.csv holds 473 more of them, chosen
at random, so few are about fighting. This script takes 40 verses on fighting, war and
martyrdom that recruiters quote (2:190–191, 9:5, 9:29, 9:111, 8:60, 47:4, …) in every
other English translation that Tanzil.net publishes, 13 of them (520 texts), including
Hilali & Khan, whose bracketed commentary ("[This Verse is the first one that was
revealed in connection with Jihad…]") is what extremist channels often paste.

Source: the Tanzil.net translation files shipped in the PyPI package
``purequransearch==0.0.4`` (GPLv3; Tanzil permits verbatim copies with attribution). Install
it (``pip install purequransearch==0.0.4``) and run
``python devsets/scripture/build_fighting.py [--out build/scripture]``. Nothing is copied
into this repository: the CSV goes to ``build/`` (not committed), columns
``text,label,group,lang,concept,translation`` (label 0, group ``scripture``, concept the
verse's ``surah:ayah``). Measured with ``vigil evaluate --data
build/scripture/fighting-verses.csv``; never trained on.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import xml.etree.ElementTree as ET
from importlib import util
from pathlib import Path

# Verses on fighting, war, the fighters' reward and martyrdom (surah, ayah).
VERSES: tuple[tuple[int, int], ...] = (
    (2, 154), (2, 190), (2, 191), (2, 193), (2, 216), (2, 244), (3, 151), (3, 157),
    (3, 169), (4, 74), (4, 76), (4, 84), (4, 89), (4, 95), (4, 104), (5, 33),
    (8, 12), (8, 15), (8, 39), (8, 60), (8, 65), (9, 5), (9, 14), (9, 20),
    (9, 29), (9, 36), (9, 38), (9, 41), (9, 73), (9, 111), (9, 123), (22, 39),
    (33, 61), (47, 4), (48, 29), (61, 4), (61, 11), (9, 24), (9, 88), (8, 16),
)  # fmt: skip
# Trained on (the pack samples them), or not a translation.
EXCLUDED = {"en.sahih", "en.arberry", "en.wahiduddin", "en.transliteration"}


def corpora_dir() -> Path:
    spec = util.find_spec("purequransearch")
    if spec is None or spec.origin is None:
        raise SystemExit("purequransearch is not installed: pip install purequransearch==0.0.4")
    return Path(spec.origin).parent / "corpora"


def verses(path: Path) -> dict[tuple[int, int], str]:
    # The files' header comments hold "--" runs, which XML forbids inside a comment.
    raw = re.sub(r"<!--.*?-->", "", path.read_text(encoding="utf-8"), flags=re.S)
    root = ET.fromstring(raw)
    out: dict[tuple[int, int], str] = {}
    for sura in root.iter("sura"):
        for aya in sura.iter("aya"):
            out[(int(sura.get("index", "0")), int(aya.get("index", "0")))] = " ".join(
                aya.get("text", "").split()
            )
    return out


def build(out_dir: Path) -> int:
    files = sorted(p for p in corpora_dir().glob("en.*.xml") if p.stem not in EXCLUDED)
    out_dir.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(out_dir / "fighting-verses.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["text", "label", "group", "lang", "concept", "translation"])
        for path in files:
            text = verses(path)
            for key in VERSES:
                if not text.get(key):
                    raise ValueError(f"{path.name}: no verse {key[0]}:{key[1]}")
                w.writerow([text[key], 0, "scripture", "en", f"{key[0]}:{key[1]}", path.stem])
                n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[2] / "build" / "scripture"))
    args = ap.parse_args(argv)
    print(f"{build(Path(args.out))} verses -> {args.out}/fighting-verses.csv")
    return 0


if __name__ == "__main__":
    sys.exit(main())
