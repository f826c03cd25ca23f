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

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from concept_rows import write_rows  # noqa: E402
from rows_ar_ru_tr import ROWS as ROWS_AR_RU_TR  # noqa: E402
from rows_en_fr_de import ROWS as ROWS_EN_FR_DE  # noqa: E402


def build() -> int:
    return write_rows(
        HERE.parent / "evalb.csv",
        ["text", "label", "group", "lang", "themes"],
        [*ROWS_EN_FR_DE, *ROWS_AR_RU_TR],
    )


if __name__ == "__main__":
    print(build())
