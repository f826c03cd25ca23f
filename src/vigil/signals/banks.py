"""Banks: named lists of known signals with provenance, labels and per-entry state.

A bank says where its list came from (``source``, ``source_date``) and carries labels
(``ideology``, ``theme``, ``group``...) that every entry inherits; an entry may add its
own. An entry can be disabled, or marked a false positive (kept, with a note, so the
same hash is not re-imported as live: re-importing a known hash never re-enables it) —
for everything, or for one piece of content only (:func:`exclude_match`).
Only enabled entries of enabled banks are matched, and only those are exported.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from vigil.errors import BadRecord, UsageError
from vigil.signals import get_signal_type
from vigil.signals.base import SignalType, TextHasher
from vigil.store import Bank, BankEntry, NewEntry, Store


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
    store.banks.create(name, description=description, source=source, source_date=source_date, labels=labels)
    bank = get_bank(store, name)
    assert bank is not None
    return bank


def get_bank(store: Store, name: str) -> Bank | None:
    return store.banks.get(name)


def require_bank(store: Store, name: str) -> Bank:
    bank = get_bank(store, name)
    if bank is None:
        raise UsageError(f"no bank named {name!r} (create it with `vigil bank create {name}`)")
    return bank


def list_banks(store: Store) -> list[Bank]:
    return store.banks.all()


def set_bank_enabled(store: Store, name: str, enabled: bool) -> None:
    require_bank(store, name)
    store.banks.set_enabled(name, enabled)


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
    batch: list[tuple[NewEntry, str, str]] = []

    def flush() -> None:
        added, existing = store.banks.add_entries(bank, batch)
        result.added += added
        result.existing += existing
        batch.clear()

    for entry in entries:
        try:
            stype = get_signal_type(entry.signal_type)
            entry.signal_type = stype.name
            signal = _canonical_signal(stype, entry.signal)
        except (KeyError, ValueError) as exc:
            result.invalid.append(str(exc).strip("'\""))
            continue
        batch.append((entry, signal, _key(signal)))
        if len(batch) >= 1000:
            flush()
    if batch:
        flush()
    return result


def add_entry(store: Store, bank: str, entry: NewEntry) -> tuple[BankEntry, bool]:
    """Add one entry; returns it as stored and whether it is new (an entry of the same signal
    already in the bank is returned as it is). :class:`UsageError` if the signal is invalid."""
    require_bank(store, bank)
    try:
        stype = get_signal_type(entry.signal_type)
        signal = _canonical_signal(stype, entry.signal)
    except (KeyError, ValueError) as exc:
        raise UsageError(
            f"invalid {entry.signal_type} signal {entry.signal[:80]!r}: {str(exc).strip(chr(39))}"
        ) from None
    entry.signal_type = stype.name
    with store.transaction():
        added, _existing = store.banks.add_entries(bank, [(entry, signal, _key(signal))])
        [stored] = store.banks.find(bank, stype.name, _key(signal))
    return stored, bool(added)


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
        out.extend(store.banks.find(bank, stype.name, _key(canon)))
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
    store.banks.set_entry_state(entry_id, enabled=enabled, false_positive=false_positive, note=note)


def _sha256_hex(value: str) -> str:
    v = value.strip().lower()
    if len(v) != 64 or any(c not in "0123456789abcdef" for c in v):
        raise UsageError(f"{value!r} is not a sha256 (64 hexadecimal digits)")
    return v


def exclude_match(store: Store, entry_id: int, content_sha256: str, *, note: str = "", by: str = "") -> bool:
    """Mark entry ``entry_id`` a false positive for one piece of content only (the sha256 of a
    media file, or of a post's text): it stops matching that content and keeps matching
    everything else. ``False`` if that was recorded already."""
    content = _sha256_hex(content_sha256)
    if store.banks.get_entry(entry_id) is None:
        raise UsageError(f"no bank entry with id {entry_id}")
    return store.banks.exclude(entry_id, content, note=note, by=by)


def remove_entry(store: Store, entry_id: int) -> BankEntry:
    """Delete one entry (and its extra hashes and exclusions); returns it as it was."""
    entry = store.banks.get_entry(entry_id)
    if entry is None or not store.banks.remove_entry(entry_id):
        raise UsageError(f"no bank entry with id {entry_id}")
    return entry


def iter_entries(
    store: Store,
    *,
    bank: str | None = None,
    banks: Sequence[str] | None = None,
    active_only: bool = True,
    with_extras: bool = False,
) -> Iterator[BankEntry]:
    """Entries in id order; ``active_only`` keeps enabled, non-false-positive entries of enabled banks."""
    return store.banks.entries(bank=bank, banks=banks, active_only=active_only, with_extras=with_extras)


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
    "add_entry",
    "create_bank",
    "exclude_match",
    "find_entries",
    "get_bank",
    "hash_file_entries",
    "iter_entries",
    "list_banks",
    "remove_entry",
    "require_bank",
    "set_bank_enabled",
    "set_entry_state",
]
