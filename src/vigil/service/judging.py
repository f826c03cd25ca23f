"""Verdicts for the service: the pipeline's :class:`~vigil.pipeline.Judge`, kept current.

A :class:`ServiceJudge` holds what a verdict needs, loaded once per process: the
detector, the rules, and a :class:`~vigil.pipeline.Judge` over the bank indexes of every
enabled bank. The indexes are rebuilt when the banks change: at most every
:data:`BANK_CHECK_SECONDS` the judge compares the store's bank fingerprint with the one it
loaded (so a bank changed by another process is seen within that time), and
:meth:`ServiceJudge.invalidate` makes the next call rebuild at once (for bank changes made
in this process).

A text is judged exactly as a scan judges a post (:func:`~vigil.pipeline.build_item`,
:func:`~vigil.pipeline.judge_items`); :meth:`ServiceJudge.record` stores the item, its
score, its bank matches and the decision as the scan does, in one unit of work (the
decision's audit row with it).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

from vigil.items import Item, Record
from vigil.pipeline import Judge, Judgement, build_item, decision_row, judge_items
from vigil.pipeline.scan import score_row
from vigil.policy import RuleSet, default_rules, load_rules
from vigil.signals.matcher import Match, Matcher, QueryHash
from vigil.store import ItemMatch, Store
from vigil.store.decisions import Decision

BANK_CHECK_SECONDS = 5.0
_SAME = ("verdict", "queue", "priority", "reason_code", "rule_id", "rules_version", "model")


@dataclass
class Verdict:
    """A text's judgement, the item it was judged as, and (once recorded) the stored decision."""

    item: Item
    judgement: Judgement
    threshold: float
    decision_id: int | None = None

    def as_dict(self) -> dict[str, Any]:
        j, d = self.judgement, self.judgement.decision
        out = j.to_dict()
        effect = {"verdict": d.verdict, "queue": d.queue, "priority": d.priority, "reason": d.reason_code}
        out.update(
            item=self.item.uid,
            lang=self.item.lang,
            threshold=self.threshold,
            decision={
                "id": self.decision_id, "verdict": d.verdict, "queue": d.queue, "priority": d.priority,
                "reason_code": d.reason_code, "rule_id": d.rule_id, "rules_version": d.rules_version,
                "effect": effect,
            },
            stored=self.decision_id is not None,
        )  # fmt: skip
        return out


class ServiceJudge:
    """Detector + rules + bank indexes, shared by every request of a process (thread-safe)."""

    def __init__(self, store: Store, rules: RuleSet, detector: Any) -> None:
        self.store = store
        self.rules = rules
        self.detector = detector
        self._lock = threading.Lock()
        self._judge: Judge | None = None
        self._fingerprint: tuple[Any, ...] | None = None
        self._checked = 0.0

    def invalidate(self) -> None:
        """Rebuild the bank indexes on the next call (call after changing banks in this process)."""
        with self._lock:
            self._checked = 0.0
            self._fingerprint = None

    def current(self) -> Judge:
        """The judge over the banks as they are now (checked at most every BANK_CHECK_SECONDS)."""
        now = time.monotonic()
        judge = self._judge
        if judge is not None and now - self._checked < BANK_CHECK_SECONDS:
            return judge
        with self._lock:
            if self._judge is not None and now - self._checked < BANK_CHECK_SECONDS:
                return self._judge
            fingerprint = self.store.banks.fingerprint()
            if self._judge is None or fingerprint != self._fingerprint:
                self._judge = Judge(self.detector, self.rules, Matcher.from_store(self.store))
                self._fingerprint = fingerprint
            self._checked = time.monotonic()
            return self._judge

    def lookup(self, signal_type: str, signal: str) -> list[Match]:
        """Bank entries that ``signal`` (already validated) matches, best first."""
        return self.current().matcher.match_hashes([QueryHash(signal_type, signal)])

    def judge(self, record: Record) -> Verdict:
        """Judge one text as a scan judges a post; nothing is written."""
        judge = self.current()
        item = build_item(record)
        judgement = judge_items([item], judge)[0]
        return Verdict(item, judgement, judge.threshold)

    def record(self, verdict: Verdict, *, actor: str) -> Verdict:
        """Store the item, its score, its matches and the decision in one unit of work. A text judged
        again with the same outcome adds no second decision (the current one is returned)."""
        item, j = verdict.item, verdict.judgement
        row = decision_row(j)
        with self.store.transaction():
            current = self.store.decisions.current([item.uid]).get(item.uid)
            if current is not None and all(getattr(current, k) == getattr(row, k) for k in _SAME):
                verdict.decision_id = current.id
                return verdict
            self.store.items.add([item])
            if j.score is not None and j.model:
                self.store.scores.add([score_row(j, verdict.threshold)])
            self.store.item_matches.add(
                ItemMatch(item.uid, e.entry, e.bank, e.signal_type, e.distance) for e in j.bank_matches
            )
            stored = self.store.decisions.append(_with_note(row, f"submitted by {actor}"))
        verdict.decision_id = stored[0].id
        return verdict


def _with_note(row: Decision, note: str) -> Decision:
    from dataclasses import replace

    return replace(row, note=note)


def make_judge(store: Store, rules_path: str | None = None) -> ServiceJudge:
    """The judge of a service process: the shipped detector, and the rules file (or the shipped rules)."""
    from vigil.classify import load_detector

    rules = load_rules(rules_path) if rules_path else default_rules()
    return ServiceJudge(store, rules, load_detector())


__all__ = ["BANK_CHECK_SECONDS", "ServiceJudge", "Verdict", "make_judge"]
