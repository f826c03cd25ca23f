"""What the research report reads that is not an interface of its own: its keys, the items
in one streaming pass, and which tables this database has (a report degrades, never fails,
on a database from before a migration)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, inspect, select

from vigil.store.clock import now_iso
from vigil.store.items import item_column, item_filter, item_source
from vigil.store.schema import report_keys

if TYPE_CHECKING:
    from vigil.store.base import Store


class Reports:
    """``store.reports``: report keys, item rows for a report, and the database's tables."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def key(self, name: str, new_hex: str) -> str:
        """The hex key stored under ``name``; ``new_hex`` is stored first if there is none (race-safe:
        of two callers creating it at once, both get the one that was stored)."""
        with self._store.writing() as conn:
            self._store.insert_ignore(
                conn, report_keys, [{"name": name, "key_hex": new_hex, "created_at": now_iso()}]
            )
            return str(conn.scalar(select(report_keys.c.key_hex).where(report_keys.c.name == name)))

    def item_rows(
        self, columns: Sequence[str], batch: int = 5000, **filters: Any
    ) -> Iterator[dict[str, Any]]:
        """``columns`` of the items the filters select (see :func:`vigil.store.items.item_filter`),
        as dicts, in one streaming pass in no particular order."""
        stmt = (
            select(*(item_column(c) for c in columns))
            .select_from(item_source())
            .where(*item_filter(**filters))
        )
        return self._store.stream(stmt, batch=batch)

    def any_scored(self, **filters: Any) -> bool:
        """Whether any item the filters select has been scored."""
        stmt = (
            select(func.count())
            .select_from(item_source())
            .where(*item_filter(**filters), item_column("flagged").is_not(None))
        )
        with self._store.reading() as conn:
            return int(conn.scalar(stmt) or 0) > 0

    def has_table(self, name: str) -> bool:
        with self._store.reading() as conn:
            return bool(inspect(conn).has_table(name))

    def columns(self, name: str) -> set[str]:
        with self._store.reading() as conn:
            return {c["name"] for c in inspect(conn).get_columns(name)}

    def tables(self) -> list[str]:
        with self._store.reading() as conn:
            return sorted(inspect(conn).get_table_names())


__all__ = ["Reports"]
