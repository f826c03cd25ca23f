"""Classify: is a text terrorist (ISIS) propaganda, which narratives does it carry, and why.

The shipped :class:`Detector` is a cascade (see :mod:`vigil.classify.detector`): a cheap
n-gram stage that rules out ordinary posts, and a multilingual sentence-embedding stage
that reads stance (promoting vs reporting vs refuting) on the candidates. Every verdict
has a calibrated ``score``, ``flagged`` at the shipped threshold, per-theme probabilities
and evidence. Scores come from the text alone: no feature comes from an account or from
who someone is.

Training (:func:`vigil.classify.train.train_detector`) and evaluation
(:func:`vigil.classify.evaluate.evaluate_csv`) live beside it; ``vigil classify``,
``vigil train`` and ``vigil evaluate`` are thin faces over them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from vigil.classify.themes import THEMES, VIOLENT_THEMES

if TYPE_CHECKING:
    from vigil.classify.detector import CascadeDetector, Verdict, load_detector

# The detector pulls in numpy, the model arrays and the encoder: it is imported on first use,
# so that `vigil --help`, the report and the taxonomy do not pay for it.
_LAZY = {"CascadeDetector", "Verdict", "load_detector"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from vigil.classify import detector

        return getattr(detector, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Detector(Protocol):
    """What the scan pipeline and ``vigil classify`` need from a text detector. A verdict's
    ``evidence`` holds :mod:`vigil.evidence` dicts (each with its ``kind``): the judge reads
    them as typed evidence and refuses any other shape."""

    version: str
    threshold: float

    def score(self, texts: Sequence[str], langs: Sequence[str] | None = None) -> list[Verdict]: ...


__all__ = ["THEMES", "VIOLENT_THEMES", "CascadeDetector", "Detector", "Verdict", "load_detector"]
