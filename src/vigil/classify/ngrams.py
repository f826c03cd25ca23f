"""Stage 1: a cheap hashed n-gram linear model that only decides what stage 2 must read.

Word uni- and bigrams are hashed into a fixed-size space: there is no vocabulary to
store, so the artefact holds only weights, never text from the training data. (Character
n-grams were measured too: they cost 4x the time of word n-grams in scikit-learn's
analyzer and the cascade's speed budget is a few hundred microseconds a post.)
Stage 1 is cut so that ~all texts the full model would flag pass; its logit is also one of
stage 2's inputs.

Its word weights also give the "phrase" evidence: the n-grams of a text that pushed
stage 1 up, which tells a reviewer which words drew attention.

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

if TYPE_CHECKING:  # pragma: no cover
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import HashingVectorizer

WORD_BITS = 19
N_FEATURES = 2**WORD_BITS
# scikit-learn's default token_pattern, as the vectorizer below is configured
TOKEN_PATTERN = r"(?u)\b\w+\b"
_TOKEN = re.compile(TOKEN_PATTERN)


def _word_vectorizer() -> HashingVectorizer:
    from sklearn.feature_extraction.text import HashingVectorizer

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


_WORDS: dict[str, list[str]] = {}  # word -> its neutralised, lower-cased tokens
_WORDS_MAX = 500_000


def _word_tokens(word: str) -> list[str]:
    out = _WORDS.get(word)
    if out is None:
        repl = neutral_token(word)
        out = _TOKEN.findall(word.lower()) if repl is None else ([repl] if repl else [])
        if len(_WORDS) >= _WORDS_MAX:
            _WORDS.clear()
        _WORDS[word] = out
    return out


def tokens(text: str) -> list[str]:
    """``_TOKEN.findall(neutralize(text).lower())``, word by word with a cache (the
    identity rules match whole words and lower-casing is per character: ``İ`` becomes two
    characters, which the per-word ``findall`` keeps; only Greek capital sigma lower-cases
    by context, and texts with it take the whole-text path)."""
    if "\u03a3" in text:
        return _TOKEN.findall(neutralize(text).lower())
    out: list[str] = []
    for w in _TOKEN.findall(text):
        out.extend(_word_tokens(w))
    return out


def word_ngrams(text: str) -> list[str]:
    """The word uni- and bigrams of ``text`` (after :func:`neutralize`), in the order and
    form scikit-learn's word analyzer gives them: lower-cased tokens, then bigrams."""
    toks = tokens(text)
    return toks + [f"{a} {b}" for a, b in pairwise(toks)]


def word_index(ngram: str) -> int:
    """The hashed column of one n-gram (MurmurHash3 x86/32, seed 0, as HashingVectorizer
    computes it with ``alternate_sign=False``)."""
    return abs(mmh3.hash(ngram, 0, signed=True)) % N_FEATURES


def ngram_logits(texts: Sequence[str], coef: np.ndarray, intercept: float) -> np.ndarray:
    """``HashingVectorizer(...).transform(neutralized texts) @ coef + intercept``, without
    scikit-learn or scipy, and with the same float32 arithmetic: counts per column, each
    row scaled by its l2 norm (computed in float64, stored in float32), then the products
    summed one by one in float32 in column order, then the float32 intercept added."""
    w = np.asarray(coef, dtype=np.float32)
    rows: list[int] = []
    hashes: list[int] = []
    for r, t in enumerate(texts):
        grams = word_ngrams(t)
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
        # products out in a padded matrix and accumulate left to right (x + 0.0 == x).
        starts = np.r_[0, np.flatnonzero(np.diff(row)) + 1]
        pos = np.arange(len(row)) - np.repeat(starts, np.diff(np.r_[starts, len(row)]))
        M = np.zeros((len(texts), int(pos.max()) + 1), dtype=np.float32)
        M[row, pos] = prod
        for j in range(M.shape[1]):
            y += M[:, j]
    return np.asarray(y + np.float32(intercept), dtype=np.float64)


class NgramFeatures:
    """Hashed word n-gram features (stateless: nothing to fit); the sparse matrix is for
    training, scoring goes through :func:`ngram_logits`."""

    def __init__(self) -> None:
        self.word = _word_vectorizer()

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        return self.word.transform([neutralize(t) for t in texts]).tocsr()

    @staticmethod
    def word_ngrams(text: str) -> list[str]:
        return list(dict.fromkeys(word_ngrams(text)))

    @staticmethod
    def word_index(ngram: str) -> int:
        return word_index(ngram)


class NgramScorer:
    """Logistic regression over :class:`NgramFeatures` (scikit-learn shape).

    Fitted state: ``coef_`` (float32, one weight per hashed feature) and ``intercept_``.
    """

    def __init__(self, C: float = 4.0, max_iter: int = 200) -> None:
        self.C = C
        self.max_iter = max_iter

    def fit(
        self, texts: Sequence[str], y: np.ndarray, sample_weight: np.ndarray | None = None
    ) -> NgramScorer:
        from sklearn.linear_model import LogisticRegression

        X = NgramFeatures().transform(texts)
        # tol 1e-6 (liblinear's default is 1e-4): converged, so the weights do not depend on
        # the machine's floating-point details (+1 s per fit).
        lr = LogisticRegression(
            C=self.C, solver="liblinear", max_iter=self.max_iter, tol=1e-6, random_state=0
        )
        lr.fit(X, y, sample_weight=sample_weight)
        self.coef_ = lr.coef_.ravel().astype(np.float32)
        self.intercept_ = float(lr.intercept_[0])
        return self

    def decision_function(self, texts: Sequence[str], features: NgramFeatures | None = None) -> np.ndarray:
        """The logit of every text (``features`` is accepted for older callers; unused)."""
        return ngram_logits(texts, self.coef_, self.intercept_)

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        p = 1.0 / (1.0 + np.exp(-self.decision_function(texts)))
        return np.column_stack([1 - p, p])

    def phrases(self, text: str, features: NgramFeatures | None = None, top: int = 5) -> list[dict[str, Any]]:
        """Word n-grams of ``text`` with the largest positive weights (the phrase evidence)."""
        grams = list(dict.fromkeys(word_ngrams(text)))
        if not grams:
            return []
        weights = np.array([self.coef_[word_index(g)] for g in grams], dtype=np.float32)
        order = np.argsort(-weights, kind="stable")[:top]
        return [
            {"kind": "phrase", "text": grams[i], "weight": round(float(weights[i]), 3)}
            for i in order
            if weights[i] > 0.5
        ]


__all__ = [
    "N_FEATURES",
    "WORD_BITS",
    "NgramFeatures",
    "NgramScorer",
    "ngram_logits",
    "tokens",
    "word_index",
    "word_ngrams",
]
