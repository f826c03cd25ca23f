"""The audit log: hash-chained, append-only, written with what it records; ``vigil audit verify``
names the first row that was changed, deleted or inserted."""

from __future__ import annotations

import itertools
import json
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from service_helpers import PASSWORD

from vigil.service.accounts import add_user, create_token, revoke_token
from vigil.store import Decision, Store, open_store
from vigil.store.audit import AuditEvent


def vigil(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vigil", *args], input=stdin, capture_output=True, text=True, timeout=120
    )


def _fill(store: Store) -> None:
    add_user(store, "ann", "admin", PASSWORD)
    token, _ = create_token(store, "client", ["submit"])
    revoke_token(store, token.id)
    store.audit.append([AuditEvent("user:ann", "bank.create", "bank:tcap", {"n": i}) for i in range(3)])


def test_every_change_is_audited_and_the_chain_verifies(store: Store) -> None:
    _fill(store)
    store.decisions.append(Decision("item-1", "remove", actor_kind="human", actor="ann", reason_code="r"))
    entries = list(store.audit.iter())
    assert [e.action for e in entries] == [
        "user.add", "token.create", "token.revoke", "bank.create", "bank.create", "bank.create", "decision",
    ]  # fmt: skip
    assert [e.id for e in entries] == list(range(1, 8))
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(entries))
    assert entries[-1].target == "item-1" and entries[-1].detail["verdict"] == "remove"
    result = store.audit.verify()
    assert result.ok and result.rows == 7 and result.head_hash == entries[-1].hash


def test_the_audit_row_commits_or_rolls_back_with_what_it_records(store: Store) -> None:
    try:
        with store.transaction():
            store.decisions.append(Decision("item-1", "allow"))
            raise RuntimeError("crash before commit")
    except RuntimeError:
        pass
    assert store.audit.count() == 0 and store.decisions.history("item-1") == []


def test_concurrent_appends_keep_one_chain(store: Store) -> None:
    def work(n: int) -> None:
        for i in range(10):
            store.audit.append(AuditEvent(f"worker:{n}", "ping", str(i)))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result = store.audit.verify()
    assert result.ok and result.rows == 60


def _tamper(db: Path, sql: str) -> None:
    conn = sqlite3.connect(db)
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_audit_verify_names_a_changed_deleted_or_inserted_row(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    url = f"sqlite:///{db}"
    with open_store(url) as store:
        _fill(store)
    ok = vigil("audit", "verify", "--db", url)
    assert ok.returncode == 0 and "audit log ok: 6 rows" in ok.stdout, ok.stdout + ok.stderr

    _tamper(db, 'UPDATE audit_log SET detail = \'{"role": "analyst"}\' WHERE id = 1')
    bad = vigil("audit", "verify", "--db", url)
    assert bad.returncode == 1 and "row 1:" in bad.stdout and "changed" in bad.stdout, bad.stdout

    # the same change with the hash recomputed: the next row's link breaks
    from vigil.store.audit import row_hash

    conn = sqlite3.connect(db)
    row = conn.execute(
        "SELECT id, at, actor, action, target, detail, prev_hash FROM audit_log WHERE id=1"
    ).fetchone()
    conn.execute("UPDATE audit_log SET hash = ? WHERE id = 1", (row_hash(*row),))
    conn.commit()
    conn.close()
    bad = vigil("audit", "verify", "--db", url)
    assert bad.returncode == 1 and "row 2:" in bad.stdout, bad.stdout

    db2 = tmp_path / "b.db"
    with open_store(f"sqlite:///{db2}") as store:
        _fill(store)
    _tamper(db2, "DELETE FROM audit_log WHERE id = 3")
    bad = vigil("audit", "verify", "--db", f"sqlite:///{db2}")
    assert bad.returncode == 1 and "row 4:" in bad.stdout and "deleted" in bad.stdout, bad.stdout

    db3 = tmp_path / "c.db"
    with open_store(f"sqlite:///{db3}") as store:
        _fill(store)
    # a forged row slipped in as row 3, its hash computed as vigil would: the chain breaks right after it
    _tamper(db3, "UPDATE audit_log SET id = id + 100 WHERE id >= 3")
    _tamper(db3, "UPDATE audit_log SET id = id - 99 WHERE id >= 103")
    conn = sqlite3.connect(db3)
    prev = conn.execute("SELECT hash FROM audit_log WHERE id = 2").fetchone()[0]
    forged = (3, "2026-01-01T00:00:00.000000Z", "cli", "user.add", "user:eve", '{"role": "admin"}', prev)
    conn.execute("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (*forged, row_hash(*forged)))
    conn.commit()
    conn.close()
    bad = vigil("audit", "verify", "--db", f"sqlite:///{db3}")
    assert bad.returncode == 1 and "row 4:" in bad.stdout, bad.stdout


def test_audit_export_writes_jsonl_and_verify_refuses_a_missing_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    with open_store(url) as store:
        _fill(store)
    out = vigil("audit", "export", "--db", url)
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["id"] for r in rows] == list(range(1, 7)) and rows[0]["action"] == "user.add"
    missing = vigil("audit", "verify", "--db", f"sqlite:///{tmp_path / 'nope.db'}")
    assert missing.returncode == 2 and "nope.db" in missing.stderr and "Traceback" not in missing.stderr
    assert not (tmp_path / "nope.db").exists()
