"""Build ``devsets/evalc.csv``: an independent held-out set of news about terrorism.

Written for vigil by an author who never saw the training rows (``devsets/train.csv``,
the round-4 headline concepts), ``eval.csv``, ``evalb.csv`` or the training pack: 24 news
items about the Islamic State and its affiliates, each in English, Arabic, French,
German, Russian and Turkish, mostly in the short forms of news feeds and news outlets'
social media (headlines, "BREAKING:", one-sentence ledes), every one label 0
(``news_terror``). The ``concept`` column ties an item's six versions together, so
``vigil evaluate`` also reports whether they get the same verdict. Never used for
training or for picking the threshold.

Run: ``python devsets/evalc/build_evalc.py`` (deterministic).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from concept_rows import write_rows  # noqa: E402
from rows_news import ROWS  # noqa: E402


def build() -> int:
    return write_rows(HERE.parent / "evalc.csv", ["text", "label", "group", "lang", "concept"], ROWS)


if __name__ == "__main__":
    print(build())
