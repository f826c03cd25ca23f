"""Stage 1: a cheap hashed n-gram linear model that only decides what stage 2 must read.

Word uni- and bigrams are hashed into a fixed-size space: there is no vocabulary to
store, so the artefact holds only weights, never text from the training data. (Character
n-grams were measured too: they cost 4x the time of word n-grams in scikit-learn's
analyzer and the cascade's speed budget is a few hundred microseconds a post.)
Stage 1 is cut so that ~all texts the full model would flag pass; its logit is also one of
stage 2's inputs.

Its word weights also give the "phrase" evidence: the n-grams of a text that pushed
stage 1 up, which tells a reviewer which words drew attention.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.utils import murmurhash3_32

from vigil.classify.fairness import neutralize

WORD_BITS = 19


def _word_vectorizer() -> HashingVectorizer:
    return HashingVectorizer(
        analyzer="word",
        ngram_range=(1, 2),
        n_features=2**WORD_BITS,
        alternate_sign=False,
        norm="l2",
        lowercase=True,
        token_pattern=r"(?u)\b\w+\b",
        dtype=np.float32,
    )


class NgramFeatures:
    """Hashed word n-gram features (stateless: nothing to fit)."""

    def __init__(self) -> None:
        self.word = _word_vectorizer()
        self._word_analyzer = self.word.build_analyzer()

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        return self.word.transform([neutralize(t) for t in texts]).tocsr()

    def word_ngrams(self, text: str) -> list[str]:
        return list(dict.fromkeys(self._word_analyzer(neutralize(text))))

    def word_index(self, ngram: str) -> int:
        """The hashed column of one analysed n-gram (as HashingVectorizer computes it)."""
        return abs(int(murmurhash3_32(ngram, seed=0, positive=False))) % (2**WORD_BITS)


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
        X = (features or NgramFeatures()).transform(texts)
        return np.asarray(X @ self.coef_ + self.intercept_, dtype=np.float64)

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        p = 1.0 / (1.0 + np.exp(-self.decision_function(texts)))
        return np.column_stack([1 - p, p])

    def phrases(self, text: str, features: NgramFeatures, top: int = 5) -> list[dict[str, Any]]:
        """Word n-grams of ``text`` with the largest positive weights (the phrase evidence)."""
        grams = features.word_ngrams(text)
        if not grams:
            return []
        weights = np.array([self.coef_[features.word_index(g)] for g in grams], dtype=np.float32)
        order = np.argsort(-weights, kind="stable")[:top]
        return [
            {"kind": "phrase", "text": grams[i], "weight": round(float(weights[i]), 3)}
            for i in order
            if weights[i] > 0.5
        ]


__all__ = ["WORD_BITS", "NgramFeatures", "NgramScorer"]
