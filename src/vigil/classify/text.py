"""What the detector reads: the text with the traces of its platform removed.

Tweets in the training pack differ from everything else by *form* (``RT @x:`` prefixes,
shortened links, ``&amp;``). A model that sees those learns where a text was posted, not
what it says, so every stage reads the same cleaned text: HTML entities decoded, URLs,
@mentions and ``RT`` markers removed, ``#`` dropped from hashtags (the word stays),
whitespace collapsed, and the text cut to :data:`MAX_CHARS` characters.
"""

from __future__ import annotations

import html
import re

MAX_CHARS = 1000

_STRIP = re.compile(r"(?i)(?:https?://\S+|www\.\S+|pic\.twitter\.com/\S+|@\w+|^RT\b:?|\bRT\s+@)")


def model_text(text: str) -> str:
    """The cleaned form of ``text`` that every stage of the detector reads."""
    t = html.unescape(text)
    t = _STRIP.sub(" ", t).replace("#", " ")
    return " ".join(t.split())[:MAX_CHARS]


__all__ = ["MAX_CHARS", "model_text"]
