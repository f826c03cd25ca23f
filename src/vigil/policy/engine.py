"""The engine: one item's :class:`Signals` and a :class:`RuleSet` in, one :class:`Decision` out.

Every rule is evaluated, in file order. The winning effect is the strongest verdict among
the live rules that fired (``remove`` > ``queue`` > ``allow``), the first such rule in
the file on a tie; when no live rule fires, the file's ``default`` effect. Shadow rules
are evaluated the same way and recorded in the decision's evidence, and never change it.
The engine is pure (no clock unless none is given, no database, no I/O): deciding again
on the same signals with the same rules gives the same decision.
"""

from __future__ import annotations

from datetime import UTC, datetime

from vigil.policy.decision import Decision
from vigil.policy.effects import Effect
from vigil.policy.rules import Rule, RuleSet
from vigil.policy.signals import Signals

#: who the engine's decisions are by
ENGINE_ACTOR = "vigil.policy"


def decide(
    rules: RuleSet,
    signals: Signals,
    *,
    decided_at: str | None = None,
    shadow_live: bool = False,
) -> Decision:
    """Decide on one item. ``shadow_live=True`` gives the shadow decision instead: what
    the rules would decide with their shadow rules live (marked ``shadow``; never acted on)."""
    fired = [r for r in rules.rules if r.when.holds(signals)]
    acting = [r for r in fired if shadow_live or not r.shadow]
    winner: Rule | None = None
    for r in acting:  # the first of the strongest: a later rule wins only with a stronger verdict
        if winner is None or r.then.strength > winner.then.strength:
            winner = r
    effect: Effect = winner.then if winner else rules.default
    evidence = tuple(r.then.fired(r.id, shadow=r.shadow, rules_version=rules.version) for r in fired)
    return Decision(
        item_uid=signals.item_uid,
        decided_at=decided_at or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        actor_kind="system",
        actor=ENGINE_ACTOR,
        verdict=effect.verdict,
        queue=effect.queue,
        priority=effect.priority,
        reason_code=effect.reason,
        rule_id=winner.id if winner else None,
        rules_version=rules.version,
        model=signals.detector.model if signals.detector else None,
        shadow=shadow_live,
        evidence=evidence,
    )


__all__ = ["ENGINE_ACTOR", "decide"]
