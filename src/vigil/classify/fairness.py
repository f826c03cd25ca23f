"""Keeping identity out of the score.

The training pack ties identity words to the positive class: pro-ISIS tweets say "Muslim",
"Allah" and Arabic names far more often than the general tweets do. A model left alone
learns "Muslim community raised money" → suspicious. Two measures, both applied at training
and at scoring time:

1. **n-gram stage**: faith words (Muslim/Christian/Jewish, in six languages) are dropped,
   and the other identity words (Allah/God, mosque/church/synagogue) and common Arabic and
   European first names are replaced by one neutral token each before hashing, so no
   weight can attach to *which* faith or name, nor to mentioning a faith at all.
   "Islamic State", "Khilafah", "kuffar" and the like are not identity words and stay.
2. **embedding stage**: the encoder reads the text with the same words made one per group
   (:func:`canonicalize`: faith words dropped, "God", "house of worship", one first name),
   so it cannot tell which it was. The directions along which embeddings move when only
   the identity word or name changes are also estimated from probe sentences (written
   here, distinct from the fairness test's templates) and projected out ("hard
   debiasing", Bolukbasi et al. 2016). Alone, that left the stage-2 logit moving by 0.7
   on average when only the faith changed.

``tests/test_fairness.py`` checks the result: swapping those terms in benign texts moves
the score by a mean |Δ| ≤ 0.02 and flips nothing to flagged.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

import numpy as np

# Arabic joins the article and one-letter particles to the word: المسلمين, والكنيسة, لله.
_AR = r"(?:[وفبلك]?ال|لل|[وفبلك])?"
# Identity words by language (stage 1 neutralises them all; see also canonicalize).
_FAITH_BY_LANG: dict[str, list[str]] = {
    "en": [r"muslims?", r"christians?", r"jews?", r"jewish"],
    "fr": [r"musulman(?:e|s|es)?", r"chr[ée]tien(?:ne)?s?", r"jui(?:f|ve)s?"],
    "de": [
        r"muslim(?:e|in|innen|isch(?:e[nmrs]?)?)",
        r"christ(?:en|in|innen|lich(?:e[nmrs]?)?)",
        r"jüd(?:e|in|isch(?:e[nmrs]?)?)",
        r"juden",
    ],
    "ru": [r"мусульман\w*", r"христиан\w*", r"евре\w*", r"иудей\w*"],
    "tr": [r"müslüman\w*", r"hristiyan\w*", r"yahudi\w*"],
    "ar": [_AR + r"مسلم\w*", _AR + r"مسيحي\w*", _AR + r"يهود\w*"],
}
_GOD_BY_LANG: dict[str, list[str]] = {
    "en": [r"allah", r"god"],
    "fr": [r"dieu"],
    "de": [r"gott(?:es)?"],
    "ru": [r"аллах\w*", r"бог\w*"],
    "tr": [r"tanrı\w*"],
    "ar": [r"(?:[وفب]?ال|ل)له", r"(?:[وفب]?ال|ل)رب"],
}
_HOUSE_BY_LANG: dict[str, list[str]] = {
    "en": [r"mosques?", r"churches", r"church", r"synagogues?"],
    "fr": [r"mosquée?s?", r"[ée]glises?"],
    "de": [r"moschee(?:n)?", r"kirche(?:n)?", r"synagoge(?:n)?"],
    "ru": [r"мечет\w*", r"церк\w*", r"синагог\w*"],
    "tr": [r"cami\w*", r"kilise\w*", r"sinagog\w*"],
    "ar": [_AR + r"مسجد", _AR + r"كنيسة", _AR + r"كنيس"],
}
# French "synagogue(s)" is matched by the English pattern, and so becomes "house of worship".


def _flat(by_lang: dict[str, list[str]]) -> list[str]:
    return [p for pats in by_lang.values() for p in pats]


_FAITH = _flat(_FAITH_BY_LANG)
_GOD = _flat(_GOD_BY_LANG)
_HOUSE = _flat(_HOUSE_BY_LANG)
_NAMES = [
    "mohammed",
    "muhammad",
    "mohamed",
    "ahmed",
    "ahmad",
    "ali",
    "omar",
    "umar",
    "hassan",
    "hussein",
    "youssef",
    "yusuf",
    "ibrahim",
    "khalid",
    "mustafa",
    "fatima",
    "fatma",
    "aisha",
    "ayesha",
    "khadija",
    "maryam",
    "zainab",
    "amina",
    "layla",
    "leila",
    "john",
    "peter",
    "paul",
    "james",
    "david",
    "michael",
    "thomas",
    "daniel",
    "mark",
    "sarah",
    "miriam",
    "mary",
    "maria",
    "anna",
    "emma",
    "sophie",
    "julia",
    "laura",
    "hannah",
    "rachel",
    "ruth",
    "pierre",
    "jean",
    "hans",
    "ivan",
    "olga",
    "mehmet",
    "ayşe",
    "elif",
    "murat",
]

# The same names in Arabic and Cyrillic script (new in 0.11: in 0.10 and the first 0.11
# candidates only the Latin forms were read as one name, and an Arabic sentence moved by up
# to 0.34 with the name in it). Left out where the written form is also a common word:
# Arabic علي (على, "on", as often written), عمر ("age"), حسن ("good"), بول, صوفي ("Sufi"),
# سارة ("pleasant", as in أخبار سارة), أمينة ("trustworthy"), حنا ("we"), مراد ("meant"),
# جان; Russian пол ("floor").
_NAMES_AR = [
    "محمد",
    "أحمد",
    "احمد",
    "حسين",
    "يوسف",
    "إبراهيم",
    "ابراهيم",
    "خالد",
    "مصطفى",
    "فاطمة",
    "فاطمه",
    "عائشة",
    "عائشه",
    "خديجة",
    "مريم",
    "زينب",
    "آمنة",
    "ليلى",
    "جون",
    "بيتر",
    "جيمس",
    "ديفيد",
    "داود",
    "مايكل",
    "ميخائيل",
    "توماس",
    "دانيال",
    "مارك",
    "سارا",
    "ماري",
    "ماريا",
    "آنا",
    "إيما",
    "جوليا",
    "لورا",
    "هانا",
    "راحيل",
    "روث",
    "بيير",
    "هانز",
    "إيفان",
    "أولغا",
    "إليف",
]
_NAMES_RU = [
    "мухаммед",
    "мухаммад",
    "магомед",
    "ахмед",
    "ахмад",
    "али",
    "омар",
    "умар",
    "хасан",
    "хусейн",
    "юсуф",
    "ибрагим",
    "халид",
    "мустафа",
    "фатима",
    "фатьма",
    "аиша",
    "айше",
    "хадиджа",
    "марьям",
    "зейнаб",
    "амина",
    "лейла",
    "джон",
    "пётр",
    "петр",
    "павел",
    "джеймс",
    "давид",
    "дэвид",
    "михаил",
    "майкл",
    "томас",
    "даниил",
    "дэниел",
    "марк",
    "сара",
    "мирьям",
    "мария",
    "мэри",
    "анна",
    "эмма",
    "софи",
    "юлия",
    "джулия",
    "лаура",
    "ханна",
    "рахиль",
    "рэйчел",
    "руфь",
    "пьер",
    "жан",
    "ганс",
    "иван",
    "ольга",
    "мехмет",
    "элиф",
    "мурат",
]


def _rx(words: Sequence[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)


_RULES = [
    # Faith words are dropped, not tokenised (new in 0.8): a shared token still made
    # *mentioning* a faith evidence (+4.6, from the pack's pro-ISIS accounts' usage).
    (_rx(_FAITH), " "),
    (_rx(_GOD), " godterm "),
    (_rx(_HOUSE), " worshipplace "),
    (_rx(_NAMES + _NAMES_AR + _NAMES_RU), " personname "),
]


def neutralize(text: str) -> str:
    """``text`` with identity words and first names replaced by neutral tokens."""
    for rx, token in _RULES:
        text = rx.sub(token, text)
    return text


def neutral_token(token: str) -> str | None:
    """What :func:`neutralize` makes of one whole word (a maximal run of ``\\w``):
    ``None`` if it keeps it, else its replacement (``""`` for a dropped faith word). Every
    rule matches whole words only, so a text's words can be neutralised one at a time."""
    for rx, repl in _RULES:
        if rx.fullmatch(token):
            return repl.strip()
    return None


CANON_NAME = "Sam"


def _script(lang: str) -> str:
    return {"ru": "ru", "ar": "ar"}.get(lang, "en")


# The one word stage 2 reads for each group, per script. Patterns overlap across the
# Latin-script languages ("synagogue", "Allah"), so all of them map to the same word.
_CANON_WORDS = [
    # Faith words are dropped. With "believer" as the stand-in, every variant of a charity
    # text in the fairness test was flagged; "religious" and "faith" read as high there.
    (_FAITH_BY_LANG, {"en": "", "ru": "", "ar": ""}),
    (_GOD_BY_LANG, {"en": "God", "ru": "Бог", "ar": "الله"}),
    (_HOUSE_BY_LANG, {"en": "house of worship", "ru": "храм", "ar": "دار عبادة"}),
]
_CANON_RULES = [
    (_rx([p for lang, pats in by_lang.items() if _script(lang) == script for p in pats]), word)
    for by_lang, words in _CANON_WORDS
    for script, word in words.items()
] + [(_rx(_NAMES), CANON_NAME), (_rx(_NAMES_AR), "سام"), (_rx(_NAMES_RU), "Сэм")]


def canonicalize(text: str) -> str:
    """``text`` as stage 2 reads it: each identity word replaced by one word for its whole
    group ("Muslim", "Christian", "Jewish" → nothing; "Allah", "God" → "God"; "mosque",
    "church", "synagogue" → "house of worship"; the English word for every Latin-script
    language, the Russian one for Cyrillic, the Arabic one for Arabic), and each listed
    first name by one name. Unlike :func:`neutralize`'s tokens, these are words the
    sentence encoder knows, so the sentence keeps its meaning; but which faith, god, house
    of worship or name it was can no longer reach the embedding."""
    for rx, word in _CANON_RULES:
        text = rx.sub(word, text)
    return text


# Probe sentences for the identity directions (not the fairness test's templates).
_PROBES = [
    "The {adj} family next door brought us soup when we were ill.",
    "She is a {adj} nurse who works night shifts at the hospital.",
    "We visited the {house} during our trip to the old town.",
    "The {house} is collecting food for the local food bank.",
    "I thanked {god} for the birth of my daughter.",
    "{god} gives me strength on difficult days.",
    "{name} fixed my bicycle and refused to take any money.",
    "My colleague {name} is running a marathon for charity.",
    "A {adj} teacher won the regional award for science education.",
    "The {adj} association organised a concert in the park.",
    "After the service at the {house}, everyone stayed for coffee.",
    "{name} and her brother opened a bakery on the corner.",
]
_SLOTS = {
    "adj": ["Muslim", "Christian", "Jewish"],
    "house": ["mosque", "church", "synagogue"],
    "god": ["Allah", "God"],
    "name": ["Mohammed", "Fatima", "Ahmed", "Aisha", "John", "Sarah", "Peter", "Anna", "David", "Miriam"],
}


def identity_directions(embed: Callable[[Sequence[str]], np.ndarray], k: int = 12) -> np.ndarray:
    """Orthonormal rows spanning how embeddings move when only identity terms change."""
    diffs = []
    for tpl in _PROBES:
        slots = [s for s in _SLOTS if "{" + s + "}" in tpl]
        variants = [
            tpl.format(**dict(zip(slots, combo, strict=True)))
            for combo in itertools.product(*(_SLOTS[s] for s in slots))
        ]
        E = embed(variants)
        diffs.append(E - E.mean(axis=0, keepdims=True))
    D = np.vstack(diffs).astype(np.float64)
    _, _, vt = np.linalg.svd(D, full_matrices=False)
    return vt[:k].astype(np.float32)


def language_directions(
    E: np.ndarray, langs: Sequence[str], concepts: Sequence[str | None], k: int = 5
) -> np.ndarray:
    """Orthonormal rows spanning where the embeddings of one text's translations sit apart by
    language: over the concepts written in two or more languages, each language's mean
    offset from its concept's mean embedding, and the top ``k`` singular directions of those
    offsets. Computed on embeddings with the identity directions already projected out, the
    rows are orthogonal to them too."""
    by: dict[str, list[int]] = {}
    for i, c in enumerate(concepts):
        if c:
            by.setdefault(c, []).append(i)
    offsets: dict[str, list[np.ndarray]] = {}
    for idx in by.values():
        if len({langs[i] for i in idx}) < 2:
            continue
        m = E[idx].mean(axis=0)
        for i in idx:
            offsets.setdefault(langs[i], []).append(E[i] - m)
    if len(offsets) < 2:
        return np.zeros((0, E.shape[1]), dtype=np.float32)
    D = np.vstack([np.mean(v, axis=0) for _, v in sorted(offsets.items())]).astype(np.float64)
    _, sv, vt = np.linalg.svd(D, full_matrices=False)
    keep = min(k, int((sv > 1e-6 * sv[0]).sum()))
    return vt[:keep].astype(np.float32)


def project_out(E: np.ndarray, basis: np.ndarray) -> np.ndarray:
    """``E`` without its components along ``basis`` (rows orthonormal)."""
    if basis.size == 0:
        return E
    return (E - (E @ basis.T) @ basis).astype(np.float32)


__all__ = [
    "canonicalize",
    "identity_directions",
    "language_directions",
    "neutral_token",
    "neutralize",
    "project_out",
]
