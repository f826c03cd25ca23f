"""Migrations: Alembic revisions that reproduce the old runner's schema, pick up its databases,
and run once however many processes open a database at the same moment."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect

from vigil.items import Item, sha256_text
from vigil.store import Store, open_store
from vigil.store.base import available_migrations
from vigil.store.schema import metadata

LEGACY = Path(__file__).with_name("legacy_migrations")
LEGACY_NAMES = ["0001_core", "0002_signals", "0003_media", "0004_reports"]


def _statements(name: str, dialect: str) -> list[str]:
    """One of the old runner's files, as it ran it: tokens replaced, comments dropped, split on ';'."""
    sql = (LEGACY / f"{name}.sql").read_text("utf-8")
    if dialect == "postgresql":
        sql = sql.replace("{{serial_pk}}", "BIGSERIAL PRIMARY KEY").replace("BLOB", "BYTEA")
    else:
        sql = sql.replace("{{serial_pk}}", "INTEGER PRIMARY KEY AUTOINCREMENT")
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def legacy_database(url: str, names: list[str]) -> None:
    """A database as the hand-written runner (before Alembic) left it after applying ``names``."""
    ddl = "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    if url.startswith("sqlite"):
        conn = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
        conn.execute(ddl)
        for name in names:
            for statement in _statements(name, "sqlite"):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations VALUES (?, ?)", (name, "2026-01-01T00:00:00Z"))
        conn.close()
        return
    import psycopg

    base, schema = url.split("?schema=")
    with psycopg.connect(base, autocommit=True) as pg:
        pg.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
        pg.execute(f"SET search_path TO {schema}")
        pg.execute(ddl)
        for name in names:
            for statement in _statements(name, "postgresql"):
                pg.execute(statement)  # type: ignore[call-overload]
            pg.execute("INSERT INTO schema_migrations VALUES (%s, %s)", (name, "2026-01-01T00:00:00Z"))


@pytest.fixture
def other_url(db_url: str, tmp_path: Path) -> Iterator[str]:
    """A second, empty database of the same kind as ``db_url``."""
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'other.db'}"
        return
    import psycopg

    base = db_url.split("?schema=")[0]
    schema = "t_" + uuid.uuid4().hex[:12]
    yield f"{base}?schema={schema}"
    with psycopg.connect(base, autocommit=True) as pg:
        pg.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def signature(store: Store) -> dict[str, Any]:
    """Every table of the database as reflected: columns (type, null, default), keys, indexes."""
    insp = inspect(store.engine)
    out: dict[str, Any] = {}
    for table in insp.get_table_names():
        if table == "alembic_version":
            continue
        cols = [(c["name"], str(c["type"]), c["nullable"], c["default"]) for c in insp.get_columns(table)]
        indexes = sorted(
            (i["name"], tuple(i["column_names"]), bool(i["unique"])) for i in insp.get_indexes(table)
        )
        uniques = sorted(tuple(u["column_names"]) for u in insp.get_unique_constraints(table))
        out[table] = (cols, insp.get_pk_constraint(table)["constrained_columns"], indexes, uniques)
    return out


def test_first_revisions_reproduce_the_old_schema_exactly(db_url: str, other_url: str) -> None:
    legacy_database(other_url, LEGACY_NAMES)
    with open_store(db_url, migrate=False) as new, open_store(other_url, migrate=False) as old:
        assert new.migrate("0004_reports") == LEGACY_NAMES
        assert signature(new) == signature(old)
        assert "items" in signature(new) and "report_keys" in signature(new)


@pytest.mark.parametrize("done", [LEGACY_NAMES, LEGACY_NAMES[:2]], ids=["all four", "first two"])
def test_old_runner_database_is_stamped_then_upgraded(db_url: str, other_url: str, done: list[str]) -> None:
    names = [name for name, _ in available_migrations()]
    legacy_database(db_url, done)
    item = Item(uid=sha256_text("old"), content_sha256=sha256_text("kept"), kind="text", source="old.jsonl",
                locator="line 1", text="kept", score=0.5, flagged=False, model="m0")  # fmt: skip
    with open_store(db_url, migrate=False) as s:
        s.add_items([item])
        # the verdict as the old scan wrote it, on the item row (0006 turns it into a decision)
        s.execute(
            "UPDATE items SET score = ?, flagged = ?, model = ? WHERE uid = ?", (0.5, 0, "m0", item.uid)
        )
        assert s.applied_migrations() == done
        assert s.migrate() == names[len(done) :]  # the old revisions are stamped, not run again
        assert s.applied_migrations() == names
        assert s.query("SELECT version_num FROM alembic_version") == [{"version_num": names[-1]}]
        assert s.get_item(item.uid) == item
        [decision] = s.decisions.history(item.uid)
        assert (decision.verdict, decision.actor, decision.rules_version, decision.score) == (
            "allow", "vigil.scan", "items.flagged", 0.5,
        )  # fmt: skip
        assert s.migrate() == []
        upgraded = signature(s)
    with open_store(other_url) as fresh:
        assert upgraded == signature(fresh)


_OPEN = """
import json, sys
from vigil.store import open_store
s = open_store(sys.argv[1], migrate=False)
print(json.dumps(s.migrate()))
s.close()
"""


def test_processes_opening_at_once_migrate_once(db_url: str) -> None:
    names = [name for name, _ in available_migrations()]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _OPEN, db_url], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for _ in range(4)
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err.decode() for _, err in outs]
    applied = [json.loads(out) for out, _ in outs]
    assert sorted(applied, key=len) == [[], [], [], names]  # one process migrated; three found it done
    with open_store(db_url) as s:
        rows = s.query("SELECT name, COUNT(*) AS n FROM schema_migrations GROUP BY name ORDER BY name")
        assert rows == [{"name": n, "n": 1} for n in sorted(names)]  # (ORDER BY name)


def test_query_tables_match_the_migrated_schema(store: Store) -> None:
    """``store/schema.py`` (what the queries are written against) and the revisions agree."""
    insp = inspect(store.engine)
    assert set(insp.get_table_names()) - {"alembic_version"} == set(metadata.tables)
    for name, table in metadata.tables.items():
        reflected = insp.get_columns(name)
        assert [c["name"] for c in reflected] == [c.name for c in table.columns], name
        # (a TEXT primary key of the old schema admits NULL on SQLite: only other columns are compared)
        nullable = [c["nullable"] for c in reflected if c["name"] not in table.primary_key.columns]
        assert nullable == [c.nullable for c in table.columns if not c.primary_key], name
        assert insp.get_pk_constraint(name)["constrained_columns"] == [c.name for c in table.primary_key], (
            name
        )
        indexes = {i["name"] for i in insp.get_indexes(name) if "duplicates_constraint" not in i}
        assert indexes == {i.name for i in table.indexes}, name
