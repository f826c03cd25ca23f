"""Scan throughput end to end (items/s) on 20,000 posts, SQLite and PostgreSQL.

    python bench/bench_scan.py [--n 20000] [--pg postgresql://127.0.0.1:5432/test] [--batch-size 256]

The corpus is built at bench time (never copied into the repo) from the texts of
``../shared/data/how-isis-uses-twitter/tweets.csv`` and ``../shared/data/dev.csv`` when they
are there, else from synthetic sentences. Texts are cycled to reach ``--n`` posts; a cycled
copy gets a short ``[k]`` suffix so that every post is a distinct text (the scan scores an
identical text once per batch, which would flatter the figure).

Every figure is printed with its ratio against baselines measured in the same run on the
same corpus:

* ``read+parse``: reading and parsing the JSONL into records, nothing else;
* ``detector.score``: the shipped detector scoring all texts in the scan's batches, alone.

The end-to-end scan does read + extract (language id, fields) + score + store, committing
each batch. Media processing is off (there is none in this corpus). This is a benchmark, not
a test: it asserts nothing about time.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
SOURCES = [(DATA / "how-isis-uses-twitter" / "tweets.csv", "tweets"), (DATA / "dev.csv", "text")]


def source_texts() -> tuple[list[str], str]:
    texts: list[str] = []
    used = []
    csv.field_size_limit(sys.maxsize)
    for path, column in SOURCES:
        if not path.exists():
            continue
        with open(path, encoding="utf-8", newline="") as fh:
            got = [row[column] for row in csv.DictReader(fh) if row.get(column, "").strip()]
        texts.extend(got)
        used.append(f"{path.relative_to(DATA.parent)} ({len(got):,} texts)")
    if texts:
        return list(dict.fromkeys(texts)), " + ".join(used) + ", duplicates removed"
    rng = random.Random(7)
    words = [
        *[
            "the",
            "city",
            "council",
            "market",
            "hospital",
            "school",
            "news",
            "bus",
            "family",
            "prayer",
            "friday",
            "weather",
            "football",
        ],
        *["today", "people", "road", "water", "price", "report", "community", "help", "new", "old", "young"],
    ]
    return [" ".join(rng.choice(words) for _ in range(rng.randint(6, 30))) for _ in range(5000)], "synthetic"


def build_corpus(path: Path, n: int) -> str:
    texts, origin = source_texts()
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            k, j = divmod(i, len(texts))
            text = texts[j] if k == 0 else f"{texts[j]} [{k}]"
            post = {"id": f"b{i}", "author": f"acct_{i % 211}", "time": f"2016-01-{i % 28 + 1:02d}T12:00:00Z",
                    "text": text}  # fmt: skip
            fh.write(json.dumps(post, ensure_ascii=False) + "\n")
    return origin


def timed(fn: Callable[[], int]) -> tuple[int, float]:
    start = time.perf_counter()
    count = fn()
    return count, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument(
        "--pg", default=os.environ.get("VIGIL_TEST_PG_URL", "postgresql://127.0.0.1:5432/test")
    )
    parser.add_argument("--no-pg", action="store_true", help="skip the PostgreSQL run")
    args = parser.parse_args(argv)

    from vigil.classify import load_detector
    from vigil.ingest import read_path
    from vigil.items import Record
    from vigil.pipeline import scan
    from vigil.store import open_store

    with tempfile.TemporaryDirectory(prefix="vigil-bench-") as tmp:
        corpus = Path(tmp) / "posts.jsonl"
        origin = build_corpus(corpus, args.n)
        print(f"corpus: {args.n:,} posts from {origin}; batch size {args.batch_size}; cpus {os.cpu_count()}")

        started = time.perf_counter()
        detector = load_detector()
        print(f"detector: {detector.version} (loaded in {time.perf_counter() - started:.1f}s, not counted)")

        def read_only() -> int:
            return sum(1 for r in read_path(corpus) if isinstance(r, Record))

        records = [r for r in read_path(corpus) if isinstance(r, Record)]
        texts = [r.text for r in records]
        detector.score(texts[:64], ["und"] * 64)  # warm up (lazy model parts) outside the timings

        def score_only() -> int:
            for start in range(0, len(texts), args.batch_size):
                chunk = texts[start : start + args.batch_size]
                detector.score(chunk, ["und"] * len(chunk))
            return len(texts)

        results: list[tuple[str, int, float]] = []
        n, secs = timed(read_only)
        results.append(("baseline: read+parse only (no extract/score/store)", n, secs))
        n, secs = timed(score_only)
        results.append(("baseline: detector.score alone", n, secs))

        targets = [("sqlite", f"sqlite:///{Path(tmp) / 'bench.db'}")]
        if not args.no_pg:
            targets.append(("postgresql", f"{args.pg}?schema=bench_{uuid.uuid4().hex[:10]}"))
        for name, url in targets:
            store = open_store(url)
            try:
                summary = scan([corpus], store, detector=detector, batch_size=args.batch_size, progress=False,
                               media=False)  # fmt: skip
                stored = store.count_items()
                assert stored == summary.added == args.n, (stored, summary.added)
                results.append((f"scan end to end, {name}", summary.added, summary.seconds))
                langs = dict(summary.languages.most_common(5))
                print(f"  {name}: {summary.flagged:,} flagged, languages {langs}")
            finally:
                if name == "postgresql":
                    schema = url.rsplit("=", 1)[1]
                    store.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
                store.close()

    read_rate = results[0][1] / results[0][2]
    score_rate = results[1][1] / results[1][2]
    print()
    print(f"{'what':<55} {'items':>7} {'seconds':>8} {'items/s':>9} {'vs read':>8} {'vs score':>9}")
    for what, count, secs in results:
        rate = count / secs
        ratios = f"{rate / read_rate:>7.3f}x {rate / score_rate:>8.3f}x"
        print(f"{what:<55} {count:>7,} {secs:>8.1f} {rate:>9,.0f} {ratios}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
