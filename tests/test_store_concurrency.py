"""Eight threads scanning and reading one database at once (SQLite file, PostgreSQL schema).

Each thread scans its own small JSONL file through :func:`vigil.pipeline.scan` with the
shipped detector; the files overlap (every post is in two of them), so threads race to
store the same items. Half the threads share the test's Store, half open their own on
the same URL (as the workers of a service would). Every thread also reads
(``iter_items``, ``count_items``) while the others write. Afterwards every post is stored
exactly once, every verdict once per model, and every run has its own id.
"""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from vigil.pipeline import scan
from vigil.store import Store, open_store

THREADS = 8
PER_FILE = 8  # posts per file; file k holds posts 4k .. 4k+7 (mod 32): each post is in two files
POSTS = THREADS * PER_FILE // 2
TEMPLATES = (
    "The city council met on day {n} to discuss the new bus timetable for the schools.",
    "Le conseil municipal s'est réuni le jour {n} pour discuter des horaires des bus scolaires.",
    "اجتمع مجلس المدينة في اليوم {n} لمناقشة جدول الحافلات الجديد للمدارس",
    "Brothers, leave your comfortable life and travel to the land of the Khilafah, "
    "where the hospitals are waiting for doctors like you {n}",
)


@pytest.fixture(scope="module")
def detector() -> Any:
    from vigil.classify import load_detector

    det = load_detector()
    det.score(["warm up"], ["en"])  # the lazily loaded parts, before the threads start
    return det


def _post(j: int) -> str:
    post = {"id": f"p{j}", "author": f"acct_{j % 5}", "time": f"2016-02-{j % 28 + 1:02d}T00:00:00Z",
            "text": TEMPLATES[j % len(TEMPLATES)].format(n=j)}  # fmt: skip
    return json.dumps(post, ensure_ascii=False)


def _files(folder: Path) -> list[Path]:
    files = []
    for k in range(THREADS):
        f = folder / f"part{k}.jsonl"
        f.write_text("".join(_post((4 * k + i) % POSTS) + "\n" for i in range(PER_FILE)), encoding="utf-8")
        files.append(f)
    return files


def test_threads_scan_and_read_one_database(store: Store, db_url: str, tmp_path: Path, detector: Any) -> None:
    files = _files(tmp_path)
    start = threading.Barrier(THREADS)

    def work(k: int) -> tuple[int, int]:
        own = open_store(db_url) if k % 2 else None
        s = own or store
        try:
            start.wait()
            summary = scan([files[k]], s, detector=detector, batch_size=3, progress=False, media=False)
            seen = 0
            for _ in range(3):  # read while the other threads are still writing
                uids = [i.uid for i in s.iter_items()]
                assert len(uids) == len(set(uids)), "an item listed twice"
                assert len(uids) <= POSTS
                seen = max(seen, s.count_items())
            assert summary.run_id is not None
            return summary.run_id, seen
        finally:
            if own is not None:
                own.close()

    with ThreadPoolExecutor(THREADS) as pool:
        results = list(pool.map(work, range(THREADS)))

    run_ids = [r for r, _ in results]
    assert len(set(run_ids)) == THREADS
    assert all(0 < seen <= POSTS for _, seen in results)
    assert store.count_items() == POSTS
    assert sorted(i.source_id or "" for i in store.iter_items()) == sorted(f"p{j}" for j in range(POSTS))
    per_uid = store.query("SELECT uid, COUNT(*) AS n FROM items GROUP BY uid")
    assert len(per_uid) == POSTS and all(r["n"] == 1 for r in per_uid)
    runs = store.runs()
    assert sorted(r["id"] for r in runs) == sorted(run_ids)
    assert all(r["status"] == "done" for r in runs)
    scores = store.query("SELECT item_uid, model, COUNT(*) AS n FROM scores GROUP BY item_uid, model")
    assert len(scores) == POSTS and all(r["n"] == 1 for r in scores)
    flagged = {i.source_id for i in store.iter_items(flagged=True)}
    assert flagged and flagged <= {f"p{j}" for j in range(3, POSTS, 4)}  # only the recruitment posts
