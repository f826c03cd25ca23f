"""Quarantine: records that could not be used, keyed by (source, locator, reason): adding is idempotent."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from vigil.items import QuarantineRecord, printable
from vigil.store.clock import now_iso
from vigil.store.schema import quarantine as t

if TYPE_CHECKING:
    from vigil.store.base import Store


class Quarantine:
    """``store.quarantine``: add records, list them, count them by reason."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, records: Sequence[QuarantineRecord], run_id: int | None = None) -> None:
        if not records:
            return
        stamp = now_iso()
        rows = {}
        for r in records:
            source, locator, reason, detail, excerpt = (
                printable(v) for v in (r.source, r.locator, r.reason, r.detail, r.excerpt)
            )
            rows[r.key()] = {
                "key": r.key(), "source": source, "locator": locator, "reason": reason, "detail": detail,
                "excerpt": excerpt, "run_id": run_id, "created_at": stamp,
            }  # fmt: skip
        with self._store.writing() as conn:
            self._store.insert_ignore(conn, t, [rows[k] for k in sorted(rows)])

    def all(self) -> list[QuarantineRecord]:
        """Every quarantined record, by source and locator."""
        stmt = select(t.c.source, t.c.locator, t.c.reason, t.c.detail, t.c.excerpt).order_by(
            t.c.source, t.c.locator
        )
        with self._store.reading() as conn:
            return [QuarantineRecord(**r) for r in conn.execute(stmt).mappings()]

    def by_reason(self) -> list[dict[str, Any]]:
        """``[{"reason", "n"}]``, most frequent first."""
        n = func.count().label("n")
        stmt = select(t.c.reason, n).group_by(t.c.reason).order_by(n.desc(), t.c.reason)
        with self._store.reading() as conn:
            return [{"reason": r.reason, "n": int(r.n)} for r in conn.execute(stmt)]


__all__ = ["Quarantine"]
