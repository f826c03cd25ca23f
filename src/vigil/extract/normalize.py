"""Text normalisation for matching.

Two texts that a reader sees as the same should match: full-width and compatibility
forms are folded by NFKC, and Arabic, whose spelling varies a lot in social media,
gets the usual orthographic normalisation (tatweel and diacritics removed; alef,
ya and ta-marbuta variants unified). The original text is never replaced by this.
"""

from __future__ import annotations

import re
import unicodedata

# Arabic diacritics (harakat, tanwin, shadda, sukun, superscript alef) and Quranic marks.
_AR_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_TATWEEL = "\u0640"
_AR_MAP = str.maketrans(
    {
        "\u0622": "\u0627",  # alef with madda above -> alef
        "\u0623": "\u0627",  # alef with hamza above -> alef
        "\u0625": "\u0627",  # alef with hamza below -> alef
        "\u0671": "\u0627",  # alef wasla -> alef
        "\u0649": "\u064a",  # alef maksura -> ya
        "\u06cc": "\u064a",  # farsi ya -> arabic ya
        "\u0629": "\u0647",  # ta marbuta -> ha
    }
)
_WS = re.compile(r"\s+")


def strip_arabic_marks(text: str) -> str:
    """``text`` without Arabic diacritics, Quranic marks and tatweel (letters unchanged)."""
    return _AR_DIACRITICS.sub("", text.replace(_TATWEEL, ""))


def normalize_arabic(text: str) -> str:
    """Strip tatweel and diacritics, unify alef, ya and ta-marbuta forms."""
    return strip_arabic_marks(text).translate(_AR_MAP)


def normalize(text: str) -> str:
    """The matching form of ``text``: NFKC, Arabic-normalised, lower-cased, spaces folded."""
    text = unicodedata.normalize("NFKC", text)
    text = normalize_arabic(text)
    return _WS.sub(" ", text).strip().casefold()
