"""Webhooks: endpoints, a transactional outbox of their events, and the log of every delivery.

:meth:`Webhooks.emit` writes, for each event and each enabled endpoint subscribed to its
type, an outbox row (``webhook_events``: a ``msg_id``, the JSON body exactly as it will
be sent) and the ``webhook`` job that delivers it — inside the caller's unit of work.
``store.decisions.append`` calls it in the unit that inserts the decisions, so a
decision and its outgoing events commit together or not at all: a crash can neither
lose the event of a committed decision nor announce one that was rolled back.

The store keeps an endpoint's signing secret only encrypted (``secret_encrypted``, see
:mod:`vigil.webhooks.keys`); it never sees the key.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, is_dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update

from vigil.store.clock import now_iso_micro
from vigil.store.rows import dumps, loads
from vigil.store.schema import jobs
from vigil.store.schema import webhook_deliveries as d
from vigil.store.schema import webhook_endpoints as ep
from vigil.store.schema import webhook_events as ev

if TYPE_CHECKING:
    from vigil.store.base import Store

JOB_KIND = "webhook"
DELIVERY_ATTEMPTS = 8


@dataclass(frozen=True)
class Endpoint:
    id: int
    url: str
    description: str
    event_types: list[str]
    enabled: bool
    created_at: str
    updated_at: str
    removed_at: str | None = None
    secret_encrypted: str = field(default="", repr=False)

    def to_dict(self) -> dict[str, Any]:
        """Everything but the (encrypted) secret."""
        out = dict(self.__dict__)
        out.pop("secret_encrypted")
        return out

    def wants(self, event_type: str) -> bool:
        return event_type in self.event_types or "*" in self.event_types


@dataclass(frozen=True)
class Event:
    id: int
    msg_id: str
    endpoint_id: int
    event_type: str
    subject: str
    body: str
    created_at: str
    job_id: int | None
    delivered_at: str | None


def _endpoint(row: Any) -> Endpoint:
    data = dict(row)
    data["event_types"] = loads(data["event_types"], [])
    data["enabled"] = bool(data["enabled"])
    return Endpoint(**data)


class Webhooks:
    """``store.webhooks``: endpoints, emit (the outbox), events, the delivery log."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- endpoints -------------------------------------------------------------------------------------
    def add_endpoint(
        self, url: str, *, secret_encrypted: str, event_types: Sequence[str], description: str = ""
    ) -> Endpoint:
        now = now_iso_micro()
        row = {
            "url": url, "description": description, "event_types": dumps(sorted(set(event_types))),
            "secret_encrypted": secret_encrypted, "enabled": 1, "created_at": now, "updated_at": now,
        }  # fmt: skip
        with self._store.writing() as conn:
            new_id = int(conn.execute(insert(ep).values(row).returning(ep.c.id)).scalar_one())
            found = self.endpoint(new_id)
        assert found is not None
        return found

    def endpoint(self, endpoint_id: int) -> Endpoint | None:
        with self._store.reading() as conn:
            row = conn.execute(select(ep).where(ep.c.id == endpoint_id)).mappings().first()
        return _endpoint(row) if row is not None else None

    def endpoints(self, *, include_removed: bool = False) -> list[Endpoint]:
        stmt = select(ep).order_by(ep.c.id)
        if not include_removed:
            stmt = stmt.where(ep.c.removed_at.is_(None))
        with self._store.reading() as conn:
            return [_endpoint(r) for r in conn.execute(stmt).mappings()]

    def set_enabled(self, endpoint_id: int, enabled: bool) -> bool:
        """Enable or disable a (not removed) endpoint; ``False`` if there is none of that id."""
        with self._store.writing() as conn:
            done = conn.execute(
                update(ep)
                .where(ep.c.id == endpoint_id, ep.c.removed_at.is_(None))
                .values(enabled=int(enabled), updated_at=now_iso_micro())
            )
            return done.rowcount == 1

    def remove_endpoint(self, endpoint_id: int) -> bool:
        """Remove an endpoint: it gets no new events and its pending ones are not sent; its
        events and delivery log are kept. ``False`` if there is none of that id."""
        now = now_iso_micro()
        with self._store.writing() as conn:
            done = conn.execute(
                update(ep)
                .where(ep.c.id == endpoint_id, ep.c.removed_at.is_(None))
                .values(enabled=0, removed_at=now, updated_at=now)
            )
            return done.rowcount == 1

    # -- the outbox ------------------------------------------------------------------------------------
    def emit(self, event_type: str, events: Sequence[tuple[str, Any]]) -> list[int]:
        """Queue ``(subject, data)`` events of ``event_type`` for every enabled endpoint that
        subscribes to it, in the caller's unit of work; returns the outbox ids (none when no
        endpoint wants them). ``data`` is a dict, or a dataclass turned into one only when an
        endpoint wants it. The body is ``{"type", "timestamp", "data"}``, as Standard
        Webhooks suggests."""
        if not events:
            return []
        with self._store.writing() as conn:
            live = conn.execute(select(ep).where(ep.c.enabled == 1, ep.c.removed_at.is_(None))).mappings()
            targets = [e for e in map(_endpoint, live) if e.wants(event_type)]
            if not targets:
                return []
            now = now_iso_micro()
            rows: list[dict[str, Any]] = []
            for subject, data in events:
                payload = asdict(data) if is_dataclass(data) and not isinstance(data, type) else data
                body = dumps(
                    {"type": event_type, "timestamp": now, "data": payload}, sort_keys=True, default=str
                )
                for target in targets:
                    msg_id = f"msg_{uuid.uuid4().hex}"
                    rows.append({"msg_id": msg_id, "endpoint_id": target.id, "event_type": event_type,
                                 "subject": subject, "body": body, "created_at": now})  # fmt: skip
            # the delivery jobs name their event by msg_id, so both go in one statement each
            job_ids = self._store.jobs.enqueue_many(
                JOB_KIND, [{"msg_id": r["msg_id"]} for r in rows], max_attempts=DELIVERY_ATTEMPTS
            )
            for row, job_id in zip(rows, job_ids, strict=True):
                row["job_id"] = job_id
            result = conn.execute(insert(ev).returning(ev.c.id, sort_by_parameter_order=True), rows)
            return [int(i) for i in result.scalars()]

    def event(self, event_id: int | None = None, *, msg_id: str | None = None) -> Event | None:
        """One outbox event, by id or by ``msg_id``."""
        where = ev.c.id == event_id if msg_id is None else ev.c.msg_id == msg_id
        with self._store.reading() as conn:
            row = conn.execute(select(ev).where(where)).mappings().first()
        return Event(**row) if row is not None else None

    def events(self, *, endpoint_id: int | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """Outbox rows newest first, with their delivery job's state (no bodies)."""
        stmt = select(
            ev.c.id, ev.c.msg_id, ev.c.endpoint_id, ev.c.event_type, ev.c.subject, ev.c.created_at,
            ev.c.delivered_at, ev.c.job_id, jobs.c.status.label("job_status"), jobs.c.attempts,
            jobs.c.last_error,
        ).select_from(ev.outerjoin(jobs, jobs.c.id == ev.c.job_id))  # fmt: skip
        if endpoint_id is not None:
            stmt = stmt.where(ev.c.endpoint_id == endpoint_id)
        with self._store.reading() as conn:
            return [dict(r) for r in conn.execute(stmt.order_by(ev.c.id.desc()).limit(limit)).mappings()]

    # -- deliveries ------------------------------------------------------------------------------------
    def record_delivery(
        self, event: Event, *, attempt: int, status_code: int | None, ok: bool, error: str, duration_ms: float
    ) -> None:
        """Log one delivery attempt; a successful one also marks the event delivered."""
        now = now_iso_micro()
        with self._store.writing() as conn:
            conn.execute(
                insert(d).values(
                    event_id=event.id,
                    endpoint_id=event.endpoint_id,
                    attempt=attempt,
                    attempted_at=now,
                    status_code=status_code,
                    ok=int(ok),
                    error=error[:2000],
                    duration_ms=round(duration_ms, 3),
                )
            )
            if ok:
                conn.execute(update(ev).where(ev.c.id == event.id).values(delivered_at=now))

    def deliveries(
        self, *, endpoint_id: int | None = None, event_id: int | None = None, limit: int = 50
    ) -> list[dict[str, Any]]:
        """Delivery attempts newest first, each with its event's ``msg_id`` and type."""
        stmt = select(d, ev.c.msg_id, ev.c.event_type, ev.c.subject).select_from(
            d.join(ev, ev.c.id == d.c.event_id)
        )
        if endpoint_id is not None:
            stmt = stmt.where(d.c.endpoint_id == endpoint_id)
        if event_id is not None:
            stmt = stmt.where(d.c.event_id == event_id)
        with self._store.reading() as conn:
            rows = [dict(r) for r in conn.execute(stmt.order_by(d.c.id.desc()).limit(limit)).mappings()]
        for r in rows:
            r["ok"] = bool(r["ok"])
        return rows


__all__ = ["DELIVERY_ATTEMPTS", "JOB_KIND", "Endpoint", "Event", "Webhooks"]
