"""Small estimators on sentence embeddings: the stance classifier, the theme heads, calibration.

All follow the scikit-learn shape (``__init__`` stores arguments, ``fit`` returns ``self``,
fitted state ends in ``_``, ``predict_proba``) and keep their fitted state as plain arrays,
so the shipped artefacts are numpy arrays, not pickles. Scoring needs numpy only:
scikit-learn is imported by the ``fit`` methods, so loading the detector does not pay
for it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

# Solve every logistic regression to convergence. lbfgs' default tolerance (1e-4) stopped
# stage 2 after 35 of the ~150 iterations it needs (weight norm 70 of 79): the fitted
# weights then depended on floating-point details of the machine, and a retrain on another
# CPU moved the shipped threshold from 0.84 to 0.88.
LR_TOL = 1e-8
LR_MAX_ITER = 5000


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


class StanceClassifier:
    """P(propaganda | embedding): logistic regression, or a one-hidden-layer MLP.

    The embedding carries what the text *does* (promote, report, refute) as well as its
    topic; hard negatives in training (counter-speech, news and research about terrorism,
    humanitarian appeals) are what push the boundary from topic to stance.
    """

    def __init__(self, kind: str = "logreg", C: float = 1.0, hidden: int = 128, alpha: float = 1e-3) -> None:
        self.kind = kind
        self.C = C
        self.hidden = hidden
        self.alpha = alpha

    def fit(self, X: np.ndarray, y: np.ndarray, sample_weight: np.ndarray | None = None) -> StanceClassifier:
        from sklearn.linear_model import LogisticRegression
        from sklearn.neural_network import MLPClassifier

        if self.kind == "logreg":
            lr = LogisticRegression(C=self.C, max_iter=LR_MAX_ITER, tol=LR_TOL)
            lr.fit(X, y, sample_weight=sample_weight)
            self.layers_ = [(lr.coef_.T.astype(np.float32), lr.intercept_.astype(np.float32))]
        elif self.kind == "mlp":
            if sample_weight is not None:  # MLPClassifier has no weights: repeat rows instead
                reps = np.maximum(1, np.round(sample_weight).astype(int))
                X, y = np.repeat(X, reps, axis=0), np.repeat(y, reps)
            mlp = MLPClassifier(
                hidden_layer_sizes=(self.hidden,),
                alpha=self.alpha,
                max_iter=60,
                early_stopping=False,
                random_state=0,
            )
            mlp.fit(X, y)
            self.layers_ = [
                (w.astype(np.float32), b.astype(np.float32))
                for w, b in zip(mlp.coefs_, mlp.intercepts_, strict=True)
            ]
        else:
            raise ValueError(f"unknown kind {self.kind!r}")
        return self

    def decision_function(self, X: np.ndarray) -> np.ndarray:
        h = np.asarray(X, dtype=np.float32)
        for i, (w, b) in enumerate(self.layers_):
            h = h @ w + b
            if i < len(self.layers_) - 1:
                h = np.maximum(h, 0)
        return np.asarray(h[:, 0], dtype=np.float64)

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        p = _sigmoid(self.decision_function(X))
        return np.column_stack([1 - p, p])

    def to_arrays(self, prefix: str) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        for i, (w, b) in enumerate(self.layers_):
            out[f"{prefix}W{i}"] = w
            out[f"{prefix}b{i}"] = b
        return out

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], prefix: str) -> StanceClassifier:
        self = cls()
        layers = []
        i = 0
        while f"{prefix}W{i}" in arrays:
            layers.append((arrays[f"{prefix}W{i}"], arrays[f"{prefix}b{i}"]))
            i += 1
        self.layers_ = layers
        self.kind = "logreg" if len(layers) == 1 else "mlp"
        return self


class ThemeClassifier:
    """Multi-label narrative themes: one logistic regression per theme on the embedding,
    optionally stacked with the theme's keyword seeds.

    Trained on propaganda only, so its output reads "the text, as propaganda, carries the
    theme"; with the stack it is class-balanced, and :meth:`shift_cuts` moves each
    theme's F1-best cut to 0.5 (:mod:`vigil.classify.quantify` turns it into corpus
    shares). The
    stack (:meth:`fit_stack`) is a per-theme logistic regression on two features, the
    head's out-of-fold logit and whether one of the theme's seed phrases occurs
    (:func:`vigil.classify.themes.seed_matrix`), fitted on hand-labelled rows only: the
    embedding carries the meaning of a theme across languages, the seeds carry the few
    phrases that name it outright ("you will not be safe in your streets").
    """

    def __init__(self, themes: Sequence[str], C: float = 2.0) -> None:
        self.themes = tuple(themes)
        self.C = C
        self.stack_: np.ndarray | None = None  # (n_themes, 3): logit weight, seed weight, bias

    def fit(self, X: np.ndarray, Y: np.ndarray, sample_weight: np.ndarray | None = None) -> ThemeClassifier:
        from sklearn.linear_model import LogisticRegression

        W = np.zeros((X.shape[1], len(self.themes)), dtype=np.float32)
        b = np.zeros(len(self.themes), dtype=np.float32)
        for j in range(len(self.themes)):
            y = Y[:, j]
            if y.min() == y.max():
                b[j] = 10.0 if y[0] else -10.0
                continue
            lr = LogisticRegression(C=self.C, max_iter=LR_MAX_ITER, tol=LR_TOL, class_weight="balanced")
            lr.fit(X, y, sample_weight=sample_weight)
            W[:, j] = lr.coef_.ravel()
            b[j] = lr.intercept_[0]
        self.coef_, self.intercept_ = W, b
        return self

    def fit_stack(self, logits: np.ndarray, seeds: np.ndarray, Y: np.ndarray) -> ThemeClassifier:
        """Fit the per-theme stack on out-of-fold ``logits`` and ``seeds`` of labelled rows."""
        from sklearn.linear_model import LogisticRegression

        st = np.zeros((len(self.themes), 3), dtype=np.float64)
        for j in range(len(self.themes)):
            y = Y[:, j]
            if y.min() == y.max():
                st[j] = (1.0, 0.0, 0.0)  # nothing to learn: pass the head through
                continue
            lr = LogisticRegression(C=1.0, max_iter=LR_MAX_ITER, tol=LR_TOL, class_weight="balanced")
            lr.fit(np.column_stack([logits[:, j], seeds[:, j]]), y)
            st[j] = (lr.coef_[0, 0], lr.coef_[0, 1], lr.intercept_[0])
        self.stack_ = st
        return self

    def shift_cuts(self, cuts: np.ndarray) -> ThemeClassifier:
        """Move each theme's decision cut ``cuts[j]`` (a stacked probability) to 0.5, by
        lowering the stack's intercept by ``log(c / (1 − c))``."""
        if self.stack_ is None:
            raise ValueError("shift_cuts needs a stacked theme model (fit_stack first)")
        c = np.asarray(cuts, dtype=np.float64)
        if c.shape != (len(self.themes),) or not ((c > 0) & (c < 1)).all():
            raise ValueError(f"one cut in (0, 1) per theme is needed, got {cuts!r}")
        self.stack_ = self.stack_.copy()
        self.stack_[:, 2] -= np.log(c / (1.0 - c))
        return self

    def decision_function(self, X: np.ndarray) -> np.ndarray:
        """The heads' logits, before the stack."""
        return np.asarray(np.asarray(X, dtype=np.float32) @ self.coef_ + self.intercept_, dtype=np.float64)

    def proba_from_logits(self, z: np.ndarray, seeds: np.ndarray | None = None) -> np.ndarray:
        """P(theme) from the heads' logits ``z`` (and the seeds, if the model is stacked)."""
        if self.stack_ is None:
            return _sigmoid(z)
        if seeds is None:
            raise ValueError("this theme model is stacked with seeds: pass seeds=")
        st = self.stack_
        return _sigmoid(z * st[:, 0] + np.asarray(seeds, dtype=np.float64) * st[:, 1] + st[:, 2])

    def predict_proba(self, X: np.ndarray, seeds: np.ndarray | None = None) -> np.ndarray:
        return self.proba_from_logits(self.decision_function(X), seeds)


BANK_K = 5  # neighbours in the labelled bank for the bank_knn feature
BANK_FLOOR = 0.4  # cosine similarity below which a bank text counts as no neighbour at all
# The stacker's columns, as the manifest names them (``stack_features``).
BASE_FEATURES: tuple[str, ...] = ("embedding", "ngram", "embedding*ngram")
BANK_FEATURES: tuple[str, ...] = ("bank_knn", "bank_gap")


def unit_rows(X: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (cosine similarity becomes a dot product)."""
    X = np.asarray(X, dtype=np.float32)
    return np.asarray(X / np.maximum(np.linalg.norm(X, axis=1, keepdims=True), 1e-12), dtype=np.float32)


def bank_features(
    sims: np.ndarray, labels: np.ndarray, k: int = BANK_K, floor: float = BANK_FLOOR
) -> np.ndarray:
    """Two features of each text's cosine similarities ``sims`` (texts × bank) to a bank of
    labelled self-written texts (``labels`` 0/1), counting only the similarity above
    ``floor`` (a text far from every bank text gets 0, whatever its nearest texts are):
    ``bank_knn``, the vote of its ``k`` nearest bank texts (+ propaganda, − not), each
    weighted by its similarity above the floor, over ``k``; and ``bank_gap``, its
    similarity above the floor to the nearest propaganda text minus that to the nearest
    text that is not (counter-speech, news, appeals, faith…)."""
    S = np.asarray(sims, dtype=np.float64)
    lab = np.asarray(labels).astype(bool)
    if S.shape[1] == 0 or lab.all() or not lab.any():
        return np.zeros((S.shape[0], 2))
    k = min(k, S.shape[1])
    above = np.maximum(S - floor, 0.0)
    top = np.argpartition(-S, k - 1, axis=1)[:, :k]
    vote = np.where(lab[top], 1.0, -1.0)
    knn = (np.take_along_axis(above, top, axis=1) * vote).sum(axis=1) / k
    gap = above[:, lab].max(axis=1) - above[:, ~lab].max(axis=1)
    return np.column_stack([knn, gap])


class Stacker:
    """Stage 2's final logit from the embedding model's and the n-gram model's logits.

    Features: both logits and their product (agreement), and optionally further columns
    (``extra``; since 0.7 the two :func:`bank_features`). The n-gram logit carries the
    words each side uses ("Khilafah", "Dawlah" vs "Daesh", "so-called"); the embedding
    carries meaning across languages; the bank features say whether the text's nearest
    labelled examples promote the group or report, refute or appeal. Fitted on
    out-of-fold values only.
    """

    def fit(
        self,
        ze: np.ndarray,
        zn: np.ndarray,
        y: np.ndarray,
        sample_weight: np.ndarray | None = None,
        extra: np.ndarray | None = None,
    ) -> Stacker:
        from sklearn.linear_model import LogisticRegression

        lr = LogisticRegression(C=1.0, max_iter=LR_MAX_ITER, tol=LR_TOL)
        lr.fit(self._features(ze, zn, extra), y, sample_weight=sample_weight)
        self.coef_ = lr.coef_.ravel().astype(np.float64)
        self.intercept_ = float(lr.intercept_[0])
        return self

    @staticmethod
    def _features(ze: np.ndarray, zn: np.ndarray, extra: np.ndarray | None = None) -> np.ndarray:
        base = np.column_stack([ze, zn, ze * zn])
        return base if extra is None else np.column_stack([base, extra])

    def _fitted_features(self, ze: np.ndarray, zn: np.ndarray, extra: np.ndarray | None) -> np.ndarray:
        X = self._features(ze, zn, extra)
        if X.shape[1] != len(self.coef_):
            raise ValueError(f"the stacker has {len(self.coef_)} features, got {X.shape[1]}")
        return X

    def decision_function(
        self, ze: np.ndarray, zn: np.ndarray, extra: np.ndarray | None = None
    ) -> np.ndarray:
        X = self._fitted_features(ze, zn, extra)
        return np.asarray(X @ self.coef_ + self.intercept_, dtype=np.float64)

    def contributions(self, ze: np.ndarray, zn: np.ndarray, extra: np.ndarray | None = None) -> np.ndarray:
        """Each feature's share of the logit (texts × features): weight × value. A row
        plus ``intercept_`` sums to :meth:`decision_function`."""
        X = self._fitted_features(ze, zn, extra)
        return np.asarray(X * self.coef_, dtype=np.float64)

    def predict_proba(self, ze: np.ndarray, zn: np.ndarray, extra: np.ndarray | None = None) -> np.ndarray:
        p = _sigmoid(self.decision_function(ze, zn, extra))
        return np.column_stack([1 - p, p])

    @classmethod
    def from_arrays(cls, coef: np.ndarray, intercept: float) -> Stacker:
        self = cls()
        self.coef_, self.intercept_ = np.asarray(coef, dtype=np.float64), float(intercept)
        return self


class Calibrator:
    """Isotonic map from a raw score to a probability, stored as its knots.

    ``centered``: centred isotonic regression (Oron & Flournoy 2017). Each flat step of the
    isotonic fit becomes one knot at the middle of its range, and the map runs linearly
    between knots. The probabilities stay monotone and the steps' levels are kept, but
    texts are no longer tied on a step: the raw score's order survives calibration."""

    def __init__(self, centered: bool = False) -> None:
        self.centered = centered

    def fit(self, s: np.ndarray, y: np.ndarray, sample_weight: np.ndarray | None = None) -> Calibrator:
        from sklearn.isotonic import IsotonicRegression

        iso = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0)
        iso.fit(s, y, sample_weight=sample_weight)
        x = np.asarray(iso.X_thresholds_, dtype=np.float64)
        v = np.asarray(iso.y_thresholds_, dtype=np.float64)
        if self.centered and len(x) > 1:
            starts = np.flatnonzero(np.r_[True, v[1:] != v[:-1]])
            ends = np.r_[starts[1:] - 1, len(v) - 1]
            cx, cy = (x[starts] + x[ends]) / 2.0, v[starts]
            # flat beyond the outermost centres, as the plain fit is
            keep_lo, keep_hi = x[0] < cx[0], x[-1] > cx[-1]
            x = np.r_[x[:1] if keep_lo else [], cx, x[-1:] if keep_hi else []]
            v = np.r_[cy[:1] if keep_lo else [], cy, cy[-1:] if keep_hi else []]
        self.x_, self.y_ = x, v
        return self

    def transform(self, s: np.ndarray) -> np.ndarray:
        return np.interp(np.asarray(s, dtype=np.float64), self.x_, self.y_)

    @classmethod
    def from_knots(cls, x: np.ndarray, y: np.ndarray) -> Calibrator:
        self = cls()
        self.x_, self.y_ = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
        return self


__all__ = [
    "BANK_FEATURES",
    "BANK_K",
    "BASE_FEATURES",
    "Calibrator",
    "Stacker",
    "StanceClassifier",
    "ThemeClassifier",
    "bank_features",
    "unit_rows",
]
