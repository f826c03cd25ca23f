"""PDQ lookups at scale: vigil's PdqIndex (faiss IndexBinaryFlat, packed bits) vs threatexchange's PDQIndex2.

Same random hashes, same queries (half near a stored hash, half random), same run. Reports
build time, queries/s and resident memory growth, and checks vigil's results equal a numpy
brute force (chunked popcount over every stored hash) for --exact-sample queries (all of
them by default). threatexchange's index stores float vectors (1 KiB per hash): +1.15 GB per
million once built, but more while building (an attempt at 10M passed 18 GB resident before
its build finished and was stopped). It is measured only up to --te-max and only when the
machine has 2 GB per million hashes available (MemAvailable) plus a 4 GB margin, so a shared
machine is not pushed into swapping or the OOM killer.

    python bench/bench_pdq_index.py [--sizes 1000000,10000000] [--queries 200] [--te-max 1000000]
                                    [--exact-sample 200]
"""

from __future__ import annotations

import argparse
import gc
import resource
import time

import numpy as np

from vigil.signals.pdq import PdqIndex, brute_force_distances


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def mem_available_mb() -> float:
    with open("/proc/meminfo") as fh:
        for line in fh:
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) / 1024
    return 0.0


def brute_force_ids(db: np.ndarray, query: np.ndarray, chunk: int = 1 << 20) -> set[int]:
    """Rows of ``db`` within distance 31 of ``query``: xor + popcount over chunks (bounded memory)."""
    out: list[np.ndarray] = []
    for start in range(0, len(db), chunk):
        part = db[start : start + chunk]
        if hasattr(np, "bitwise_count"):
            d = np.bitwise_count(np.bitwise_xor(part, query[None, :])).sum(axis=1, dtype=np.int32)
        else:  # numpy < 2: the reference implementation
            d = brute_force_distances(part, query)
        out.append(np.flatnonzero(d <= 31) + start)
    return set(np.concatenate(out).tolist()) if out else set()


def make_queries(db: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    out = []
    for j in range(k):
        if j % 2 == 0:
            bits = np.unpackbits(db[rng.integers(0, len(db))])
            flip = rng.choice(256, size=int(rng.integers(0, 40)), replace=False)
            bits[flip] ^= 1
            out.append(np.packbits(bits))
        else:
            out.append(rng.integers(0, 256, 32, dtype=np.uint8))
    return np.stack(out)


def bench_vigil(db: np.ndarray, q: np.ndarray) -> tuple[float, float, float, list[set[int]]]:
    gc.collect()
    m0 = rss_mb()
    t = time.perf_counter()
    index = PdqIndex.from_packed(db)
    build = time.perf_counter() - t
    mem = rss_mb() - m0
    t = time.perf_counter()
    res = index.search_packed(q)
    qps = len(q) / (time.perf_counter() - t)
    return build, qps, mem, [set(ids.tolist()) for ids, _ in res]


def bench_te(db: np.ndarray, q: np.ndarray) -> tuple[float, float, float, list[set[int]]]:
    from threatexchange.signal_type.pdq.pdq_index2 import PDQIndex2

    hexes = [row.tobytes().hex() for row in db]
    gc.collect()
    m0 = rss_mb()
    t = time.perf_counter()
    index = PDQIndex2(entries=((h, i) for i, h in enumerate(hexes)))
    build = time.perf_counter() - t
    mem = rss_mb() - m0
    qhex = [row.tobytes().hex() for row in q]
    t = time.perf_counter()
    res = [{m.metadata for m in index.query(h)} for h in qhex]
    qps = len(q) / (time.perf_counter() - t)
    del index
    return build, qps, mem, res


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000000")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--te-max", type=int, default=1_000_000)
    ap.add_argument("--exact-sample", type=int, default=0, help="queries checked by brute force (0 = all)")
    args = ap.parse_args()
    rng = np.random.default_rng(1)
    for n in (int(s) for s in args.sizes.split(",")):
        db = rng.integers(0, 256, (n, 32), dtype=np.uint8)
        q = make_queries(db, args.queries, rng)
        vb, vq, vm, vres = bench_vigil(db, q)
        sample = range(len(q)) if args.exact_sample <= 0 else range(min(args.exact_sample, len(q)))
        exact = all(vres[i] == brute_force_ids(db, q[i]) for i in sample)
        found = sum(len(r) for r in vres)
        print(
            f"n={n:,}: vigil PdqIndex build {vb:.2f}s, {vq:,.1f} q/s, +{vm:,.0f} MB "
            f"({vm * 2**20 / n:.0f} B/hash); {found} hits; equal to brute force on {len(sample)} "
            f"queries: {exact}"
        )
        te_need_mb = n * 2.0e-3 + 4096  # peak while building: > 1.8 GB per million seen at 10M
        if n <= args.te_max and mem_available_mb() < te_need_mb:
            print(
                f"n={n:,}: threatexchange PDQIndex2 not run: needs ~{te_need_mb / 1024:.0f} GB, "
                f"{mem_available_mb() / 1024:.0f} GB available"
            )
        elif n <= args.te_max:
            tb, tq, tm, tres = bench_te(db, q)
            same = tres == vres
            print(
                f"n={n:,}: threatexchange PDQIndex2 build {tb:.2f}s, {tq:,.1f} q/s, +{tm:,.0f} MB; same results: {same}"  # noqa: E501
            )
            print(
                f"n={n:,}: ratio vigil/threatexchange  q/s x{vq / tq:.2f}  memory x{vm / max(tm, 1e-9):.3f}"
            )
        else:
            print(
                f"n={n:,}: threatexchange PDQIndex2 not run: n > --te-max {args.te_max:,} "
                f"(its float vectors alone are ~{n * 1024 / 2**30:.0f} GiB)"
            )
        del db


if __name__ == "__main__":
    main()
