"""Matching media, hashes and texts against the enabled entries of banks.

:class:`Matcher` loads the active entries (and their extra hashes) of the chosen banks
into one index per signal type, once; then :meth:`Matcher.match_file` hashes a file the
query way (sha256, md5, and the PDQ query variants for images or vPDQ for videos) and
returns one result per matching entry, with its best distance and which variants met.

Text files are matched as text: a ``.txt``/``.md`` file is one text (near-duplicate
MinHash, plus the URLs and domains found in it); a ``.jsonl`` file is one text per line
(the line's ``text`` field, or the line itself when it is a JSON string or not JSON), and
each of its matches says which ``line`` it came from.

A :class:`Match` knows where its entry came from (the bank's and the entry's labels, the
source, the source's id and date) and makes the one typed evidence of a bank match,
:meth:`Match.evidence`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vigil.errors import BadRecord
from vigil.evidence import BankMatch
from vigil.signals import SIGNAL_TYPES, SignalTypeIndex, get_signal_type
from vigil.signals.banks import Bank, BankEntry, iter_entries
from vigil.store import Store

#: suffixes read as one text each, and as one text per line
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
LINES_SUFFIXES = frozenset({".jsonl", ".ndjson"})
MAX_TEXT_BYTES = 64 * 2**20


@dataclass
class QueryHash:
    """A signal computed from the content being checked (``variant`` says which transform)."""

    signal_type: str
    signal: str
    variant: str = "orig"
    quality: int | None = None


@dataclass
class Match:
    """One bank entry that a query met: ``labels`` are those in force (the bank's overlaid
    by the entry's); the provenance fields say who listed the hash and when."""

    bank: str
    signal_type: str
    distance: float
    entry: int
    labels: dict[str, str] = field(default_factory=dict)
    source_id: str = ""
    query_variant: str = "orig"
    entry_variant: str = "orig"
    detail: dict[str, Any] = field(default_factory=dict)
    bank_labels: dict[str, str] = field(default_factory=dict)
    entry_labels: dict[str, str] = field(default_factory=dict)
    source: str = ""
    source_date: str = ""

    def evidence(self, media: str | None = None) -> BankMatch:
        """This match as typed evidence (``media``: the sha256 of the media that matched)."""
        return BankMatch(
            bank=self.bank,
            signal_type=self.signal_type,
            distance=self.distance,
            entry=self.entry,
            labels=self.labels,
            variant=self.query_variant,
            media=media,
            bank_labels=self.bank_labels,
            entry_labels=self.entry_labels,
            source=self.source,
            source_id=self.source_id,
            source_date=self.source_date,
        )

    def to_dict(self) -> dict[str, Any]:
        """The ``vigil match`` form of this match (a lookup report, not stored evidence)."""
        d = {
            "bank": self.bank,
            "signal_type": self.signal_type,
            "distance": self.distance,
            "entry": self.entry,
            "labels": self.labels,
            "source_id": self.source_id,
            "query_variant": self.query_variant,
            "entry_variant": self.entry_variant,
        }
        if self.detail:
            d["detail"] = self.detail
        return d


def hash_file_for_query(path: str | Path) -> tuple[str, str, list[QueryHash]]:
    """``(kind, mime, hashes)`` of a file, hashed the query way; :class:`BadRecord` if unusable."""
    from vigil.signals.exact import MD5Signal, SHA256Signal
    from vigil.signals.filetype import sniff
    from vigil.signals.imaging import load_rgb
    from vigil.signals.pdq import pdq_variants
    from vigil.signals.vpdq import VpdqSignal

    p = Path(path)
    if not p.is_file():
        raise BadRecord("missing_file", str(p))
    kind, mime = sniff(p)
    if kind == "empty":
        raise BadRecord("empty_file", "0 bytes")
    hashes = [QueryHash("sha256", SHA256Signal.hash_file(p)), QueryHash("md5", MD5Signal.hash_file(p))]
    if kind == "image":
        hashes.extend(QueryHash("pdq", v.hash, v.variant, v.quality) for v in pdq_variants(load_rgb(p)))
    elif kind == "video":
        hashes.append(QueryHash("vpdq", VpdqSignal.hash_file(p)))
    return kind, mime, hashes


class Matcher:
    """Indexes of the active entries of some banks (all banks when none are named)."""

    def __init__(
        self,
        entries: Iterable[BankEntry],
        banks: Iterable[Bank] = (),
        exclusions: Iterable[tuple[int, str]] = (),
    ) -> None:
        self.banks: dict[str, Bank] = {b.name: b for b in banks}
        #: (entry id, content sha256) pairs that must not match: an entry marked a false
        #: positive for one piece of content
        self.exclusions: set[tuple[int, str]] = set(exclusions)
        self.entries: list[BankEntry] = []
        self.indexes: dict[str, SignalTypeIndex[tuple[int, str]]] = {}
        for entry in entries:
            pos = len(self.entries)
            self.entries.append(entry)
            index = self.indexes.get(entry.signal_type)
            if index is None:
                index = SIGNAL_TYPES[entry.signal_type].index_cls()()
                self.indexes[entry.signal_type] = index
            index.add(entry.signal, (pos, "orig"))
            for variant, signal in entry.extras:
                index.add(signal, (pos, variant))

    @classmethod
    def from_store(cls, store: Store, banks: Sequence[str] | None = None) -> Matcher:
        if banks:
            from vigil.signals.banks import require_bank

            for b in banks:
                require_bank(store, b)
        from vigil.signals.banks import list_banks

        entries = iter_entries(store, banks=banks, active_only=True, with_extras=True)
        excluded = [(int(r["entry_id"]), r["content_sha256"]) for r in store.banks.exclusions()]
        return cls(entries, list_banks(store), excluded)

    def __len__(self) -> int:
        return len(self.entries)

    def match_hashes(self, hashes: Sequence[QueryHash], *, content: str | None = None) -> list[Match]:
        """Matches of the hashes of one piece of content; ``content`` (its sha256) leaves out
        the entries marked a false positive for it."""
        best: dict[int, Match] = {}
        for qh in hashes:
            index = self.indexes.get(qh.signal_type)
            if index is None:
                continue
            stype = get_signal_type(qh.signal_type)
            try:
                signal = stype.validate(qh.signal)
            except ValueError:
                continue
            for hit in index.query(signal):
                pos, variant = hit.payload
                entry = self.entries[pos]
                if content is not None and (entry.id, content) in self.exclusions:
                    continue
                current = best.get(pos)
                if current is None or hit.distance < current.distance:
                    bank = self.banks.get(entry.bank) or Bank(entry.bank)
                    best[pos] = Match(
                        bank=entry.bank,
                        signal_type=entry.signal_type,
                        distance=hit.distance,
                        entry=entry.id,
                        labels={**bank.labels, **entry.labels},
                        source_id=entry.source_id,
                        query_variant=qh.variant,
                        entry_variant=variant,
                        detail=dict(hit.detail),
                        bank_labels=dict(bank.labels),
                        entry_labels=dict(entry.labels),
                        source=entry.source or bank.source,
                        source_date=bank.source_date,
                    )
        return sorted(best.values(), key=lambda m: (m.distance, m.bank, m.entry))

    def match_text(
        self,
        text: str,
        *,
        urls: Sequence[str] | None = None,
        domains: Sequence[str] | None = None,
        content: str | None = None,
    ) -> list[Match]:
        """Matches of a text (near-duplicate MinHash) and of its URLs and domains.

        ``urls``/``domains`` default to those found in the text itself; ``content`` as in
        :meth:`match_hashes`.
        """
        from vigil.extract import extract_fields
        from vigil.signals.text import TextMinHashSignal

        if urls is None or domains is None:
            fields = extract_fields(text)
            urls = fields.urls if urls is None else urls
            domains = fields.domains if domains is None else domains
        hashes = []
        if text.strip() and "text_minhash" in self.indexes:
            hashes.append(QueryHash("text_minhash", TextMinHashSignal.hash_text(text)))
        hashes.extend(QueryHash("url", u) for u in urls)
        hashes.extend(QueryHash("domain", d) for d in domains)
        return self.match_hashes(hashes, content=content)

    def match_file(self, path: str | Path) -> dict[str, Any]:
        """One result dict per file: ``path``, ``kind``, ``sha256``, ``matches`` (+ ``error``)."""
        out: dict[str, Any] = {"path": str(path), "matches": []}
        try:
            kind, mime, hashes = hash_file_for_query(path)
        except BadRecord as exc:
            out["error"] = exc.reason
            out["detail"] = exc.detail
            return out
        out["kind"] = kind
        out["mime"] = mime
        out["sha256"] = next(h.signal for h in hashes if h.signal_type == "sha256")
        matches = [m.to_dict() for m in self.match_hashes(hashes)]
        suffix = Path(path).suffix.lower()
        if kind == "other" and (suffix in TEXT_SUFFIXES or suffix in LINES_SUFFIXES):
            try:
                texts = read_texts(path)
            except BadRecord as exc:
                out["error"] = exc.reason
                out["detail"] = exc.detail
                texts = []
            if texts:
                out["kind"], out["mime"] = "text", "text/plain"
            for line, text in texts:
                for m in self.match_text(text):
                    d = m.to_dict()
                    if suffix in LINES_SUFFIXES:
                        d["line"] = line
                    matches.append(d)
        out["matches"] = matches
        return out


def read_texts(path: str | Path) -> list[tuple[int, str]]:
    """``(line number, text)`` pairs of a text file: one for ``.txt``/``.md``, one per line for ``.jsonl``."""
    import json

    p = Path(path)
    if p.stat().st_size > MAX_TEXT_BYTES:
        raise BadRecord("text_too_large", f"{p.stat().st_size} bytes > {MAX_TEXT_BYTES}")
    try:
        raw = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadRecord("not_utf8_text", str(exc)) from exc
    if p.suffix.lower() not in LINES_SUFFIXES:
        return [(0, raw)] if raw.strip() else []
    out = []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            value: Any = json.loads(line)
        except json.JSONDecodeError:
            value = line
        if isinstance(value, dict):
            value = value.get("text") or value.get("message") or ""
        if isinstance(value, str) and value.strip():
            out.append((n, value))
    return out


__all__ = [
    "LINES_SUFFIXES",
    "TEXT_SUFFIXES",
    "Match",
    "Matcher",
    "QueryHash",
    "hash_file_for_query",
    "read_texts",
]
