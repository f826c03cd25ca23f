"""The narrative taxonomy and the keyword seeds used to weakly label training propaganda.

Themes follow Winter (2015), "Documenting the Virtual Caliphate": utopia, belonging, war,
brutality, victimhood, mercy; plus the two a platform must act on: the recruitment call and
threat/intent. ``docs/codebook.md`` defines each one with include/exclude rules.

Human theme labels exist only for the self-written propaganda in ``devsets/``. To give the
theme heads more (English, French, Arabic) data, pro-ISIS tweets of the training pack are
*weakly* labelled with :func:`weak_themes`: a theme is assigned when one of its seed
patterns occurs. Tweets matching no seed are left out of theme training. The model card
says so; measured theme quality comes only from the held-out self-written set.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

THEMES: tuple[str, ...] = (
    "utopia",
    "belonging",
    "war",
    "brutality",
    "victimhood",
    "mercy",
    "recruitment",
    "threat",
)
VIOLENT_THEMES: tuple[str, ...] = ("war", "brutality", "threat")

_SEEDS: dict[str, list[str]] = {
    "utopia": [
        r"hospital",
        r"clinic",
        r"medic",
        r"school",
        r"market",
        r"zakat",
        r"services?\b",
        r"electric",
        r"water",
        r"bread",
        r"prices?",
        r"dinar",
        r"court",
        r"sharia",
        r"shariah",
        r"hisbah",
        r"daily life",
        r"life in",
        r"rebuil",
        r"harvest",
        r"distribut",
        r"caliphate is",
        r"hôpital",
        r"école",
        r"marché",
        r"charia",
        r"مستشفى",
        r"مدرس",
        r"سوق",
        r"الزكاة",
        r"الشريعة",
        r"خدمات",
        r"ديوان",
        r"Krankenhaus",
        r"Schule",
        r"больниц",
        r"школ",
        r"hastane",
        r"okul",
    ],
    "belonging": [
        r"brother",
        r"brotherhood",
        r"sisters?\b",
        r"ummah",
        r"muhajir",
        r"akhi",
        r"ukhti",
        r"family",
        r"come home",
        r"our lions",
        r"frères?",
        r"sœurs?",
        r"oumma",
        r"إخوان",
        r"إخوة",
        r"أخوة",
        r"الأمة",
        r"المهاجر",
        r"Brüder",
        r"Schwester",
        r"брат",
        r"сестр",
        r"умм",
        r"kardeş",
        r"ümmet",
    ],
    "war": [
        r"soldiers? of",
        r"mujahid",
        r"battle",
        r"attack",
        r"liberat",
        r"captur",
        r"ambush",
        r"tanks?\b",
        r"killed\b",
        r"clashes",
        r"assault",
        r"martyrdom operation",
        r"istishhad",
        r"shaheed",
        r"shuhada",
        r"apostates? (?:were|killed|fled)",
        r"advance",
        r"conquer",
        r"fighters",
        r"front ?line",
        r"combat",
        r"moudjahid",
        r"bataille",
        r"soldats",
        r"جنود",
        r"معرك",
        r"اشتباك",
        r"مجاهد",
        r"غزوة",
        r"استشهاد",
        r"Kämpf",
        r"Schlacht",
        r"бо[йе]",
        r"воин",
        r"savaş",
        r"mücahit",
    ],
    "brutality": [
        r"execut",
        r"behead",
        r"crucif",
        r"ston(?:ed|ing)",
        r"thrown from",
        r"hadd\b",
        r"punish",
        r"slaughter",
        r"spy\b",
        r"spies",
        r"flog",
        r"lash",
        r"exécut",
        r"égorg",
        r"إعدام",
        r"ذبح",
        r"الحد\b",
        r"قصاص",
        r"Hinricht",
        r"казн",
        r"infaz",
        r"idam",
    ],
    "victimhood": [
        r"civilians?",
        r"airstrike",
        r"air strike",
        r"bomb(?:ed|ing|s)\b",
        r"coalition",
        r"drone",
        r"massacre",
        r"children (?:killed|martyred)",
        r"oppress",
        r"prisons?\b",
        r"crusader",
        r"regime",
        r"women and children",
        r"silent",
        r"humiliat",
        r"civils",
        r"bombard",
        r"croisés",
        r"قصف",
        r"مجزرة",
        r"المستضعف",
        r"الصليبي",
        r"النصيري",
        r"Zivilist",
        r"bombardiert",
        r"мирн",
        r"бомб",
        r"sivil",
        r"bombal",
    ],
    "mercy": [
        r"repent",
        r"tawbah",
        r"amnesty",
        r"forgiv",
        r"pardon",
        r"defect",
        r"lay down (?:your|their) arms",
        r"door of",
        r"returned to islam",
        r"تاب",
        r"توبة",
        r"العفو",
        r"عفا",
        r"Reue",
        r"vergib",
        r"покая",
        r"прощ",
        r"tövbe",
        r"affed",
    ],
    "recruitment": [
        r"hijrah",
        r"hijra",
        r"make hijr",
        r"migrate",
        r"\bjoin",
        r"come to",
        r"answer the call",
        r"bay'?ah",
        r"pledge",
        r"allegiance",
        r"we need",
        r"needs you",
        r"doctors",
        r"engineers",
        r"rejoins",
        r"allégeance",
        r"هجرة",
        r"هاجر",
        r"انفروا",
        r"بيعة",
        r"بايع",
        r"الحق ب",
        r"Hidschra",
        r"schließ dich",
        r"хиджр",
        r"присяг",
        r"hicret",
        r"biat",
    ],
    "threat": [
        r"you will not (?:be|feel) safe",
        r"we will come",
        r"lone wolf",
        r"kill them",
        r"soon in",
        r"message to (?:america|france|the crusaders|obama)",
        r"we are coming",
        r"your streets",
        r"in your (?:homes|cities|lands)",
        r"by allah,? we will",
        r"coming days",
        r"wait for us",
        r"vos rues",
        r"سنأتيكم",
        r"في عقر دار",
        r"انتظروا",
        r"لن تنعموا",
        r"eure[nm]? Straßen",
        r"ваших улицах",
        r"sokaklarınız",
    ],
}
_COMPILED = {t: re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE) for t, pats in _SEEDS.items()}


def weak_themes(text: str) -> set[str]:
    """Themes whose seed patterns occur in ``text`` (weak labels, training only)."""
    return {t for t, rx in _COMPILED.items() if rx.search(text)}


def seed_matrix(texts: Sequence[str]) -> np.ndarray:
    """One row per text, one 0/1 column per theme (in :data:`THEMES` order): does a seed
    phrase of the theme occur? The theme stack's second feature."""
    out = np.zeros((len(texts), len(THEMES)), dtype=np.float32)
    for i, text in enumerate(texts):
        for j, t in enumerate(THEMES):
            if _COMPILED[t].search(text):
                out[i, j] = 1.0
    return out


def parse_themes(cell: str | None) -> set[str]:
    """Theme labels from a CSV cell (``"utopia;recruitment"``); unknown names are an error."""
    if not cell:
        return set()
    out = {t.strip() for t in re.split(r"[;,|]", cell) if t.strip()}
    unknown = out - set(THEMES)
    if unknown:
        raise ValueError(f"unknown theme(s): {sorted(unknown)}")
    return out


__all__ = ["THEMES", "VIOLENT_THEMES", "parse_themes", "seed_matrix", "weak_themes"]
