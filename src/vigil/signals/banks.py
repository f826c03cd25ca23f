"""Banks: named lists of known signals with provenance, labels and per-entry state.

A bank says where its list came from (``source``, ``source_date``) and carries labels
(``ideology``, ``theme``, ``group``...) that every entry inherits; an entry may add its
own. An entry can be disabled, or marked a false positive (kept, with a note, so the
same hash is not re-imported as live: re-importing a known hash never re-enables it).
Only enabled entries of enabled banks are matched, and only those are exported.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vigil.errors import BadRecord, UsageError
from vigil.signals import get_signal_type
from vigil.signals.base import SignalType, TextHasher
from vigil.store.base import Store, now_iso


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


@dataclass
class AddResult:
    added: int = 0
    existing: int = 0
    invalid: list[str] = field(default_factory=list)


def _key(signal: str) -> str:
    return hashlib.sha256(signal.encode("utf-8")).hexdigest()


def create_bank(
    store: Store,
    name: str,
    *,
    description: str = "",
    source: str = "",
    source_date: str = "",
    labels: dict[str, str] | None = None,
    exist_ok: bool = False,
) -> Bank:
    if not name or any(c.isspace() for c in name):
        raise UsageError(f"invalid bank name {name!r}: use a non-empty name without spaces")
    existing = get_bank(store, name)
    if existing is not None:
        if exist_ok:
            return existing
        raise UsageError(f"bank {name!r} exists already")
    store.execute(
        "INSERT INTO banks (name, description, source, source_date, labels, enabled, created_at) "
        "VALUES (?, ?, ?, ?, ?, 1, ?)",
        (name, description, source, source_date, json.dumps(labels or {}, sort_keys=True), now_iso()),
    )
    bank = get_bank(store, name)
    assert bank is not None
    return bank


def _row_to_bank(row: dict[str, Any]) -> Bank:
    return Bank(
        name=row["name"],
        description=row["description"],
        source=row["source"],
        source_date=row["source_date"],
        labels=json.loads(row["labels"] or "{}"),
        enabled=bool(row["enabled"]),
        created_at=row["created_at"],
        entries=int(row.get("n") or 0),
        active_entries=int(row.get("n_active") or 0),
    )


_BANK_SQL = (
    "SELECT b.*, (SELECT COUNT(*) FROM bank_entries e WHERE e.bank = b.name) AS n, "
    "(SELECT COUNT(*) FROM bank_entries e WHERE e.bank = b.name AND e.enabled = 1 AND e.false_positive = 0) "
    "AS n_active FROM banks b"
)


def get_bank(store: Store, name: str) -> Bank | None:
    rows = store.query(_BANK_SQL + " WHERE b.name = ?", (name,))
    return _row_to_bank(rows[0]) if rows else None


def require_bank(store: Store, name: str) -> Bank:
    bank = get_bank(store, name)
    if bank is None:
        raise UsageError(f"no bank named {name!r} (create it with `vigil bank create {name}`)")
    return bank


def list_banks(store: Store) -> list[Bank]:
    return [_row_to_bank(r) for r in store.query(_BANK_SQL + " ORDER BY b.name")]


def set_bank_enabled(store: Store, name: str, enabled: bool) -> None:
    require_bank(store, name)
    store.execute("UPDATE banks SET enabled = ? WHERE name = ?", (int(enabled), name))


def _canonical_signal(stype: type[SignalType], signal: str) -> str:
    try:
        return stype.validate(signal)
    except ValueError:
        # HMA's raw_text lists carry the text itself: store its MinHash
        if issubclass(stype, TextHasher) and stype.name == "text_minhash" and signal.strip():
            return stype.hash_text(signal)
        raise


def add_entries(store: Store, bank: str, entries: Iterable[NewEntry]) -> AddResult:
    """Add entries (validated, canonicalised); an entry already in the bank is left as it is."""
    require_bank(store, bank)
    result = AddResult()
    stamp = now_iso()
    batch: list[tuple[NewEntry, str]] = []

    def flush() -> None:
        if not batch:
            return
        with store.transaction():
            keys = [(e.signal_type, _key(sig)) for e, sig in batch]
            existing = _existing_keys(store, bank, keys)
            rows = []
            for (e, sig), k in zip(batch, keys, strict=True):
                if k in existing:
                    result.existing += 1
                    continue
                existing.add(k)
                rows.append(
                    (
                        bank,
                        e.signal_type,
                        k[1],
                        sig,
                        e.quality,
                        json.dumps(e.labels, sort_keys=True),
                        e.source,
                        e.source_id,
                        e.note,
                        stamp,
                        stamp,
                    )
                )
            store.executemany(
                "INSERT INTO bank_entries (bank, signal_type, hash_key, signal, quality, labels, source, "
                "source_id, note, enabled, false_positive, added_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0, ?, ?) "
                "ON CONFLICT (bank, signal_type, hash_key) DO NOTHING",
                rows,
            )
            result.added += len(rows)
            with_extras = [(e, k) for (e, _), k in zip(batch, keys, strict=True) if e.extras]
            if with_extras:
                ids = _ids_for(store, bank, [k for _, k in with_extras])
                store.executemany(
                    "INSERT INTO bank_entry_extras (entry_id, signal_type, variant, signal) "
                    "VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (entry_id, variant) DO NOTHING",
                    [(ids[k], e.signal_type, v, s) for e, k in with_extras for v, s in e.extras],
                )
        batch.clear()

    for entry in entries:
        try:
            stype = get_signal_type(entry.signal_type)
            entry.signal_type = stype.name
            signal = _canonical_signal(stype, entry.signal)
        except (KeyError, ValueError) as exc:
            result.invalid.append(str(exc).strip("'\""))
            continue
        batch.append((entry, signal))
        if len(batch) >= 1000:
            flush()
    flush()
    return result


def _existing_keys(store: Store, bank: str, keys: Sequence[tuple[str, str]]) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    hk = sorted({k for _, k in keys})
    for start in range(0, len(hk), 500):
        chunk = hk[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = store.query(
            f"SELECT signal_type, hash_key FROM bank_entries WHERE bank = ? AND hash_key IN ({marks})",
            [bank, *chunk],
        )
        found.update((r["signal_type"], r["hash_key"]) for r in rows)
    return found


def _ids_for(store: Store, bank: str, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], int]:
    out = {}
    for stype, k in keys:
        rows = store.query(
            "SELECT id FROM bank_entries WHERE bank = ? AND signal_type = ? AND hash_key = ?",
            (bank, stype, k),
        )
        out[(stype, k)] = int(rows[0]["id"])
    return out


def find_entries(store: Store, bank: str, signal: str, signal_type: str | None = None) -> list[BankEntry]:
    """Entries of ``bank`` whose signal is ``signal`` (any type, or the one given) or whose id it is."""
    if signal.isdigit():
        return [e for e in iter_entries(store, bank=bank, active_only=False) if e.id == int(signal)]
    types = [get_signal_type(signal_type)] if signal_type else [get_signal_type(n) for n in _TYPE_NAMES()]
    out: list[BankEntry] = []
    for stype in types:
        try:
            canon = stype.validate(signal)
        except ValueError:
            continue
        rows = store.query(
            "SELECT * FROM bank_entries WHERE bank = ? AND signal_type = ? AND hash_key = ?",
            (bank, stype.name, _key(canon)),
        )
        out.extend(_row_to_entry(r) for r in rows)
    return out


def _TYPE_NAMES() -> list[str]:
    from vigil.signals import SIGNAL_TYPES

    return list(SIGNAL_TYPES)


def set_entry_state(
    store: Store,
    entry_id: int,
    *,
    enabled: bool | None = None,
    false_positive: bool | None = None,
    note: str | None = None,
) -> None:
    sets: list[str] = ["updated_at = ?"]
    params: list[Any] = [now_iso()]
    if enabled is not None:
        sets.append("enabled = ?")
        params.append(int(enabled))
    if false_positive is not None:
        sets.append("false_positive = ?")
        params.append(int(false_positive))
    if note is not None:
        sets.append("note = ?")
        params.append(note)
    store.execute(f"UPDATE bank_entries SET {', '.join(sets)} WHERE id = ?", (*params, entry_id))


def _row_to_entry(row: dict[str, Any]) -> BankEntry:
    return BankEntry(
        id=int(row["id"]),
        bank=row["bank"],
        signal_type=row["signal_type"],
        signal=row["signal"],
        quality=row["quality"],
        labels=json.loads(row["labels"] or "{}"),
        source=row["source"],
        source_id=row["source_id"],
        note=row["note"],
        enabled=bool(row["enabled"]),
        false_positive=bool(row["false_positive"]),
    )


def iter_entries(
    store: Store,
    *,
    bank: str | None = None,
    banks: Sequence[str] | None = None,
    active_only: bool = True,
    with_extras: bool = False,
) -> Iterator[BankEntry]:
    """Entries in id order; ``active_only`` keeps enabled, non-false-positive entries of enabled banks."""
    clauses, params = [], []
    names = [bank] if bank else list(banks or [])
    if names:
        clauses.append(f"e.bank IN ({','.join('?' * len(names))})")
        params.extend(names)
    if active_only:
        clauses.append("e.enabled = 1 AND e.false_positive = 0 AND b.enabled = 1")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = f"SELECT e.* FROM bank_entries e JOIN banks b ON b.name = e.bank{where} ORDER BY e.id"
    extras: dict[int, list[tuple[str, str]]] = {}
    if with_extras:
        esql = (
            "SELECT x.entry_id, x.variant, x.signal FROM bank_entry_extras x "
            f"JOIN bank_entries e ON e.id = x.entry_id JOIN banks b ON b.name = e.bank{where} "
            "ORDER BY x.entry_id"
        )
        for r in store.iter_query(esql, params):
            extras.setdefault(int(r["entry_id"]), []).append((r["variant"], r["signal"]))
    for row in store.iter_query(sql, params):
        entry = _row_to_entry(row)
        entry.extras = extras.get(entry.id, [])
        yield entry


def hash_file_entries(path: str | Path, *, labels: dict[str, str] | None = None) -> list[NewEntry]:
    """The entries a media file contributes to a bank: sha256, md5, and PDQ (with crop extras) or vPDQ."""
    from vigil.signals.exact import MD5Signal, SHA256Signal
    from vigil.signals.filetype import sniff
    from vigil.signals.imaging import load_rgb
    from vigil.signals.pdq import pdq_variants
    from vigil.signals.vpdq import VpdqSignal

    p = Path(path)
    if not p.is_file():
        raise BadRecord("missing_file", str(p))
    kind, _mime = sniff(p)
    if kind == "empty":
        raise BadRecord("empty_file", str(p))
    lab = dict(labels or {})
    sid = p.name
    out = [
        NewEntry("sha256", SHA256Signal.hash_file(p), labels=lab, source_id=sid),
        NewEntry("md5", MD5Signal.hash_file(p), labels=lab, source_id=sid),
    ]
    if kind == "image":
        variants = pdq_variants(load_rgb(p), role="bank")
        orig = next((v for v in variants if v.variant == "orig"), None)
        if orig is not None:
            extras = [(v.variant, v.hash) for v in variants if v.variant != "orig"]
            out.append(
                NewEntry("pdq", orig.hash, quality=orig.quality, labels=lab, source_id=sid, extras=extras)
            )
    elif kind == "video":
        out.append(NewEntry("vpdq", VpdqSignal.hash_file(p), labels=lab, source_id=sid))
    return out


__all__ = [
    "AddResult",
    "Bank",
    "BankEntry",
    "NewEntry",
    "add_entries",
    "create_bank",
    "find_entries",
    "get_bank",
    "hash_file_entries",
    "iter_entries",
    "list_banks",
    "require_bank",
    "set_bank_enabled",
    "set_entry_state",
]
