"""Items: what the scan stored, content-addressed by uid; filters and the two stable orders.

``add`` never changes a stored item (a uid already there is left as it is), which is what
makes a scan resumable and a re-scan a no-op. The verdict columns (``score``, ``flagged``,
``themes``, ``evidence``, ``model``) are kept on the item for their readers for now; the
history of verdicts is in ``scores`` and of decisions in ``decisions``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, func, select, update

from vigil.items import Item
from vigil.store.clock import now_iso
from vigil.store.rows import chunked, dumps, loads
from vigil.store.schema import items as t

if TYPE_CHECKING:
    from vigil.store.base import Store

_JSON_LIST = ("urls", "domains", "hashtags", "mentions", "media", "evidence")
_JSON_DICT = ("themes", "extra")
ITEM_COLUMNS = (
    "uid", "content_sha256", "kind", "source", "locator", "source_id", "platform", "author", "time",
    "url", "reply_to", "text", "lang", "lang_given", "urls", "domains", "hashtags", "mentions", "media",
    "score", "flagged", "themes", "evidence", "model", "extra",
)  # fmt: skip
_ORDERS = ("time", "score")


def item_row(item: Item, run_id: int | None, ingested_at: str) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for col in ITEM_COLUMNS:
        value = getattr(item, col)
        if col in _JSON_LIST or col in _JSON_DICT:
            value = dumps(value, sort_keys=True)
        elif col == "flagged" and value is not None:
            value = int(bool(value))
        row[col] = value
    row["run_id"] = run_id
    row["ingested_at"] = ingested_at
    return row


def row_to_item(row: Any) -> Item:
    data = {col: row[col] for col in ITEM_COLUMNS}
    for col in _JSON_LIST:
        data[col] = loads(data[col], [])
    for col in _JSON_DICT:
        data[col] = loads(data[col], {})
    if data["flagged"] is not None:
        data["flagged"] = bool(data["flagged"])
    return Item(**data)


def item_filter(
    *,
    flagged: bool | None = None,
    since: str | None = None,
    until: str | None = None,
    lang: str | None = None,
    sources: Sequence[str] | None = None,
    kind: str | None = None,
    min_score: float | None = None,
) -> list[ColumnElement[bool]]:
    """The conditions (joined by AND) that select items as the filters ask."""
    where: list[ColumnElement[bool]] = []
    if flagged is not None:
        where.append(t.c.flagged == int(flagged))
    if since:
        where.append(t.c.time >= since)
    if until:
        where.append(t.c.time < until)
    if lang:
        where.append(t.c.lang == lang)
    if sources:
        where.append(t.c.source.in_(list(sources)))
    if kind:
        where.append(t.c.kind == kind)
    if min_score is not None:
        where.append(t.c.score >= float(min_score))  # unscored items (NULL) never pass
    return where


class Items:
    """``store.items``: add, look up, filter and count items; replace an item's verdict."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, items: Sequence[Item], run_id: int | None = None) -> None:
        """Insert items; an item whose uid is stored already is left as it is."""
        if not items:
            return
        stamp = now_iso()
        rows = sorted((item_row(i, run_id, stamp) for i in items), key=lambda r: r["uid"])
        with self._store.writing() as conn:
            self._store.insert_ignore(conn, t, rows)

    def existing(self, uids: Sequence[str]) -> set[str]:
        """Which of ``uids`` are stored."""
        found: set[str] = set()
        with self._store.reading() as conn:
            for chunk in chunked(uids):
                found.update(conn.scalars(select(t.c.uid).where(t.c.uid.in_(chunk))))
        return found

    def get(self, uid: str) -> Item | None:
        with self._store.reading() as conn:
            row = conn.execute(select(*_cols()).where(t.c.uid == uid)).mappings().first()
        return row_to_item(row) if row is not None else None

    def iter(self, *, order: str = "time", **filters: Any) -> Iterator[Item]:
        """Items in a stable order, filtered as asked: ``order="time"`` (time, then uid) or
        ``"score"`` (highest score first, unscored items last, then uid: a review queue).
        ``min_score`` keeps items scored at least that (a platform's own review point; see
        the model card's operating points)."""
        if order not in _ORDERS:
            raise ValueError(f"unknown item order {order!r} (time or score)")
        # COALESCE: SQLite and PostgreSQL put NULLs at opposite ends of a descending sort
        by = (
            (func.coalesce(t.c.time, ""), t.c.uid)
            if order == "time"
            else (func.coalesce(t.c.score, -1.0).desc(), t.c.uid)
        )
        stmt = select(*_cols()).where(*item_filter(**filters)).order_by(*by)
        for row in self._store.stream(stmt):
            yield row_to_item(row)

    def count(self, **filters: Any) -> int:
        with self._store.reading() as conn:
            return int(conn.scalar(select(func.count()).select_from(t).where(*item_filter(**filters))) or 0)

    def set_verdict(
        self,
        uid: str,
        *,
        score: float | None,
        flagged: bool,
        themes: dict[str, float],
        evidence: list[dict[str, Any]],
        model: str,
    ) -> None:
        """Replace an item's verdict (used when later evidence, e.g. text read from its media, arrives)."""
        with self._store.writing() as conn:
            conn.execute(
                update(t)
                .where(t.c.uid == uid)
                .values(
                    score=score,
                    flagged=int(flagged),
                    themes=dumps(themes, sort_keys=True),
                    evidence=dumps(evidence),
                    model=model,
                )
            )


def _cols() -> list[Any]:
    return [t.c[c] for c in ITEM_COLUMNS]


__all__ = ["ITEM_COLUMNS", "Items", "item_filter", "item_row", "row_to_item"]
