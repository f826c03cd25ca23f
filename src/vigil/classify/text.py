"""What the detector reads: the text with the traces of its platform removed.

Tweets in the training pack differ from everything else by *form* (``RT @x:`` prefixes,
shortened links, ``&amp;``). A model that sees those learns where a text was posted, not
what it says, so every stage reads the same cleaned text: HTML entities decoded, URLs,
@mentions and ``RT`` markers removed, ``#`` dropped from hashtags (the word stays),
whitespace collapsed, Arabic diacritics and tatweel dropped (the training pack's Arabic
hadith are fully vowelled and its Arabic propaganda is not, so vowel marks would teach
"unvowelled Arabic religious text is propaganda"), and the text cut to :data:`MAX_CHARS`
characters.
"""

from __future__ import annotations

import html
import re

from vigil.extract.normalize import strip_arabic_marks

MAX_CHARS = 1000

_STRIP = re.compile(r"(?i)(?:https?://\S+|www\.\S+|pic\.twitter\.com/\S+|@\w+|^RT\b:?|\bRT\s+@)")


def model_text(text: str) -> str:
    """The cleaned form of ``text`` that every stage of the detector reads."""
    t = strip_arabic_marks(html.unescape(text))
    t = _STRIP.sub(" ", t).replace("#", " ")
    return " ".join(t.split())[:MAX_CHARS]


# Languages that are rare in the training pack (German, Russian, Turkish): stage 1 learned
# the pack's English/French/Arabic vocabulary, so its logit says little about them. They
# are a small share of a realistic stream and go straight to stage 2. Cheap, script-level
# cues only (no language-id model): Cyrillic letters; Turkish dotless i / ğ / ş; two or more
# German function words or ß. Nothing here reads identity: it is the language, not who writes.
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_TURKISH = re.compile(r"[ğĞıİşŞ]")
_GERMAN_WORDS = frozenset(
    {"der", "und", "ist", "nicht", "eine", "einen", "mit", "für", "auf", "sich", "den", "dem"}
    | {"wir", "euch", "ihr", "von", "zu", "das", "im", "sind", "wird"}
)
_WORD = re.compile(r"\w+")


def rare_language(text: str) -> bool:
    """True when ``text`` looks German, Russian or Turkish (see above)."""
    if _CYRILLIC.search(text) or _TURKISH.search(text) or "ß" in text:
        return True
    hits = {w for w in _WORD.findall(text.lower()) if w in _GERMAN_WORDS}
    return len(hits) >= 2


# Spans in double quotation marks, in the marks of the six languages: German „…“, English
# "…" and “…”, Arabic, French and Russian «…», Turkish “…”. Single quotes are left alone:
# they are apostrophes as often as not (l'État, Dabiq's, Devleti'nde).
_QUOTED = re.compile(r'„[^“”„]{3,}?[“”]|«[^»]{3,}?»|“[^”“]{3,}?”|"[^"]{3,}?"')
QUOTE_MARK = "«…»"


def outside_quotes(text: str) -> str:
    """``text`` with every span in double quotation marks replaced by one mark
    (:data:`QUOTE_MARK`): what the text says around what it quotes. ``text`` itself when it
    quotes nothing, or when fewer than two words are left outside the quotation (a post that
    is only a quotation speaks for itself)."""
    out = _QUOTED.sub(f" {QUOTE_MARK} ", text)
    if out == text or len(_WORD.findall(out.replace(QUOTE_MARK, " "))) < 2:
        return text
    return " ".join(out.split())


__all__ = ["MAX_CHARS", "QUOTE_MARK", "model_text", "outside_quotes", "rare_language"]
