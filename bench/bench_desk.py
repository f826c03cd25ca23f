"""Benchmark the review desk's store: claims per second, on SQLite and PostgreSQL.

For each backend, ``--items`` items are queued by one policy decision each (mixed
priorities, a tenth urgent by their threat theme), then measured in the same run:

- ``queued+task opened``: appending the queue decisions in one batch, each opening its
  review task in the same unit of work (the feed);
- ``claim+decide``: ``--reviewers`` threads each looping ``claim_next`` then ``decide``
  (allow) until the queue is empty — the work of a desk, every claim exclusive (the run
  fails if any item was handed out twice);
- ``claim only``: the same threads claiming and releasing nothing (each claim is its own
  task), so the claim's own cost shows;
- baseline ``plain append``: the same threads appending one decision per unit of work
  (``store.decisions.append``): one insert and a commit, the cheapest write the store
  does. The claims are reported as a ratio against it.

Nothing asserts a time. Run: ``python bench/bench_desk.py [--items 2000] [--reviewers 4]
[--pg postgresql://127.0.0.1:5432/test]`` (PostgreSQL is skipped when unreachable).
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from vigil.items import Item, sha256_text
from vigil.store import Decision, Store, open_store


def seed(store: Store, n: int, tag: str) -> float:
    """Store ``n`` items, then their queue decisions in one append (which opens their tasks);
    returns the seconds the append took."""
    items, decisions = [], []
    for i in range(n):
        text = f"{tag} bench post {i}"
        uid = sha256_text(text)
        themes = {"threat": 0.9 if i % 10 == 0 else 0.1}
        items.append(
            Item(uid=uid, content_sha256=uid, kind="text", source="bench", locator=str(i), text=text)
        )
        decisions.append(Decision(uid, "queue", queue="review", priority=i % 4, reason_code="model_flag",
                                  rules_version="bench", themes=themes))  # fmt: skip
    store.add_items(items)
    start = time.perf_counter()
    store.decisions.append(decisions)
    return time.perf_counter() - start


def threaded(reviewers: int, work: Callable[[str], int]) -> tuple[int, float]:
    """Run ``work`` on reviewers threads at once; the sum of what they return and the wall time."""
    start = time.perf_counter()
    with ThreadPoolExecutor(reviewers) as pool:  # map re-raises a thread's exception here
        total = sum(pool.map(work, (f"r{i}" for i in range(reviewers))))
    return total, time.perf_counter() - start


def bench(url: str, items: int, reviewers: int) -> dict[str, float]:
    out: dict[str, float] = {}
    with open_store(url) as store:
        seconds = seed(store, items, "a")
        out["queued+task opened /s"] = items / seconds

        handed: list[str] = []
        lock = threading.Lock()

        def desk(name: str) -> int:
            done = 0
            while (task := store.review.claim_next(name)) is not None:
                with lock:
                    handed.append(task.item_uid)
                store.review.decide(task.id, name, "allow")
                done += 1
            return done

        n, seconds = threaded(reviewers, desk)
        dupes = [u for u, c in Counter(handed).items() if c > 1]
        if dupes:
            raise SystemExit(f"FAILED: {len(dupes)} items were handed out twice (first {dupes[0]})")
        out["claim+decide /s"] = n / seconds

        seed(store, items, "b")

        def claimer(name: str) -> int:
            done = 0
            while store.review.claim_next(f"{name}-{done}") is not None:
                done += 1
            return done

        n, seconds = threaded(reviewers, claimer)
        out["claim only /s"] = n / seconds

        per = max(1, items // reviewers)

        def appender(name: str) -> int:
            for i in range(per):
                store.decisions.append(Decision(f"{name}-{i}", "allow", reason_code="bench"))
            return per

        n, seconds = threaded(reviewers, appender)
        out["baseline plain append /s"] = n / seconds
    return out


def report(name: str, r: dict[str, float]) -> None:
    base = r["baseline plain append /s"]
    print(f"== {name}")
    for key, value in r.items():
        ratio = "" if key.startswith("baseline") else f"   ({value / base:.2f}x plain append)"
        print(f"  {key:<28} {value:10.1f}{ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--reviewers", type=int, default=4)
    parser.add_argument("--pg", default="postgresql://127.0.0.1:5432/test")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report("SQLite", bench(f"sqlite:///{Path(tmp) / 'desk.db'}", args.items, args.reviewers))
    schema = "bench_desk_" + uuid.uuid4().hex[:8]
    try:
        import psycopg

        with psycopg.connect(args.pg, autocommit=True, connect_timeout=3):
            pass
    except Exception as exc:  # no server: say so and stop
        print(f"== PostgreSQL skipped: {exc.__class__.__name__}: {str(exc).strip().splitlines()[0]}")
        return
    try:
        report("PostgreSQL", bench(f"{args.pg}?schema={schema}", args.items, args.reviewers))
    finally:
        with psycopg.connect(args.pg, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
