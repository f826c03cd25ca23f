"""The worker on real files and a real database: media jobs, retries, dead jobs, the CLI, and a
worker killed with SIGKILL mid-job whose job another worker then completes exactly once."""

from __future__ import annotations

import io
import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from vigil.classify import Verdict
from vigil.cli import main
from vigil.items import Item, MediaRef, sha256_file
from vigil.jobs import Backoff, JobContext, JobFailed, MediaJob, Worker, enqueue_pending
from vigil.media.process import Options
from vigil.media.synth import photo, poster
from vigil.signals.banks import add_entries, create_bank, hash_file_entries, set_entry_state
from vigil.store import Store, open_store

VIGIL = str(Path(sys.executable).with_name("vigil"))


class CaravanDetector:
    """The ``Detector`` seam: a text that names the caravan is flagged as recruitment."""

    version = "caravan-test"
    threshold = 0.5

    def score(self, texts: Sequence[str], langs: Sequence[str] | None = None) -> list[Verdict]:
        hits = ["caravan" in t.lower() for t in texts]
        return [Verdict(0.9 if h else 0.1, h, {"recruitment": 0.8} if h else {}, []) for h in hits]


def add_image(store: Store, path: Path) -> str:
    sha = sha256_file(str(path))
    item = Item(uid=f"item-{path.name}", content_sha256=sha, kind="image", source=str(path.parent),
                locator=path.name, text="", media=[sha])  # fmt: skip
    store.add_items([item])
    store.add_media(item.uid, [MediaRef(str(path), sha, "image", path.stat().st_size)])
    return sha


def test_a_media_job_runs_the_media_stage_and_records_once(store: Store, tmp_path: Path) -> None:
    poster(3, ["JOIN THE CARAVAN"]).save(tmp_path / "poster.jpg", quality=90)
    sha = add_image(store, tmp_path / "poster.jpg")
    [job_id] = enqueue_pending(store)
    assert enqueue_pending(store) == [job_id]  # the same media is queued once
    log = io.StringIO()
    worker = Worker(store, [MediaJob(Options(asr=False), detector=CaravanDetector())], name="w", log=log)
    assert worker.run(until_idle=True) == {"done": 1, "retried": 0, "dead": 0, "lost": 0}
    job = store.jobs.get(job_id)
    assert job is not None and job.status == "done"
    assert job.result["flagged"] is True and job.result["items_raised"] == 1
    assert job.result["texts"] == 1
    assert f"job {job_id} (media) done, attempt 1" in log.getvalue()
    media = store.media.get(sha)
    assert media is not None and media["status"] == "done"
    result = store.media.result(sha)
    assert result is not None and result["flagged"] and result["themes"] == {"recruitment": 0.8}
    item = store.get_item("item-poster.jpg")
    assert item is not None and item.flagged
    assert store.query("SELECT COUNT(*) AS n FROM media_results")[0]["n"] == 1


def test_a_job_for_media_that_is_gone_dies_at_once(store: Store) -> None:
    job_id = store.jobs.enqueue("media", {"sha256": "0" * 64})
    worker = Worker(store, [MediaJob(detector=CaravanDetector())], log=io.StringIO())
    assert worker.run(until_idle=True)["dead"] == 1
    job = store.jobs.get(job_id)
    assert job is not None and job.status == "dead" and job.attempts == 1
    assert "no media with sha256" in job.last_error


class Flaky:
    """A handler of the ``Handler`` seam that fails its first ``failures`` attempts."""

    kind = "flaky"

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0

    def __call__(self, ctx: JobContext) -> dict[str, Any]:
        self.calls += 1
        if self.calls <= self.failures:
            raise RuntimeError(f"attempt {ctx.job.attempts} broke")
        with ctx.finishing({"calls": self.calls}):
            ctx.store.runs.start("flaky-result", {"job": ctx.job.id})
        return ctx.result


def test_failed_attempts_back_off_and_the_job_then_succeeds(store: Store) -> None:
    job_id = store.jobs.enqueue("flaky", {}, max_attempts=4)
    worker = Worker(store, [Flaky(2)], backoff=Backoff(base=0.05), poll=0.02, log=io.StringIO())
    assert worker.run(until_settled=True) == {"done": 1, "retried": 2, "dead": 0, "lost": 0}
    job = store.jobs.get(job_id)
    assert job is not None and (job.status, job.attempts, job.result) == ("done", 3, {"calls": 3})
    assert [r["command"] for r in store.runs()] == ["flaky-result"]


def test_a_job_dies_after_its_attempts_and_retry_revives_it(store: Store) -> None:
    job_id = store.jobs.enqueue("flaky", {}, max_attempts=2)
    handler = Flaky(3)
    worker = Worker(store, [handler], backoff=Backoff(base=0.01), poll=0.02, log=io.StringIO())
    assert worker.run(until_settled=True)["dead"] == 1
    job = store.jobs.get(job_id)
    assert job is not None and (job.status, job.last_error) == ("dead", "RuntimeError: attempt 2 broke")
    store.jobs.retry(job_id)
    worker.run(until_settled=True)  # the third call still fails, the fourth succeeds
    job = store.jobs.get(job_id)
    assert job is not None and (job.status, job.attempts) == ("done", 2)


def test_a_final_failure_is_not_retried(store: Store) -> None:
    class Gone:
        kind = "gone"

        def __call__(self, ctx: JobContext) -> dict[str, Any]:
            raise JobFailed("the endpoint was removed", retry=False)

    job_id = store.jobs.enqueue("gone", {}, max_attempts=5)
    Worker(store, [Gone()], log=io.StringIO()).run(until_idle=True)
    job = store.jobs.get(job_id)
    assert job is not None and (job.status, job.attempts) == ("dead", 1)


def test_the_matcher_is_rebuilt_when_the_banks_change(store: Store, tmp_path: Path) -> None:
    photo(5).save(tmp_path / "known.png")
    handler = MediaJob(detector=CaravanDetector())
    empty = handler.matcher(store)
    assert handler.matcher(store) is empty and len(empty) == 0
    create_bank(store, "known")
    add_entries(store, "known", hash_file_entries(tmp_path / "known.png"))
    loaded = handler.matcher(store)
    assert loaded is not empty and len(loaded) > 0
    entry = next(iter(store.banks.entries(bank="known")))
    set_entry_state(store, entry.id, enabled=False)
    assert handler.matcher(store) is not loaded


def test_cli_lists_shows_and_retries(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    job_id = store.jobs.enqueue("flaky", {"x": 1}, max_attempts=1)
    claimed = store.jobs.claim("w", lease=30)
    assert claimed is not None
    store.jobs.fail(job_id, "w", "RuntimeError: broke", retry_in=0)
    url = store.url
    assert main(["jobs", "list", "--db", url]) == 0
    out = capsys.readouterr().out
    assert f"{job_id}\tflaky\tdead\tattempts 1/1" in out and "last error: RuntimeError: broke" in out
    assert "dead: 1" in out
    assert main(["jobs", "show", str(job_id), "--db", url]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["id"], shown["payload"], shown["status"]) == (job_id, {"x": 1}, "dead")
    assert main(["jobs", "retry", str(job_id), "--db", url]) == 0
    assert "queued again" in capsys.readouterr().out
    assert main(["jobs", "list", "--db", url, "--status", "queued", "--format", "jsonl"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line)["attempts"] == 0
    assert main(["jobs", "show", "999999", "--db", url]) == 2
    assert "no job with id 999999" in capsys.readouterr().err


def _hold_the_job(db_url: str, job_id: int) -> Any:
    """A transaction of the test's own that blocks the worker's completion of ``job_id``."""
    if db_url.startswith("sqlite"):
        conn = sqlite3.connect(db_url.removeprefix("sqlite:///"), isolation_level=None, timeout=30)
        conn.execute("BEGIN IMMEDIATE")
        status = conn.execute("SELECT status, lease_owner FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return conn, tuple(status)
    import psycopg

    base, schema = db_url.split("?schema=")
    pg = psycopg.connect(base, options=f"-c search_path={schema}")
    row = pg.execute("SELECT status, lease_owner FROM jobs WHERE id = %s FOR UPDATE", (job_id,)).fetchone()
    assert row is not None
    return pg, tuple(row)


def test_a_worker_killed_mid_job_loses_nothing_and_the_job_completes_once(
    db_url: str, tmp_path: Path
) -> None:
    poster(4, ["JOIN THE CARAVAN", "DOCTORS ARE NEEDED"]).save(tmp_path / "poster.jpg", quality=90)
    with open_store(db_url) as store:
        sha = add_image(store, tmp_path / "poster.jpg")
        [job_id] = enqueue_pending(store)
    args = ["worker", "--db", db_url, "--lease", "2", "--poll", "0.1", "--no-asr"]
    first = subprocess.Popen([VIGIL, *args, "--name", "w1"], stderr=subprocess.PIPE, text=True)
    held = None
    try:
        with open_store(db_url) as store:
            deadline = time.monotonic() + 120
            while (job := store.jobs.get(job_id)) is not None and job.status == "queued":
                assert first.poll() is None and time.monotonic() < deadline, "w1 never claimed the job"
                time.sleep(0.02)
        conn, state = _hold_the_job(db_url, job_id)
        held = conn
        assert state == ("running", "w1"), f"the job finished before the test could stop it: {state}"
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
        if held is not None:
            held.rollback() if not isinstance(held, sqlite3.Connection) else held.execute("ROLLBACK")
            held.close()
    assert first.returncode == -signal.SIGKILL
    with open_store(db_url) as store:
        job = store.jobs.get(job_id)
        assert job is not None and (job.status, job.lease_owner, job.attempts) == ("running", "w1", 1)
        media = store.media.get(sha)
        assert media is not None and media["status"] == "pending"
        assert store.media.result(sha) is None
    second = subprocess.run(
        [VIGIL, *args, "--name", "w2", "--max-jobs", "1"], capture_output=True, text=True, timeout=300
    )
    assert second.returncode == 0, second.stderr
    assert f"job {job_id} (media) done, attempt 2" in second.stderr
    with open_store(db_url) as store:
        job = store.jobs.get(job_id)
        assert job is not None and (job.status, job.lease_owner, job.attempts) == ("done", "w2", 2)
        assert "lease of w1 expired" in job.last_error
        media = store.media.get(sha)
        assert media is not None and media["status"] == "done"
        assert store.query("SELECT COUNT(*) AS n FROM media_results")[0]["n"] == 1
        assert store.query("SELECT COUNT(*) AS n FROM media_text WHERE source = 'ocr'")[0]["n"] == 1
        assert store.jobs.counts() == {"queued": 0, "running": 0, "done": 1, "dead": 0}


def test_sigterm_stops_an_idle_worker_cleanly(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'w.db'}"
    proc = subprocess.Popen(
        [VIGIL, "worker", "--db", url, "--poll", "0.05"], stderr=subprocess.PIPE, text=True
    )
    assert proc.stderr is not None
    assert "started on" in proc.stderr.readline()
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and "stopped:" in err
