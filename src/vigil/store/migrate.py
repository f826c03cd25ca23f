"""Migrations: Alembic revisions shipped in the package, run on the store's own connection.

The revisions are the ``NNNN_name.py`` files in ``store/migrations`` (package data, no
``env.py``: :func:`upgrade` drives Alembic's ``EnvironmentContext`` directly with the
connection of a unit of work the backend has already locked — PostgreSQL with an
advisory lock, SQLite with ``BEGIN IMMEDIATE`` — so several processes opening one
database at the same moment migrate it once, and the whole upgrade commits or none of it).

Alembic keeps the current revision in ``alembic_version``. ``schema_migrations`` stays
the log people read: every revision applied, with when (``vigil migrate`` prints it).
A database made by the hand-written runner that came before Alembic has only that log
(``0001_core`` … ``0004_reports``); the revisions of those names reproduce its files
verbatim, so such a database is stamped with the last revision its log holds (in
order) and upgraded from there.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from alembic import op
from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.runtime.migration import MigrationContext, MigrationInfo
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, insert, select

from vigil.store.clock import now_iso
from vigil.store.schema import schema_migrations

MIGRATIONS = Path(__file__).with_name("migrations")
# the log table exactly as the hand-written runner made it
_LOG_TABLE = "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
# Alembic's ``op`` and ``context`` are module-level proxies: one upgrade at a time per process.
_ALEMBIC = threading.Lock()


def script_directory() -> ScriptDirectory:
    return ScriptDirectory(str(MIGRATIONS), version_locations=[str(MIGRATIONS)])


def available_migrations() -> list[tuple[str, str]]:
    """``(revision, what it does)`` of every shipped revision, oldest first."""
    revs = list(script_directory().walk_revisions())
    return [(r.revision, (r.doc or "").strip()) for r in reversed(revs)]


def run_script(sql: str) -> None:
    """Run a revision's SQL script: ``{{serial_pk}}`` and ``BLOB`` become each dialect's spelling.

    Only the revisions ported from the hand-written runner's ``.sql`` files use this;
    later revisions use Alembic's operations.
    """
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        sql = sql.replace("{{serial_pk}}", "BIGSERIAL PRIMARY KEY").replace("BLOB", "BYTEA")
    else:
        sql = sql.replace("{{serial_pk}}", "INTEGER PRIMARY KEY AUTOINCREMENT")
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    for statement in "\n".join(lines).split(";"):
        if statement.strip():
            op.execute(statement.strip())


def applied(conn: Connection) -> list[str]:
    """The revisions recorded in ``schema_migrations``, in the order of the chain (names the
    chain does not know last, by name). Helpers number their revisions in ranges of their
    own (``01xx``, ``02xx``...), so the chain's order is not the names' order."""
    if not conn.dialect.has_table(conn, "schema_migrations"):
        return []
    position = {name: i for i, (name, _doc) in enumerate(available_migrations())}
    names = conn.scalars(select(schema_migrations.c.name).order_by(schema_migrations.c.name))
    return sorted(names, key=lambda n: (position.get(n, len(position)), n))


def _stamp_from_old_runner(conn: Connection, script: ScriptDirectory) -> str | None:
    """The revision a database of the hand-written runner is at (the last of an unbroken prefix)."""
    done = set(applied(conn))
    at = None
    for name, _doc in available_migrations():
        if name not in done:
            break
        at = name
    if at is not None:
        MigrationContext.configure(conn).stamp(script, at)
    return at


def upgrade(conn: Connection, target: str = "head") -> list[str]:
    """Upgrade the database on ``conn`` (inside the caller's locked transaction) to ``target``.

    Returns the revisions applied now, oldest first; each is also logged in ``schema_migrations``.
    """
    script = script_directory()
    done: list[str] = []

    def steps(rev: Any, _context: Any) -> Any:
        return script._upgrade_revs(target, rev)

    def log(
        ctx: MigrationContext, step: MigrationInfo, heads: Collection[Any], run_args: Mapping[str, Any]
    ) -> None:
        done.append(str(step.up_revision_id))

    with _ALEMBIC:
        conn.exec_driver_sql(_LOG_TABLE)
        if not MigrationContext.configure(conn).get_current_heads():
            _stamp_from_old_runner(conn, script)
        with EnvironmentContext(Config(), script, fn=steps, destination_rev=target) as env:
            env.configure(connection=conn, on_version_apply=log)
            env.run_migrations()
    stamp = now_iso()
    for name in done:
        conn.execute(insert(schema_migrations).values(name=name, applied_at=stamp))
    return done


__all__ = ["MIGRATIONS", "applied", "available_migrations", "run_script", "script_directory", "upgrade"]
