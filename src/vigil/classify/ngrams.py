"""Stage 1: a cheap hashed n-gram linear model that only decides what stage 2 must read.

Word uni- and bigrams are hashed into a fixed-size space: there is no vocabulary to
store, so the artefact holds only weights, never text from the training data. (Character
n-grams were measured too: they cost 4x the time of word n-grams in scikit-learn's
analyzer and the cascade's speed budget is a few hundred microseconds a post.)
Stage 1 is cut so that ~all texts the full model would flag pass; its logit is also one of
stage 2's inputs.

Its word weights also give the "phrase" evidence: the n-grams of a text that pushed
stage 1 up, which tells a reviewer which words drew attention; and the "language_cue":
the net weight of the text's function words, which says how much stage 1 read the
language rather than the content.

Scoring needs numpy and ``mmh3`` only. Training fits the weights with scikit-learn's
:class:`~sklearn.feature_extraction.text.HashingVectorizer` and logistic regression;
:func:`ngram_logits` reproduces that vectorizer's features and scipy's float32 sparse
product bit for bit (the same tokens, the same MurmurHash3 columns, the same l2 norm,
the same order of float32 additions; ``tests/test_classify_ngrams.py`` checks it), so the
detector does not import scikit-learn (~1 s of every ``vigil classify`` start).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, Any

import mmh3
import numpy as np

from vigil.classify.fairness import neutral_token, neutralize
from vigil.classify.text import rare_language
from vigil.evidence import CueWord, LanguageCue, Phrase

if TYPE_CHECKING:  # pragma: no cover
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import HashingVectorizer

WORD_BITS = 19
N_FEATURES = 2**WORD_BITS
# scikit-learn's default token_pattern, as the vectorizer below is configured
TOKEN_PATTERN = r"(?u)\b\w+\b"
_TOKEN = re.compile(TOKEN_PATTERN)


# Stage 1's tokenisers, named in the manifest (``stage1_analyzer``; absent = words-v1).
# words-v1: scikit-learn's word analyzer on the neutralised text (lower-cased \w+ runs).
# words-v2: the same, but Turkish dotted capital I is folded before lower-casing ("İslam"
#   was "i̇slam", two tokens "i" and "slam"; now "islam"), and the function words of six
#   languages (:data:`FUNCTION_WORDS`) are dropped before bigrams are formed.
# words-v1r: words-v1, except for texts in a language rare in the pack (text.rare_language:
#   German, Russian, Turkish), which get words-v2.
ANALYZERS = ("words-v1", "words-v2", "words-v1r")
DEFAULT_ANALYZER = "words-v1"

# Articles, prepositions, conjunctions, copulas and auxiliaries, demonstratives, relative
# words and contraction fragments: they say which language a text is in, not what it
# does. Negations and personal pronouns ("not", "pas", "nicht", "не", "you", "tu") stay.
_FUNCTION_WORDS_BY_LANG = {
    "en": "the a an of to in on at for from by with and or but is are was were be been being am "
    "it its this that these those as into than then so do does did has have had there "
    "which who whom whose s d ll re ve m",
    "fr": "le la les l un une des de du d et ou mais est sont était étaient être été a au aux "
    "en dans sur pour par avec ce cet cette ces qui que qu c s se y à il elle ils elles "
    "dont où son sa ses leur leurs",
    "de": "der die das den dem des ein eine einen einem einer eines und oder aber ist sind war "
    "waren sein hat haben wird werden wurde von zu zum zur im am auf aus bei mit nach "
    "für vor durch als wie dass es sich auch so",
    "ru": "и в во на с со к по из у о об от за для до что это как а но или же ли бы был была "
    "были было быть есть его её их то так этот эта эти том тот",
    "tr": "ve bir bu şu o da de ile için gibi ki mi mı mu mü olan olarak diye ise",
    "ar": "في من على إلى الى عن و أو ثم أن إن ان هذا هذه ذلك تلك التي الذي الذين ما قد كان كانت مع هو هي هم",
}
FUNCTION_WORDS = frozenset(w for words in _FUNCTION_WORDS_BY_LANG.values() for w in words.split())


def _check_analyzer(analyzer: str) -> None:
    if analyzer not in ANALYZERS:
        raise ValueError(f"unknown stage-1 analyzer {analyzer!r} (known: {', '.join(ANALYZERS)})")


def _word_vectorizer(analyzer: str = DEFAULT_ANALYZER) -> HashingVectorizer:
    from sklearn.feature_extraction.text import HashingVectorizer

    _check_analyzer(analyzer)
    if analyzer != "words-v1":  # our own tokeniser, hashed the same way
        return HashingVectorizer(
            analyzer=lambda doc: word_ngrams(doc, analyzer),
            n_features=N_FEATURES,
            alternate_sign=False,
            norm="l2",
            dtype=np.float32,
        )
    return HashingVectorizer(
        analyzer="word",
        ngram_range=(1, 2),
        n_features=N_FEATURES,
        alternate_sign=False,
        norm="l2",
        lowercase=True,
        token_pattern=TOKEN_PATTERN,
        dtype=np.float32,
    )


_PAD_CELLS = 1 << 22  # float32 cells (16 MB) of one padded block in ngram_logits
_WORDS: dict[tuple[str, str], list[str]] = {}  # (analyzer, word) -> its tokens
_WORDS_MAX = 500_000


def _word_tokens(word: str, analyzer: str) -> list[str]:
    out = _WORDS.get((analyzer, word))
    if out is None:
        repl = neutral_token(word)
        if repl is not None:
            out = [repl] if repl else []
        elif analyzer == "words-v1":
            out = _TOKEN.findall(word.lower())
        else:
            out = [t for t in _TOKEN.findall(word.replace("İ", "I").lower()) if t not in FUNCTION_WORDS]
        if len(_WORDS) >= _WORDS_MAX:
            _WORDS.clear()
        _WORDS[(analyzer, word)] = out
    return out


def tokens(text: str, analyzer: str = DEFAULT_ANALYZER) -> list[str]:
    """Stage 1's tokens of ``text``; for words-v1 exactly
    ``_TOKEN.findall(neutralize(text).lower())``. Computed word by word with a cache: the
    identity rules match whole words and lower-casing is per character (``İ`` becomes two
    characters, which the per-word ``findall`` keeps); only Greek capital sigma
    lower-cases by context, and texts with it take the whole-text path."""
    if analyzer == "words-v1r":
        analyzer = "words-v2" if rare_language(text) else "words-v1"
    if "\u03a3" in text:
        neutral = neutralize(text)
        toks = _TOKEN.findall((neutral if analyzer == "words-v1" else neutral.replace("İ", "I")).lower())
        return toks if analyzer == "words-v1" else [t for t in toks if t not in FUNCTION_WORDS]
    out: list[str] = []
    for w in _TOKEN.findall(text):
        out.extend(_word_tokens(w, analyzer))
    return out


def word_ngrams(text: str, analyzer: str = DEFAULT_ANALYZER) -> list[str]:
    """The word uni- and bigrams of ``text`` (after :func:`neutralize`): tokens, then
    bigrams (for words-v1 in the order and form scikit-learn's word analyzer gives them)."""
    toks = tokens(text, analyzer)
    return toks + [f"{a} {b}" for a, b in pairwise(toks)]


def word_index(ngram: str) -> int:
    """The hashed column of one n-gram (MurmurHash3 x86/32, seed 0, as HashingVectorizer
    computes it with ``alternate_sign=False``)."""
    return abs(mmh3.hash(ngram, 0, signed=True)) % N_FEATURES


def is_function_gram(gram: str) -> bool:
    """True when every word of the n-gram is a function word ("la", "de la", "of the")."""
    return all(t in FUNCTION_WORDS for t in gram.split(" "))


def ngram_logits(
    texts: Sequence[str], coef: np.ndarray, intercept: float, analyzer: str = DEFAULT_ANALYZER
) -> np.ndarray:
    """``NgramFeatures(analyzer).transform(texts) @ coef + intercept``, without
    scikit-learn or scipy, and with the same float32 arithmetic: counts per column, each
    row scaled by its l2 norm (computed in float64, stored in float32), then the products
    summed one by one in float32 in column order, then the float32 intercept added."""
    w = np.asarray(coef, dtype=np.float32)
    rows: list[int] = []
    hashes: list[int] = []
    for r, t in enumerate(texts):
        grams = word_ngrams(t, analyzer)
        hashes.extend(map(mmh3.hash, grams))
        rows.extend([r] * len(grams))
    y = np.zeros(len(texts), dtype=np.float32)
    if hashes:
        cols = np.abs(np.asarray(hashes, dtype=np.int64)) % N_FEATURES
        key = np.asarray(rows, dtype=np.int64) * N_FEATURES + cols
        uniq, counts = np.unique(key, return_counts=True)  # sorted: row, then column
        row, col = uniq // N_FEATURES, uniq % N_FEATURES
        c = counts.astype(np.float64)
        norm = np.sqrt(np.bincount(row, weights=c * c, minlength=len(texts)))
        prod = (c / norm[row]).astype(np.float32) * w[col]
        # sequential float32 sums per row, as scipy's csr_matvec adds: lay each row's
        # products out in a padded matrix and accumulate left to right (x + 0.0 == x),
        # a block of rows at a time so that one very long text cannot blow the padding up.
        urows, starts, lens = np.unique(row, return_index=True, return_counts=True)
        i = 0
        while i < len(urows):
            j, width = i + 1, int(lens[i])
            while j < len(urows) and (j - i + 1) * max(width, int(lens[j])) <= _PAD_CELLS:
                width = max(width, int(lens[j]))
                j += 1
            lo, hi = int(starts[i]), int(starts[j - 1] + lens[j - 1])
            block_row = np.repeat(np.arange(j - i), lens[i:j])
            pos = np.arange(lo, hi) - np.repeat(starts[i:j], lens[i:j])
            M = np.zeros((j - i, width), dtype=np.float32)
            M[block_row, pos] = prod[lo:hi]
            acc = np.zeros(j - i, dtype=np.float32)
            for k in range(width):
                acc += M[:, k]
            y[urows[i:j]] = acc
            i = j
    return np.asarray(y + np.float32(intercept), dtype=np.float64)


class NgramFeatures:
    """Hashed word n-gram features (stateless: nothing to fit), as a sparse matrix for
    training; scoring goes through :func:`ngram_logits`."""

    def __init__(self, analyzer: str = DEFAULT_ANALYZER) -> None:
        self.analyzer = analyzer
        self.word = _word_vectorizer(analyzer)

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        if self.analyzer == "words-v1":
            texts = [neutralize(t) for t in texts]
        return self.word.transform(texts).tocsr()


class NgramScorer:
    """Logistic regression over :class:`NgramFeatures` (scikit-learn shape).

    Fitted state: ``coef_`` (float32, one weight per hashed feature) and ``intercept_``.
    """

    def __init__(self, C: float = 4.0, max_iter: int = 200, analyzer: str = DEFAULT_ANALYZER) -> None:
        _check_analyzer(analyzer)
        self.C = C
        self.max_iter = max_iter
        self.analyzer = analyzer

    def fit(
        self, texts: Sequence[str], y: np.ndarray, sample_weight: np.ndarray | None = None
    ) -> NgramScorer:
        from sklearn.linear_model import LogisticRegression

        X = NgramFeatures(self.analyzer).transform(texts)
        # tol 1e-6 (liblinear's default is 1e-4): converged, so the weights do not depend on
        # the machine's floating-point details (+1 s per fit).
        lr = LogisticRegression(
            C=self.C, solver="liblinear", max_iter=self.max_iter, tol=1e-6, random_state=0
        )
        lr.fit(X, y, sample_weight=sample_weight)
        self.coef_ = lr.coef_.ravel().astype(np.float32)
        self.intercept_ = float(lr.intercept_[0])
        return self

    def decision_function(self, texts: Sequence[str]) -> np.ndarray:
        return ngram_logits(texts, self.coef_, self.intercept_, self.analyzer)

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        p = 1.0 / (1.0 + np.exp(-self.decision_function(texts)))
        return np.column_stack([1 - p, p])

    def phrases(self, text: str, top: int = 5) -> list[dict[str, Any]]:
        """:meth:`phrase_evidence` in its stored form (dicts with a ``kind``)."""
        return [e.to_dict() for e in self.phrase_evidence(text, top)]

    def phrase_evidence(self, text: str, top: int = 5) -> list[Phrase | LanguageCue]:
        """The phrase evidence of ``text``: its word n-grams with the largest positive
        weights (over 0.5), at most ``top``. N-grams made only of function words
        (:data:`FUNCTION_WORDS`: "la", "de la", "est") are not phrases: their weight says
        which language the text is in, not what it says. When they weigh (net |weight| of
        at least 0.5), one :class:`~vigil.evidence.LanguageCue` gives their net weight and
        the ``top`` heaviest of them with their own weights, both ways, so a reviewer sees
        how much of stage 1's attention came from the language itself."""
        grams = list(dict.fromkeys(word_ngrams(text, self.analyzer)))
        if not grams:
            return []
        weights = np.array([self.coef_[word_index(g)] for g in grams], dtype=np.float32)
        order = np.argsort(-weights, kind="stable")
        function = np.array([is_function_gram(g) for g in grams])
        out: list[Phrase | LanguageCue] = [
            Phrase(grams[i], round(float(weights[i]), 3))
            for i in order[~function[order]][:top]
            if weights[i] > 0.5
        ]
        fw = np.flatnonzero(function)
        net = float(weights[fw].sum()) if len(fw) else 0.0
        if abs(net) >= 0.5:
            heavy = fw[np.argsort(-np.abs(weights[fw]), kind="stable")[:top]]
            out.append(
                LanguageCue(
                    " · ".join(grams[i] for i in heavy),
                    round(net, 3),
                    tuple(CueWord(grams[i], round(float(weights[i]), 3)) for i in heavy),
                )
            )
        return out


__all__ = [
    "ANALYZERS",
    "DEFAULT_ANALYZER",
    "FUNCTION_WORDS",
    "N_FEATURES",
    "WORD_BITS",
    "NgramFeatures",
    "NgramScorer",
    "is_function_gram",
    "ngram_logits",
    "tokens",
    "word_index",
    "word_ngrams",
]
