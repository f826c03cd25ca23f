"""Items: what the scan stored, content-addressed by uid; filters and the two stable orders.

``add`` never changes a stored item (a uid already there is left as it is), which is what
makes a scan resumable and a re-scan a no-op. An item row holds only what its source said
and what was extracted from it. Its verdict is **derived** from the append-only
``decisions`` each time it is read: ``flagged`` from the current decision (the latest
non-shadow one: ``remove`` or ``queue`` is flagged, ``allow`` is not, none is unjudged),
``score``, ``themes``, ``evidence`` and ``model`` from its assessment (the latest
non-shadow decision made by rules; see :mod:`vigil.store.decisions`). Filters and orders
on the verdict (``flagged``, ``min_score``, by score) read the same derivation.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import ColumnElement, FromClause, and_, case, func, or_, select

from vigil.items import Item
from vigil.store.clock import now_iso
from vigil.store.decisions import Decision
from vigil.store.rows import chunked, dumps, loads
from vigil.store.schema import decisions
from vigil.store.schema import items as t

if TYPE_CHECKING:
    from vigil.store.base import Store

_JSON_LIST = ("urls", "domains", "hashtags", "mentions", "media", "evidence")
_JSON_DICT = ("themes", "extra")
#: what an item row stores: its source's facts and the fields extracted from them
FACT_COLUMNS = (
    "uid", "content_sha256", "kind", "source", "locator", "source_id", "platform", "author", "time",
    "url", "reply_to", "text", "lang", "lang_given", "urls", "domains", "hashtags", "mentions", "media",
    "extra",
)  # fmt: skip
#: what is derived from its decisions when it is read
VERDICT_COLUMNS = ("score", "flagged", "themes", "evidence", "model")
ITEM_COLUMNS = (*FACT_COLUMNS[:-1], *VERDICT_COLUMNS, "extra")
_ORDERS = ("time", "score")
#: the rules version of decisions that record a verdict given elsewhere (:meth:`Items.add_judged`)
IMPORTED_RULES = "imported"
#: the verdicts that flag an item (a person sees it, or it is removed)
FLAGGING = ("remove", "queue")

# the item's current decision (latest non-shadow) and its assessment (latest non-shadow by rules)
_current = decisions.alias("current_decision")
_assessed = decisions.alias("assessment")


def _latest(*, by_rules: bool) -> Any:
    """The id of the item's latest non-shadow decision (made by rules, if ``by_rules``)."""
    d = decisions.alias()
    where = [d.c.item_uid == t.c.uid, d.c.shadow == 0]
    if by_rules:
        where.append(d.c.rules_version.is_not(None))
    return select(func.max(d.c.id)).where(*where).scalar_subquery()


def item_source() -> FromClause:
    """``items`` joined to each item's current decision and assessment (either may be missing)."""
    return t.outerjoin(_current, _current.c.id == _latest(by_rules=False)).outerjoin(
        _assessed, _assessed.c.id == _latest(by_rules=True)
    )


def item_column(name: str) -> Any:
    """The column (or derived expression) of an item field, over :func:`item_source`."""
    if name == "flagged":
        return case(
            (_current.c.verdict.in_(FLAGGING), 1), (_current.c.verdict.is_not(None), 0), else_=None
        ).label("flagged")
    if name == "themes":
        return func.coalesce(_assessed.c.themes, "{}").label("themes")
    if name == "evidence":
        return func.coalesce(_assessed.c.evidence, "[]").label("evidence")
    if name in ("score", "model"):
        return _assessed.c[name].label(name)
    return t.c[name]


def item_row(item: Item, run_id: int | None, ingested_at: str) -> dict[str, Any]:
    """The stored row of an item: its facts (a verdict it carries is not stored; see ``decisions``)."""
    row: dict[str, Any] = {}
    for col in FACT_COLUMNS:
        value = getattr(item, col)
        if col in _JSON_LIST or col in _JSON_DICT:
            value = dumps(value, sort_keys=True)
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
    # the item's evidence is what its assessment rests on; the rules that fired are the decision's
    data["evidence"] = [e for e in data["evidence"] if not (isinstance(e, dict) and e.get("kind") == "rule")]
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
        where.append(_current.c.verdict.in_(FLAGGING) if flagged else _current.c.verdict == "allow")
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
        where.append(_assessed.c.score >= float(min_score))  # unscored items (NULL) never pass
    return where


class ItemPage(NamedTuple):
    """One page of items and the cursor of the next (``None``: the last page)."""

    items: list[Item]
    next_cursor: str | None


def _encode_cursor(ingested_at: str, uid: str) -> str:
    return base64.urlsafe_b64encode(f"{ingested_at}|{uid}".encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[str, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        if "\x00" in raw:
            raise ValueError(raw)
        stamp, uid = raw.split("|")
    except ValueError:
        raise ValueError(f"invalid items cursor {cursor!r}") from None
    return stamp, uid


class Items:
    """``store.items``: add, look up, filter and count items (with their derived verdicts)."""

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

    def add_judged(self, items: Sequence[Item], run_id: int | None = None, *, actor: str = "import") -> None:
        """Insert items judged elsewhere (an imported corpus, synthetic data) with the verdict
        each carries (``score``, ``flagged``, ``themes``, ``evidence``, ``model``), recorded as
        its first decision: ``queue`` to ``review`` when flagged, else ``allow``, by ``actor``
        under the rules version ``IMPORTED_RULES``. An item without a verdict (``flagged`` and
        ``score`` both ``None``) is added undecided; one stored already is left as it is."""
        with self._store.transaction():
            stored = self.existing([i.uid for i in items])
            fresh = [i for i in items if i.uid not in stored]
            self.add(fresh, run_id)
            judged = [i for i in fresh if i.flagged is not None or i.score is not None]
            self._store.decisions.append(_imported(i, actor, run_id) for i in judged)

    def existing(self, uids: Sequence[str]) -> set[str]:
        """Which of ``uids`` are stored."""
        found: set[str] = set()
        with self._store.reading() as conn:
            for chunk in chunked(uids):
                found.update(conn.scalars(select(t.c.uid).where(t.c.uid.in_(chunk))))
        return found

    def get(self, uid: str) -> Item | None:
        with self._store.reading() as conn:
            stmt = select(*_cols()).select_from(item_source()).where(t.c.uid == uid)
            row = conn.execute(stmt).mappings().first()
        return row_to_item(row) if row is not None else None

    def with_prefix(self, prefix: str, limit: int = 2) -> list[Item]:
        """Items whose uid starts with ``prefix`` (at most ``limit``, in uid order)."""
        if not prefix or any(c not in "0123456789abcdef" for c in prefix):
            return []
        stmt = select(*_cols()).select_from(item_source()).where(t.c.uid.startswith(prefix))
        with self._store.reading() as conn:
            rows = conn.execute(stmt.order_by(t.c.uid).limit(limit)).mappings().all()
        return [row_to_item(r) for r in rows]

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
            else (func.coalesce(_assessed.c.score, -1.0).desc(), t.c.uid)
        )
        stmt = select(*_cols()).select_from(item_source()).where(*item_filter(**filters)).order_by(*by)
        for row in self._store.stream(stmt):
            yield row_to_item(row)

    def page(
        self, *, limit: int = 50, cursor: str | None = None, verdict: str | None = None, **filters: Any
    ) -> ItemPage:
        """One page of items, newest stored first (then by uid), filtered as :func:`item_filter` and
        by the verdict of their current decision; pass ``next_cursor`` back for the next page (a
        keyset: a page never repeats or skips an item when items are added between two pages)."""
        from vigil.store.decisions import VERDICTS

        if limit < 1:
            raise ValueError(f"limit must be at least 1, not {limit}")
        stmt = select(*_cols(), t.c.ingested_at).select_from(item_source()).where(*item_filter(**filters))
        if verdict is not None:
            if verdict not in VERDICTS:
                raise ValueError(f"verdict {verdict!r} is not one of {', '.join(VERDICTS)}")
            stmt = stmt.where(_current.c.verdict == verdict)
        if cursor is not None:
            stamp, uid = _decode_cursor(cursor)
            stmt = stmt.where(or_(t.c.ingested_at < stamp, and_(t.c.ingested_at == stamp, t.c.uid < uid)))
        stmt = stmt.order_by(t.c.ingested_at.desc(), t.c.uid.desc()).limit(limit + 1)
        with self._store.reading() as conn:
            rows = list(conn.execute(stmt).mappings())
        more = len(rows) > limit
        rows = rows[:limit]
        nxt = _encode_cursor(rows[-1]["ingested_at"], rows[-1]["uid"]) if more and rows else None
        return ItemPage([row_to_item(r) for r in rows], nxt)

    def count(self, **filters: Any) -> int:
        with self._store.reading() as conn:
            stmt = select(func.count()).select_from(item_source()).where(*item_filter(**filters))
            return int(conn.scalar(stmt) or 0)


def _imported(item: Item, actor: str, run_id: int | None) -> Decision:
    flagged = bool(item.flagged)
    return Decision(
        item.uid, "queue" if flagged else "allow", actor=actor, queue="review" if flagged else None,
        reason_code="model_flag" if flagged else "no_signal", rules_version=IMPORTED_RULES, model=item.model,
        evidence=list(item.evidence), run_id=run_id, score=item.score, themes=dict(item.themes),
    )  # fmt: skip


def _cols() -> list[Any]:
    return [item_column(c) for c in ITEM_COLUMNS]


__all__ = [
    "FACT_COLUMNS",
    "FLAGGING",
    "IMPORTED_RULES",
    "ITEM_COLUMNS",
    "VERDICT_COLUMNS",
    "ItemPage",
    "Items",
    "item_column",
    "item_filter",
    "item_row",
    "item_source",
    "row_to_item",
]
