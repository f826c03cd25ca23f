"""Stage 1 without scikit-learn: the same features and the same float32 logits, bit for bit.

The detector scores stage 1 with numpy and mmh3 (``ngrams.ngram_logits``); the trainer fits
it with scikit-learn's HashingVectorizer. These tests hold the two to exactly the same
numbers, on every self-written text in ``devsets/`` and on generated text that stresses
tokenisation (identity words in six languages, Turkish dotted capital I, Greek sigma,
underscores, digits, punctuation), and check that loading and running the detector does
not import scikit-learn or scipy at all.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vigil.classify.arrays import load_arrays
from vigil.classify.detector import default_model_dir
from vigil.classify.fairness import neutral_token, neutralize
from vigil.classify.ngrams import (
    ANALYZERS,
    FUNCTION_WORDS,
    NgramFeatures,
    NgramScorer,
    ngram_logits,
    tokens,
    word_index,
    word_ngrams,
)
from vigil.classify.text import model_text

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def stage1() -> tuple[np.ndarray, float]:
    a = load_arrays(default_model_dir() / "model.npz")
    return a["s1_coef"].astype(np.float32), float(a["s1_intercept"][0])


def _sklearn_logits(
    texts: list[str], coef: np.ndarray, intercept: float, analyzer: str = "words-v1"
) -> np.ndarray:
    """The trainer's path: HashingVectorizer's sparse matrix, scipy's product."""
    X = NgramFeatures(analyzer).transform(texts)
    return np.asarray(X @ coef + intercept, dtype=np.float64)


# scikit-learn's word analyzer, as words-v1 configures it (built once for the module)
_SK_ANALYZER = NgramFeatures().word.build_analyzer()


def _devset_texts() -> list[str]:
    out: list[str] = []
    for path in sorted((REPO / "devsets").glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as fh:
            out.extend(model_text(r["text"]) for r in csv.DictReader(fh))
    return out


@pytest.mark.parametrize("analyzer", ANALYZERS)
def test_devset_logits_are_bit_identical(stage1: tuple[np.ndarray, float], analyzer: str) -> None:
    coef, b = stage1
    texts = _devset_texts()
    assert len(texts) > 1500
    texts += ["", "   ", "!!!", "x " * 700, "Allah Allah Allah", "İSTANBUL'da ıı İi", "the of la"]
    ref = _sklearn_logits(texts, coef, b, analyzer)
    got = ngram_logits(texts, coef, b, analyzer)
    assert got.dtype == np.float64
    mismatched = [t for t, r, g in zip(texts, ref, got, strict=True) if r != g]
    assert not mismatched, f"{len(mismatched)} texts differ, first: {mismatched[0]!r}"


def test_blocks_of_rows_give_the_same_logits(
    stage1: tuple[np.ndarray, float], monkeypatch: pytest.MonkeyPatch
) -> None:
    """ngram_logits sums a block of rows at a time (so one huge text cannot blow the padded
    matrix up); tiny blocks, and rows wider than a block, must change nothing."""
    from vigil.classify import ngrams

    coef, b = stage1
    texts = [*_devset_texts()[:400], "word " * 5000, "", "Khilafah " * 300]
    ref = _sklearn_logits(texts, coef, b)
    monkeypatch.setattr(ngrams, "_PAD_CELLS", 64)
    got = ngram_logits(texts, coef, b)
    assert np.array_equal(ref, got)


_WORDS = st.sampled_from(
    [
        "Allah",
        "GOD",
        "god's",
        "Muslims",
        "muslim_brother",
        "Jewish",
        "mosque",
        "Church",
        "synagogues",
        "Mohammed",
        "ALI",
        "Ayşe",
        "İbrahim",
        "İstanbul",
        "ıslak",
        "Dieu",
        "musulmanes",
        "Moschee",
        "jüdische",
        "Gottes",
        "мусульмане",
        "Аллах",
        "мечеть",
        "müslüman",
        "camii",
        "Tanrı",
        "المسلمين",
        "والكنيسة",
        "الله",
        "لله",
        "مسجد",
        "ΟΔΟΣ",
        "Σ",
        "ΑΣ'Β",
        "khilafah",
        "Dawlah",
        "hijrah",
        "2015",
        "x1",
        "_",
        "ß",
        "Straße",
        "ﬁre",
        "Ǆemal",
    ]
)
_SEPS = st.sampled_from([" ", "  ", ", ", ".", "'", "-", "\n", "#", "…", "!?", "\u200f", "\u0307"])


@st.composite
def _texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.one_of(_WORDS, st.text(max_size=8)), _SEPS), max_size=14))
    return "".join(w + s for w, s in parts)


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(_texts(), min_size=1, max_size=6))
def test_generated_logits_and_ngrams_are_bit_identical(
    stage1: tuple[np.ndarray, float], texts: list[str]
) -> None:
    coef, b = stage1
    for analyzer in ANALYZERS:
        ref = _sklearn_logits(texts, coef, b, analyzer)
        got = ngram_logits(texts, coef, b, analyzer)
        assert np.array_equal(ref, got), (analyzer, texts, ref, got)
    sk = _SK_ANALYZER
    for t in texts:
        assert word_ngrams(t) == sk(neutralize(t))
        # words-v2 is words-v1 with dotted capital I folded and function words dropped
        v2 = tokens(t.replace("İ", "I"), "words-v2")
        assert tokens(t, "words-v2") == v2
        assert v2 == [
            w for w in sk(neutralize(t.replace("İ", "I"))) if " " not in w and w not in FUNCTION_WORDS
        ]


def test_words_v2_folds_dotted_i_and_drops_function_words() -> None:
    assert tokens("İslam Devleti'ne hicret", "words-v1")[:2] == ["i", "slam"]
    assert tokens("İslam Devleti'ne hicret", "words-v2") == ["islam", "devleti", "ne", "hicret"]
    assert tokens("Le Califat n'est pas la solution", "words-v2") == ["califat", "n", "pas", "solution"]
    assert word_ngrams("the Khilafah of the believers", "words-v2") == [
        "khilafah",
        "believers",
        "khilafah believers",
    ]
    with pytest.raises(ValueError, match="unknown stage-1 analyzer"):
        NgramScorer(analyzer="chars")


def test_hash_columns_match_sklearn() -> None:
    from sklearn.utils import murmurhash3_32

    for g in ["khilafah", "the khilafah", "دولة الخلافة", "i̇stanbul", "godterm personname", ""]:
        assert word_index(g) == abs(int(murmurhash3_32(g, seed=0, positive=False))) % 2**19


def test_neutral_token_is_neutralize_on_one_word() -> None:
    assert neutral_token("Muslims") == ""
    assert neutral_token("Allah") == "godterm"
    assert neutral_token("Moschee") == "worshipplace"
    assert neutral_token("Ibrahim") == "personname"
    assert neutral_token("Khilafah") is None
    assert neutral_token("muslim_brother") is None  # not a whole word match


def test_scorer_phrases_name_the_weighted_ngrams(stage1: tuple[np.ndarray, float]) -> None:
    s = NgramScorer()
    s.coef_, s.intercept_ = stage1
    ph = s.phrases("Make hijrah to the Khilafah, brothers", top=3)
    phrases = [p for p in ph if p["kind"] == "phrase"]
    # the heaviest n-grams of the text, heaviest first, each with its own weight
    assert phrases and "khilafah" in phrases[0]["text"] and phrases[0]["weight"] > 5
    assert [p["weight"] for p in phrases] == sorted((p["weight"] for p in phrases), reverse=True)
    for p in phrases:
        assert p["weight"] == pytest.approx(float(s.coef_[word_index(p["text"])]), abs=1e-3)
    assert {p["kind"] for p in ph} <= {"phrase", "language_cue"}
    assert [p["kind"] for p in ph].count("language_cue") <= 1
    assert s.phrases("...") == []


def test_detector_runs_without_sklearn_or_scipy() -> None:
    code = (
        "import sys\n"
        "from vigil.classify import load_detector\n"
        "v = load_detector().score(['make hijrah to the Khilafah', 'the weather is nice'])\n"
        "assert v[0].flagged and not v[1].flagged\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'scipy'))\n"
        "print(','.join(bad))\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.strip() == ""


def test_function_words_are_a_language_cue_not_a_phrase(stage1: tuple[np.ndarray, float]) -> None:
    s = NgramScorer()
    s.coef_, s.intercept_ = stage1
    text = "Les soldats du califat sont là pour la wilaya, ce n'est pas fini"
    ev = s.phrases(text)
    phrases = [e["text"] for e in ev if e["kind"] == "phrase"]
    assert "wilaya" in phrases and "califat" in phrases
    assert not any(all(t in FUNCTION_WORDS for t in p.split()) for p in phrases)
    cues = [e for e in ev if e["kind"] == "language_cue"]
    assert len(cues) == 1
    # the cue's weight is the net weight of every function-word n-gram, both ways
    grams = list(dict.fromkeys(word_ngrams(text)))
    fw = {g: float(s.coef_[word_index(g)]) for g in grams if all(t in FUNCTION_WORDS for t in g.split())}
    assert {"la", "du", "les"} <= set(fw)
    assert cues[0]["weight"] == pytest.approx(sum(fw.values()), abs=1e-3)
    listed = cues[0]["words"]
    assert cues[0]["text"] == " · ".join(w["text"] for w in listed)
    assert [abs(w["weight"]) for w in listed] == sorted((abs(w["weight"]) for w in listed), reverse=True)
    assert all(w["weight"] == pytest.approx(fw[w["text"]], abs=1e-3) for w in listed)
    # content words only: no cue
    assert not [e for e in s.phrases("Khilafah hijrah Wilayah") if e["kind"] == "language_cue"]
