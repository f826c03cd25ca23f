"""The scan end to end: idempotence, the summary, ``--strict``, export, and resume after SIGKILL.

Tests about scan mechanics call :func:`vigil.pipeline.scan` with a keyword detector defined
here (a double at the pipeline's public seam). Tests of the command line (``vigil scan``,
``vigil items``, the SIGKILL resume, the demo corpus) use the real shipped detector.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from vigil.classify import Verdict
from vigil.cli import main
from vigil.pipeline import scan
from vigil.store import Store, open_store

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "demo" / "corpus"


class KeywordDetector:
    """Deterministic: flags a text that says 'khilafah'; counts the texts it was asked to score."""

    version = "keyword-test-1"
    threshold = 0.5

    def __init__(self) -> None:
        self.scored = 0

    def score(self, texts, langs=None):  # type: ignore[no-untyped-def]
        self.scored += len(texts)
        return [
            Verdict(0.9, True, {"hijrah": 0.7}) if "khilafah" in t.lower() else Verdict(0.1, False)
            for t in texts
        ]


ENGLISH = "The city council met on {n} Tuesday to discuss the new bus timetable for the schools."
FRENCH = "Le conseil municipal s'est réuni mardi {n} pour discuter des horaires des bus scolaires."
ARABIC = "اجتمع مجلس المدينة يوم الثلاثاء {n} لمناقشة جدول الحافلات الجديد للمدارس"
PROPAGANDA = (
    "Brothers and sisters, leave your comfortable life and travel to the land of the Khilafah, "
    "where the hospitals are waiting for your help {n}"
)


def corpus(path: Path, n_each: int = 4, bad: bool = True) -> Path:
    """A JSONL corpus: n_each texts per kind (en, fr, ar, propaganda) plus, if ``bad``, 3 bad lines."""
    lines = []
    for i in range(n_each):
        for tag, template in (("en", ENGLISH), ("fr", FRENCH), ("ar", ARABIC), ("pr", PROPAGANDA)):
            lines.append(
                json.dumps({"id": f"{tag}-{i}", "text": template.format(n=i + 1)}, ensure_ascii=False)
            )
    if bad:
        lines.insert(3, '{"id": "broken", "text": ')
        lines.insert(7, json.dumps({"id": "empty"}))
        lines.append("not json at all")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def mech_scan(paths: list[Path], store: Store, **kw: Any):  # type: ignore[no-untyped-def]
    return scan(
        paths, store, detector=kw.pop("detector", KeywordDetector()), progress=False, media=False, **kw
    )


# -- scan mechanics (keyword detector) -----------------------------------------------------------------


def test_summary_counts(tmp_path: Path, store: Store) -> None:
    f = corpus(tmp_path / "c.jsonl", n_each=4)
    summary = mech_scan([f], store, batch_size=5)
    assert summary.records == 16 + 3
    assert summary.added == 16 and summary.already_stored == 0
    assert summary.flagged == 4
    assert summary.quarantined == 3
    assert dict(summary.quarantine_reasons) == {"invalid_json": 2, "missing_text": 1}
    assert dict(summary.languages) == {"en": 8, "fr": 4, "ar": 4}  # propaganda template is English
    text = str(summary)
    assert "added        16 items" in text and "quarantined  3" in text and "invalid_json 2" in text
    [run] = store.runs()
    assert run["status"] == "done" and run["id"] == summary.run_id
    assert run["counts"]["added"] == 16 and run["counts"]["languages"] == {"en": 8, "fr": 4, "ar": 4}
    assert store.count_items(flagged=True) == 4
    assert {i.source_id for i in store.iter_items(flagged=True)} == {f"pr-{i}" for i in range(4)}
    item = next(iter(store.iter_items(flagged=True)))
    assert item.themes == {"hijrah": 0.7} and item.model == "keyword-test-1"


def test_rescan_adds_nothing(tmp_path: Path, store: Store) -> None:
    f = corpus(tmp_path / "c.jsonl", n_each=5)
    first = mech_scan([f], store, batch_size=3)
    before = store.query("SELECT uid, ingested_at, run_id FROM items ORDER BY uid")
    detector = KeywordDetector()
    second = mech_scan([f], store, batch_size=7, detector=detector)
    assert first.added == 20
    assert (second.added, second.already_stored, second.flagged) == (0, 20, 0)
    assert detector.scored == 0  # nothing new: nothing scored again
    assert store.query("SELECT uid, ingested_at, run_id FROM items ORDER BY uid") == before
    assert len(store.quarantined()) == 3
    assert [r["status"] for r in store.runs()] == ["done", "done"]


def test_same_text_from_two_accounts_is_two_items_scored_once(tmp_path: Path, store: Store) -> None:
    f = tmp_path / "reshares.jsonl"
    rows = [{"id": str(i), "author": f"a{i}", "text": "Join the Khilafah now"} for i in range(5)]
    rows.append(rows[0])  # the very same record twice: one item
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    detector = KeywordDetector()
    summary = mech_scan([f], store, detector=detector)
    assert summary.added == 5 and summary.already_stored == 1
    assert detector.scored == 1
    assert len({i.content_sha256 for i in store.iter_items()}) == 1


def test_overlapping_paths_store_each_record_once(tmp_path: Path, store: Store) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    f = corpus(folder / "c.jsonl", n_each=2, bad=False)
    summary = mech_scan([folder, f], store)
    assert summary.added == 8 and summary.already_stored == 8
    assert store.count_items() == 8


# -- the command line (real detector) ------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_detector() -> Any:
    from vigil.classify import load_detector

    try:
        return load_detector()
    except FileNotFoundError as exc:
        pytest.fail(f"the shipped detector cannot be loaded (model artefacts missing?): {exc}")


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().out


def test_strict_exits_non_zero_on_quarantine(
    tmp_path: Path, db_url: str, real_detector: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    clean = corpus(tmp_path / "clean.jsonl", n_each=1, bad=False)
    dirty = corpus(tmp_path / "dirty.jsonl", n_each=1, bad=True)
    common = ["--db", db_url, "--no-progress", "--no-media"]
    assert _cli(["scan", str(clean), *common, "--strict"], capsys)[0] == 0
    assert _cli(["scan", str(dirty), *common], capsys)[0] == 0
    code, out = _cli(["scan", str(dirty), *common, "--strict"], capsys)
    assert code == 1
    assert "quarantined  3" in out
    code, out = _cli(["scan", str(dirty), *common, "--strict", "--json"], capsys)
    assert code == 1 and json.loads(out)["quarantined"] == 3


def test_scan_json_summary_and_quarantine_listing(
    tmp_path: Path, db_url: str, real_detector: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    f = corpus(tmp_path / "c.jsonl", n_each=3)
    code, out = _cli(["scan", str(f), "--db", db_url, "--no-progress", "--no-media", "--json"], capsys)
    assert code == 0
    summary = json.loads(out)
    assert (summary["records"], summary["added"], summary["quarantined"]) == (15, 12, 3)
    assert summary["languages"] == {"en": 6, "fr": 3, "ar": 3}
    assert summary["model"] == real_detector.version
    with open_store(db_url) as s:
        assert summary["flagged"] == s.count_items(flagged=True)
    code, out = _cli(["quarantine", "--db", db_url, "--format", "jsonl"], capsys)
    listed = [json.loads(line) for line in out.splitlines()]
    assert sorted((q["locator"], q["reason"]) for q in listed) == [
        ("line 15", "invalid_json"), ("line 4", "invalid_json"), ("line 8", "missing_text"),
    ]  # fmt: skip
    assert all(q["source"] == str(f) for q in listed)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_items_export(
    tmp_path: Path, db_url: str, fmt: str, real_detector: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    f = corpus(tmp_path / "c.jsonl", n_each=2, bad=False)
    assert _cli(["scan", str(f), "--db", db_url, "--no-progress", "--no-media"], capsys)[0] == 0
    code, out = _cli(["items", "--db", db_url, "--format", fmt], capsys)
    assert code == 0
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.splitlines()]
    else:
        rows = list(csv.DictReader(io.StringIO(out)))
        for r in rows:
            r["score"] = float(r["score"])
            r["flagged"] = {"True": True, "False": False}[r["flagged"]]
            r["themes"] = json.loads(r["themes"])
    expected = {
        json.loads(line)["id"]: json.loads(line)["text"] for line in f.read_text("utf-8").splitlines()
    }
    assert {r["id"]: r["text"] for r in rows} == expected
    for r in rows:
        assert r["source"] == str(f)
        assert r["lang"] == {"en": "en", "fr": "fr", "ar": "ar", "pr": "en"}[r["id"].split("-")[0]]
        assert 0.0 <= r["score"] <= 1.0
        assert r["flagged"] == (r["score"] >= real_detector.threshold)
        assert isinstance(r["themes"], dict) and all(0.0 <= v <= 1.0 for v in r["themes"].values())
        # the current verdict and the history it is derived from
        decisions = json.loads(r["decisions"]) if fmt == "csv" else r["decisions"]
        assert r["verdict"] == ("queue" if r["flagged"] else "allow") == decisions[-1]["verdict"]
        assert [(d["actor"], d["shadow"]) for d in decisions] == [("vigil.policy", False)]
        assert decisions[0]["rule_id"] == ("detector-flag" if r["flagged"] else None)
        assert decisions[0]["rules_version"] and decisions[0]["model"] == real_detector.version
    code, out = _cli(["items", "--db", db_url, "--format", fmt, "--flagged"], capsys)
    flagged = out.splitlines()[(1 if fmt == "csv" else 0) :]
    assert len(flagged) == sum(1 for r in rows if r["flagged"])
    # a review point below the flag, highest score first
    point = sorted(r["score"] for r in rows)[len(rows) // 2]
    code, out = _cli(
        ["items", "--db", db_url, "--format", fmt, "--min-score", str(point), "--by-score"], capsys
    )
    queue = out.splitlines()[(1 if fmt == "csv" else 0) :]
    scores = [float(json.loads(line)["score"]) for line in queue] if fmt == "jsonl" else None
    assert len(queue) == sum(1 for r in rows if r["score"] >= point)
    if scores is not None:
        assert scores == sorted(scores, reverse=True) and min(scores) >= point


def _vigil(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vigil", *args], cwd=cwd, capture_output=True, text=True, check=False
    )


def test_scan_and_items_as_subprocesses(tmp_path: Path, real_detector: Any) -> None:
    f = corpus(tmp_path / "c.jsonl", n_each=2)
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    scanned = _vigil("scan", str(f), "--db", db, "--no-media", cwd=tmp_path)  # with its progress bar
    assert scanned.returncode == 0, scanned.stderr
    assert "added        8 items" in scanned.stdout and "quarantined  3" in scanned.stdout
    items = _vigil("items", "--db", db, "--format", "jsonl", cwd=tmp_path)
    assert items.returncode == 0, items.stderr
    assert sorted(json.loads(line)["id"] for line in items.stdout.splitlines()) == sorted(
        f"{t}-{i}" for t in ("en", "fr", "ar", "pr") for i in range(2)
    )


# -- resume after SIGKILL ------------------------------------------------------------------------------

# The shipped detector reads every one of these texts with its embedding stage (~15 posts/s on
# two busy cores), so the corpus is kept to 600 posts to hold the suite's time; the resume logic
# does not depend on the size (batches of 8, killed after 40 committed items).
N_RECORDS = 600
BAD_EVERY = 150


def _kill_corpus(path: Path) -> tuple[set[str], int]:
    """Distinct posts, mostly ordinary (one in twenty is propaganda), with a bad line every 150."""
    ids: set[str] = set()
    bad = 0
    ordinary = (ENGLISH, FRENCH, ARABIC)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(N_RECORDS):
            if i % BAD_EVERY == BAD_EVERY - 1:
                fh.write(f'{{"id": "bad-{i}", "text": \n')
                bad += 1
                continue
            rid = f"r{i:05d}"
            ids.add(rid)
            template = PROPAGANDA if i % 20 == 0 else ordinary[i % 3]
            text = template.format(n=i) + f" (note {i * 7919 % 10007})"
            post = {"id": rid, "author": f"acct_{i % 37}", "text": text}
            fh.write(json.dumps(post, ensure_ascii=False) + "\n")
    return ids, bad


def _count(db_url: str) -> int:
    try:
        if db_url.startswith("sqlite"):
            with sqlite3.connect(db_url.removeprefix("sqlite:///"), timeout=5) as conn:
                return int(conn.execute("SELECT COUNT(*) FROM items").fetchone()[0])
        import psycopg

        base, schema = db_url.split("?schema=")
        with psycopg.connect(base, autocommit=True) as conn:
            return int(conn.execute(f"SELECT COUNT(*) FROM {schema}.items").fetchone()[0])  # type: ignore[index]
    except Exception:  # the table is not there yet
        return 0


@pytest.mark.slow
def test_resume_after_sigkill(
    tmp_path: Path, db_url: str, real_detector: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "big.jsonl"
    ids, bad = _kill_corpus(f)
    args = [sys.executable, "-m", "vigil", "scan", str(f), "--db", db_url]
    args += ["--batch-size", "8", "--no-progress", "--no-media"]
    proc = subprocess.Popen(args, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        seen = 0
        while proc.poll() is None and seen < 40:
            seen = _count(db_url)
            time.sleep(0.02)
        assert proc.poll() is None, "the scan finished before it could be killed: make the corpus bigger"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    at_kill = _count(db_url)
    assert 0 < at_kill < len(ids)
    assert at_kill % 8 == 0  # only whole batches (of 8 new records) were committed

    # the restart: the same command, run to completion (in this process: the same code path as the CLI)
    code, out = _cli([*args[3:], "--json"], capsys)
    assert code == 0
    summary = json.loads(out)
    assert summary["added"] == len(ids) - at_kill
    assert summary["already_stored"] == at_kill

    with open_store(db_url) as s:
        assert s.count_items() == len(ids)
        rows = s.query("SELECT source_id, COUNT(*) AS n FROM items GROUP BY source_id")
        assert {r["source_id"] for r in rows} == ids
        assert all(r["n"] == 1 for r in rows)
        assert all(i.score is not None for i in s.iter_items())  # every item judged on its text
        quarantined = s.quarantined()
        assert len(quarantined) == bad
        assert sorted(q.locator for q in quarantined) == sorted(
            f"line {i + 1}" for i in range(N_RECORDS) if i % BAD_EVERY == BAD_EVERY - 1
        )
        statuses = [r["status"] for r in s.runs()]
        assert statuses == ["running", "done"]  # the killed run stays visibly unfinished


# -- the demo corpus -----------------------------------------------------------------------------------


def test_demo_corpus_scans_cleanly(
    db_url: str, real_detector: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _cli(["scan", str(DEMO), "--db", db_url, "--no-progress", "--no-media", "--json"], capsys)
    assert code == 0
    summary = json.loads(out)
    assert summary["quarantine_reasons"] == {"media_not_exported": 1}  # the intentional one
    assert summary["added"] > 150 and 0 < summary["flagged"] < summary["added"]
    with open_store(db_url) as s:
        assert [q.reason for q in s.quarantined()] == ["media_not_exported"]
        assert s.count_items() == summary["added"]
