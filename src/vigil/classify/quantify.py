"""Corpus-level theme shares from the theme probabilities, corrected for class balancing.

Each theme's stack (:meth:`vigil.classify.heads.ThemeClassifier.fit_stack`) is fitted with
balanced classes, so a theme score of 0.5 is the point that best separates a rare theme,
and a per-item decision at 0.5 is the right one for tagging items. The same scores are
*not* probabilities under the real mix of themes: rare themes are over-called, and a
corpus share counted at 0.5 ("classify and count") runs high for them.

For corpus shares we map each score back to the prior of the hand-labelled rows the stack
was fitted on (the Bayes prior-shift correction: add ``log(π / (1 − π))`` to the logit) and
average the corrected probabilities over the items ("probabilistic classify and count",
Bella et al. 2010). The violent share (any of war, brutality, threat) takes an item's
probability of carrying at least one of them as ``1 − Π(1 − p)``.

Measured on the three held-out sets with human theme labels (docs/model-card.md): mean
absolute error over all themes and the violent share 0.051 / 0.069 / 0.059 (eval, evalb,
magazine) against 0.060 / 0.116 / 0.208 for counting at 0.5; the "adjusted classify and
count" correction with out-of-fold error rates did worse than counting and is not used.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from vigil.classify.themes import THEMES, VIOLENT_THEMES

METHOD = "prior-shift corrected mean probability (probabilistic classify and count)"
_EPS = 1e-6


def theme_prior(truth: np.ndarray) -> dict[str, float]:
    """The share of each theme among hand-labelled rows (rows × :data:`THEMES`, 0/1)."""
    t = np.asarray(truth, dtype=np.float64)
    return {th: round(float(t[:, j].mean()), 4) for j, th in enumerate(THEMES)}


def usable_prior(prior: Mapping[str, Any] | None) -> bool:
    """Whether ``prior`` names every theme with a share strictly between 0 and 1."""
    if not prior:
        return False
    for th in THEMES:
        v = prior.get(th)
        if not isinstance(v, int | float) or not 0.0 < float(v) < 1.0:
            return False
    return True


def corrected(P: np.ndarray, prior: Mapping[str, float]) -> np.ndarray:
    """Balanced theme scores (rows × :data:`THEMES`) mapped to probabilities under ``prior``."""
    p = np.clip(np.asarray(P, dtype=np.float64), _EPS, 1.0 - _EPS)
    pi = np.asarray([float(prior[th]) for th in THEMES])
    z = np.log(p / (1.0 - p)) + np.log(pi / (1.0 - pi))
    return np.asarray(1.0 / (1.0 + np.exp(-z)), dtype=np.float64)


def expected_events(P: np.ndarray, prior: Mapping[str, float]) -> dict[str, np.ndarray]:
    """Per item, the corrected probability of each theme and of ``violent`` (any violent theme)."""
    C = corrected(P, prior)
    out = {th: C[:, j] for j, th in enumerate(THEMES)}
    vi = [THEMES.index(t) for t in VIOLENT_THEMES]
    out["violent"] = 1.0 - np.prod(1.0 - C[:, vi], axis=1)
    return out


def theme_events_from_labels(Y: np.ndarray) -> dict[str, np.ndarray]:
    """0/1 (or boolean) theme labels (rows × :data:`THEMES`) as the same events as
    :func:`expected_events`: each theme, and ``violent``."""
    B = np.asarray(Y, dtype=np.float64) > 0.5
    out: dict[str, np.ndarray] = {th: B[:, j].astype(np.float64) for j, th in enumerate(THEMES)}
    out["violent"] = np.asarray(B[:, [THEMES.index(t) for t in VIOLENT_THEMES]].any(axis=1), dtype=np.float64)
    return out


class PriorShift:
    """:func:`expected_events` for one stored item at a time, in plain Python (the report
    calls it once per flagged item while it streams the store)."""

    def __init__(self, prior: Mapping[str, float]) -> None:
        if not usable_prior(prior):
            raise ValueError(f"a theme prior needs every theme of {THEMES} strictly between 0 and 1: {prior}")
        self.log_odds = {th: math.log(float(prior[th]) / (1.0 - float(prior[th]))) for th in THEMES}

    def item(self, themes: Mapping[str, float | None]) -> dict[str, float]:
        """Corrected P(theme) for each theme and P(violent) of one ``themes`` dict (missing = 0)."""
        out: dict[str, float] = {}
        for th, lo in self.log_odds.items():
            p = min(max(float(themes.get(th) or 0.0), _EPS), 1.0 - _EPS)
            out[th] = 1.0 / (1.0 + math.exp(-(math.log(p / (1.0 - p)) + lo)))
        none_violent = 1.0
        for th in VIOLENT_THEMES:
            none_violent *= 1.0 - out[th]
        out["violent"] = 1.0 - none_violent
        return out


def shares(P: np.ndarray, prior: Mapping[str, float]) -> dict[str, float]:
    """Estimated corpus shares (each theme and ``violent``) of the texts in ``P``."""
    if not len(P):
        return {}
    return {k: float(v.mean()) for k, v in expected_events(P, prior).items()}


__all__ = [
    "METHOD",
    "PriorShift",
    "corrected",
    "expected_events",
    "shares",
    "theme_events_from_labels",
    "theme_prior",
    "usable_prior",
]
