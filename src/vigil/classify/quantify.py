"""Corpus-level theme shares from the theme probabilities, corrected for class balancing.

Each theme's stack (:meth:`vigil.classify.heads.ThemeClassifier.fit_stack`) is fitted with
balanced classes, and training then moves each theme's F1-best cut (out of fold) to 0.5
(:meth:`~vigil.classify.heads.ThemeClassifier.shift_cuts`), so 0.5 is the right cut for
tagging one item. The same scores are *not* probabilities under the real mix of themes:
rare themes are over-called, and a corpus share counted at 0.5 ("classify and count")
runs high for them.

For corpus shares we map each score back to the prior of the hand-labelled rows the stack
was fitted on (the Bayes prior-shift correction: undo the cut shift, then add
``log(π / (1 − π))`` to the logit; :func:`offsets`) and average the corrected
probabilities over the items ("probabilistic classify and count", Bella et al. 2010). The
violent share (any of war, brutality, threat) takes an item's probability of carrying at
least one of them as ``1 − Π(1 − p)``.

Measured on the three held-out sets with human theme labels (docs/model-card.md, detector
0.8): mean absolute error over all themes and the violent share 0.051 / 0.070 / 0.060
(eval, evalb, magazine) against 0.038 / 0.074 / 0.106 for counting at 0.5, so better on
average and much better on the group's own texts, though not on every set; the "adjusted
classify and count" correction with out-of-fold error rates did worse than counting and is
not used. (The cut shift leaves the corrected probabilities unchanged.)
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


def usable_cuts(cuts: Mapping[str, Any] | None) -> bool:
    """Whether ``cuts`` is absent (every cut 0.5) or names every theme with a cut in (0, 1)."""
    return cuts is None or usable_prior(cuts)


def offsets(prior: Mapping[str, float], cuts: Mapping[str, float] | None = None) -> dict[str, float]:
    """Per theme, what to add to a stored score's log-odds to get the probability under
    ``prior``: ``log(π / (1 − π))``, plus ``log(c / (1 − c))`` when training moved the
    theme's F1-best cut ``c`` of the balanced stack to 0.5 (the manifest's ``theme_cuts``)."""
    if not usable_prior(prior) or not usable_cuts(cuts):
        raise ValueError(f"a theme prior (and cuts) need every theme of {THEMES} strictly between 0 and 1")
    out = {}
    for th in THEMES:
        pi, c = float(prior[th]), float(cuts[th]) if cuts is not None else 0.5
        out[th] = math.log(pi / (1.0 - pi)) + math.log(c / (1.0 - c))
    return out


def corrected(
    P: np.ndarray, prior: Mapping[str, float], cuts: Mapping[str, float] | None = None
) -> np.ndarray:
    """Stored theme scores (rows × :data:`THEMES`) mapped to probabilities under ``prior``."""
    p = np.clip(np.asarray(P, dtype=np.float64), _EPS, 1.0 - _EPS)
    off = offsets(prior, cuts)
    z = np.log(p / (1.0 - p)) + np.asarray([off[th] for th in THEMES])
    return np.asarray(1.0 / (1.0 + np.exp(-z)), dtype=np.float64)


def expected_events(
    P: np.ndarray, prior: Mapping[str, float], cuts: Mapping[str, float] | None = None
) -> dict[str, np.ndarray]:
    """Per item, the corrected probability of each theme and of ``violent`` (any violent theme)."""
    C = corrected(P, prior, cuts)
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

    def __init__(self, prior: Mapping[str, float], cuts: Mapping[str, float] | None = None) -> None:
        self.log_odds = offsets(prior, cuts)

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


def shares(
    P: np.ndarray, prior: Mapping[str, float], cuts: Mapping[str, float] | None = None
) -> dict[str, float]:
    """Estimated corpus shares (each theme and ``violent``) of the texts in ``P``."""
    if not len(P):
        return {}
    return {k: float(v.mean()) for k, v in expected_events(P, prior, cuts).items()}


__all__ = [
    "METHOD",
    "PriorShift",
    "corrected",
    "expected_events",
    "offsets",
    "shares",
    "theme_events_from_labels",
    "theme_prior",
    "usable_cuts",
    "usable_prior",
]
