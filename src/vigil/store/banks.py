"""Banks: named lists of known signals, their entries and the entries' extra hashes.

The records (:class:`Bank`, :class:`BankEntry`, :class:`NewEntry`) live here, with the
table they are stored in; :mod:`vigil.signals.banks` validates and canonicalises signals
and calls this interface (it re-exports the records under their old names).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, delete, func, insert, select, update

from vigil.store.clock import now_iso
from vigil.store.rows import chunked, dumps, loads
from vigil.store.schema import bank_entries as e
from vigil.store.schema import bank_entry_extras as x
from vigil.store.schema import banks as b
from vigil.store.schema import match_exclusions as mx

if TYPE_CHECKING:
    from vigil.store.base import Store


@dataclass
class Bank:
    name: str
    description: str = ""
    source: str = ""
    source_date: str = ""
    labels: dict[str, str] = field(default_factory=dict)
    enabled: bool = True
    created_at: str = ""
    entries: int = 0
    active_entries: int = 0


@dataclass
class NewEntry:
    """An entry to add: a signal of a type, with optional labels and extra (unexported) hashes."""

    signal_type: str
    signal: str
    quality: int | None = None
    labels: dict[str, str] = field(default_factory=dict)
    source: str = ""
    source_id: str = ""
    note: str = ""
    extras: list[tuple[str, str]] = field(default_factory=list)  # (variant, signal)


@dataclass
class BankEntry:
    id: int
    bank: str
    signal_type: str
    signal: str
    quality: int | None
    labels: dict[str, str]
    source: str
    source_id: str
    note: str
    enabled: bool
    false_positive: bool
    extras: list[tuple[str, str]] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return self.enabled and not self.false_positive


def _active(entries: Any = e) -> ColumnElement[bool]:
    return (entries.c.enabled == 1) & (entries.c.false_positive == 0)


def _bank_select() -> Any:
    n = select(func.count()).where(e.c.bank == b.c.name).scalar_subquery()
    n_active = select(func.count()).where(e.c.bank == b.c.name, _active()).scalar_subquery()
    return select(b, n.label("n"), n_active.label("n_active"))


def _row_to_bank(row: Any) -> Bank:
    return Bank(
        name=row["name"],
        description=row["description"],
        source=row["source"],
        source_date=row["source_date"],
        labels=loads(row["labels"], {}),
        enabled=bool(row["enabled"]),
        created_at=row["created_at"],
        entries=int(row["n"] or 0),
        active_entries=int(row["n_active"] or 0),
    )


def _row_to_entry(row: Any) -> BankEntry:
    return BankEntry(
        id=int(row["id"]),
        bank=row["bank"],
        signal_type=row["signal_type"],
        signal=row["signal"],
        quality=row["quality"],
        labels=loads(row["labels"], {}),
        source=row["source"],
        source_id=row["source_id"],
        note=row["note"],
        enabled=bool(row["enabled"]),
        false_positive=bool(row["false_positive"]),
    )


class Banks:
    """``store.banks``: banks, their entries (with extras), and the entries' state."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- banks -----------------------------------------------------------------------------------------
    def create(
        self, name: str, *, description: str = "", source: str = "", source_date: str = "",
        labels: dict[str, str] | None = None,
    ) -> None:  # fmt: skip
        with self._store.writing() as conn:
            conn.execute(
                insert(b).values(
                    name=name,
                    description=description,
                    source=source,
                    source_date=source_date,
                    labels=dumps(labels or {}, sort_keys=True),
                    enabled=1,
                    created_at=now_iso(),
                )
            )

    def get(self, name: str) -> Bank | None:
        with self._store.reading() as conn:
            row = conn.execute(_bank_select().where(b.c.name == name)).mappings().first()
        return _row_to_bank(row) if row is not None else None

    def all(self) -> list[Bank]:
        with self._store.reading() as conn:
            return [_row_to_bank(r) for r in conn.execute(_bank_select().order_by(b.c.name)).mappings()]

    def set_enabled(self, name: str, enabled: bool) -> None:
        with self._store.writing() as conn:
            conn.execute(update(b).where(b.c.name == name).values(enabled=int(enabled)))

    def fingerprint(self) -> tuple[Any, ...]:
        """A value that changes whenever what matches could change (entries added, or an entry's
        or bank's state flipped): a long-running worker rebuilds its matcher when it does."""
        state = e.c.enabled + 2 * e.c.false_positive
        entries = select(func.count(), func.max(e.c.id), func.max(e.c.updated_at), func.sum(state))
        with self._store.reading() as conn:
            row = conn.execute(entries).one()
            enabled = conn.execute(select(func.count(), func.sum(b.c.enabled))).one()
            excluded = conn.execute(select(func.count(), func.max(mx.c.created_at))).one()
        return tuple(None if v is None else str(v) for v in (*row, *enabled, *excluded))

    # -- entries ---------------------------------------------------------------------------------------
    def add_entries(self, bank: str, entries: Sequence[tuple[NewEntry, str, str]]) -> tuple[int, int]:
        """Add ``(entry, canonical signal, hash key)`` triples to ``bank`` in one unit of work.

        An entry whose (signal type, hash key) the bank holds already — stored before, or
        earlier in ``entries`` — is left as it is. Returns ``(added, existing)``.
        """
        stamp = now_iso()
        with self._store.writing() as conn:
            existing = self._existing_keys(conn, bank, [k for _, _, k in entries])
            rows: dict[tuple[str, str], dict[str, Any]] = {}
            n_existing = 0
            for entry, signal, key in entries:
                k = (entry.signal_type, key)
                if k in existing or k in rows:
                    n_existing += 1
                    continue
                rows[k] = {
                    "bank": bank, "signal_type": entry.signal_type, "hash_key": key, "signal": signal,
                    "quality": entry.quality, "labels": dumps(entry.labels, sort_keys=True),
                    "source": entry.source, "source_id": entry.source_id, "note": entry.note,
                    "enabled": 1, "false_positive": 0, "added_at": stamp, "updated_at": stamp,
                }  # fmt: skip
            # in the order given: entry ids follow the list's order
            self._store.insert_ignore(conn, e, list(rows.values()))
            with_extras = {(entry.signal_type, key): entry for entry, _, key in entries if entry.extras}
            if with_extras:
                ids = self._ids(conn, bank, sorted(with_extras))
                extras = {
                    (ids[k], variant): {
                        "entry_id": ids[k],
                        "signal_type": k[0],
                        "variant": variant,
                        "signal": signal,
                    }
                    for k, entry in with_extras.items()
                    for variant, signal in entry.extras
                }
                self._store.insert_ignore(conn, x, list(extras.values()))
        return len(rows), n_existing

    @staticmethod
    def _existing_keys(conn: Any, bank: str, keys: Sequence[str]) -> set[tuple[str, str]]:
        found: set[tuple[str, str]] = set()
        for chunk in chunked(sorted(set(keys))):
            stmt = select(e.c.signal_type, e.c.hash_key).where(e.c.bank == bank, e.c.hash_key.in_(chunk))
            found.update((r.signal_type, r.hash_key) for r in conn.execute(stmt))
        return found

    @staticmethod
    def _ids(conn: Any, bank: str, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], int]:
        out: dict[tuple[str, str], int] = {}
        for chunk in chunked(sorted({k for _, k in keys})):
            stmt = select(e.c.id, e.c.signal_type, e.c.hash_key).where(
                e.c.bank == bank, e.c.hash_key.in_(chunk)
            )
            out.update({(r.signal_type, r.hash_key): int(r.id) for r in conn.execute(stmt)})
        return out

    def find(self, bank: str, signal_type: str, hash_key: str) -> list[BankEntry]:
        """Entries of ``bank`` with this signal type and hash key (any state)."""
        stmt = select(e).where(e.c.bank == bank, e.c.signal_type == signal_type, e.c.hash_key == hash_key)
        with self._store.reading() as conn:
            return [_row_to_entry(r) for r in conn.execute(stmt).mappings()]

    def set_entry_state(
        self, entry_id: int, *, enabled: bool | None = None, false_positive: bool | None = None,
        note: str | None = None,
    ) -> None:  # fmt: skip
        values: dict[str, Any] = {"updated_at": now_iso()}
        if enabled is not None:
            values["enabled"] = int(enabled)
        if false_positive is not None:
            values["false_positive"] = int(false_positive)
        if note is not None:
            values["note"] = note
        with self._store.writing() as conn:
            conn.execute(update(e).where(e.c.id == entry_id).values(**values))

    def get_entry(self, entry_id: int) -> BankEntry | None:
        with self._store.reading() as conn:
            row = conn.execute(select(e).where(e.c.id == entry_id)).mappings().first()
            if row is None:
                return None
            entry = _row_to_entry(row)
            stmt = select(x.c.variant, x.c.signal).where(x.c.entry_id == entry_id).order_by(x.c.variant)
            entry.extras = [(r.variant, r.signal) for r in conn.execute(stmt)]
        return entry

    def entry_page(self, bank: str, *, after: int = 0, limit: int = 100) -> list[BankEntry]:
        """Entries of ``bank`` in any state, in id order, with ids above ``after`` (one page)."""
        stmt = select(e).where(e.c.bank == bank, e.c.id > after).order_by(e.c.id).limit(limit)
        with self._store.reading() as conn:
            return [_row_to_entry(r) for r in conn.execute(stmt).mappings()]

    def remove_entry(self, entry_id: int) -> bool:
        """Delete an entry, its extra hashes and its match exclusions; ``False`` if there was none.
        (Matches recorded before keep their evidence, which names the hash.)"""
        with self._store.writing() as conn:
            conn.execute(delete(x).where(x.c.entry_id == entry_id))
            conn.execute(delete(mx).where(mx.c.entry_id == entry_id))
            return conn.execute(delete(e).where(e.c.id == entry_id)).rowcount == 1

    # -- match exclusions ------------------------------------------------------------------------------
    def exclude(self, entry_id: int, content_sha256: str, *, note: str = "", by: str = "") -> bool:
        """Stop ``entry_id`` matching one piece of content (a media file's or a text's sha256);
        ``False`` if that exclusion was recorded already."""
        row = {"entry_id": entry_id, "content_sha256": content_sha256, "note": note, "created_by": by,
               "created_at": now_iso()}  # fmt: skip
        with self._store.writing() as conn:
            before = conn.execute(
                select(func.count()).where(mx.c.entry_id == entry_id, mx.c.content_sha256 == content_sha256)
            ).scalar_one()
            self._store.insert_ignore(conn, mx, [row])
        return not before

    def exclusions(self, *, entry_id: int | None = None) -> list[dict[str, Any]]:
        """Recorded match exclusions (of one entry, or all), oldest first."""
        stmt = select(mx).order_by(mx.c.created_at, mx.c.entry_id, mx.c.content_sha256)
        if entry_id is not None:
            stmt = stmt.where(mx.c.entry_id == entry_id)
        with self._store.reading() as conn:
            return [dict(r) for r in conn.execute(stmt).mappings()]

    def entries(
        self,
        *,
        bank: str | None = None,
        banks: Sequence[str] | None = None,
        active_only: bool = True,
        with_extras: bool = False,
    ) -> Iterator[BankEntry]:
        """Entries in id order; ``active_only`` keeps enabled, non-false-positive entries of enabled banks."""
        where: list[ColumnElement[bool]] = []
        names = [bank] if bank else list(banks or [])
        if names:
            where.append(e.c.bank.in_(names))
        if active_only:
            where += [_active(), b.c.enabled == 1]
        joined = e.join(b, b.c.name == e.c.bank)
        extras: dict[int, list[tuple[str, str]]] = {}
        if with_extras:
            stmt = (
                select(x.c.entry_id, x.c.variant, x.c.signal)
                .select_from(x.join(joined, e.c.id == x.c.entry_id))
                .where(*where)
                .order_by(x.c.entry_id)
            )
            for r in self._store.stream(stmt):
                extras.setdefault(int(r["entry_id"]), []).append((r["variant"], r["signal"]))
        for row in self._store.stream(select(e).select_from(joined).where(*where).order_by(e.c.id)):
            entry = _row_to_entry(row)
            entry.extras = extras.get(entry.id, [])
            yield entry


__all__ = ["Bank", "BankEntry", "Banks", "NewEntry"]
