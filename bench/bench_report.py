"""How long the research report takes on 100,000 items, against a plain read of the same rows.

Baseline (named ``select+json``): ``SELECT`` the columns the report reads and ``json.loads``
every JSON column, measured in the same run on the same database. The report's own
pass (``build_report``) and the HTML (``render_html``, i.e. the plots) are timed
separately and printed as seconds per 100k items and as a ratio to the baseline.

    python bench/bench_report.py [--items 100000] [--db sqlite:///path.db] [--repeat 3]

With no ``--db`` a synthetic corpus (``vigil.reports.synthetic``) is written to a
temporary SQLite file first (not timed); its items carry the shipped detector's version,
so the report computes calibrated theme shares as it does after a real scan. A last line
times the report again with the items re-tagged to another model (no calibrated shares),
which isolates what the calibration costs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from vigil.reports import build_report, render_html
from vigil.reports.build import _COLUMNS
from vigil.reports.sources import detector_info
from vigil.reports.synthetic import synthetic_items
from vigil.store import Store, open_store

JSON_COLUMNS = ("hashtags", "mentions", "domains", "urls", "media", "themes", "evidence", "extra")


def baseline(store: Store) -> int:
    n = 0
    for row in store.reports.item_rows(_COLUMNS, batch=5000):
        for col in JSON_COLUMNS:
            if row[col]:
                json.loads(row[col])
        n += 1
    return n


def timed(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--items", type=int, default=100_000)
    ap.add_argument("--db", help="an existing database to measure (default: a synthetic one)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory(prefix="vigil-bench-")
    url = args.db or f"sqlite:///{Path(tmp.name) / 'bench.db'}"
    with open_store(url) as store:
        if not args.db:
            t0 = time.perf_counter()
            items = synthetic_items(args.items, accounts=max(50, args.items // 25))
            version = detector_info().get("version")
            for item in items:
                item.model = version or item.model
            with store.transaction():
                for i in range(0, len(items), 5000):
                    store.items.add_judged(items[i : i + 5000])
            print(
                f"setup: wrote {len(items):,} synthetic items in {time.perf_counter() - t0:.1f} s (not timed)"
            )
        n = store.count_items()
        per = 100_000 / max(n, 1)
        t_base = timed(lambda: baseline(store), args.repeat)
        report = build_report(store)
        t_build = timed(lambda: build_report(store), args.repeat)
        t_html = timed(lambda: render_html(report), args.repeat)
        calibrated = report.narratives["calibrated"]["available"]
        t_plain = None
        if calibrated and not args.db:
            store.execute("UPDATE items SET model = ?", ("bench-other-model",))
            assert not build_report(store).narratives["calibrated"]["available"]
            t_plain = timed(lambda: build_report(store), args.repeat)
    tmp.cleanup()
    print(f"items: {n:,} ({url.split('://')[0]}), median of {args.repeat} runs")
    print(f"baseline select+json : {t_base:6.2f} s  ({t_base * per:6.2f} s per 100k items)  1.00x")
    print(
        f"build_report         : {t_build:6.2f} s  ({t_build * per:6.2f} s per 100k items)  "
        f"{t_build / t_base:.2f}x baseline"
    )
    print(f"  calibrated theme shares: {'yes' if calibrated else 'no'}")
    print(f"render_html (plots)  : {t_html:6.2f} s  (independent of item count)")
    total = t_build + t_html
    print(
        f"report total         : {total:6.2f} s  ({t_build * per + t_html:6.2f} s per 100k items)  "
        f"{total / t_base:.2f}x baseline"
    )
    if t_plain is not None:
        print(
            f"build_report, no calibration: {t_plain:6.2f} s  ({t_plain / t_base:.2f}x baseline); "
            f"calibration costs {t_build / t_plain - 1:+.1%}"
        )


if __name__ == "__main__":
    main()
