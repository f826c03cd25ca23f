"""Interval estimates for shares.

Two kinds, because the items of a corpus are not independent draws:

* :func:`wilson` treats every item as an independent trial (the usual binomial interval);
* :func:`cluster_bootstrap` resamples *accounts* (Poisson bootstrap), so an interval
  widens when a few prolific accounts carry a share. In tweet dumps labelled per
  account this is the honest one; the report shows both.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

Z95 = 1.959963984540054


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval for ``k`` successes in ``n`` trials (``(nan, nan)`` when n == 0)."""
    if n <= 0:
        return (math.nan, math.nan)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    lo = 0.0 if k == 0 else max(0.0, centre - half)
    hi = 1.0 if k == n else min(1.0, centre + half)
    return (lo, hi)


def share(k: int, n: int) -> dict[str, Any]:
    """A share with its Wilson interval, as the report stores it."""
    lo, hi = wilson(k, n)
    return {
        "k": k,
        "n": n,
        "value": (k / n) if n else None,
        "ci_low": None if math.isnan(lo) else lo,
        "ci_high": None if math.isnan(hi) else hi,
    }


def cluster_bootstrap(
    successes: Sequence[float],
    totals: Sequence[int],
    *,
    resamples: int = 400,
    seed: int = 0,
    chunk: int = 50,
) -> tuple[float, float] | None:
    """95% percentile interval of sum(successes)/sum(totals), resampling clusters (accounts).

    ``successes`` may be per-cluster sums of probabilities (a calibrated share).

    Uses Poisson(1) weights per cluster, which behaves like the multinomial bootstrap for
    many clusters and runs in chunks so memory stays at ``chunk × clusters``.
    """
    s = np.asarray(successes, dtype=np.float64)
    t = np.asarray(totals, dtype=np.float64)
    if len(t) < 2 or t.sum() == 0:
        return None
    rng = np.random.default_rng(seed)
    out: list[np.ndarray] = []
    done = 0
    while done < resamples:
        b = min(chunk, resamples - done)
        w = rng.poisson(1.0, size=(b, len(t))).astype(np.float64)
        num = w @ s
        den = w @ t
        ok = den > 0
        out.append(num[ok] / den[ok])
        done += b
    est = np.concatenate(out)
    if not len(est):
        return None
    return (float(np.percentile(est, 2.5)), float(np.percentile(est, 97.5)))


__all__ = ["cluster_bootstrap", "share", "wilson"]
