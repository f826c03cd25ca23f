"""Jobs: a durable queue in the same database, claimed with leases, retried with backoff.

A job is ``queued`` until a worker claims it. Claiming takes a **lease**: the worker's
name and an expiry time, renewed by :meth:`Jobs.heartbeat` while the work runs. A worker
that dies (``kill -9``, a lost machine) stops renewing; once the lease has expired the
job is claimable again and the next claim counts a new attempt. On PostgreSQL the claim
selects the candidate row ``FOR UPDATE SKIP LOCKED``, so workers never wait for each
other or take the same job; on SQLite a unit of work is the single writer, so claims are
serialised by the database itself.

A job is finished with :meth:`Jobs.complete` **inside the unit of work that writes the
job's results**: the update checks that the caller still holds the lease and raises
:class:`~vigil.errors.LeaseLost` otherwise, which rolls the results back too. So however
many workers start a job, its results are committed once, by the lease holder. A failed
attempt goes back to ``queued`` with a later ``run_after`` (the worker's backoff) until
``max_attempts`` attempts were made; then the job is ``dead`` with its last error, and
:meth:`Jobs.retry` puts it back.

Times are ISO-8601 UTC text to the microsecond (fixed width, so they compare as text);
leases assume the workers' clocks agree to well under a lease.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, bindparam, func, insert, select, update

from vigil.errors import LeaseLost
from vigil.store.clock import now_iso_micro
from vigil.store.rows import dumps, loads
from vigil.store.schema import jobs as t

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from vigil.store.base import Store

STATUSES = ("queued", "running", "done", "dead")
DEFAULT_MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class Job:
    """One job as stored."""

    id: int
    kind: str
    payload: dict[str, Any]
    status: str
    attempts: int
    max_attempts: int
    run_after: str
    key: str | None = None
    lease_owner: str | None = None
    lease_expires: str | None = None
    last_error: str = ""
    result: dict[str, Any] = field(default_factory=dict)
    created_at: str = ""
    updated_at: str = ""
    finished_at: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _job(row: Any) -> Job:
    data = dict(row)
    data["payload"] = loads(data["payload"], {})
    data["result"] = loads(data["result"], {})
    return Job(**data)


def stamp_in(seconds: float, now: datetime | None = None) -> str:
    """The ISO stamp ``seconds`` from now (as the queue writes times)."""
    at = (now or datetime.now(UTC)) + timedelta(seconds=seconds)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _looks(by_kind: bool) -> tuple[Select[Any], Select[Any]]:
    """The claim's two index-ordered looks (built once; an OR of both would sort every ready
    row on each claim): a job whose worker died (its lease expired), then the oldest due."""
    abandoned = select(t).where(t.c.status == "running", t.c.lease_expires < bindparam("now"))
    due = select(t).where(t.c.status == "queued", t.c.run_after <= bindparam("now"))
    if by_kind:
        abandoned = abandoned.where(t.c.kind.in_(bindparam("kinds", expanding=True)))
        due = due.where(t.c.kind.in_(bindparam("kinds", expanding=True)))
    return (
        abandoned.order_by(t.c.lease_expires, t.c.id).limit(1).with_for_update(skip_locked=True),
        due.order_by(t.c.run_after, t.c.id).limit(1).with_for_update(skip_locked=True),
    )


_LOOKS = {False: _looks(False), True: _looks(True)}


class Jobs:
    """``store.jobs``: enqueue, claim, heartbeat, complete, fail, retry, get, list, counts."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- producers -------------------------------------------------------------------------------------
    def enqueue(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        key: str | None = None,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        delay: float = 0.0,
    ) -> int:
        """Add a job (inside the caller's unit of work, if any); returns its id.

        With ``key``, a job of that key already stored (in any state) is returned instead
        and nothing is added.
        """
        if not kind:
            raise ValueError("a job needs a kind")
        if max_attempts < 1:
            raise ValueError(f"max_attempts must be at least 1, not {max_attempts}")
        now = now_iso_micro()
        row = {
            "kind": kind, "key": key, "payload": dumps(payload, sort_keys=True), "status": "queued",
            "attempts": 0, "max_attempts": max_attempts, "run_after": stamp_in(delay) if delay else now,
            "last_error": "", "result": "{}", "created_at": now, "updated_at": now,
        }  # fmt: skip
        with self._store.writing() as conn:
            if key is not None:
                found = conn.execute(select(t.c.id).where(t.c.key == key)).scalar()
                if found is None:  # (a concurrent enqueue of the same key may win the insert)
                    self._store.insert_ignore(conn, t, [row])
                    found = conn.execute(select(t.c.id).where(t.c.key == key)).scalar_one()
                return int(found)
            return int(conn.execute(insert(t).values(row).returning(t.c.id)).scalar_one())

    def enqueue_many(
        self, kind: str, payloads: Sequence[dict[str, Any]], *, max_attempts: int = DEFAULT_MAX_ATTEMPTS
    ) -> list[int]:
        """Add one job per payload in one statement (no keys); returns their ids, in order."""
        if not payloads:
            return []
        if max_attempts < 1:
            raise ValueError(f"max_attempts must be at least 1, not {max_attempts}")
        now = now_iso_micro()
        rows = [
            {"kind": kind, "key": None, "payload": dumps(p, sort_keys=True), "status": "queued",
             "attempts": 0, "max_attempts": max_attempts, "run_after": now, "last_error": "",
             "result": "{}", "created_at": now, "updated_at": now}
            for p in payloads
        ]  # fmt: skip
        with self._store.writing() as conn:
            result = conn.execute(insert(t).returning(t.c.id, sort_by_parameter_order=True), rows)
            return [int(i) for i in result.scalars()]

    # -- workers ---------------------------------------------------------------------------------------
    def claim(self, owner: str, *, lease: float, kinds: Sequence[str] | None = None) -> Job | None:
        """Take a ready job for ``owner`` for ``lease`` seconds — one whose worker's lease
        expired first, else the oldest queued and due; ``None`` when there is none. The
        attempt is counted now.

        A job whose lease expired on its last allowed attempt is marked ``dead`` here instead
        of being run again.
        """
        while True:
            now = now_iso_micro()
            params = {"now": now, **({"kinds": list(kinds)} if kinds else {})}
            with self._store.writing() as conn:
                row = None
                for stmt in _LOOKS[bool(kinds)]:
                    row = conn.execute(stmt, params).mappings().first()
                    if row is not None:
                        break
                if row is None:
                    return None
                job = _job(row)
                if job.status == "running" and job.attempts >= job.max_attempts:
                    error = (
                        f"the lease of attempt {job.attempts} expired (its worker {job.lease_owner} died?)"
                    )
                    conn.execute(
                        update(t)
                        .where(t.c.id == job.id)
                        .values(
                            status="dead",
                            last_error=error,
                            lease_owner=None,
                            lease_expires=None,
                            updated_at=now,
                            finished_at=now,
                        )
                    )
                    continue
                values = {
                    "status": "running", "attempts": job.attempts + 1, "lease_owner": owner,
                    "lease_expires": stamp_in(lease), "updated_at": now,
                }  # fmt: skip
                if job.status == "running":
                    values["last_error"] = f"the lease of {job.lease_owner} expired (attempt {job.attempts})"
                conn.execute(update(t).where(t.c.id == job.id).values(values))
                return Job(**{**job.__dict__, **values})

    def heartbeat(self, job_id: int, owner: str, *, lease: float) -> bool:
        """Extend ``owner``'s lease on a running job; ``False`` if it no longer holds it."""
        now = now_iso_micro()
        with self._store.writing() as conn:
            done = conn.execute(
                update(t)
                .where(t.c.id == job_id, t.c.status == "running", t.c.lease_owner == owner)
                .values(lease_expires=stamp_in(lease), updated_at=now)
            )
            return done.rowcount == 1

    def _finish(self, conn: Connection, job_id: int, owner: str, values: dict[str, Any]) -> None:
        """Update a job that ``owner`` holds (its lease may have run out, if no one took it since)."""
        result = conn.execute(
            update(t)
            .where(t.c.id == job_id, t.c.status == "running", t.c.lease_owner == owner)
            .values(values)
        )
        if result.rowcount != 1:
            current = conn.execute(select(t.c.status, t.c.lease_owner).where(t.c.id == job_id)).first()
            if current is None:
                raise LeaseLost(f"job {job_id} does not exist")
            raise LeaseLost(
                f"job {job_id} is no longer held by {owner} (now {current.status}"
                + (f", held by {current.lease_owner})" if current.lease_owner else ")")
            )

    def complete(self, job_id: int, owner: str, result: dict[str, Any] | None = None) -> None:
        """Mark the job done — call it inside the unit of work that writes the job's results,
        so both commit or neither. Raises :class:`LeaseLost` if ``owner`` lost the job."""
        now = now_iso_micro()
        with self._store.writing() as conn:
            self._finish(
                conn, job_id, owner,
                {"status": "done", "result": dumps(result or {}, sort_keys=True, default=str),
                 "lease_owner": owner, "lease_expires": None, "updated_at": now, "finished_at": now},
            )  # fmt: skip

    def fail(self, job_id: int, owner: str, error: str, *, retry_in: float, final: bool = False) -> str:
        """Record a failed attempt: back to ``queued`` after ``retry_in`` seconds, or ``dead``
        when the attempts are used up (or ``final``: retrying cannot help). Returns the new status."""
        now = now_iso_micro()
        with self._store.writing() as conn:
            row = conn.execute(select(t.c.attempts, t.c.max_attempts).where(t.c.id == job_id)).first()
            dead = final or (row is not None and row.attempts >= row.max_attempts)
            values: dict[str, Any] = {"last_error": error[:4000], "updated_at": now, "lease_expires": None}
            if dead:
                values.update(status="dead", finished_at=now)
            else:
                values.update(status="queued", run_after=stamp_in(retry_in), lease_owner=None)
            self._finish(conn, job_id, owner, values)
            return str(values["status"])

    # -- operators -------------------------------------------------------------------------------------
    def retry(self, job_id: int) -> Job:
        """Put a dead (or queued) job back in the queue now, with a fresh count of attempts."""
        now = now_iso_micro()
        with self._store.writing() as conn:
            job = self.get(job_id)
            if job is None:
                raise KeyError(job_id)
            if job.status not in ("dead", "queued"):
                raise ValueError(f"job {job_id} is {job.status}: only a dead or queued job can be retried")
            conn.execute(
                update(t)
                .where(t.c.id == job_id)
                .values(
                    status="queued",
                    attempts=0,
                    run_after=now,
                    lease_owner=None,
                    lease_expires=None,
                    finished_at=None,
                    updated_at=now,
                )
            )
            found = self.get(job_id)
            assert found is not None
            return found

    def get(self, job_id: int) -> Job | None:
        with self._store.reading() as conn:
            row = conn.execute(select(t).where(t.c.id == job_id)).mappings().first()
        return _job(row) if row is not None else None

    def by_key(self, key: str) -> Job | None:
        with self._store.reading() as conn:
            row = conn.execute(select(t).where(t.c.key == key)).mappings().first()
        return _job(row) if row is not None else None

    def list(
        self,
        *,
        status: str | None = None,
        kind: str | None = None,
        limit: int = 100,
        before: int | None = None,
    ) -> list[Job]:
        """Jobs newest first (``before``: only ids below it, for the next page)."""
        if status is not None and status not in STATUSES:
            raise ValueError(f"status {status!r} is not one of {', '.join(STATUSES)}")
        stmt = select(t)
        if status is not None:
            stmt = stmt.where(t.c.status == status)
        if kind is not None:
            stmt = stmt.where(t.c.kind == kind)
        if before is not None:
            stmt = stmt.where(t.c.id < before)
        with self._store.reading() as conn:
            rows = conn.execute(stmt.order_by(t.c.id.desc()).limit(limit)).mappings()
            return [_job(r) for r in rows]

    def counts(self) -> dict[str, int]:
        """How many jobs are in each status (every status, zero included)."""
        with self._store.reading() as conn:
            rows = conn.execute(select(t.c.status, func.count()).group_by(t.c.status)).all()
        return {s: 0 for s in STATUSES} | {str(s): int(n) for s, n in rows}


__all__ = ["DEFAULT_MAX_ATTEMPTS", "STATUSES", "Job", "Jobs", "stamp_in"]
