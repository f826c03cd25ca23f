"""SQLite: the embedded default — WAL, one writer at a time, readers never blocked.

Every connection runs in WAL mode with a busy timeout. pysqlite's own transaction
handling is switched off (``isolation_level = None``) so that the store says how each
transaction begins: a unit of work begins with ``BEGIN IMMEDIATE`` (it takes the write
lock at once, so two writers never deadlock by upgrading read locks), a read with a plain
``BEGIN`` (a snapshot; WAL lets it run beside the writer). Threads of one process also
queue for the write lock on a process-level lock per database file, so they wait their
turn in order instead of polling SQLite's busy handler; other processes wait on the busy
timeout. Migrations need nothing more: they run in one ``BEGIN IMMEDIATE`` unit.

``sqlite://`` (no path) is an in-memory database on a single shared connection: for
throw-away use in one thread, not for concurrent work.
"""

from __future__ import annotations

import os
import threading
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, create_engine, event
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import QueuePool, StaticPool

from vigil.errors import StoreError
from vigil.store.base import Store

BUSY_TIMEOUT_S = 60
_WRITE_LOCKS: dict[str, threading.RLock] = {}
_WRITE_LOCKS_GUARD = threading.Lock()


def _write_lock_for(path: str) -> threading.RLock:
    key = path if path == ":memory:" else os.path.realpath(path)
    with _WRITE_LOCKS_GUARD:
        return _WRITE_LOCKS.setdefault(key, threading.RLock())


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # the store begins its transactions itself (see _on_begin)
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _on_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get("vigil_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def sqlite_path(url: str) -> str:
    """``sqlite:///rel.db`` → ``rel.db``; ``sqlite:////abs.db`` → ``/abs.db``; ``sqlite://`` → memory."""
    path = url[len("sqlite://") :]
    path = path[1:] if path.startswith("/") else path
    return path or ":memory:"


class SQLiteStore(Store):
    dialect = "sqlite"
    _insert = staticmethod(insert)

    def __init__(self, url: str) -> None:
        self.path = sqlite_path(url)
        memory = self.path == ":memory:"
        try:
            if not memory:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(
                URL.create("sqlite+pysqlite", database=self.path),
                connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False},
                poolclass=StaticPool if memory else QueuePool,
                **({} if memory else {"pool_size": 8, "max_overflow": -1}),
            )
            event.listen(engine, "connect", _on_connect)
            event.listen(engine, "begin", _on_begin)
            with engine.connect():
                pass
        except (OSError, SQLAlchemyError) as exc:
            raise StoreError(f"cannot open SQLite database {self.path!r}: {exc}") from exc
        super().__init__(url, engine)
        self._lock = _write_lock_for(self.path)

    def _write_lock(self) -> AbstractContextManager[Any]:
        return self._lock

    def _begin_write(self, conn: Connection) -> None:
        conn.execution_options(vigil_write=True)
        conn.begin()


__all__ = ["BUSY_TIMEOUT_S", "SQLiteStore", "sqlite_path"]
