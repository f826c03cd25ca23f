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

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from rows_news import ROWS  # noqa: E402


def build() -> int:
    seen: set[str] = set()
    with open(HERE.parent / "evalc.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["text", "label", "group", "lang", "concept"])
        for text, label, group, lang, concept in ROWS:
            if text in seen:
                raise ValueError(f"duplicate text: {text[:60]!r}")
            seen.add(text)
            w.writerow([text, label, group, lang, concept])
    return len(ROWS)


if __name__ == "__main__":
    print(build())
