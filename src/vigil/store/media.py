"""Media: files items carry, and what the media stage learned from each one.

A media row is added with its item (status ``pending``); :meth:`Media.record` replaces
everything known about one media — hashes, text read from it, bank matches, the verdict
on that text, its status — in one unit of work, so re-processing never duplicates.
The shapes it takes (:class:`HashLike`, :class:`TextLike`, :class:`MatchLike`) are
protocols: the media stage passes its own objects.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import delete, func, insert, literal, select, update

from vigil.items import MediaRef
from vigil.store.clock import now_iso
from vigil.store.rows import chunked, dumps
from vigil.store.schema import (
    bank_entries,
    item_media,
    media_hashes,
    media_matches,
    media_results,
    media_text,
)
from vigil.store.schema import media as t

if TYPE_CHECKING:
    from vigil.store.base import Store


class HashLike(Protocol):
    signal_type: str
    signal: str
    variant: str
    quality: int | None


class TextLike(Protocol):
    # read-only members, so a narrower type (the media stage's Literal["ocr", "asr"]) fits
    @property
    def source(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def frame(self) -> int | None: ...
    @property
    def t(self) -> float | None: ...
    @property
    def t_end(self) -> float | None: ...
    @property
    def lang(self) -> str | None: ...
    @property
    def confidence(self) -> float | None: ...


class MatchLike(Protocol):
    entry: int
    bank: str
    signal_type: str
    distance: float
    query_variant: str


class Media:
    """``store.media``: media of items, the pending queue, and what was recorded per media."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, item_uid: str, refs: Sequence[MediaRef]) -> None:
        """Add media (as ``pending``) and link them to the item, in order; both idempotent."""
        stamp = now_iso()
        files = {
            m.sha256: {
                "sha256": m.sha256,
                "kind": m.kind,
                "mime": m.mime,
                "bytes": m.bytes,
                "path": m.path,
                "status": "pending",
                "error": "",
                "created_at": stamp,
            }
            for m in reversed(refs)  # the first of a repeated file wins, as before
        }
        links: dict[str, dict[str, Any]] = {}
        for pos, m in enumerate(refs):
            links.setdefault(m.sha256, {"item_uid": item_uid, "media_sha256": m.sha256, "position": pos})
        with self._store.writing() as conn:
            self._store.insert_ignore(conn, t, [files[k] for k in sorted(files)])
            self._store.insert_ignore(conn, item_media, [links[k] for k in sorted(links)])

    def pending(self, limit: int | None = None) -> list[dict[str, Any]]:
        """``{sha256, kind, path}`` of media waiting to be processed, oldest first."""
        stmt = select(t.c.sha256, t.c.kind, t.c.path).where(t.c.status == "pending")
        stmt = stmt.order_by(t.c.created_at, t.c.sha256).limit(limit)
        with self._store.reading() as conn:
            return [dict(r) for r in conn.execute(stmt).mappings()]

    def record(
        self,
        sha256: str,
        *,
        status: str,
        error: str,
        hashes: Sequence[HashLike],
        texts: Sequence[TextLike],
        matches: Sequence[MatchLike],
        score: float | None,
        flagged: bool,
        themes: dict[str, float],
        evidence: list[dict[str, Any]],
        model: str,
        info: dict[str, Any],
    ) -> None:
        """Replace what is recorded about one media (the first hash of a type and variant counts)."""
        hash_rows: dict[tuple[str, str], dict[str, Any]] = {}
        for h in hashes:
            hash_rows.setdefault(
                (h.signal_type, h.variant),
                {"media_sha256": sha256, "signal_type": h.signal_type, "variant": h.variant,
                 "signal": h.signal, "quality": h.quality},
            )  # fmt: skip
        text_rows = [
            {"media_sha256": sha256, "source": x.source, "position": i, "frame": x.frame, "t": x.t,
             "t_end": x.t_end, "lang": x.lang, "confidence": x.confidence, "text": x.text}
            for i, x in enumerate(texts)
        ]  # fmt: skip
        match_rows = [
            {"media_sha256": sha256, "entry_id": m.entry, "bank": m.bank, "signal_type": m.signal_type,
             "distance": m.distance, "variant": m.query_variant}
            for m in matches
        ]  # fmt: skip
        with self._store.writing() as conn:
            for table in (media_hashes, media_text, media_matches, media_results):
                conn.execute(delete(table).where(table.c.media_sha256 == sha256))
            if hash_rows:
                conn.execute(insert(media_hashes), list(hash_rows.values()))
            if text_rows:
                conn.execute(insert(media_text), text_rows)
            self._store.insert_ignore(conn, media_matches, match_rows)
            conn.execute(
                insert(media_results).values(
                    media_sha256=sha256,
                    score=score,
                    flagged=int(flagged),
                    themes=json.dumps(themes, sort_keys=True),
                    evidence=dumps(evidence),
                    model=model,
                    info=dumps(info, default=str),
                    processed_at=now_iso(),
                )
            )
            conn.execute(update(t).where(t.c.sha256 == sha256).values(status=status, error=error))

    def get(self, sha256: str) -> dict[str, Any] | None:
        with self._store.reading() as conn:
            row = conn.execute(select(t).where(t.c.sha256 == sha256)).mappings().first()
        return dict(row) if row is not None else None

    def result(self, sha256: str) -> dict[str, Any] | None:
        """The verdict on the media's text (JSON decoded), or ``None`` before it is processed."""
        with self._store.reading() as conn:
            stmt = select(media_results).where(media_results.c.media_sha256 == sha256)
            row = conn.execute(stmt).mappings().first()
        if row is None:
            return None
        out = dict(row)
        out["flagged"] = bool(out["flagged"])
        for k in ("themes", "evidence", "info"):
            out[k] = json.loads(out[k])
        return out

    def hashes(self, sha256: str) -> list[dict[str, Any]]:
        c = media_hashes.c
        stmt = select(c.signal_type, c.variant, c.signal, c.quality).where(c.media_sha256 == sha256)
        return self._rows(stmt.order_by(c.signal_type, c.variant))

    def texts(self, sha256: str) -> list[dict[str, Any]]:
        c = media_text.c
        cols = (c.source, c.position, c.frame, c.t, c.t_end, c.lang, c.confidence, c.text)
        return self._rows(select(*cols).where(c.media_sha256 == sha256).order_by(c.source, c.position))

    def matches(self, sha256: str) -> list[dict[str, Any]]:
        c = media_matches.c
        stmt = select(c.entry_id, c.bank, c.signal_type, c.distance, c.variant).where(
            c.media_sha256 == sha256
        )
        return self._rows(stmt.order_by(c.distance))

    def items_of(self, sha256: str) -> list[str]:
        """The uids of the items that carry this media, in uid order."""
        c = item_media.c
        with self._store.reading() as conn:
            return list(conn.scalars(select(c.item_uid).where(c.media_sha256 == sha256).order_by(c.item_uid)))

    def requeue(self, status: str = "quarantined") -> int:
        """Put media of ``status`` (or ``all``) back to pending; returns how many."""
        where = [] if status == "all" else [t.c.status == status]
        with self._store.writing() as conn:
            n = int(conn.scalar(select(func.count()).select_from(t).where(*where)) or 0)
            conn.execute(update(t).where(*where).values(status="pending", error=""))
        return n

    # -- what the research report reads ---------------------------------------------------------------
    def info(self, shas: Sequence[str]) -> dict[str, dict[str, Any]]:
        """``{sha256: {sha256, kind, mime, bytes, path}}`` of the stored media among ``shas``."""
        out: dict[str, dict[str, Any]] = {}
        with self._store.reading() as conn:
            for chunk in chunked(sorted(shas)):
                stmt = select(t.c.sha256, t.c.kind, t.c.mime, t.c.bytes, t.c.path).where(
                    t.c.sha256.in_(chunk)
                )
                out.update({r["sha256"]: dict(r) for r in conn.execute(stmt).mappings()})
        return out

    def flagged_by_text(self, shas: Sequence[str]) -> int:
        """How many of ``shas`` the verdict on their own text flagged."""
        c = media_results.c
        n = 0
        with self._store.reading() as conn:
            for chunk in chunked(sorted(shas)):
                stmt = select(func.count()).where(c.flagged == 1, c.media_sha256.in_(chunk))
                n += int(conn.scalar(stmt) or 0)
        return n

    def match_rows(self, *, with_labels: bool = True) -> Any:
        """``{media, bank, signal_type, labels}`` per bank match (labels of the entry, JSON text)."""
        mm = media_matches.c
        if with_labels:
            stmt = select(
                mm.media_sha256.label("media"), mm.bank, mm.signal_type, bank_entries.c.labels.label("labels")
            ).select_from(media_matches.outerjoin(bank_entries, bank_entries.c.id == mm.entry_id))
        else:
            stmt = select(
                mm.media_sha256.label("media"), mm.bank, mm.signal_type, literal("{}").label("labels")
            )
        return self._store.stream(stmt)

    def _rows(self, stmt: Any) -> list[dict[str, Any]]:
        with self._store.reading() as conn:
            return [dict(r) for r in conn.execute(stmt).mappings()]


__all__ = ["HashLike", "MatchLike", "Media", "TextLike"]
