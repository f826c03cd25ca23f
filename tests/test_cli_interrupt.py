"""``vigil scan`` stopped by Ctrl-C, pointed at a path that is not there, or at a read-only
database: one clear line each, the run marked, and the same command resumes.

Real processes and real signals: the scan runs as ``python -m vigil`` with the shipped
detector and receives SIGINT; the resume runs the same command in this process.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from vigil.cli import main
from vigil.store import open_store

POSTS = 240
BATCH = 8
TEXTS = (
    "The city council met on Tuesday to discuss the new bus timetable for the schools {n}.",
    "Le conseil municipal s'est réuni mardi pour discuter des horaires des bus scolaires {n}.",
    "Our football club won the regional cup last night after extra time, match {n}.",
)


def _corpus(path: Path) -> set[str]:
    ids = set()
    with path.open("w", encoding="utf-8") as fh:
        for i in range(POSTS):
            ids.add(f"p{i:04d}")
            fh.write(json.dumps({"id": f"p{i:04d}", "text": TEXTS[i % 3].format(n=i)}) + "\n")
    return ids


def _runs(db_url: str) -> list[str]:
    with open_store(db_url) as s:
        return [r["status"] for r in s.runs()]


def _items(db_url: str) -> int:
    try:
        with open_store(db_url, must_exist=True) as s:
            return s.count_items()
    except Exception:  # not made yet
        return 0


def test_ctrl_c_marks_the_run_and_the_same_command_resumes(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "posts.jsonl"
    ids = _corpus(f)
    argv = ["scan", str(f), "--db", db_url, "--batch-size", str(BATCH), "--no-progress", "--no-media"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "vigil", *argv], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        while proc.poll() is None and _items(db_url) < BATCH:
            time.sleep(0.05)
        assert proc.poll() is None, "the scan finished before Ctrl-C: make the corpus bigger"
        os.kill(proc.pid, signal.SIGINT)
        _out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130
    lines = [line for line in err.decode().splitlines() if line.strip()]
    assert lines == ["interrupted: run the same command again to resume"]
    assert _runs(db_url) == ["interrupted"]
    kept = _items(db_url)
    assert 0 < kept < len(ids) and kept % BATCH == 0  # whole batches only

    assert main([*argv, "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["added"], summary["already_stored"]) == (len(ids) - kept, kept)
    assert _runs(db_url) == ["interrupted", "done"]
    with open_store(db_url) as s:
        stored = [i.source_id for i in s.iter_items()]
        assert sorted(stored) == sorted(ids)  # none lost, none twice
        assert all(len(s.decisions.history(i.uid)) == 1 for i in s.iter_items())


def test_scan_of_a_missing_path_fails_and_makes_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "v.db"
    code = main(["scan", str(tmp_path / "typo.jsonl"), "--db", f"sqlite:///{db}", "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2 and err == f"vigil: error: no such file or folder: {tmp_path / 'typo.jsonl'}\n"
    assert not db.exists()


@pytest.mark.postgres
def test_a_read_only_database_is_one_line_and_can_still_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A PostgreSQL role whose transactions are read-only: reading works, writing is one line."""
    import psycopg

    pg = os.environ.get("VIGIL_TEST_PG_URL", "postgresql://127.0.0.1:5432/test")
    schema, role = "vigil_ro_test", "vigil_ro_test"
    f = tmp_path / "posts.jsonl"
    f.write_text(json.dumps({"id": "a", "text": TEXTS[0].format(n=1)}) + "\n", encoding="utf-8")
    with psycopg.connect(pg, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is None:
            conn.execute(f"CREATE ROLE {role} LOGIN")
        conn.execute(f"ALTER ROLE {role} SET default_transaction_read_only = on")
    try:
        assert main(["scan", str(f), "--db", f"{pg}?schema={schema}", "--no-progress", "--no-media"]) == 0
        with psycopg.connect(pg, autocommit=True) as conn:
            conn.execute(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
            conn.execute(f"GRANT ALL ON ALL TABLES IN SCHEMA {schema} TO {role}")
            conn.execute(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA {schema} TO {role}")
        capsys.readouterr()
        host = pg.split("://", 1)[1]
        ro = f"postgresql://{role}@{host}?schema={schema}"
        assert main(["items", "--db", ro, "--format", "text"]) == 0
        assert "city council" in capsys.readouterr().out
        g = tmp_path / "more.jsonl"
        g.write_text(json.dumps({"id": "b", "text": TEXTS[1].format(n=2)}) + "\n", encoding="utf-8")
        code = main(["scan", str(g), "--db", ro, "--no-progress", "--no-media"])
        err = capsys.readouterr().err
        assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
        assert err.startswith("vigil: error: cannot write to ") and err.endswith(
            ": the database is read-only\n"
        )
    finally:
        with psycopg.connect(pg, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            conn.execute(f"DROP OWNED BY {role}")
            conn.execute(f"DROP ROLE IF EXISTS {role}")


def test_one_quarantine_count_includes_bad_media(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "notes.txt").write_text(TEXTS[2].format(n=3), encoding="utf-8")
    (folder / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 this is not a picture")
    (folder / "empty.png").write_bytes(b"")
    code = main(["scan", str(folder), "--db", db_url, "--no-progress", "--json"])
    summary: dict[str, Any] = json.loads(capsys.readouterr().out)
    with open_store(db_url) as s:
        stored = len(s.quarantined())
    assert code == 0 and summary["quarantined"] == stored >= 1
    assert sum(summary["quarantine_reasons"].values()) == summary["quarantined"]
    code = main(["scan", str(folder), "--db", f"{db_url}", "--no-progress"])
    out = capsys.readouterr().out
    assert "quarantined" not in out.split("media", 1)[-1]  # not counted a second time on the media line
