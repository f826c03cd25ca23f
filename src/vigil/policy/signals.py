"""What the rules see of one item: its :class:`Signals`.

Not to be confused with :mod:`vigil.signals` (kinds of hashes and their banks): this is
the engine's input, everything known about one item at decision time — its bank
matches (typed :class:`~vigil.evidence.BankMatch` evidence), the detector's verdict,
its themes, and the plain facts a platform's policy may depend on (language, kind,
source, platform). The engine reads nothing else, so a decision can be replayed from the
same signals, and a rule can only depend on content and its context, never on who posted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from vigil.evidence import BankMatch

#: item kinds a rule can name
ITEM_KINDS: tuple[str, ...] = ("text", "image", "video", "audio", "document")


@dataclass(frozen=True)
class DetectorSignal:
    """The text detector's calibrated ``score`` (0..1), the model's own shipped
    ``threshold`` (what ``model_threshold`` means in a rule), and the model version."""

    score: float
    threshold: float
    model: str = ""


@dataclass(frozen=True)
class Signals:
    """Everything the rules may look at for one item."""

    item_uid: str = ""
    kind: str = "text"
    language: str | None = None
    source: str | None = None
    platform: str | None = None
    bank_matches: tuple[BankMatch, ...] = ()
    detector: DetectorSignal | None = None
    themes: Mapping[str, float] = field(default_factory=dict)


__all__ = ["ITEM_KINDS", "DetectorSignal", "Signals"]
