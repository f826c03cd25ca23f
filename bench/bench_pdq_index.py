"""PDQ lookups at scale: vigil's PdqIndex (faiss IndexBinaryFlat, packed bits) vs threatexchange's PDQIndex2.

Same random hashes, same queries (half near a stored hash, half random), same run. Reports
build time, queries/s and resident memory growth, and checks vigil's results equal a numpy
brute force for every query. threatexchange's index stores float vectors (1 KiB per hash);
at 10M that is ~10 GiB plus Python objects, so it is measured only up to --te-max.

    python bench/bench_pdq_index.py [--sizes 1000000,10000000] [--queries 200] [--te-max 1000000]
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
    args = ap.parse_args()
    rng = np.random.default_rng(1)
    for n in (int(s) for s in args.sizes.split(",")):
        db = rng.integers(0, 256, (n, 32), dtype=np.uint8)
        q = make_queries(db, args.queries, rng)
        vb, vq, vm, vres = bench_vigil(db, q)
        exact = all(vres[i] == set(np.flatnonzero(brute_force_distances(db, q[i]) <= 31).tolist())
                    for i in range(len(q)))  # fmt: skip
        print(
            f"n={n:,}: vigil PdqIndex build {vb:.2f}s, {vq:,.1f} q/s, +{vm:,.0f} MB "
            f"({vm * 2**20 / n:.0f} B/hash); equal to brute force: {exact}"
        )
        if n <= args.te_max:
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
                f"n={n:,}: threatexchange PDQIndex2 not run (float index needs ~{n * 1024 / 2**30:.0f} GiB)"
            )
        del db


if __name__ == "__main__":
    main()
