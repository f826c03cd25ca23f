"""The recruitment lexicon: explicit calls to act, and the audiences a call addresses.

The detector says *that* a post carries the recruitment narrative; this lexicon says
*what* it asks for and *of whom*, so a researcher can count "calls for doctors" the way
Winter and others describe them. The report runs it over the items the detector flagged
with the recruitment theme (and counts calls among all flagged items, labelled as such).

It is a documented word list, not a model: a match is evidence to read, not a verdict.
Entries are in English, Arabic, French, German, Turkish and Russian — the languages of the
shared corpora — and are matched on lower-cased word tokens, which is fast enough for
100,000 items (a regular expression per entry was 30 times slower):

* ``word`` or ``two words`` — whole words, in this order (apostrophes and hyphens split
  words, so write ``bay ah`` for *bay'ah*; list spelling variants separately);
* ``prefix*`` — any word that starts with ``prefix`` (Russian and Turkish endings);
* ``*part*`` — anywhere inside a word: Arabic entries use it, because Arabic writes
  clitics (و، ف، ال، ب) onto the word.

Extend the lists here; ``docs/report.md`` describes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Calls to act: what the post asks the reader to do.
CALLS: dict[str, tuple[str, ...]] = {
    "travel / hijrah": (
        "make hijrah", "make hijra", "perform hijrah", "hijrah", "hijra", "emigrate", "come to the khilafah",
        "come to the caliphate", "come to sham", "come to the islamic state", "come to dawlah",
        "*هاجر*", "*الهجرة*", "*انفروا*", "*النفير*",
        "faites la hijra", "faire la hijra", "venez", "émigrez", "hicret*", "hidschra", "хиджр*",
    ),
    "join / pledge": (
        "join us", "join the ranks", "join the caravan", "join the mujahideen", "join the mujahidin",
        "join the khilafah", "join the caliphate", "join the islamic state", "pledge allegiance",
        "pledge your allegiance", "give bay ah", "give bayah", "bay ah", "bayah", "baya",
        "*بايعوا*", "*البيعة*", "*انضموا*", "*بالقافلة*",
        "rejoignez", "rejoindre les rangs", "prêtez allégeance", "schließt euch", "katılın", "biat edin",
        "присоединяйтесь", "байа*",
    ),
    "fight / act": (
        "rise up", "mobilise", "mobilize", "go forth", "wage jihad", "join the jihad", "strike them",
        "kill them", "strike the kuffar", "kill the kuffar", "strike the crusaders", "kill the crusaders",
        "*جاهدوا*", "*قاتلوا*", "*اقتلوهم*",
        "levez vous", "frappez", "cihada", "вставайте",
    ),
    "support / give / spread": (
        "donate", "support the mujahideen", "support the mujahidin", "support the brothers",
        "support the dawlah", "spread this", "spread the word", "spread the message", "share this",
        "share widely", "please retweet",
        "*انشروا*", "*ادعموا*", "*تبرعوا*", "partagez", "diffusez", "paylaşın", "распространяйте",
    ),
}  # fmt: skip

# Audiences: whom the call addresses.
AUDIENCES: dict[str, tuple[str, ...]] = {
    "doctors / medics": (
        "doctor", "doctors", "physician", "physicians", "medic", "medics", "nurse", "nurses", "pharmacist",
        "pharmacists", "surgeon", "surgeons", "dentist", "dentists", "medical staff", "medical students",
        "medical student", "medical school", "medical professionals",
        "*أطباء*", "*طبيب*", "*ممرض*", "*صيادلة*",
        "médecin", "médecins", "infirmier", "infirmiers", "infirmière", "infirmières", "arzt", "ärzte",
        "doktor", "doktorlar", "врач*",
    ),
    "engineers / technical": (
        "engineer", "engineers", "technician", "technicians", "programmer", "programmers", "it specialists",
        "it experts", "expert", "experts", "specialist", "specialists",
        "*مهندس*", "ingénieur", "ingénieurs", "ingenieur", "ingenieure", "mühendis*", "инженер*",
    ),
    "scholars / teachers / media": (
        "scholar", "scholars", "students of knowledge", "teacher", "teachers", "journalist", "journalists",
        "media workers", "media operatives", "media mujahideen", "translator", "translators",
        "*علماء*", "*طلبة العلم*", "*المعلمين*", "*الإعلاميين*", "savants", "traducteur", "traducteurs",
    ),
    "women / sisters": (
        "women", "sister", "sisters", "wives", "mother", "mothers", "muhajirat", "muslimah",
        "*النساء*", "*الأخوات*", "*أخواتي*", "*المهاجرات*",
        "sœur", "sœurs", "soeur", "soeurs", "femmes", "schwestern", "kardeşler*", "сёстры", "сестры",
    ),
    "youth": (
        "youth", "youths", "young men", "young people", "young brothers", "young muslims", "teenagers",
        "cubs",
        "boys", "*الشباب*", "*شباب*", "*أشبال*", "jeunes", "jugend*", "gençler", "молод*",
    ),
    "families": (
        "family", "families", "children", "with your wife", "with your wives", "with your kids",
        "*العائلات*", "familles", "aileler", "семь*",
    ),
    "fighters / soldiers": (
        "fighters", "soldiers", "mujahideen", "mujahidin", "lions", "*المجاهدين*", "*جنود*",
        "combattants", "savaşçılar", "бойц*",
    ),
}  # fmt: skip

_WORD = re.compile(r"\w+")


def _norm(text: str) -> str:
    """Lower-cased word tokens joined by single spaces, with a space at each end."""
    return " " + " ".join(_WORD.findall(text.lower())) + " "


@dataclass(frozen=True)
class _Category:
    """One category's entries: single words (a set lookup) and the rest (substring searches)."""

    entries: tuple[str, ...]  # as written in the list
    words: frozenset[str]  # single whole words
    ordered_words: tuple[str, ...]
    ascii_needles: tuple[str, ...]  # phrases, prefixes and infixes, split by script so
    other_needles: tuple[str, ...]  # an ASCII-only text skips the Arabic/Cyrillic ones

    def __len__(self) -> int:
        return len(self.entries)


def _compile(table: dict[str, tuple[str, ...]]) -> dict[str, _Category]:
    out: dict[str, _Category] = {}
    for name, entries in table.items():
        words: list[str] = []
        needles: list[str] = []
        for e in entries:
            if e.startswith("*") and e.endswith("*"):
                needles.append(_norm(e.strip("*")).strip())
            elif e.endswith("*"):
                needles.append(_norm(e[:-1]).rstrip())
            elif len(_norm(e).split()) == 1:
                words.append(_norm(e).strip())
            else:
                needles.append(_norm(e))
        out[name] = _Category(
            entries=entries,
            words=frozenset(words),
            ordered_words=tuple(words),
            ascii_needles=tuple(n for n in needles if n.isascii()),
            other_needles=tuple(n for n in needles if not n.isascii()),
        )
    return out


@dataclass(frozen=True)
class Lexicon:
    """Compiled entries: ``calls`` and ``audiences`` map a category to its entries."""

    calls: dict[str, _Category]
    audiences: dict[str, _Category]

    def match_calls(self, text: str) -> dict[str, str]:
        """Category → the words of the text that matched, for each call category found in ``text``."""
        return _first_matches(self.calls, _Text(text))

    def match_audiences(self, text: str) -> dict[str, str]:
        return _first_matches(self.audiences, _Text(text))

    def match(self, text: str) -> tuple[dict[str, str], dict[str, str]]:
        """Calls and audiences at once (the text is normalised once)."""
        t = _Text(text)
        return _first_matches(self.calls, t), _first_matches(self.audiences, t)


class _Text:
    __slots__ = ("is_ascii", "norm", "tokens")

    def __init__(self, text: str) -> None:
        self.norm = _norm(text)
        self.tokens = frozenset(self.norm.split())
        self.is_ascii = self.norm.isascii()


def _first_matches(table: dict[str, _Category], text: _Text) -> dict[str, str]:
    out: dict[str, str] = {}
    norm = text.norm
    for name, cat in table.items():
        if cat.words and not cat.words.isdisjoint(text.tokens):
            out[name] = next(w for w in cat.ordered_words if w in text.tokens)
            continue
        for needle in cat.ascii_needles if text.is_ascii else cat.ascii_needles + cat.other_needles:
            idx = norm.find(needle)
            if idx >= 0:  # report the words as written in the text (whole words around the entry)
                start = norm.rfind(" ", 0, idx + 1) + 1
                end = norm.find(" ", idx + len(needle.rstrip()))
                out[name] = norm[start:end].strip()
                break
    return out


def default_lexicon() -> Lexicon:
    return Lexicon(calls=_compile(CALLS), audiences=_compile(AUDIENCES))


__all__ = ["AUDIENCES", "CALLS", "Lexicon", "default_lexicon"]
