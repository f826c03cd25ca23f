"""Replaying stored items through a rule set: what a new rules file would change.

A platform trying new rules wants to know, before it switches them on, which verdicts
would change and because of which rule. :func:`rerun` reads each stored item's signals
back from its assessment (its latest decision made by rules: bank matches, the
detector's score and themes) and from the item itself (language, kind, source,
platform), decides again with the new rules, and compares with the item's current
verdict. Nothing is scored again and nothing is written, unless ``apply``: then each
item whose decision would change gets a new decision (appended; the old ones stay).

An item whose current decision is a person's is left alone: rules do not overrule a
reviewer. An item never judged (no assessment) has no signals to replay and is skipped.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from vigil.evidence import evidence_list
from vigil.pipeline.judge import signals_of
from vigil.policy import RuleSet, Signals, decide
from vigil.policy.decision import Decision as PolicyDecision
from vigil.store import Store
from vigil.store.decisions import Decision as StoredDecision

#: what a rule's row is called when the rules' default effect decided
DEFAULT_RULE = "(default)"


@dataclass
class RuleCount:
    """One rule of the new set: how many items it fired on (for the default: how many no live
    rule fired on), and how many verdicts it would change."""

    rule_id: str
    shadow: bool = False
    fired: int = 0
    changed: int = 0  # items whose verdict it decides and that differs from the current one


@dataclass
class RerunReport:
    """What replaying the stored items through a rule set found (and, with ``apply``, wrote)."""

    rules_version: str
    items: int = 0
    replayed: int = 0
    unjudged: int = 0
    by_person: int = 0
    changed: int = 0
    transitions: Counter[tuple[str, str]] = field(default_factory=Counter)
    rules: dict[str, RuleCount] = field(default_factory=dict)
    applied: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "rules_version": self.rules_version,
            "items": self.items,
            "replayed": self.replayed,
            "unjudged": self.unjudged,
            "decided_by_a_person": self.by_person,
            "verdicts_changed": self.changed,
            "transitions": {f"{a}->{b}": n for (a, b), n in sorted(self.transitions.items())},
            "rules": [vars(r) for r in self.rules.values()],
            "applied": self.applied,
        }

    def __str__(self) -> str:
        lines = [
            f"rules {self.rules_version[:12]}: {self.replayed:,} of {self.items:,} items replayed "
            f"({self.unjudged:,} never judged, {self.by_person:,} decided by a person: left alone)",
            f"  verdicts that would change: {self.changed:,}"
            + (
                " (" + ", ".join(f"{a} -> {b} {n:,}" for (a, b), n in sorted(self.transitions.items())) + ")"
                if self.transitions
                else ""
            ),
            f"  {'rule':<32} {'fired':>8} {'changes':>8}",
        ]
        for r in self.rules.values():
            name = f"{r.rule_id} (shadow)" if r.shadow else r.rule_id
            lines.append(f"  {name:<32} {r.fired:>8,} {r.changed:>8,}")
        lines.append(
            f"  applied: {self.applied:,} new decisions"
            if self.applied
            else "  nothing written (run again with --apply to record the changed decisions)"
        )
        return "\n".join(lines)


def _signals(item: Any, assessment: StoredDecision, threshold: float) -> Signals:
    """The signals the assessment rested on, with the item's context."""
    from vigil.pipeline.scan import subject_of

    evidence = evidence_list(assessment.evidence, where=f"item {item.uid}")
    model = assessment.model or ""
    return signals_of(subject_of(item), evidence, assessment.score, threshold, model, dict(assessment.themes))


def _same(new: PolicyDecision, old: StoredDecision) -> bool:
    return (new.verdict, new.queue, new.priority, new.reason_code, new.rule_id) == (
        old.verdict, old.queue, old.priority, old.reason_code, old.rule_id,
    )  # fmt: skip


def _row(uid: str, new: PolicyDecision, assessment: StoredDecision, run_id: int) -> StoredDecision:
    """The new decision as stored: the assessment's signals and score, the new rules' effect."""
    signals = [e for e in assessment.evidence if not (isinstance(e, dict) and e.get("kind") == "rule")]
    return StoredDecision(
        item_uid=uid, verdict=new.verdict, actor=new.actor, queue=new.queue, priority=new.priority,
        reason_code=new.reason_code, rule_id=new.rule_id, rules_version=new.rules_version,
        model=assessment.model, evidence=[*signals, *(e.to_dict() for e in new.evidence)], run_id=run_id,
        score=assessment.score, themes=dict(assessment.themes),
    )  # fmt: skip


def rerun(
    store: Store,
    rules: RuleSet,
    *,
    since: str | None = None,
    apply: bool = False,
    threshold: float | None = None,
) -> RerunReport:
    """Replay the stored items (at or after ``since``, by item time) through ``rules``.

    ``threshold`` is what ``model_threshold`` means in the rules. By default it is, for each
    item, the threshold of the detector that scored it, as its scan run recorded it (a model
    upgrade does not re-judge old scores against the new model's threshold), and the shipped
    detector's where no run recorded one. With ``apply``, every item whose decision changes
    gets a new decision by the rules (one run, recorded in ``runs``); shadow rules are
    recorded in its evidence."""
    by_run: dict[int, float] = {}
    if threshold is None:
        import json

        from vigil.classify.detector import default_model_dir

        manifest = json.loads((default_model_dir() / "manifest.json").read_text("utf-8"))
        threshold = float(manifest["threshold"])
        by_run = {
            int(r["id"]): float(r["args"]["threshold"])
            for r in store.runs.all()
            if isinstance(r["args"], dict) and isinstance(r["args"].get("threshold"), int | float)
        }
    report = RerunReport(rules.version)
    for r in rules.rules:
        report.rules[r.id] = RuleCount(r.id, r.shadow)
    report.rules[DEFAULT_RULE] = RuleCount(DEFAULT_RULE)
    run_id = (
        store.runs.start("rules rerun", {"rules_version": rules.version, "since": since}) if apply else None
    )
    status = "failed"
    try:
        batch: list[Any] = []
        for item in store.items.iter(since=since):
            batch.append(item)
            if len(batch) >= 500:
                _replay(store, rules, batch, threshold, by_run, report, run_id)
                batch = []
        _replay(store, rules, batch, threshold, by_run, report, run_id)
        status = "done"
    finally:
        if run_id is not None:
            store.runs.finish(run_id, status, report.as_dict())
    return report


def _replay(
    store: Store,
    rules: RuleSet,
    items: list[Any],
    threshold: float,
    by_run: dict[int, float],
    report: RerunReport,
    run_id: int | None,
) -> None:
    if not items:
        return
    histories = store.decisions.histories([i.uid for i in items])
    new_rows: list[StoredDecision] = []
    for item in items:
        report.items += 1
        history = [d for d in histories.get(item.uid, []) if not d.shadow]
        assessed = [d for d in history if d.rules_version is not None]
        if not assessed:
            report.unjudged += 1
            continue
        current = history[-1]
        if current.actor_kind == "human":
            report.by_person += 1
            continue
        report.replayed += 1
        assessment = assessed[-1]
        # the threshold recorded by the latest run that scored it, else the default
        at = next((by_run[d.run_id] for d in reversed(assessed) if d.run_id in by_run), threshold)
        new = decide(rules, _signals(item, assessment, at))
        for fired in (*new.fired, *new.shadow_fired):
            report.rules[fired.rule_id].fired += 1
        if new.rule_id is None:
            report.rules[DEFAULT_RULE].fired += 1
        if new.verdict != current.verdict:
            report.changed += 1
            report.transitions[(current.verdict, new.verdict)] += 1
            report.rules[new.rule_id or DEFAULT_RULE].changed += 1
        if run_id is not None and not _same(new, current):
            new_rows.append(_row(item.uid, new, assessment, run_id))
    if new_rows:
        store.decisions.append(new_rows)
        report.applied += len(new_rows)


__all__ = ["DEFAULT_RULE", "RerunReport", "RuleCount", "rerun"]
