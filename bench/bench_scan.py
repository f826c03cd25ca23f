"""Scan throughput of this tree's store against a baseline git ref, alternated, same corpus.

    python bench/bench_scan.py [--baseline f30ac0f] [--n 2000] [--rounds 3] [--detector shipped|constant]
                               [--pg postgresql://127.0.0.1:5432/test | --no-pg] [--batch-size 256]

The baseline ref (default ``f30ac0f``, ``main`` before the store became SQLAlchemy Core +
Alembic) is checked out into a temporary ``git worktree``. Every run is a subprocess that
calls ``vigil.pipeline.scan`` on the same corpus with ``PYTHONPATH`` set to one tree's
``src``: old and new alternate ``--rounds`` times (old first in even rounds, new first in
odd ones), each into a fresh database of the same kind (a new SQLite file; a new
PostgreSQL schema). The figure is ``ScanSummary.seconds`` — measured by ``scan`` itself,
the same code in both trees — so start-up, model loading and migrations are not counted.

``--detector shipped`` scores with the shipped detector (the real scan); ``constant``
gives every text the same verdict, so the figure is bound by reading, extraction and the
store — the most the store could show up in.

The corpus is built at bench time (never copied into the repo) from the texts of
``../shared/data/how-isis-uses-twitter/tweets.csv`` and ``../shared/data/dev.csv`` when they
are there, else from synthetic sentences. Texts are cycled to reach ``--n`` posts; a cycled
copy gets a short ``[k]`` suffix so that every post is a distinct text. Prints records/s of
every run, the median of each side and the ratio new/old. A benchmark, not a test: it
asserts nothing about time.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("VIGIL_SHARED_DATA", REPO.parent / "shared" / "data"))
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


# One scan, in a subprocess whose PYTHONPATH puts one tree's src first.
RUNNER = r"""
import json, sys
from types import SimpleNamespace
from vigil.pipeline import scan
from vigil.store import open_store

corpus, url, batch, detector_kind = sys.argv[1:5]


class ConstantDetector:
    version = "constant"

    def score(self, texts, langs=None):
        return [SimpleNamespace(score=0.1, flagged=False, themes={}, evidence=[]) for _ in texts]


if detector_kind == "shipped":
    from vigil.classify import load_detector

    detector = load_detector()
    detector.score(["warm up"], ["en"])
else:
    detector = ConstantDetector()
store = open_store(url)
summary = scan([corpus], store, detector=detector, batch_size=int(batch), progress=False, media=False)
stored = store.count_items()
store.close()
print(json.dumps({"records": summary.records, "added": summary.added, "stored": stored,
                  "seconds": summary.seconds}))
"""


def run_scan(src: Path, corpus: Path, url: str, batch: int, detector: str) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run(
        [sys.executable, "-c", RUNNER, str(corpus), url, str(batch), detector],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"scan with {src} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def drop_schema(url: str) -> None:
    import psycopg

    base, schema = url.split("?schema=")
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="f30ac0f", help="git ref of the old code (default f30ac0f)")
    parser.add_argument("--n", type=int, default=2000, help="posts in the corpus")
    parser.add_argument("--rounds", type=int, default=3, help="old/new pairs per database kind")
    parser.add_argument("--detector", choices=("shipped", "constant"), default="shipped")
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument(
        "--pg", default=os.environ.get("VIGIL_TEST_PG_URL", "postgresql://127.0.0.1:5432/test")
    )
    parser.add_argument("--no-pg", action="store_true", help="skip the PostgreSQL runs")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="vigil-bench-") as tmp_name:
        tmp = Path(tmp_name)
        old_tree = tmp / "baseline"
        subprocess.run(
            ["git", "-C", str(REPO), "worktree", "add", "--detach", "--quiet", str(old_tree), args.baseline],
            check=True,
        )
        try:
            commit = subprocess.run(
                ["git", "-C", str(old_tree), "rev-parse", "--short", "HEAD"],
                capture_output=True, text=True, check=True,
            ).stdout.strip()  # fmt: skip
            corpus = tmp / "posts.jsonl"
            origin = build_corpus(corpus, args.n)
            print(f"corpus: {args.n:,} posts from {origin}; batch size {args.batch_size}; "
                  f"detector {args.detector}; cpus {os.cpu_count()}")  # fmt: skip
            print(f"old: {args.baseline} ({commit}) in a temporary worktree; new: {REPO / 'src'}")
            trees = {"old": old_tree / "src", "new": REPO / "src"}
            kinds = ["sqlite"] + ([] if args.no_pg else ["postgresql"])
            rates: dict[tuple[str, str], list[float]] = {}
            for kind in kinds:
                for r in range(args.rounds):
                    for side in ("old", "new") if r % 2 == 0 else ("new", "old"):
                        if kind == "sqlite":
                            url = f"sqlite:///{tmp / f'{side}-{r}.db'}"
                        else:
                            url = f"{args.pg}?schema=bench_{uuid.uuid4().hex[:10]}"
                        try:
                            out = run_scan(trees[side], corpus, url, args.batch_size, args.detector)
                        finally:
                            if kind == "postgresql":
                                drop_schema(url)
                        assert out["stored"] == out["added"] == args.n, out
                        rate = out["records"] / out["seconds"]
                        rates.setdefault((kind, side), []).append(rate)
                        print(f"  {kind:<10} round {r + 1} {side}: {rate:8,.0f} records/s")
        finally:
            subprocess.run(
                ["git", "-C", str(REPO), "worktree", "remove", "--force", str(old_tree)], check=False
            )

    print()
    # The machine may be shared: the ratio of the two runs of one round (next to each other in
    # time) drifts less with the load than the ratio of the medians.
    print(f"medians of {args.rounds} runs each; 'paired' is the median of the rounds' new/old")
    print(f"{'database':<11} {'old rec/s':>10} {'new rec/s':>10} {'new/old':>8} {'paired':>7}")
    for kind in kinds:
        olds, news = rates[(kind, "old")], rates[(kind, "new")]
        old, new = statistics.median(olds), statistics.median(news)
        paired = statistics.median(n / o for n, o in zip(news, olds, strict=True))
        print(f"{kind:<11} {old:>10,.0f} {new:>10,.0f} {new / old:>8.3f} {paired:>7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
