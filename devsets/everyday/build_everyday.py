"""Build the everyday-posts base-rate sets: ordinary posts in six languages, all label 0.

A platform's stream is mostly people talking about sport, weather, food, family, work,
travel and their faith. The detector must leave all of it alone, in every language, so the
training and evaluation data need it in every language. This script turns public corpora
(sentiment, offensive-language and emotion corpora, a supplication book) into one CSV
layout and splits them by licence:

* a source whose licence allows training (MIT, CC BY, CC BY-SA, GPL) is split by
  ``sha256`` of its text into TRAIN (80%) and HELD-OUT (20%);
* a source that is non-commercial or carries no licence is **evaluation only**: all of its
  rows go to the evaluation file, none to training.

Outputs (outside the repository; the corpora are not ours to commit in bulk):

* ``<out>/everyday-train.csv``: the TRAIN part of the training-licence sources;
* ``<out>/everyday-eval.csv``: the HELD-OUT part plus every evaluation-only row;
* ``--heldout CSV`` (optional, the committed ``devsets/everyday/everyday-heldout.csv``):
  up to ``HELDOUT_PER_LANG`` HELD-OUT rows per language from sources whose licence allows
  redistribution (``Source.redistribute``), for the quality tests.

Columns, as in the training pack: ``id,source,label,group,lang,text``; ``label`` is always 0,
``group`` is ``everyday_religious`` when the text is a prayer, a verse, a religious greeting
or another ordinary expression of faith (:data:`RELIGIOUS`), else ``everyday``.

Every source is read from a git snapshot at a pinned commit (``git show COMMIT:PATH`` in
``<mirrors>/<owner>+<name>/repo``), so the same commits give the same bytes. Per row:

1. clean: ``\\uXXXX`` escapes decoded, ``|LBR|`` line-break marks and whitespace runs
   collapsed; @mentions become ``@user`` and links ``http`` in every source, so no source
   can be told apart by how it writes them (and no account is named);
2. keep ``MIN_CHARS``..``MAX_CHARS`` characters and at least ``MIN_WORDS`` words;
3. drop texts about terrorism, jihadism or the war (:data:`OFF_TOPIC`): those belong to the
   news, counter-speech and propaganda families, not to the base rate;
4. dedup on a loose key (lower case, letters and digits only) across all sources: a text
   kept for training is never in the evaluation file; among evaluation-only rows the first
   source in :data:`SOURCES` order wins;
5. the language must be the source's, by vigil's own language id
   (:func:`vigil.extract.lang.detect_language`); rows are tried in ``sha256`` order and each
   (source, language, group) stops at the source's cap, so no source dominates a language
   (religious posts, rarer and where the detector fails most, have a cap of their own).

Run: ``python devsets/everyday/build_everyday.py [--mirrors DIR] [--out DIR] [--heldout CSV]``
(deterministic: the same snapshots give byte-identical files).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_MIRRORS = Path("/work/.mirror")
DEFAULT_OUT = Path("/work/everyday")
DEFAULT_HELDOUT = HERE / "everyday-heldout.csv"

COLUMNS = ["id", "source", "label", "group", "lang", "text"]
LANGS = ["en", "ar", "fr", "de", "ru", "tr"]
MIN_CHARS = 15
MAX_CHARS = 600
MIN_WORDS = 3
HELDOUT_PERCENT = 20
HELDOUT_PER_LANG = 300
TRAIN = "train"
EVAL_ONLY = "eval"

# One text (raw) with its row number in the source file.
Rows = Iterator[tuple[int, str]]
Parser = Callable[[bytes], Rows]


@dataclass(frozen=True)
class Source:
    """One file of one snapshot, read by ``parser`` into (row number, raw text) pairs."""

    name: str  # the ``source`` column, e.g. ``arsarcasm``
    repo: str  # owner+name of the snapshot directory
    commit: str
    path: str
    lang: str
    parser: Parser
    licence: str
    use: str  # TRAIN (train + held-out) or EVAL_ONLY
    redistribute: bool = False  # the licence lets us commit held-out rows (with attribution)
    cap: int = 4000  # most rows of this source per language and group, before the split
    religious: bool = False  # every row is an expression of faith


# ---------------------------------------------------------------------------------------
# parsers: bytes of one file -> (row number, raw text)


def lines_text(data: bytes) -> Rows:
    """One text per line (XLM-T ``*_text.txt``)."""
    yield from enumerate(data.decode("utf-8").splitlines())


def tsv_column(
    column: int, keep: Callable[[list[str]], bool] = lambda _: True, skip_header: bool = False
) -> Parser:
    def parse(data: bytes) -> Rows:
        for n, line in enumerate(data.decode("utf-8").splitlines()):
            if skip_header and n == 0:
                continue
            cells = line.split("\t")
            if len(cells) > column and keep(cells):
                yield n, cells[column]

    return parse


def csv_column(column: str, keep: Callable[[dict[str, str]], bool] = lambda _: True) -> Parser:
    def parse(data: bytes) -> Rows:
        reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
        for n, row in enumerate(reader):
            if keep(row):
                yield n, row[column]

    return parse


def json_field(key: str) -> Parser:
    def parse(data: bytes) -> Rows:
        for n, entry in enumerate(json.loads(data.decode("utf-8"))):
            yield n, str(entry[key])

    return parse


def conllu_text(social_only: bool = False) -> Parser:
    """The ``# text`` of each sentence of a CoNLL-U file; with ``social_only``, only the
    sentences marked ``# genre = social`` or whose ``sent_id`` names a social-media source."""

    def parse(data: bytes) -> Rows:
        sent_id = genre = ""
        for n, line in enumerate(data.decode("utf-8").splitlines()):
            if not line.strip():
                sent_id = genre = ""
            elif line.startswith("# sent_id = "):
                sent_id = line.removeprefix("# sent_id = ")
            elif line.startswith("# genre = "):
                genre = line.removeprefix("# genre = ").strip()
            elif line.startswith("# text = "):
                social = genre == "social" or _SOCIAL_ID.search(sent_id) is not None
                if social or not social_only:
                    yield n, line.removeprefix("# text = ")

    return parse


_SOCIAL_ID = re.compile(r"^(instagram|social)|-(vk|social)-")
_NO_SPACE_BEFORE = re.compile(r" ([.,!?;:%)\]}”’»]|n't\b|'[sdm]\b|'re\b|'ve\b|'ll\b)")
_NO_SPACE_AFTER = re.compile(r"([(\[{“‘«#@]) ")


def conll_tokens(data: bytes) -> Rows:
    """Tweets of a CoNLL file (one token and its tag a line, a blank line between
    tweets), tokens joined back with the usual spacing (BTC)."""
    tokens: list[str] = []
    start = 0
    for n, line in enumerate([*data.decode("utf-8").splitlines(), ""]):
        if line.strip():
            if not tokens:
                start = n
            tokens.append(line.split("\t")[0])
        elif tokens:
            text = _NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", " ".join(tokens)))
            yield start, text
            tokens = []


_FR_CONTRACTIONS = [(re.compile(rf"\b{a}\b"), b) for a, b in [
    ("de le", "du"), ("de les", "des"), ("à le", "au"), ("à les", "aux"),
]]  # fmt: skip


_CUT_WORD = re.compile(r"\S+~\s*")


def _french_contractions(parse: Parser) -> Parser:
    """UD French writes ``du`` as ``de le`` in ``# text``; put the contractions back, and
    drop the transcripts' broken-off words (``ju~``)."""

    def fix(data: bytes) -> Rows:
        for n, text in parse(data):
            text = _CUT_WORD.sub("", text)  # "ju~ jupe": a word broken off and restarted
            for pattern, repl in _FR_CONTRACTIONS:
                text = pattern.sub(repl, text)
            yield n, text

    return fix


def _turkish_sentence_case(parse: Parser) -> Parser:
    """Many Turkish hotel reviews are written in capitals: lower them, Turkish-aware
    (İ→i, I→ı), and capitalise the first letter."""

    def fix(data: bytes) -> Rows:
        for n, text in parse(data):
            letters = [c for c in text if c.isalpha()]
            if letters and all(c.isupper() for c in letters):
                text = text.replace("İ", "i").replace("I", "ı").lower()
                text = text[:1].replace("i", "İ").upper() + text[1:]
            yield n, text

    return fix


def _strip_quotes(parse: Parser) -> Parser:
    """ArSarcasm wraps every tweet in one more pair of quotes."""

    def strip(data: bytes) -> Rows:
        for n, text in parse(data):
            text = text.strip()
            if len(text) >= 2 and text[0] == text[-1] == '"':
                text = text[1:-1]
            yield n, text

    return strip


_QADI_MARKS = [
    (re.compile(r"\bURL\b"), "http"),
    (re.compile(r"\bEMOJI\b"), ""),
    (re.compile(r"\bNUM\b"), "10"),
]


def _qadi_placeholders(parse: Parser) -> Parser:
    """QADI writes ``URL``, ``EMOJI`` and ``NUM`` for links, emoji and numbers: a link becomes
    ``http`` as everywhere, an emoji nothing, a number ``10``."""

    def fix(data: bytes) -> Rows:
        for n, text in parse(data):
            for pattern, repl in _QADI_MARKS:
                text = pattern.sub(repl, text)
            yield n, text

    return fix


# ---------------------------------------------------------------------------------------
# the sources (README.md gives each one's licence text, version and counts)

XLMT = ("cardiffnlp+xlm-t", "874214d64d96599eb869a033c22ec2cc57d19256")
RUSENTITWEET = ("sismetanin+rusentitweet", "bb714550c20f29cdab8ed6378bae15f4790f1b6d")
OFFENSEVAL_TR = ("Nickisdope+11785_Baseline_Implementation", "284e7696fa58705f3dce6020049b731d2ac8d04e")
ARSARCASM = ("iabufarha+ArSarcasm", "62a114b6082e8ef652203605078de4bb16630380")
ARSARCASM2 = ("iabufarha+ArSarcasm-v2", "eb85513e133cfc67e30aca4968fadbe2594fcb42")
QADI = ("qcri+QADI", "4e450108bfd7b58d16a6d58bdf6e0bcbef1bbc87")
ASTD = ("mahmoudnabil+ASTD", "0eac69a559bbc38a2cf06266411fa8bf47eed042")
GERMEVAL = ("uds-lsv+GermEval-2018-Data", "9877472d39523effd54cd079b4c61157ed141508")
XED = ("Helsinki-NLP+XED", "76666d251f147cf518071bef4f8415dab6b96115")
ADHKAR = ("Seen-Arabic+Morning-And-Evening-Adhkar-DB", "29d7623fede52eca835a789025dfda866e8cfe44")
TAIGA = ("UniversalDependencies+UD_Russian-Taiga", "3c64a056edcd5c6e2c29b3724d973729c354e016")
# the last commit whose train file is one file the snapshot holds (later ones split it in five)
TAIGA_TRAIN = ("UniversalDependencies+UD_Russian-Taiga", "445b06171246417ae52da5b989d6ee619c112177")
TOURISM = ("UniversalDependencies+UD_Turkish-Tourism", "e410880799eeece4dbba4275628ec54ad84caaa2")
PARIS = ("UniversalDependencies+UD_French-ParisStories", "c549ab63a3ac2af92ad9e87fff2b4f45742f2d42")
BTC = ("GateNLP+broad_twitter_corpus", "0c45ef7b1924a6b8115bceab388781590b1b553a")

_XLMT_LANG = {"arabic": "ar", "english": "en", "french": "fr", "german": "de"}
_XED_FILE = {lang: f"Projections/{lang}-projections.tsv" for lang in LANGS}
_XED_FILE["tr"] = "Projections/tr-projections2.tsv"

SOURCES: list[Source] = [
    # --- training licences (TRAIN + HELD-OUT) ---
    Source(
        "arsarcasm",
        *ARSARCASM,
        "dataset/ArSarcasm_train.csv",
        "ar",
        _strip_quotes(csv_column("tweet")),
        "MIT",
        TRAIN,
        redistribute=True,
    ),
    Source(
        "arsarcasm",
        *ARSARCASM,
        "dataset/ArSarcasm_test.csv",
        "ar",
        _strip_quotes(csv_column("tweet")),
        "MIT",
        TRAIN,
        redistribute=True,
    ),
    *(
        Source(
            "arsarcasm-v2",
            *ARSARCASM2,
            f"ArSarcasm-v2/{split}_data.csv",
            "ar",
            _strip_quotes(csv_column("tweet")),
            "MIT",
            TRAIN,
            redistribute=True,
        )
        for split in ("training", "testing")
    ),
    Source("astd", *ASTD, "data/Tweets.txt", "ar", tsv_column(0), "GPL-2.0", TRAIN),
    Source(
        "adhkar",
        *ADHKAR,
        "ar.json",
        "ar",
        json_field("content"),
        "MIT",
        TRAIN,
        redistribute=True,
        religious=True,
    ),
    Source(
        "adhkar",
        *ADHKAR,
        "en.json",
        "en",
        json_field("translation"),
        "MIT",
        TRAIN,
        redistribute=True,
        religious=True,
    ),
    *(
        Source(
            "germeval2018",
            *GERMEVAL,
            path,
            "de",
            tsv_column(0, keep=lambda cells: len(cells) > 1 and cells[1] == "OTHER"),
            "CC-BY-4.0",
            TRAIN,
            redistribute=True,
        )
        for path in ("germeval2018.training.txt", "germeval2018.test.txt")
    ),
    *(
        Source(
            "ru-taiga-social",
            *TAIGA,
            path,
            "ru",
            conllu_text(social_only=True),
            "CC-BY-SA-4.0",
            TRAIN,
            redistribute=True,
        )
        for path in ("ru_taiga-ud-dev.conllu", "ru_taiga-ud-test.conllu")
    ),
    Source(
        "ru-taiga-social",
        *TAIGA_TRAIN,
        "ru_taiga-ud-train.conllu",
        "ru",
        conllu_text(social_only=True),
        "CC-BY-SA-4.0",
        TRAIN,
        redistribute=True,
    ),
    *(
        Source(
            "tr-tourism-reviews",
            *TOURISM,
            path,
            "tr",
            _turkish_sentence_case(conllu_text()),
            "CC-BY-SA-4.0",
            TRAIN,
            redistribute=True,
            cap=2000,
        )
        for path in ("tr_tourism-ud-dev.conllu", "tr_tourism-ud-test.conllu")
    ),
    *(
        Source(
            "fr-paris-stories",
            *PARIS,
            f"fr_parisstories-ud-{split}.conllu",
            "fr",
            _french_contractions(conllu_text()),
            "CC-BY-SA-4.0",
            TRAIN,
            redistribute=True,
        )
        for split in ("train", "dev", "test")
    ),
    *(
        Source(
            "btc",
            *BTC,
            f"{section}.conll",
            "en",
            conll_tokens,
            "CC-BY-4.0",
            TRAIN,
            redistribute=True,
        )
        for section in "abefgh"
    ),
    *(
        Source(
            "xed",
            *XED,
            _XED_FILE[lang],
            lang,
            tsv_column(0, skip_header=lang == "tr"),
            "CC-BY-4.0",
            TRAIN,
            redistribute=True,
        )
        for lang in LANGS
    ),
    # --- evaluation only (non-commercial, research-only or no licence) ---
    *(
        Source(
            "xlmt-sentiment",
            *XLMT,
            f"data/sentiment/{name}/{split}_text.txt",
            lang,
            lines_text,
            "see README (SemEval-2017 / DEFT-2017 / SB-10k terms)",
            EVAL_ONLY,
        )
        for name, lang in _XLMT_LANG.items()
        for split in ("train", "val", "test")
    ),
    Source(
        "qadi",
        *QADI,
        "testset/QADI_test.txt",
        "ar",
        _qadi_placeholders(tsv_column(0)),
        "none stated",
        EVAL_ONLY,
    ),
    Source(
        "rusentitweet",
        *RUSENTITWEET,
        "rusentitweet_full.csv",
        "ru",
        csv_column("text", keep=lambda row: row.get("label") != "skip"),
        "none stated",
        EVAL_ONLY,
    ),
    Source(
        "offenseval2020-tr",
        *OFFENSEVAL_TR,
        "offenseval-tr-training-v1.tsv",
        "tr",
        tsv_column(1, keep=lambda cells: len(cells) > 2 and cells[2] == "NOT", skip_header=True),
        "none in this copy",
        EVAL_ONLY,
    ),
]

# ---------------------------------------------------------------------------------------
# cleaning and filters

_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_MENTION = re.compile(r"@\w+")
_URL = re.compile(r"(?i)\b(?:https?://\S+|www\.\S+|https?\b)")
_LOOSE = re.compile(r"[\W_]+")
_SPACED_STOP = re.compile(r"(?<=\w) ([.,])(?=\s|$)")  # "word ." of tokenised corpora


def clean(raw: str) -> str:
    text = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), raw)
    text = text.replace("|LBR|", " ")
    text = _SPACED_STOP.sub(r"\1", text)
    text = _URL.sub("http", text)
    text = _MENTION.sub("@user", text)
    return " ".join(text.split())


def loose_key(text: str) -> str:
    """Lower case, letters and digits only, without the @user/http placeholders."""
    text = text.lower().replace("@user", " ").replace("http", " ")
    return _LOOSE.sub("", text)


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# Texts about terrorism, jihadism or the wars are not the everyday base rate.
OFF_TOPIC = re.compile(
    r"(?i)(terror|isis\b|\bisil\b|daesh|daech|jihad|djihad|dschihad|cihat|islamist|islamiste"
    r"|kalifat|caliphat|caliphate|halifelik|al-?qaida|qaeda|bomb|anschlag|attentat|kamikaze"
    r"|işid|ışid|deaş|daeş|terör|cihat"
    r"|беженц|террор|игил|джихад|теракт|халифат|моджахед|шахид"
    r"|إرهاب|ارهاب|داعش|الدول[ةه] الإسلامي[ةه]|الدول[ةه] الاسلامي[ةه]|دول[ةه] الخلاف[ةه]|خلاف[ةه]|جهاد|مجاهد"
    r"|انتحاري|تفجير|مفخخ|باقي[ةه] وتتمدد)"
)

# Ordinary expressions of faith: prayers, verses, greetings, feasts, places of worship.
RELIGIOUS = re.compile(
    r"(?i)(اللهم|سبحان|الحمد ?لله|الحمدلله|[إا]ن ?شاء الله|ما ?شاء الله|صلى الله عليه|ﷺ|رمضان"
    r"|جمع[ةه] مبارك|آمين|يا ?رب|[أا]ستغفر|الصلا[ةه]|مسجد|القر[آا]ن|دعاء|رحم[هة]ا? الله|بسم الله"
    r"|لا إله إلا|الله [أا]كبر|عيد مبارك"
    r"|\bgod\b|\ballah\b|\bpray|\bprayer|\bchurch|\bmosque|ramadan|\beid\b|\bjesus|\bbible|qur'?an|koran"
    r"|\bamen\b|\bdieu\b|\bpri[eè]re|\bprier\b|[ée]glise|mosqu[ée]e|inch'?allah|\bcoran\b|j[ée]sus"
    r"|\bgott\b|\bgebet|\bbeten\b|\bkirche|moschee"
    r"|\bбог(?:а|у|ом|е|и)?\b|\bбож(?:е|ий|ья|ье|ьи)\b|\bгосподи\b|\bгосподь|\bгосподн|молитв|молюсь|молиться"
    r"|\bцерк|\bхрам\b|мечет|аллах|аминь|христ"
    r"|\bdua\b|namaz|\bcami(?:i|ye|de|den|ler\w*)?\b|ramazan|bayram|in[sş]allah|ma[sş]allah|kuran|\bamin\b"
    r"|hay[ıi]rl[ıi] cumalar|rabbim)"
)


def group_of(source: Source, text: str) -> str:
    return "everyday_religious" if source.religious or RELIGIOUS.search(text) else "everyday"


def length_ok(text: str) -> bool:
    return MIN_CHARS <= len(text) <= MAX_CHARS and len(text.split()) >= MIN_WORDS


def heldout(text: str) -> bool:
    return int(sha("everyday-split:" + loose_key(text)), 16) % 100 < HELDOUT_PERCENT


# ---------------------------------------------------------------------------------------
# reading and building


class SourceMissing(Exception):
    """A snapshot or a file at the pinned commit is not there."""


def read_source(mirrors: Path, source: Source) -> bytes:
    git_dir = mirrors / source.repo / "repo"
    if not git_dir.exists():
        where = source.repo.replace("+", "/")
        raise SourceMissing(f"{source.name}: no snapshot at {git_dir} (fetch github:{where})")
    done = subprocess.run(
        ["git", "-C", str(git_dir), "show", f"{source.commit}:{source.path}"],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        why = done.stderr.decode().strip()
        raise SourceMissing(f"{source.name}: {source.path} at {source.commit[:12]}: {why}")
    return done.stdout


@dataclass
class Row:
    id: str
    source: str
    group: str
    lang: str
    text: str
    part: str  # train / heldout / evalonly
    redistribute: bool

    def csv_row(self) -> list[str]:
        return [self.id, self.source, "0", self.group, self.lang, self.text]


@dataclass
class Report:
    read: Counter[tuple[str, str]] = field(default_factory=Counter)
    dropped: Counter[tuple[str, str]] = field(default_factory=Counter)  # (source, reason)
    kept: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # (source, lang, part)


Detector = Callable[[str], str]


def _default_detector() -> Detector:
    sys.path.insert(0, str(REPO / "src"))
    from vigil.extract.lang import detect_language

    return detect_language


def row_id(source: Source, n: int) -> str:
    """``<source>-<lang>-<file stem>-<row number in that file>``: stable while the commit is."""
    return f"{source.name}-{source.lang}-{Path(source.path).stem}-{n}"


def collect(mirrors: Path, sources: list[Source], detect: Detector, report: Report) -> list[Row]:
    """Every kept row of every source, training sources first (their texts win dedup)."""
    ordered = [s for s in sources if s.use == TRAIN] + [s for s in sources if s.use == EVAL_ONLY]
    seen: set[str] = set()
    rows: list[Row] = []
    # candidates per (source name, lang): all files of one source share its cap
    pools: dict[tuple[str, str], list[tuple[str, Source, int, str]]] = {}
    for source in ordered:
        for n, raw in source.parser(read_source(mirrors, source)):
            report.read[(source.name, source.lang)] += 1
            text = clean(raw)
            if not length_ok(text):
                report.dropped[(source.name, "length")] += 1
                continue
            if OFF_TOPIC.search(text.replace("_", " ").replace("#", " ")):
                report.dropped[(source.name, "off_topic")] += 1
                continue
            order = sha(f"{row_id(source, n)}\n{text}")
            pools.setdefault((source.name, source.lang), []).append((order, source, n, text))
    for (name, lang), pool in pools.items():
        kept: Counter[str] = Counter()  # per group: religious rows have a cap of their own
        for _, source, n, text in sorted(pool, key=lambda item: item[0]):
            group = group_of(source, text)
            if kept[group] >= source.cap:
                report.dropped[(name, "cap")] += 1
                continue
            key = loose_key(text)
            if not key or key in seen:
                report.dropped[(name, "duplicate")] += 1
                continue
            if detect(text) != lang:
                report.dropped[(name, "language")] += 1
                continue
            seen.add(key)
            kept[group] += 1
            part = "evalonly" if source.use == EVAL_ONLY else "heldout" if heldout(text) else "train"
            row = Row(
                id=row_id(source, n),
                source=name,
                group=group,
                lang=lang,
                text=text,
                part=part,
                redistribute=source.redistribute,
            )
            report.kept[(name, lang, part)] += 1
            rows.append(row)
    return rows


def _write(path: Path, rows: list[Row]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in sorted(rows, key=lambda r: (r.lang, r.source, sha(r.id))):
            writer.writerow(row.csv_row())


def pick_heldout(rows: list[Row], per_lang: int = HELDOUT_PER_LANG) -> list[Row]:
    """Up to ``per_lang`` redistributable HELD-OUT rows per language, spread over sources
    (round robin in sha256 order) and keeping every religious row up to a third."""
    out: list[Row] = []
    for lang in LANGS:
        cands = [r for r in rows if r.part == "heldout" and r.redistribute and r.lang == lang]
        cands.sort(key=lambda r: sha(r.id))
        religious = [r for r in cands if r.group == "everyday_religious"][: per_lang // 3]
        chosen = list(religious)
        by_source: dict[str, list[Row]] = {}
        for r in cands:
            if r not in religious:
                by_source.setdefault(r.source, []).append(r)
        queues = [by_source[s] for s in sorted(by_source)]
        while len(chosen) < per_lang and any(queues):
            for q in queues:
                if q and len(chosen) < per_lang:
                    chosen.append(q.pop(0))
        out.extend(chosen)
    return out


def build(
    mirrors: Path,
    out_dir: Path,
    heldout_csv: Path | None = None,
    sources: list[Source] | None = None,
    detect: Detector | None = None,
) -> Report:
    report = Report()
    rows = collect(mirrors, SOURCES if sources is None else sources, detect or _default_detector(), report)
    _write(out_dir / "everyday-train.csv", [r for r in rows if r.part == "train"])
    _write(out_dir / "everyday-eval.csv", [r for r in rows if r.part != "train"])
    if heldout_csv is not None:
        _write(heldout_csv, pick_heldout(rows))
    return report


def print_report(report: Report) -> None:
    print("kept (source, lang): train / heldout / evalonly")
    for name, lang in sorted({(s, lang) for s, lang, _ in report.kept}):
        parts = [report.kept[(name, lang, p)] for p in ("train", "heldout", "evalonly")]
        print(f"  {name:20} {lang}  {parts[0]:6} {parts[1]:6} {parts[2]:6}")
    print("dropped (source, reason):")
    for (name, reason), count in sorted(report.dropped.items()):
        print(f"  {name:20} {reason:10} {count}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirrors", type=Path, default=DEFAULT_MIRRORS, help="folder of the git snapshots")
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="folder for everyday-train.csv and everyday-eval.csv"
    )
    parser.add_argument(
        "--heldout", type=Path, default=None, help="also write the redistributable held-out rows to this CSV"
    )
    args = parser.parse_args(argv)
    try:
        report = build(args.mirrors, args.out, args.heldout)
    except SourceMissing as exc:
        print(f"build_everyday: {exc}", file=sys.stderr)
        return 2
    print_report(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
