"""Runs: one row per command run (a scan), with its arguments, status and counts.

A run killed before it finished stays ``running``: the log shows it was interrupted.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update

from vigil.store.clock import now_iso
from vigil.store.rows import dumps
from vigil.store.schema import runs as t

if TYPE_CHECKING:
    from vigil.store.base import Store


class Runs:
    """``store.runs``: start and finish runs; ``store.runs()`` (or ``.all()``) lists them by id."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def start(self, command: str, args: dict[str, Any]) -> int:
        """Record a run as started; returns its id (distinct across threads and processes)."""
        with self._store.writing() as conn:
            result = conn.execute(
                insert(t).values(
                    command=command, args=dumps(args, sort_keys=True, default=str), started_at=now_iso()
                )
            )
            return int(result.inserted_primary_key[0])  # type: ignore[index]

    def finish(self, run_id: int, status: str, counts: dict[str, Any]) -> None:
        with self._store.writing() as conn:
            conn.execute(
                update(t)
                .where(t.c.id == run_id)
                .values(finished_at=now_iso(), status=status, counts=dumps(counts, sort_keys=True))
            )

    def all(self) -> list[dict[str, Any]]:
        with self._store.reading() as conn:
            rows = [dict(r) for r in conn.execute(select(t).order_by(t.c.id)).mappings()]
        for r in rows:
            r["args"] = json.loads(r["args"])
            r["counts"] = json.loads(r["counts"])
        return rows

    def __call__(self) -> list[dict[str, Any]]:
        return self.all()


__all__ = ["Runs"]
