"""Decisions: the append-only history of what was decided about each item, and by whom.

Every decision — a policy rule's or a reviewer's, live or in shadow mode — is a new row
with its evidence, rule and model version; none is ever changed or deleted, so this
interface has no method that could. Each is also recorded in the audit log
(:mod:`vigil.store.audit`) in the same unit of work. An item's **current decision** is derived by query:
its latest (highest id) non-shadow row. A second decision supersedes the first by being
appended after it; shadow decisions (a rule tried out without effect) are kept in the
history and never become current. Appending also feeds the review queues
(:meth:`vigil.store.review.Review.feed`) and writes each live decision's
``decision.created`` webhook events (:meth:`vigil.store.webhooks.Webhooks.emit`), in the
same unit of work.

A decision made by rules (``rules_version`` set: the pipeline's judge, a rules rerun)
records what it rested on: the detector's ``score`` and ``themes``, the model, the
evidence. An item's **assessment** is its latest non-shadow such decision; a person's
decision changes the item's verdict, not its assessment. :mod:`vigil.store.items` derives
an item's verdict and assessment from these rows; nothing stores them on the item.

Listing items by current verdict and queue pages with a keyset cursor over
``(priority, id)`` — highest priority first, then oldest first — so a page never
repeats or skips an item when decisions are appended between two pages (an item whose
current decision changes leaves the listing or moves to its new place).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, exists, insert, or_, select

from vigil.store.audit import AuditEvent
from vigil.store.clock import now_iso_micro
from vigil.store.rows import chunked, dumps, loads
from vigil.store.schema import decisions as t

if TYPE_CHECKING:
    from vigil.store.base import Store

VERDICTS = ("remove", "queue", "allow")
ACTOR_KINDS = ("system", "human")


@dataclass(frozen=True)
class Decision:
    """One decision about one item. ``id`` and (when ``None``) ``decided_at`` are set on append."""

    item_uid: str
    verdict: str  # remove | queue | allow
    actor_kind: str = "system"  # system | human
    actor: str = "policy"  # e.g. "policy", or a reviewer's user name
    queue: str | None = None
    priority: int = 0
    reason_code: str = ""
    rule_id: str | None = None
    rules_version: str | None = None
    model: str | None = None
    shadow: bool = False
    evidence: list[dict[str, Any]] = field(default_factory=list)
    note: str = ""
    run_id: int | None = None
    decided_at: str | None = None
    id: int | None = None
    score: float | None = None  # the detector's score the judgement rested on (None: none)
    themes: dict[str, float] = field(default_factory=dict)

    def check(self) -> None:
        """Raise :class:`ValueError` naming the item and what is wrong, if anything is."""
        where = f"decision for item {self.item_uid!r}"
        if not self.item_uid:
            raise ValueError("decision without an item uid")
        if self.verdict not in VERDICTS:
            raise ValueError(f"{where}: verdict {self.verdict!r} is not one of {', '.join(VERDICTS)}")
        if self.actor_kind not in ACTOR_KINDS:
            raise ValueError(
                f"{where}: actor_kind {self.actor_kind!r} is not one of {', '.join(ACTOR_KINDS)}"
            )
        if not self.actor:
            raise ValueError(f"{where}: no actor (who or what decided)")
        if self.id is not None:
            raise ValueError(f"{where}: it is stored already (id {self.id}); decisions are appended once")


@dataclass(frozen=True)
class DecisionPage:
    """Current decisions of one page of items, and the cursor of the next page (``None``: last page)."""

    decisions: list[Decision]
    next_cursor: str | None


_COLUMNS = tuple(c.name for c in t.columns if c.name != "id")


def _row(d: Decision, stamp: str) -> dict[str, Any]:
    row = {c: getattr(d, c) for c in _COLUMNS}
    row.update(
        decided_at=d.decided_at or stamp, shadow=int(bool(d.shadow)), evidence=dumps(d.evidence),
        priority=int(d.priority), themes=dumps(d.themes, sort_keys=True),
        score=None if d.score is None else float(d.score),
    )  # fmt: skip
    return row


def _decision(row: Any) -> Decision:
    data = {c: row[c] for c in ("id", *_COLUMNS)}
    data.update(
        shadow=bool(row["shadow"]), evidence=loads(row["evidence"], []), themes=loads(row["themes"], {})
    )
    return Decision(**data)


def _audit_event(d: Decision) -> AuditEvent:
    """The audit row of a decision (in the same unit as the decision itself)."""
    detail = {
        "decision": d.id, "verdict": d.verdict, "actor_kind": d.actor_kind, "queue": d.queue,
        "reason_code": d.reason_code, "rule_id": d.rule_id, "rules_version": d.rules_version,
        "model": d.model, "shadow": bool(d.shadow),
    }  # fmt: skip
    if d.note:
        detail["note"] = d.note
    return AuditEvent(actor=d.actor, action="decision", target=d.item_uid, detail=detail)


def _current() -> ColumnElement[bool]:
    """``t``'s row is its item's current decision: not shadow, and no later non-shadow row."""
    later = t.alias("later")
    superseded = exists().where(later.c.item_uid == t.c.item_uid, later.c.shadow == 0, later.c.id > t.c.id)
    return and_(t.c.shadow == 0, ~superseded)


def _parse_cursor(cursor: str) -> tuple[int, int]:
    try:
        priority, last_id = cursor.split(":")
        return int(priority), int(last_id)
    except ValueError:
        raise ValueError(f"invalid decisions cursor {cursor!r}") from None


class Decisions:
    """``store.decisions``: append decisions; read an item's history, current decisions, queues.

    There is deliberately no update or delete: a correction is a new decision.
    """

    def __init__(self, store: Store) -> None:
        self._store = store

    def append(self, decisions: Decision | Iterable[Decision]) -> list[Decision]:
        """Append one or many decisions (inside the caller's unit of work, if any); every one is
        checked before any is written. Returns them as stored (with ``id`` and ``decided_at``)."""
        batch = [decisions] if isinstance(decisions, Decision) else list(decisions)
        for d in batch:
            d.check()
        if not batch:
            return []
        stamp = now_iso_micro()
        rows = [_row(d, stamp) for d in batch]
        with self._store.writing() as conn:
            result = conn.execute(insert(t).returning(t.c.id, sort_by_parameter_order=True), rows)
            ids = [int(i) for i in result.scalars()]
            stored = [
                replace(d, id=i, decided_at=r["decided_at"]) for d, i, r in zip(batch, ids, rows, strict=True)
            ]
            self._store.review.feed([d.item_uid for d in batch])  # a queue decision opens its review task
            # the outbox: each live decision's webhook events commit with it (store/webhooks.py)
            self._store.webhooks.emit("decision.created", [(d.item_uid, d) for d in stored if not d.shadow])
            self._store.audit.append([_audit_event(d) for d in stored])
        return stored

    def history(self, item_uid: str) -> list[Decision]:
        """Every decision about one item, shadow ones included, oldest first."""
        with self._store.reading() as conn:
            rows = conn.execute(select(t).where(t.c.item_uid == item_uid).order_by(t.c.id)).mappings()
            return [_decision(r) for r in rows]

    def histories(self, item_uids: Sequence[str]) -> dict[str, list[Decision]]:
        """:meth:`history` of many items at once; items never decided are absent."""
        out: dict[str, list[Decision]] = {}
        with self._store.reading() as conn:
            for chunk in chunked(sorted(set(item_uids))):
                stmt = select(t).where(t.c.item_uid.in_(chunk)).order_by(t.c.id)
                for r in conn.execute(stmt).mappings():
                    out.setdefault(r["item_uid"], []).append(_decision(r))
        return out

    def current(self, item_uids: Sequence[str]) -> dict[str, Decision]:
        """The current decision of each item; items never decided (or only in shadow) are absent."""
        out: dict[str, Decision] = {}
        with self._store.reading() as conn:
            for chunk in chunked(sorted(set(item_uids))):
                stmt = select(t).where(t.c.item_uid.in_(chunk), _current())
                out.update((r["item_uid"], _decision(r)) for r in conn.execute(stmt).mappings())
        return out

    def by_current(
        self,
        *,
        verdict: str | None = None,
        queue: str | None = None,
        limit: int = 100,
        cursor: str | None = None,
    ) -> DecisionPage:
        """Items whose current decision has this verdict (and queue), one page at a time:
        highest priority first, then oldest decision first. Pass the page's ``next_cursor``
        to get the next one."""
        if verdict is not None and verdict not in VERDICTS:
            raise ValueError(f"verdict {verdict!r} is not one of {', '.join(VERDICTS)}")
        if limit < 1:
            raise ValueError(f"limit must be at least 1, not {limit}")
        stmt = select(t).where(_current())
        if verdict is not None:
            stmt = stmt.where(t.c.verdict == verdict)
        if queue is not None:
            stmt = stmt.where(t.c.queue == queue)
        if cursor is not None:
            priority, last_id = _parse_cursor(cursor)
            stmt = stmt.where(or_(t.c.priority < priority, and_(t.c.priority == priority, t.c.id > last_id)))
        stmt = stmt.order_by(t.c.priority.desc(), t.c.id).limit(limit + 1)
        with self._store.reading() as conn:
            found = [_decision(r) for r in conn.execute(stmt).mappings()]
        page, more = found[:limit], len(found) > limit
        last = page[-1] if page else None
        return DecisionPage(page, f"{last.priority}:{last.id}" if more and last is not None else None)


__all__ = ["ACTOR_KINDS", "VERDICTS", "Decision", "DecisionPage", "Decisions"]
