"""Item matches: bank matches of text items (URL, domain, near-duplicate text, exact hashes).

The counterpart of ``media_matches`` for text: one row per (item, bank entry), the best
distance found; recording a match again adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from vigil.store.clock import now_iso
from vigil.store.schema import item_matches as t

if TYPE_CHECKING:
    from vigil.store.base import Store


@dataclass(frozen=True)
class ItemMatch:
    item_uid: str
    entry_id: int
    bank: str
    signal_type: str
    distance: float
    matched_at: str | None = None  # set by the store when None


class ItemMatches:
    """``store.item_matches``: record the bank matches of text items and read an item's."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, matches: Iterable[ItemMatch]) -> None:
        stamp = now_iso()
        rows: dict[tuple[str, int], dict[str, Any]] = {}
        for m in matches:
            key = (m.item_uid, int(m.entry_id))
            if key not in rows or m.distance < rows[key]["distance"]:
                rows[key] = {
                    "item_uid": m.item_uid, "entry_id": int(m.entry_id), "bank": m.bank,
                    "signal_type": m.signal_type, "distance": float(m.distance),
                    "matched_at": m.matched_at or stamp,
                }  # fmt: skip
        if rows:
            with self._store.writing() as conn:
                self._store.insert_ignore(conn, t, [rows[k] for k in sorted(rows)])

    def of_item(self, item_uid: str) -> list[ItemMatch]:
        """An item's matches, closest first."""
        stmt = select(t).where(t.c.item_uid == item_uid).order_by(t.c.distance, t.c.entry_id)
        with self._store.reading() as conn:
            return [ItemMatch(**dict(r)) for r in conn.execute(stmt).mappings()]


__all__ = ["ItemMatch", "ItemMatches"]
