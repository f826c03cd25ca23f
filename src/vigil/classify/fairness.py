"""Keeping identity out of the score.

The training pack ties identity words to the positive class: pro-ISIS tweets say "Muslim",
"Allah" and Arabic names far more often than the general tweets do. A model left alone
learns "Muslim community raised money" → suspicious. Two measures, both applied at training
and at scoring time:

1. **n-gram stage**: identity words (Muslim/Christian/Jewish, Allah/God, mosque/church/
   synagogue, in six languages) and common Arabic and European first names are replaced by
   one neutral token each before hashing, so no weight can attach to *which* faith or name.
   "Islamic State", "Khilafah", "kuffar" and the like are not identity words and stay.
2. **embedding stage**: the directions along which sentence embeddings move when only the
   identity word or name changes are estimated from probe sentences (written here, distinct
   from the fairness test's templates) and projected out of every embedding ("hard
   debiasing", Bolukbasi et al. 2016).

``tests/test_fairness.py`` checks the result: swapping those terms in benign texts moves
the score by a mean |Δ| ≤ 0.02 and flips nothing to flagged.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

import numpy as np

_FAITH = [
    r"muslims?",
    r"christians?",
    r"jews?",
    r"jewish",
    r"musulman(?:e|s|es)?",
    r"chr[ée]tien(?:ne)?s?",
    r"juif(?:ve)?s?",
    r"muslim(?:e|in|innen|isch(?:e[nmrs]?)?)",
    r"christ(?:en|in|innen|lich(?:e[nmrs]?)?)",
    r"jüd(?:e|in|isch(?:e[nmrs]?)?)",
    r"juden",
    r"мусульман\w*",
    r"христиан\w*",
    r"евре\w*",
    r"иудей\w*",
    r"müslüman\w*",
    r"hristiyan\w*",
    r"yahudi\w*",
    r"مسلم\w*",
    r"مسيحي\w*",
    r"يهود\w*",
]
_GOD = [r"allah", r"god", r"dieu", r"gott(?:es)?", r"аллах\w*", r"бог\w*", r"tanrı\w*", r"الله", r"الرب"]
_HOUSE = [
    r"mosques?",
    r"churches",
    r"church",
    r"synagogues?",
    r"mosquée?s?",
    r"[ée]glises?",
    r"moschee(?:n)?",
    r"kirche(?:n)?",
    r"synagoge(?:n)?",
    r"мечет\w*",
    r"церк\w*",
    r"синагог\w*",
    r"cami\w*",
    r"kilise\w*",
    r"sinagog\w*",
    r"مسجد",
    r"المسجد",
    r"كنيسة",
    r"الكنيسة",
    r"كنيس",
    r"الكنيس",
]
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


def _rx(words: Sequence[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)


_RULES = [
    (_rx(_FAITH), " faithterm "),
    (_rx(_GOD), " godterm "),
    (_rx(_HOUSE), " worshipplace "),
    (_rx(_NAMES), " personname "),
]


def neutralize(text: str) -> str:
    """``text`` with identity words and first names replaced by neutral tokens."""
    for rx, token in _RULES:
        text = rx.sub(token, text)
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


def project_out(E: np.ndarray, basis: np.ndarray) -> np.ndarray:
    """``E`` without its components along ``basis`` (rows orthonormal)."""
    if basis.size == 0:
        return E
    return (E - (E @ basis.T) @ basis).astype(np.float32)


__all__ = ["identity_directions", "neutralize", "project_out"]
