"""Benchmark ``vigil serve``: text verdicts and hash lookups over HTTP on loopback, SQLite and
PostgreSQL, against the library called directly in the same run.

For each backend a database is made with one bank of ``--entries`` random PDQ hashes
(1,000,000 by default), a real ``vigil serve`` process (one worker) is started on a free
loopback port, and two kinds of request are sent with httpx, a bounded number each, first
one at a time (latency) and then from ``--clients`` threads at once (throughput):

- ``text``: ``POST /api/v1/text`` with a distinct tweet-sized text each time (stored: item,
  score, decision and its audit row are written);
- ``lookup``: ``GET /api/v1/lookup?signal_type=pdq`` — half the queries a few bits from a
  listed hash (a match), half random (none) — against the 1 M-entry index.

Baseline, measured in the same run: the same work through the library in this process —
``Judge.judge`` on the same texts (no HTTP, no database write) and ``Matcher.match_hashes``
on an index of the same entries. Reported: p50/p99 latency, requests/s, and the ratio of
the service's p50 to the library's. Nothing asserts a time.

Run: ``python bench/bench_serve.py [--entries 1000000] [--texts 300] [--lookups 1000]
[--clients 4] [--pg postgresql://127.0.0.1:5432/test] [--backend both|sqlite|postgresql]``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from vigil.service.accounts import create_token
from vigil.signals.banks import NewEntry, _key, add_entries, create_bank
from vigil.store import Store, open_store

REPO = Path(__file__).resolve().parents[1]


def texts(n: int) -> list[str]:
    """``n`` distinct tweet-sized texts from the demo corpus (numbered, so each is new)."""
    base = []
    with open(REPO / "demo" / "corpus" / "posts.jsonl", encoding="utf-8") as fh:
        for line in fh:
            t = json.loads(line).get("text", "")
            if 20 <= len(t) <= 280:
                base.append(t)
    return [f"{base[i % len(base)]} #{i}" for i in range(n)]


def flip(hex_hash: str, bits: int, rng: random.Random) -> str:
    n = int(hex_hash, 16)
    for b in rng.sample(range(256), bits):
        n ^= 1 << b
    return f"{n:064x}"


def fill(store: Store, entries: int, rng: random.Random) -> list[str]:
    """A bank of ``entries`` random PDQ hashes; returns a sample of them."""
    create_bank(store, "bench", source="bench")
    sample: list[str] = []
    done = 0
    while done < entries:
        n = min(100_000, entries - done)
        batch = [f"{rng.getrandbits(256):064x}" for _ in range(n)]
        if done == 0:  # the library's own path (validation, canonical form) for the first batch
            add_entries(store, "bench", (NewEntry("pdq", h, quality=100) for h in batch))
        else:  # random hex is canonical already: straight to the store, to fill a million quickly
            store.banks.add_entries("bench", [(NewEntry("pdq", h, quality=100), h, _key(h)) for h in batch])
        sample += batch[:: max(1, n // 200)]
        done += n
    return sample


def percentiles(ms: list[float]) -> tuple[float, float]:
    qs = statistics.quantiles(ms, n=100, method="inclusive")
    return qs[49], qs[98]


def timed(calls: list[Callable[[], None]], clients: int) -> tuple[list[float], float]:
    """Run ``calls`` from ``clients`` threads; per-call latencies (ms) and the wall time (s)."""
    lat: list[float] = []
    lock = threading.Lock()
    it = iter(calls)
    errors: list[BaseException] = []

    def work() -> None:
        while True:
            with lock:
                call = next(it, None)
            if call is None:
                return
            t0 = time.perf_counter()
            try:
                call()
            except BaseException as exc:
                errors.append(exc)
                return
            dt = (time.perf_counter() - t0) * 1000
            with lock:
                lat.append(dt)

    start = time.perf_counter()
    threads = [threading.Thread(target=work) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return lat, time.perf_counter() - start


@contextmanager
def serve(db: str, log: Path) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    out = open(log, "w")  # noqa: SIM115
    proc = subprocess.Popen(
        [sys.executable, "-m", "vigil", "serve", "--db", db, "--port", str(port), "--log-level", "warning"],
        stdout=out, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 900
        while True:
            try:
                if httpx.get(base + "/api/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("vigil serve did not start: " + log.read_text()[-2000:])
            time.sleep(0.5)
        yield base
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
        out.close()


def line(name: str, lat: list[float], wall: float, base_p50: float | None = None) -> str:
    p50, p99 = percentiles(lat)
    ratio = f"  {p50 / base_p50:6.1f}x library p50" if base_p50 else ""
    return f"  {name:<34} p50 {p50:7.2f} ms  p99 {p99:7.2f} ms  {len(lat) / wall:8.1f} req/s{ratio}"


def bench(db: str, label: str, args: argparse.Namespace, tmp: Path) -> None:
    rng = random.Random(7)
    print(f"== {label}: {args.entries:,} PDQ entries")
    with open_store(db) as store:
        t0 = time.perf_counter()
        sample = fill(store, args.entries, rng)
        print(f"  bank filled in {time.perf_counter() - t0:.1f}s")
        secret = create_token(store, "bench", ["submit", "lookup"])[1]
        # the library, directly: the same judge and index the service builds
        from vigil.classify import load_detector
        from vigil.items import Record
        from vigil.pipeline import Judge, build_item, judge_items
        from vigil.signals.matcher import Matcher, QueryHash

        t0 = time.perf_counter()
        judge = Judge(load_detector(), None, Matcher.from_store(store))
        print(f"  library index built in {time.perf_counter() - t0:.1f}s")
    queries = [flip(rng.choice(sample), 8, rng) if i % 2 == 0 else f"{rng.getrandbits(256):064x}"
               for i in range(args.lookups)]  # fmt: skip
    bodies = texts(args.texts * 3)
    lib_text = [
        (
            lambda t=t, j=judge: (
                judge_items([build_item(Record(text=t, source="api", locator="bench"))], j) and None
            )
        )
        for t in bodies[: args.texts]
    ]
    lib_lookup = [
        (lambda q=q, m=judge.matcher: m.match_hashes([QueryHash("pdq", q)]) and None) for q in queries
    ]
    lib_text_lat, lib_text_wall = timed(lib_text, 1)
    lib_lookup_lat, lib_lookup_wall = timed(lib_lookup, 1)
    matched = sum(1 for q in queries if judge.matcher.match_hashes([QueryHash("pdq", q)]))
    del judge, lib_text, lib_lookup  # the index's memory, before the service builds its own
    t_p50, _ = percentiles(lib_text_lat)
    l_p50, _ = percentiles(lib_lookup_lat)
    print(line("library: judge a text", lib_text_lat, lib_text_wall))
    print(line(f"library: PDQ lookup ({matched}/{len(queries)} match)", lib_lookup_lat, lib_lookup_wall))

    t0 = time.perf_counter()
    with serve(db, tmp / f"serve-{label}.log") as base:
        print(f"  vigil serve ready in {time.perf_counter() - t0:.1f}s (detector + index loaded)")
        auth = {"Authorization": f"Bearer {secret}"}
        local = threading.local()

        def client() -> httpx.Client:
            if not hasattr(local, "c"):
                local.c = httpx.Client(base_url=base, headers=auth, timeout=60)
            return local.c

        def post(t: str) -> Callable[[], None]:
            def call() -> None:
                r = client().post("/api/v1/text", json={"text": t})
                assert r.status_code == 200, r.text

            return call

        def get(q: str) -> Callable[[], None]:
            def call() -> None:
                r = client().get("/api/v1/lookup", params={"signal_type": "pdq", "signal": q})
                assert r.status_code == 200, r.text

            return call

        timed([post(t) for t in bodies[-10:]], 1)  # warm up
        for n, clients in enumerate((1, args.clients)):
            chunk = bodies[n * args.texts : (n + 1) * args.texts]
            lat, wall = timed([post(t) for t in chunk], clients)
            print(line(f"service: POST /text, {clients} client(s)", lat, wall, t_p50))
            lat, wall = timed([get(q) for q in queries], clients)
            print(line(f"service: GET /lookup, {clients} client(s)", lat, wall, l_p50))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--entries", type=int, default=1_000_000, help="PDQ entries in the bank")
    ap.add_argument("--texts", type=int, default=300, help="text verdicts per measurement")
    ap.add_argument("--lookups", type=int, default=1000, help="lookups per measurement")
    ap.add_argument("--clients", type=int, default=4, help="concurrent clients for the throughput run")
    ap.add_argument("--pg", default=os.environ.get("VIGIL_TEST_PG_URL", "postgresql://127.0.0.1:5432/test"))
    ap.add_argument("--backend", choices=("both", "sqlite", "postgresql"), default="both")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        if args.backend in ("both", "sqlite"):
            bench(f"sqlite:///{tmp / 'serve.db'}", "SQLite", args, tmp)
        if args.backend in ("both", "postgresql"):
            import psycopg

            schema = "bench_serve_" + uuid.uuid4().hex[:8]
            try:
                bench(f"{args.pg}?schema={schema}", "PostgreSQL", args, tmp)
            except psycopg.OperationalError as exc:
                print(f"== PostgreSQL skipped: {exc}")
            finally:
                with psycopg.connect(args.pg, autocommit=True) as conn:
                    conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


if __name__ == "__main__":
    main()
