"""Verdicts for the service: a text in, score, flag, themes, evidence and the policy's decision out.

A :class:`TextJudge` holds what a verdict needs, loaded once per process: the detector,
the rules, and the bank indexes (a :class:`~vigil.signals.matcher.Matcher` over every
enabled bank). The indexes are reloaded when the banks change: at most every
:data:`BANK_CHECK_SECONDS` the judge compares the store's bank fingerprint with the one
it loaded (so a bank changed by another process is seen within that time), and
:meth:`TextJudge.invalidate` makes the next call reload at once (for bank changes made
in this process).

:meth:`TextJudge.judge` decides without writing; :meth:`TextJudge.record` stores the item,
its score and the decision (the decision's audit row in the same unit of work).
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field, replace
from typing import Any

from vigil.evidence import evidence_to_json
from vigil.items import Item, Record
from vigil.policy import DetectorSignal, RuleSet, Signals, decide, default_rules, load_rules
from vigil.policy.decision import Decision as PolicyDecision
from vigil.signals.matcher import Match, Matcher, QueryHash
from vigil.store import Decision, ItemMatch, Score, Store

BANK_CHECK_SECONDS = 5.0


@dataclass
class Judgement:
    """One text's verdict and the decision the rules took on it."""

    item: Item
    threshold: float
    matches: list[Match]
    decision: PolicyDecision
    shadow: PolicyDecision | None = None
    stored: bool = False
    decision_id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        d = self.decision
        item = self.item
        return {
            "item": item.uid,
            "score": item.score,
            "flag": bool(item.flagged),
            "threshold": self.threshold,
            "model": item.model,
            "lang": item.lang,
            "themes": item.themes,
            "evidence": item.evidence + [m.evidence().to_dict() for m in self.matches],
            "matches": [m.to_dict() for m in self.matches],
            "decision": {
                "id": self.decision_id,
                "verdict": d.verdict,
                "queue": d.queue,
                "priority": d.priority,
                "reason_code": d.reason_code,
                "rule_id": d.rule_id,
                "rules_version": d.rules_version,
                "effect": {
                    "verdict": d.verdict,
                    "queue": d.queue,
                    "priority": d.priority,
                    "reason": d.reason_code,
                },
                "fired": json.loads(evidence_to_json(d.evidence)),
            },
            "stored": self.stored,
        }


class TextJudge:
    """Detector + rules + bank indexes, shared by every request of a process (thread-safe)."""

    def __init__(self, store: Store, rules: RuleSet, detector: Any) -> None:
        self.store = store
        self.rules = rules
        self.detector = detector
        self._lock = threading.Lock()
        self._matcher: Matcher | None = None
        self._fingerprint: tuple[Any, ...] | None = None
        self._checked = 0.0

    # -- banks -----------------------------------------------------------------------------------------
    def invalidate(self) -> None:
        """Reload the bank indexes on the next call (call after changing banks in this process)."""
        with self._lock:
            self._checked = 0.0
            self._fingerprint = None

    def matcher(self) -> Matcher:
        now = time.monotonic()
        if self._matcher is not None and now - self._checked < BANK_CHECK_SECONDS:
            return self._matcher
        with self._lock:
            if self._matcher is not None and now - self._checked < BANK_CHECK_SECONDS:
                return self._matcher
            fingerprint = self.store.banks.fingerprint()
            if self._matcher is None or fingerprint != self._fingerprint:
                self._matcher = Matcher.from_store(self.store)
                self._fingerprint = fingerprint
            self._checked = time.monotonic()
            return self._matcher

    def lookup(self, signal_type: str, signal: str) -> list[Match]:
        """Bank entries that ``signal`` (already validated) matches, best first."""
        return self.matcher().match_hashes([QueryHash(signal_type, signal)])

    # -- text ------------------------------------------------------------------------------------------
    def judge(self, record: Record) -> Judgement:
        """Score one text and decide on it; nothing is written."""
        from vigil.pipeline import build_item, score_items

        item = build_item(record)
        score_items([item], self.detector)
        matches = self.matcher().match_text(item.text, urls=item.urls, domains=item.domains)
        signals = Signals(
            item_uid=item.uid,
            kind=item.kind,
            language=item.lang,
            source=item.source,
            platform=item.platform,
            bank_matches=tuple(m.evidence() for m in matches),
            detector=(
                DetectorSignal(float(item.score), float(self.detector.threshold), item.model or "")
                if item.score is not None
                else None
            ),
            themes=item.themes,
        )
        decision = decide(self.rules, signals)
        shadow = (
            decide(self.rules, signals, shadow_live=True) if any(r.shadow for r in self.rules.rules) else None
        )
        return Judgement(item, float(self.detector.threshold), matches, decision, shadow)

    def record(self, judgement: Judgement, *, actor: str) -> Judgement:
        """Store the item, its score and the decision in one unit of work. A text judged again with
        the same outcome adds no second decision (the first is returned)."""
        item, d = judgement.item, judgement.decision
        rows = [_stored_decision(d, item.uid, note=f"submitted by {actor}")]
        if judgement.shadow is not None:
            rows.append(_stored_decision(judgement.shadow, item.uid, note=f"submitted by {actor}"))
        with self.store.transaction():
            current = self.store.decisions.current([item.uid]).get(item.uid)
            if current is not None and _same(current, rows[0]):
                judgement.decision_id = current.id
                judgement.stored = True
                return judgement
            self.store.items.add([item])
            if item.score is not None and item.model:
                score = Score(item.uid, item.model, float(item.score), bool(item.flagged), item.themes)
                self.store.scores.add([replace(score, evidence=item.evidence)])
            self.store.item_matches.add(
                ItemMatch(item.uid, m.entry, m.bank, m.signal_type, float(m.distance))
                for m in judgement.matches
            )
            stored = self.store.decisions.append(rows)
        judgement.decision_id = stored[0].id
        judgement.stored = True
        return judgement


def _stored_decision(d: PolicyDecision, uid: str, note: str) -> Decision:
    return Decision(
        item_uid=uid, verdict=d.verdict, actor_kind=d.actor_kind, actor=d.actor, queue=d.queue,
        priority=d.priority, reason_code=d.reason_code, rule_id=d.rule_id, rules_version=d.rules_version,
        model=d.model, shadow=d.shadow, evidence=json.loads(evidence_to_json(d.evidence)), note=note,
    )  # fmt: skip


def _same(a: Decision, b: Decision) -> bool:
    keys = ("verdict", "queue", "priority", "reason_code", "rule_id", "rules_version", "model")
    return all(getattr(a, k) == getattr(b, k) for k in keys)


def make_judge(store: Store, rules_path: str | None = None) -> TextJudge:
    """The judge of a service process: the shipped detector, and the rules file (or the shipped rules)."""
    from vigil.classify import load_detector

    rules = load_rules(rules_path) if rules_path else default_rules()
    return TextJudge(store, rules, load_detector())


__all__ = ["BANK_CHECK_SECONDS", "Judgement", "TextJudge", "make_judge"]
