"""The audit log: an append-only, hash-chained record of every act that matters.

Each row says who (``actor``) did what (``action``) to what (``target``), with a JSON
``detail``; it carries the hash of the row before it (``prev_hash``) and its own
``hash``, the SHA-256 of its id, time, actor, action, target, detail text and
``prev_hash``. Ids are assigned here — the previous id plus one, under a lock that
serialises appenders (SQLite's write lock; a transaction-scoped advisory lock on
PostgreSQL) — so the id is part of what is hashed: a row changed, deleted or inserted
afterwards breaks the chain at that row, and :meth:`AuditLog.verify` names it.

Rows are appended inside the caller's unit of work, so the audit row commits with the
act it records or not at all. Append audit rows last in a unit: on PostgreSQL the lock
is held until the unit commits.

What the chain cannot show by itself is the removal of the newest rows; ``verify``
reports the head (last id and hash) so an operator can keep it elsewhere and compare.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select

from vigil.store.clock import now_iso_micro
from vigil.store.rows import dumps, loads
from vigil.store.schema import audit_log as t

if TYPE_CHECKING:
    from vigil.store.base import Store

#: the ``prev_hash`` of the first row
GENESIS = "0" * 64


def row_hash(id: int, at: str, actor: str, action: str, target: str, detail: str, prev_hash: str) -> str:
    """The hash of one row: SHA-256 over the canonical JSON list of its fields (detail as stored text)."""
    payload = json.dumps(
        [int(id), at, actor, action, target, detail, prev_hash], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class AuditEvent:
    """An act to record: who did what to what."""

    actor: str
    action: str
    target: str = ""
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AuditEntry:
    """One stored row of the audit log."""

    id: int
    at: str
    actor: str
    action: str
    target: str
    detail: dict[str, Any]
    prev_hash: str
    hash: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "at": self.at, "actor": self.actor, "action": self.action,
            "target": self.target, "detail": self.detail, "prev_hash": self.prev_hash, "hash": self.hash,
        }  # fmt: skip


@dataclass(frozen=True)
class Verification:
    """What :meth:`AuditLog.verify` found: ``ok``, rows checked, the first bad row and why, the head."""

    ok: bool
    rows: int
    bad_id: int | None = None
    reason: str = ""
    head_id: int = 0
    head_hash: str = GENESIS


def _entry(row: Any) -> AuditEntry:
    return AuditEntry(
        id=int(row["id"]), at=row["at"], actor=row["actor"], action=row["action"], target=row["target"],
        detail=loads(row["detail"], {}), prev_hash=row["prev_hash"], hash=row["hash"],
    )  # fmt: skip


class AuditLog:
    """``store.audit``: append events (inside the caller's unit), read them back, verify the chain.

    There is no update or delete."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def append(self, events: AuditEvent | Sequence[AuditEvent]) -> list[AuditEntry]:
        """Append one or many events, chained, in the unit of work in progress (or one of their own)."""
        batch = [events] if isinstance(events, AuditEvent) else list(events)
        for ev in batch:
            if not ev.actor or not ev.action:
                raise ValueError(f"audit event without an actor or an action: {ev!r}")
        if not batch:
            return []
        stamp = now_iso_micro()
        with self._store.writing() as conn:
            self._store.chain_lock(conn, "audit_log")
            last = conn.execute(select(t.c.id, t.c.hash).order_by(t.c.id.desc()).limit(1)).first()
            prev_id, prev_hash = (int(last[0]), str(last[1])) if last is not None else (0, GENESIS)
            rows = []
            for n, ev in enumerate(batch, start=prev_id + 1):
                detail = dumps(ev.detail, sort_keys=True)
                h = row_hash(n, stamp, ev.actor, ev.action, ev.target, detail, prev_hash)
                rows.append({
                    "id": n, "at": stamp, "actor": ev.actor, "action": ev.action, "target": ev.target,
                    "detail": detail, "prev_hash": prev_hash, "hash": h,
                })  # fmt: skip
                prev_hash = h
            conn.execute(insert(t), rows)
        return [_entry(r) for r in rows]

    def iter(self, *, after_id: int = 0, batch: int = 2000) -> Iterator[AuditEntry]:
        """Every row after ``after_id``, oldest first."""
        stmt = select(t).where(t.c.id > after_id).order_by(t.c.id)
        for row in self._store.stream(stmt, batch):
            yield _entry(row)

    def of_target(self, target: str, limit: int = 1000) -> list[AuditEntry]:
        """The rows about one target (an item uid, ``user:NAME``, ``token:ID``...), oldest first."""
        stmt = select(t).where(t.c.target == target).order_by(t.c.id).limit(limit)
        with self._store.reading() as conn:
            return [_entry(r) for r in conn.execute(stmt).mappings()]

    def count(self) -> int:
        with self._store.reading() as conn:
            last = conn.execute(select(t.c.id).order_by(t.c.id.desc()).limit(1)).scalar()
        return int(last or 0)

    def verify(self) -> Verification:
        """Recompute the chain; the first row whose id, link or content does not hold is named."""
        expected_id, prev_hash, n = 1, GENESIS, 0
        stmt = select(t).order_by(t.c.id)
        for row in self._store.stream(stmt):
            rid = int(row["id"])
            if rid != expected_id:
                what = (
                    f"rows {expected_id}..{rid - 1} are missing (deleted)"
                    if rid > expected_id
                    else f"id {rid} is out of sequence (inserted)"
                )
                return Verification(False, n, rid, what, expected_id - 1, prev_hash)
            if row["prev_hash"] != prev_hash:
                return Verification(
                    False, n, rid,
                    f"its prev_hash does not match row {rid - 1}'s hash (row {rid - 1} or {rid} was changed, "
                    "or a row was inserted)",
                    rid - 1, prev_hash,
                )  # fmt: skip
            h = row_hash(
                rid, row["at"], row["actor"], row["action"], row["target"], row["detail"], row["prev_hash"]
            )
            if h != row["hash"]:
                return Verification(False, n, rid, "its content does not match its hash (changed)", rid - 1,
                                    prev_hash)  # fmt: skip
            prev_hash, expected_id, n = row["hash"], rid + 1, n + 1
        return Verification(True, n, None, "", expected_id - 1, prev_hash)


__all__ = ["GENESIS", "AuditEntry", "AuditEvent", "AuditLog", "Verification", "row_hash"]
