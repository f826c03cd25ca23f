"""Build ``devsets/evalb.csv``: an independent held-out evaluation set.

Written for vigil by two authors who never saw the training rows (``devsets/train.csv``),
the first-round eval set or the training pack, in platform styles (hashtags, emoji,
headlines, forum replies) unlike the first round's. Never used for training or for picking
the threshold. ``rows_en_fr_de.py`` has every family in English, French and German;
``rows_ar_ru_tr.py`` has the non-propaganda families only (its author declined to write
propaganda and hate rows), so Arabic, Russian and Turkish recall is not measured here.

Run: ``python devsets/evalb/build_evalb.py`` (deterministic).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from rows_ar_ru_tr import ROWS as ROWS_AR_RU_TR  # noqa: E402
from rows_en_fr_de import ROWS as ROWS_EN_FR_DE  # noqa: E402


def build() -> int:
    rows = [*ROWS_EN_FR_DE, *ROWS_AR_RU_TR]
    seen: set[str] = set()
    with open(HERE.parent / "evalb.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["text", "label", "group", "lang", "themes"])
        for text, label, group, lang, themes in rows:
            if text in seen:
                raise ValueError(f"duplicate text: {text[:60]!r}")
            seen.add(text)
            w.writerow([text, label, group, lang, themes])
    return len(rows)


if __name__ == "__main__":
    print(build())
