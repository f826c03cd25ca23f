"""A decision: one verdict on one item, by the rules or by a person, with its evidence.

:class:`Decision` maps one-to-one onto a row of the append-only ``decisions`` table
(:data:`Decision.COLUMNS`; ``to_row``/``from_row``), so what the engine decides is
exactly what is stored, replayed and shown in a statement of reasons. The engine's
decisions carry, as :class:`~vigil.evidence.RuleFired` evidence, every live rule that
fired and every shadow rule that would have (``shadow=True`` inside the evidence: they
never act). A decision that is itself ``shadow`` is what the rules *would* have decided
with their shadow rules live; a sink records it and carries nothing out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from vigil.evidence import Evidence, RuleFired, evidence_list_from_json, evidence_to_json
from vigil.policy.effects import VERDICTS, Effect

ACTOR_KINDS: tuple[str, ...] = ("system", "human")


@dataclass(frozen=True)
class Decision:
    """One row of ``decisions``: who decided what about which item, when, why and on what evidence."""

    COLUMNS: ClassVar[tuple[str, ...]] = (
        "item_uid",
        "decided_at",
        "actor_kind",
        "actor",
        "verdict",
        "queue",
        "priority",
        "reason_code",
        "rule_id",
        "rules_version",
        "model",
        "shadow",
        "evidence",
        "note",
    )

    item_uid: str
    decided_at: str
    actor_kind: str
    actor: str
    verdict: str
    queue: str | None
    priority: int
    reason_code: str
    rule_id: str | None
    rules_version: str | None
    model: str | None
    shadow: bool
    evidence: tuple[Evidence, ...] = ()
    note: str = ""

    def __post_init__(self) -> None:
        if self.actor_kind not in ACTOR_KINDS:
            raise ValueError(f"actor_kind must be one of {', '.join(ACTOR_KINDS)}, not {self.actor_kind!r}")
        Effect(self.verdict, self.reason_code, self.queue, self.priority)  # the same checks as an effect

    @property
    def effect(self) -> Effect:
        return Effect(self.verdict, self.reason_code, self.queue, self.priority)

    @property
    def fired(self) -> tuple[RuleFired, ...]:
        """The live rules that fired, in rule order (the first of the strongest decided)."""
        return tuple(e for e in self.evidence if isinstance(e, RuleFired) and not e.shadow)

    @property
    def shadow_fired(self) -> tuple[RuleFired, ...]:
        """The shadow rules that would have fired (recorded, never acting)."""
        return tuple(e for e in self.evidence if isinstance(e, RuleFired) and e.shadow)

    def to_row(self) -> dict[str, Any]:
        """The ``decisions`` row: evidence as its stored JSON list."""
        row = {c: getattr(self, c) for c in self.COLUMNS}
        row["evidence"] = evidence_to_json(self.evidence)
        return row

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Decision:
        values = {c: row[c] for c in cls.COLUMNS}
        values["shadow"] = bool(values["shadow"])
        values["priority"] = int(values["priority"])
        values["evidence"] = tuple(evidence_list_from_json(values["evidence"]))
        values["note"] = values["note"] or ""
        return cls(**values)


__all__ = ["ACTOR_KINDS", "VERDICTS", "Decision"]
