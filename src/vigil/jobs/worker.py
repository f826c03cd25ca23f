"""The worker: claims jobs from the store's queue and runs each with the handler of its kind.

One worker runs one job at a time (start several processes for more; on PostgreSQL they
never take the same job). While a job runs, a heartbeat thread renews its lease every
third of the lease; if the worker dies, the heartbeats stop, the lease runs out and the
next worker to claim the job runs it again — the job's results are committed only with
the completion (:meth:`JobContext.finishing`), so a job's results land exactly once.

A handler raising an exception fails the attempt: the job is queued again after the
worker's backoff (``base · 2^(attempt-1)``, capped) or, after its last attempt, is
``dead``. A handler raising :class:`JobFailed` with ``retry=False`` ends the job at once
(retrying cannot help: the media is gone, the endpoint was removed).
"""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol, TextIO

from vigil.errors import LeaseLost, VigilError
from vigil.store import Store
from vigil.store.jobs import Job


class JobFailed(VigilError):
    """A job's attempt failed for a stated reason; ``retry=False``: do not try it again."""

    def __init__(self, message: str, *, retry: bool = True) -> None:
        super().__init__(message)
        self.retry = retry


@dataclass(frozen=True)
class Backoff:
    """Seconds to wait before attempt ``n + 1`` after ``n`` failed: ``base · 2^(n-1)``, at most ``cap``."""

    base: float = 5.0
    cap: float = 3600.0

    def delay(self, attempts: int) -> float:
        return float(min(self.cap, self.base * 2 ** max(0, attempts - 1)))


@dataclass
class JobContext:
    """What a handler gets: the store, the job, and the way to commit its results with the job."""

    store: Store
    job: Job
    owner: str
    finished: bool = False
    result: dict[str, Any] = field(default_factory=dict)

    @contextmanager
    def finishing(self, result: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """One unit of work: what the block writes, and the job marked done with the result
        (the dict yielded, which the block may fill in) — if this worker still holds the
        job; else :class:`LeaseLost` and nothing of it is written."""
        out = dict(result or {})
        with self.store.transaction():
            yield out
            self.store.jobs.complete(self.job.id, self.owner, out)
        self.finished = True
        self.result = out


class Handler(Protocol):
    """Runs one kind of job. Heavy work first, then its writes inside ``ctx.finishing()``;
    a handler that writes nothing may just return its result (the worker completes the job)."""

    kind: str

    def __call__(self, ctx: JobContext) -> dict[str, Any] | None: ...


def worker_name() -> str:
    """``host:pid:random``: unique per worker process, readable in ``vigil jobs list``."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class _Heartbeat(threading.Thread):
    """Renews the lease of the job the worker holds, every third of the lease (one thread per
    worker, idle between jobs)."""

    def __init__(self, store: Store, owner: str, lease: float) -> None:
        super().__init__(name=f"vigil-heartbeat-{owner}", daemon=True)
        self.store, self.owner, self.lease = store, owner, lease
        self.job_id: int | None = None
        self.lock = threading.Lock()
        self.stopped = threading.Event()

    def hold(self, job_id: int | None) -> None:
        with self.lock:
            self.job_id = job_id

    def run(self) -> None:
        while not self.stopped.wait(self.lease / 3):
            with self.lock:
                job_id = self.job_id
            if job_id is None:
                continue
            try:
                self.store.jobs.heartbeat(job_id, self.owner, lease=self.lease)
            except Exception:  # a passing database error: try again at the next beat
                continue


class Worker:
    """Drains the queue of ``store`` with ``handlers`` (one per job kind)."""

    def __init__(
        self,
        store: Store,
        handlers: Sequence[Handler] | Mapping[str, Handler],
        *,
        name: str | None = None,
        lease: float = 60.0,
        poll: float = 1.0,
        backoff: Backoff | None = None,
        log: TextIO | None = None,
    ) -> None:
        if lease <= 0:
            raise ValueError(f"the lease must be positive, not {lease}")
        self.store = store
        self.handlers = dict(handlers) if isinstance(handlers, Mapping) else {h.kind: h for h in handlers}
        self.name = name or worker_name()
        self.lease = lease
        self.poll = poll
        self.backoff = backoff or Backoff()
        self.log = log if log is not None else sys.stderr
        self.counts = {"done": 0, "retried": 0, "dead": 0, "lost": 0}
        self._beat: _Heartbeat | None = None

    def _say(self, message: str) -> None:
        print(f"vigil worker {self.name}: {message}", file=self.log, flush=True)

    def run_one(self) -> Job | None:
        """Claim and run one job; the job as claimed, or ``None`` when none was ready."""
        job = self.store.jobs.claim(self.name, lease=self.lease, kinds=sorted(self.handlers))
        if job is None:
            return None
        ctx = JobContext(self.store, job, self.name)
        if self._beat is None:
            self._beat = _Heartbeat(self.store, self.name, self.lease)
            self._beat.start()
        self._beat.hold(job.id)
        started = time.monotonic()
        try:
            result = self.handlers[job.kind](ctx)
            if not ctx.finished:
                self.store.jobs.complete(job.id, self.name, result)
            self.counts["done"] += 1
            self._say(
                f"job {job.id} ({job.kind}) done, attempt {job.attempts}, {time.monotonic() - started:.2f} s"
            )
        except LeaseLost as exc:
            self.counts["lost"] += 1
            self._say(f"job {job.id} ({job.kind}) dropped: {exc}")
        except Exception as exc:
            error = f"{exc.__class__.__name__}: {exc}"
            final = isinstance(exc, JobFailed) and not exc.retry
            try:
                if final:
                    self.store.jobs.fail(job.id, self.name, error, retry_in=0, final=True)
                    status = "dead"
                else:
                    status = self.store.jobs.fail(
                        job.id, self.name, error, retry_in=self.backoff.delay(job.attempts)
                    )
            except LeaseLost as lost:
                self.counts["lost"] += 1
                self._say(f"job {job.id} ({job.kind}) failed ({error}) and {lost}")
            else:
                self.counts["dead" if status == "dead" else "retried"] += 1
                self._say(f"job {job.id} ({job.kind}) attempt {job.attempts} failed: {error} -> {status}")
        finally:
            self._beat.hold(None)
        return job

    def close(self) -> None:
        """Stop the heartbeat thread (``run`` does this when it returns)."""
        if self._beat is not None:
            self._beat.stopped.set()
            self._beat.join()
            self._beat = None

    def run(
        self,
        stop: threading.Event | None = None,
        *,
        max_jobs: int | None = None,
        until_idle: bool = False,
        until_settled: bool = False,
    ) -> dict[str, int]:
        """Run jobs until ``stop`` is set (the job in hand is finished first), ``max_jobs`` were
        run, or — with ``until_idle`` — no job is ready now, or — with ``until_settled`` — no
        job is queued or running at all (retries waiting for their backoff included).
        Returns the counts."""
        stop = stop or threading.Event()
        try:
            return self._run(stop, max_jobs, until_idle, until_settled)
        finally:
            self.close()

    def _run(
        self, stop: threading.Event, max_jobs: int | None, until_idle: bool, until_settled: bool
    ) -> dict[str, int]:
        ran = 0
        while not stop.is_set() and (max_jobs is None or ran < max_jobs):
            if self.run_one() is not None:
                ran += 1
                continue
            if until_idle:
                break
            if until_settled:
                counts = self.store.jobs.counts()
                if counts["queued"] + counts["running"] == 0:
                    break
            stop.wait(self.poll)
        return dict(self.counts)


__all__ = ["Backoff", "Handler", "JobContext", "JobFailed", "Worker", "worker_name"]
