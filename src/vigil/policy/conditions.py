"""Conditions: the ``when`` of a rule, as data (no ``eval``, no code from the file).

Each condition is a small frozen value with ``holds(signals)`` and ``to_data()`` (its
canonical rules-file form). Leaves test one kind of signal — a bank match, the detector's
score, a theme, or a plain fact about the item (language, kind, source, platform) — and
``all``/``any``/``not`` combine them.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from vigil.evidence import BankMatch
from vigil.policy.signals import Signals

#: the symbol a score bound may use instead of a number: the model's own shipped threshold
MODEL_THRESHOLD = "model_threshold"

#: score comparisons, as written in a rules file
COMPARISONS: dict[str, Callable[[float, float], bool]] = {
    "gte": operator.ge,
    "gt": operator.gt,
    "lte": operator.le,
    "lt": operator.lt,
}

#: the theme score at and above which a theme is carried (each theme's F1-best cut)
THEME_CUT = 0.5


@dataclass(frozen=True)
class BankMatchCondition:
    """Some bank match meets every constraint given: its bank, its signal type, its labels
    (each listed label equal to one of the given values) and its distance. No constraint:
    any match."""

    banks: tuple[str, ...] = ()
    signal_types: tuple[str, ...] = ()
    labels: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    max_distance: float | None = None

    def _meets(self, m: BankMatch) -> bool:
        return (
            (not self.banks or m.bank in self.banks)
            and (not self.signal_types or m.signal_type in self.signal_types)
            and all(m.labels.get(k) in values for k, values in self.labels.items())
            and (self.max_distance is None or m.distance <= self.max_distance)
        )

    def holds(self, signals: Signals) -> bool:
        return any(self._meets(m) for m in signals.bank_matches)

    def to_data(self) -> dict[str, Any]:
        spec: dict[str, Any] = {}
        if self.banks:
            spec["bank"] = list(self.banks)
        if self.signal_types:
            spec["signal_type"] = list(self.signal_types)
        if self.labels:
            spec["labels"] = {k: list(v) for k, v in self.labels.items()}
        if self.max_distance is not None:
            spec["max_distance"] = self.max_distance
        return {"bank_match": spec or True}


@dataclass(frozen=True)
class ScoreCondition:
    """The detector's score against every bound: ``(comparison, number or model_threshold)``.
    False when the detector did not judge the item (no text)."""

    bounds: tuple[tuple[str, float | str], ...]

    def holds(self, signals: Signals) -> bool:
        d = signals.detector
        if d is None:
            return False
        return all(
            COMPARISONS[op](d.score, d.threshold if bound == MODEL_THRESHOLD else float(bound))
            for op, bound in self.bounds
        )

    def to_data(self) -> dict[str, Any]:
        return {"score": dict(self.bounds)}


@dataclass(frozen=True)
class ThemeCondition:
    """Any of ``themes`` scores at least ``gte``."""

    themes: tuple[str, ...]
    gte: float = THEME_CUT

    def holds(self, signals: Signals) -> bool:
        return any(signals.themes.get(t, 0.0) >= self.gte for t in self.themes)

    def to_data(self) -> dict[str, Any]:
        return {"theme": {"name": list(self.themes), "gte": self.gte}}


@dataclass(frozen=True)
class FactCondition:
    """A plain fact about the item (``language``, ``kind``, ``source``, ``platform``) is
    one of ``values``."""

    FACTS: ClassVar[tuple[str, ...]] = ("language", "kind", "source", "platform")

    fact: str
    values: tuple[str, ...]

    def holds(self, signals: Signals) -> bool:
        return getattr(signals, self.fact) in self.values

    def to_data(self) -> dict[str, Any]:
        return {self.fact: list(self.values)}


@dataclass(frozen=True)
class _Combined:
    KEY: ClassVar[str]

    conditions: tuple[Condition, ...]

    def to_data(self) -> dict[str, Any]:
        return {self.KEY: [c.to_data() for c in self.conditions]}


@dataclass(frozen=True)
class AllOf(_Combined):
    KEY: ClassVar[str] = "all"

    def holds(self, signals: Signals) -> bool:
        return all(c.holds(signals) for c in self.conditions)


@dataclass(frozen=True)
class AnyOf(_Combined):
    KEY: ClassVar[str] = "any"

    def holds(self, signals: Signals) -> bool:
        return any(c.holds(signals) for c in self.conditions)


@dataclass(frozen=True)
class Not:
    condition: Condition

    def holds(self, signals: Signals) -> bool:
        return not self.condition.holds(signals)

    def to_data(self) -> dict[str, Any]:
        return {"not": self.condition.to_data()}


Condition = BankMatchCondition | ScoreCondition | ThemeCondition | FactCondition | AllOf | AnyOf | Not


__all__ = [
    "COMPARISONS",
    "MODEL_THRESHOLD",
    "THEME_CUT",
    "AllOf",
    "AnyOf",
    "BankMatchCondition",
    "Condition",
    "FactCondition",
    "Not",
    "ScoreCondition",
    "ThemeCondition",
]
