"""Effects: what a rule says should happen to an item, as data that a sink carries out later.

A rule never removes, queues or allows anything itself; it returns an :class:`Effect` (a
verdict, the review queue, a priority in it, and a reason code that a statement of
reasons explains). Keeping deciding apart from acting is what makes every decision
replayable and auditable, and lets a new rule run in shadow: its effect is recorded and
never carried out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vigil.evidence import RuleFired

#: the verdicts, strongest first: when several live rules fire, the strongest verdict wins
VERDICTS: tuple[str, ...] = ("remove", "queue", "allow")

#: the queue of a ``queue`` effect that names none
DEFAULT_QUEUE = "default"


@dataclass(frozen=True)
class Effect:
    """``verdict`` (remove, queue or allow), the ``queue`` (only for ``queue``), the
    ``priority`` within it (higher first) and the ``reason`` code."""

    verdict: str
    reason: str
    queue: str | None = None
    priority: int = 0

    def __post_init__(self) -> None:
        if self.verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {self.verdict!r} (expected {', '.join(VERDICTS)})")
        if self.verdict == "queue" and self.queue is None:
            object.__setattr__(self, "queue", DEFAULT_QUEUE)
        if self.verdict != "queue" and self.queue is not None:
            raise ValueError(f"a queue is only for verdict queue, not {self.verdict}")

    @property
    def strength(self) -> int:
        """Higher for stronger verdicts (remove > queue > allow)."""
        return len(VERDICTS) - VERDICTS.index(self.verdict)

    def to_data(self) -> dict[str, Any]:
        """The canonical (rules file) form."""
        out: dict[str, Any] = {"verdict": self.verdict}
        if self.queue is not None:
            out["queue"] = self.queue
        out["priority"] = self.priority
        out["reason"] = self.reason
        return out

    def fired(self, rule_id: str, *, shadow: bool, rules_version: str) -> RuleFired:
        """The evidence that rule ``rule_id`` fired with this effect."""
        return RuleFired(
            rule_id=rule_id,
            verdict=self.verdict,
            queue=self.queue,
            priority=self.priority,
            reason=self.reason,
            shadow=shadow,
            rules_version=rules_version,
        )


__all__ = ["DEFAULT_QUEUE", "VERDICTS", "Effect"]
