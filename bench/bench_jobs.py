"""Benchmark the job queue and webhook delivery, on SQLite and PostgreSQL, against named baselines.

For each backend, measured in the same run:

- ``enqueue``: ``--jobs`` jobs added in one unit of work;
- ``drain``: ``--workers`` threads, each a :class:`vigil.jobs.Worker`, running those jobs
  (claim with a lease, a heartbeat thread, the handler's one write committed with the
  job's completion) until the queue is empty — the run fails if any job was run twice;
- baseline ``plain write``: the same threads doing the handler's write alone, one unit of
  work each (``store.runs.start``): what a job would cost with no queue at all.
  ``drain`` is reported as a ratio against it.
- ``decision+outbox append``: ``--events`` live decisions appended one per unit of work
  with one endpoint registered (each writes its outbox event and delivery job in the
  decision's unit of work), against the baseline ``decision append`` of as many
  decisions with no endpoint registered (the review feed and audit row, no outbox);
- ``webhooks``: those events
  delivered by the workers to an HTTP server on loopback: signed, POSTed, logged;
- baseline ``plain signed POST``: the same threads POSTing the same bodies with the same
  headers straight to the same server. ``webhooks`` is reported as a ratio against it.

Nothing asserts a time. Run: ``python bench/bench_jobs.py [--jobs 600] [--events 300]
[--workers 2] [--pg postgresql://127.0.0.1:5432/test]`` (PostgreSQL is skipped when
unreachable). The loopback server answers 200 to every POST and stops with the run.
"""

from __future__ import annotations

import argparse
import io
import os
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
from cryptography.fernet import Fernet

from vigil.jobs import JobContext, Worker
from vigil.store import Decision, Store, open_store
from vigil.webhooks import add_endpoint
from vigil.webhooks.delivery import WebhookJob
from vigil.webhooks.keys import ENV_KEY
from vigil.webhooks.signing import new_secret, signed_headers


class Noted:
    """A handler whose work is one write, committed with the job: what a job costs beyond it."""

    kind = "bench"

    def __init__(self) -> None:
        self.seen: list[int] = []
        self.lock = threading.Lock()

    def __call__(self, ctx: JobContext) -> dict[str, Any]:
        with self.lock:
            self.seen.append(ctx.job.id)
        with ctx.finishing({"ok": True}):
            ctx.store.runs.start("bench-job", {"job": ctx.job.id})
        return ctx.result


class Sink(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", 0)))
        self.send_response(200)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


def threaded(n: int, work: Callable[[int], int]) -> tuple[int, float]:
    """Run ``work`` on n threads at once; the sum of what they return and the wall time."""
    start = time.perf_counter()
    with ThreadPoolExecutor(n) as pool:  # map re-raises a thread's exception here
        total = sum(pool.map(work, (i for i in range(n))))
    return total, time.perf_counter() - start


def drain(store: Store, handlers: list[Any], workers: int) -> tuple[int, float]:
    def work(i: int) -> int:
        w = Worker(store, handlers, name=f"bench-{i}", lease=60, poll=0.01, log=io.StringIO())
        return w.run(until_idle=True)["done"]

    return threaded(workers, work)


def bench(url: str, jobs: int, events: int, workers: int, server_url: str) -> dict[str, float]:
    out: dict[str, float] = {}
    with open_store(url) as store:
        start = time.perf_counter()
        with store.transaction():
            for i in range(jobs):
                store.jobs.enqueue("bench", {"n": i})
        out["enqueue /s"] = jobs / (time.perf_counter() - start)
        handler = Noted()
        n, seconds = drain(store, [handler], workers)
        twice = [j for j, c in Counter(handler.seen).items() if c > 1]
        if twice or n != jobs:
            raise SystemExit(f"FAILED: {n} of {jobs} jobs done, {len(twice)} run twice")
        out["drain /s"] = n / seconds

        per = max(1, jobs // workers)

        def plain(i: int) -> int:
            for k in range(per):
                store.runs.start("bench-plain", {"worker": i, "n": k})
            return per

        n, seconds = threaded(workers, plain)
        out["baseline plain write /s"] = n / seconds

        start = time.perf_counter()
        for i in range(events):
            store.decisions.append(Decision(f"bench-plain-{i}", "queue", queue="review", reason_code="bench"))
        out["baseline decision append /s"] = events / (time.perf_counter() - start)
        add_endpoint(store, server_url)
        start = time.perf_counter()
        for i in range(events):
            store.decisions.append(Decision(f"bench-item-{i}", "queue", queue="review", reason_code="bench"))
        out["decision+outbox append /s"] = events / (time.perf_counter() - start)
        client = httpx.Client(timeout=10)
        n, seconds = drain(store, [WebhookJob(client=client)], workers)
        delivered = sum(1 for d in store.webhooks.deliveries(limit=events * 2) if d["ok"])
        if n != events or delivered != events:
            raise SystemExit(f"FAILED: {n} delivery jobs done, {delivered} deliveries logged of {events}")
        out["webhooks delivered /s"] = n / seconds

        secret = new_secret()
        bodies = [store.webhooks.event(e["id"]) for e in store.webhooks.events(limit=events)]
        per = max(1, events // workers)

        def post(i: int) -> int:
            for k in range(per):
                event = bodies[(i * per + k) % len(bodies)]
                assert event is not None
                body = event.body.encode()
                client.post(
                    server_url,
                    content=body,
                    headers=signed_headers(secret, event.msg_id, int(time.time()), body),
                )
            return per

        n, seconds = threaded(workers, post)
        out["baseline plain signed POST /s"] = n / seconds
        client.close()
    return out


def report(name: str, r: dict[str, float]) -> None:
    print(f"== {name}")
    for key, value in r.items():
        ratio = ""
        if key == "drain /s":
            ratio = f"   ({value / r['baseline plain write /s']:.2f}x plain write)"
        elif key == "decision+outbox append /s":
            ratio = f"   ({value / r['baseline decision append /s']:.2f}x decision append, no endpoint)"
        elif key == "webhooks delivered /s":
            ratio = f"   ({value / r['baseline plain signed POST /s']:.2f}x plain signed POST)"
        print(f"  {key:<32} {value:10.1f}{ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, default=600)
    parser.add_argument("--events", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--pg", default="postgresql://127.0.0.1:5432/test")
    args = parser.parse_args()
    os.environ.setdefault(ENV_KEY, Fernet.generate_key().decode())
    server = ThreadingHTTPServer(("127.0.0.1", 0), Sink)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    server_url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    try:
        with tempfile.TemporaryDirectory() as tmp:
            r = bench(f"sqlite:///{Path(tmp) / 'jobs.db'}", args.jobs, args.events, args.workers, server_url)
            report("SQLite", r)
        schema = "bench_jobs_" + uuid.uuid4().hex[:8]
        try:
            import psycopg

            with psycopg.connect(args.pg, autocommit=True, connect_timeout=3):
                pass
        except Exception as exc:  # no server: say so and stop
            print(f"== PostgreSQL skipped: {exc.__class__.__name__}: {str(exc).strip().splitlines()[0]}")
            return
        try:
            r = bench(f"{args.pg}?schema={schema}", args.jobs, args.events, args.workers, server_url)
            report("PostgreSQL", r)
        finally:
            with psycopg.connect(args.pg, autocommit=True) as conn:
                conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")  # type: ignore[arg-type]
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    main()
