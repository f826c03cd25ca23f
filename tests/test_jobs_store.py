"""store.jobs on SQLite and PostgreSQL: claims, leases, fencing, retries with backoff, dead jobs."""

from __future__ import annotations

import threading
import time
from collections import Counter

import pytest

from vigil.errors import LeaseLost
from vigil.store import Store


def test_enqueue_claim_complete(store: Store) -> None:
    assert store.jobs.claim("w1", lease=30) is None
    first = store.jobs.enqueue("media", {"sha256": "a" * 64})
    second = store.jobs.enqueue("media", {"sha256": "b" * 64})
    job = store.jobs.claim("w1", lease=30)
    assert job is not None and job.id == first
    assert (job.status, job.attempts, job.lease_owner, job.payload) == (
        "running",
        1,
        "w1",
        {"sha256": "a" * 64},
    )
    store.jobs.complete(job.id, "w1", {"ok": True})
    done = store.jobs.get(first)
    assert done is not None
    assert (done.status, done.result, done.lease_expires) == ("done", {"ok": True}, None)
    assert done.finished_at is not None
    other = store.jobs.claim("w2", lease=30)
    assert other is not None and other.id == second
    assert store.jobs.claim("w3", lease=30) is None
    assert store.jobs.counts() == {"queued": 0, "running": 1, "done": 1, "dead": 0}


def test_a_key_enqueues_once(store: Store) -> None:
    a = store.jobs.enqueue("media", {"sha256": "a"}, key="media:a")
    assert store.jobs.enqueue("media", {"sha256": "a"}, key="media:a") == a
    b = store.jobs.enqueue("media", {"sha256": "b"}, key="media:b")
    assert b != a
    assert [j.id for j in store.jobs.list()] == [b, a]
    found = store.jobs.by_key("media:a")
    assert found is not None and found.id == a


def test_claim_only_the_kinds_asked_for(store: Store) -> None:
    store.jobs.enqueue("webhook", {"event": 1})
    media = store.jobs.enqueue("media", {"sha256": "a"})
    job = store.jobs.claim("w", lease=30, kinds=["media"])
    assert job is not None and job.id == media
    assert store.jobs.claim("w", lease=30, kinds=["media"]) is None


def test_an_expired_lease_passes_the_job_on_and_fences_the_old_holder(store: Store) -> None:
    job_id = store.jobs.enqueue("media", {})
    a = store.jobs.claim("A", lease=1.0)
    assert a is not None
    assert store.jobs.claim("B", lease=30) is None  # A's lease holds
    time.sleep(1.1)
    b = store.jobs.claim("B", lease=30)
    assert b is not None and b.id == job_id
    assert (b.attempts, b.lease_owner) == (2, "B")
    assert "lease of A expired" in b.last_error
    assert not store.jobs.heartbeat(job_id, "A", lease=30)
    # A comes back to life and tries to commit its results: refused, and its writes with it
    with pytest.raises(LeaseLost, match="held by B"), store.transaction():
        store.runs.start("a-result", {})
        store.jobs.complete(job_id, "A", {"by": "A"})
    assert store.runs() == []
    with store.transaction():
        store.runs.start("b-result", {})
        store.jobs.complete(job_id, "B", {"by": "B"})
    assert [r["command"] for r in store.runs()] == ["b-result"]
    final = store.jobs.get(job_id)
    assert final is not None and (final.status, final.result, final.attempts) == ("done", {"by": "B"}, 2)
    with pytest.raises(LeaseLost):
        store.jobs.fail(job_id, "A", "late", retry_in=1)


def test_heartbeats_keep_the_lease(store: Store) -> None:
    job_id = store.jobs.enqueue("media", {})
    claimed = store.jobs.claim("A", lease=1.0)
    assert claimed is not None
    first = store.jobs.get(job_id)
    assert first is not None
    # A beat moves the expiry on; once the first lease has run out, the job is still A's.
    # (No race with the clock: the beat asks for far more than the test can take.)
    assert store.jobs.heartbeat(job_id, "A", lease=60.0)
    beaten = store.jobs.get(job_id)
    assert beaten is not None and beaten.lease_expires > first.lease_expires
    time.sleep(1.2)
    assert store.jobs.claim("B", lease=30) is None
    assert not store.jobs.heartbeat(job_id, "B", lease=60.0)  # only the owner can beat


def test_failures_back_off_then_die_and_retry_brings_them_back(store: Store) -> None:
    job_id = store.jobs.enqueue("webhook", {}, max_attempts=2)
    job = store.jobs.claim("w", lease=30)
    assert job is not None
    assert store.jobs.fail(job_id, "w", "HTTP 500", retry_in=1.0) == "queued"
    waiting = store.jobs.get(job_id)
    assert waiting is not None and (waiting.status, waiting.last_error, waiting.lease_owner) == (
        "queued", "HTTP 500", None,
    )  # fmt: skip
    assert store.jobs.claim("w", lease=30) is None  # not before its backoff
    time.sleep(1.05)
    again = store.jobs.claim("w", lease=30)
    assert again is not None and again.attempts == 2
    assert store.jobs.fail(job_id, "w", "HTTP 502", retry_in=0.0) == "dead"
    dead = store.jobs.get(job_id)
    assert dead is not None and (dead.status, dead.attempts, dead.last_error) == ("dead", 2, "HTTP 502")
    assert store.jobs.claim("w", lease=30) is None
    back = store.jobs.retry(job_id)
    assert (back.status, back.attempts, back.finished_at) == ("queued", 0, None)
    assert store.jobs.claim("w", lease=30) is not None
    with pytest.raises(ValueError, match="running"):
        store.jobs.retry(job_id)


def test_final_failure_ends_the_job_at_once(store: Store) -> None:
    job_id = store.jobs.enqueue("media", {}, max_attempts=5)
    assert store.jobs.claim("w", lease=30) is not None
    assert store.jobs.fail(job_id, "w", "no such media", retry_in=10, final=True) == "dead"


def test_a_lease_expired_on_the_last_attempt_makes_the_job_dead(store: Store) -> None:
    job_id = store.jobs.enqueue("media", {}, max_attempts=1)
    assert store.jobs.claim("A", lease=0.1) is not None
    time.sleep(0.2)
    assert store.jobs.claim("B", lease=30) is None
    dead = store.jobs.get(job_id)
    assert dead is not None and dead.status == "dead"
    assert "worker A died" in dead.last_error


def test_bad_arguments(store: Store) -> None:
    with pytest.raises(ValueError, match="max_attempts"):
        store.jobs.enqueue("media", {}, max_attempts=0)
    with pytest.raises(ValueError, match="kind"):
        store.jobs.enqueue("", {})
    with pytest.raises(ValueError, match="status"):
        store.jobs.list(status="lost")
    with pytest.raises(KeyError):
        store.jobs.retry(12345)


def test_workers_in_threads_take_every_job_exactly_once(store: Store) -> None:
    n_jobs, n_workers = 60, 4
    with store.transaction():
        for i in range(n_jobs):
            store.jobs.enqueue("media", {"n": i})
    claims: list[tuple[int, str]] = []
    lock = threading.Lock()

    def work(name: str) -> None:
        while (job := store.jobs.claim(name, lease=30)) is not None:
            with lock:
                claims.append((job.id, name))
            store.jobs.complete(job.id, name, {"by": name})

    threads = [threading.Thread(target=work, args=(f"w{i}",)) for i in range(n_workers)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    per_job = Counter(job_id for job_id, _ in claims)
    assert len(per_job) == n_jobs and set(per_job.values()) == {1}
    assert store.jobs.counts()["done"] == n_jobs
    for job_id, name in claims:
        job = store.jobs.get(job_id)
        assert job is not None and job.result == {"by": name}
