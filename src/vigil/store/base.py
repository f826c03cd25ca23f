"""The Store: one database, units of work from a pool, and the per-concept interfaces on it.

A :class:`Store` owns a SQLAlchemy engine (a connection pool) and hands out connections
for units of work; it never keeps one of its own. ``with store.transaction():`` is one
unit of work: the first ``transaction()`` of a thread (or asyncio task) checks out a
connection and begins; a nested one joins it; every store call made inside runs on that
connection, so it reads what the unit has written, and the unit commits or rolls back
whole. A call made outside any unit gets a pooled connection for just that call (a write
is then a unit of its own). The unit in progress lives in a context variable, so threads
and tasks never share connection state.

The concepts (items, quarantine, runs, banks, media, reports, scores, item matches,
decisions, jobs, webhooks) are interfaces in their own modules, written once in SQLAlchemy Core over
:mod:`vigil.store.schema`; what differs between SQLite and PostgreSQL (engine set-up,
insert-or-ignore, write locking, the migration lock) is in :mod:`vigil.store.sqlite` and
:mod:`vigil.store.postgres`.
"""

from __future__ import annotations

import contextvars
import itertools
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, bindparam
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from vigil.errors import StoreError
from vigil.items import Item, MediaRef, QuarantineRecord
from vigil.store import migrate as _migrate
from vigil.store.access import Access
from vigil.store.audit import AuditLog
from vigil.store.banks import Banks
from vigil.store.clock import now_iso
from vigil.store.decisions import Decisions
from vigil.store.items import ITEM_COLUMNS, Items
from vigil.store.jobs import Jobs
from vigil.store.matches import ItemMatches
from vigil.store.media import Media
from vigil.store.migrate import available_migrations
from vigil.store.quarantine import Quarantine
from vigil.store.reports import Reports
from vigil.store.review import Review
from vigil.store.runs import Runs
from vigil.store.scores import Scores
from vigil.store.webhooks import Webhooks

DEFAULT_URL = "sqlite:///vigil.db"

_names = itertools.count()


class Store:
    """A vigil database. Use :func:`open_store` to make one; share it between threads freely."""

    dialect: str = ""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self._unit: contextvars.ContextVar[Connection | None] = contextvars.ContextVar(
            f"vigil_store_unit_{next(_names)}", default=None
        )
        self._compiled_inserts: dict[tuple[str, tuple[str, ...]], tuple[str, tuple[str, ...] | None]] = {}
        self.items = Items(self)
        self.quarantine = Quarantine(self)
        self.runs = Runs(self)
        self.banks = Banks(self)
        self.media = Media(self)
        self.reports = Reports(self)
        self.scores = Scores(self)
        self.item_matches = ItemMatches(self)
        self.decisions = Decisions(self)
        self.review = Review(self)
        self.jobs = Jobs(self)
        self.webhooks = Webhooks(self)
        self.access = Access(self)
        self.audit = AuditLog(self)

    # -- units of work ---------------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One unit of work: everything inside commits together or not at all (nesting joins)."""
        with self.writing():
            yield

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """The connection of the unit in progress, or a new unit (for the store's interfaces)."""
        current = self._unit.get()
        if current is not None:
            yield current
            return
        with self._write_lock(), self.engine.connect() as conn:
            token = self._unit.set(conn)
            try:
                self._begin_write(conn)
                yield conn
            except BaseException as exc:
                conn.rollback()
                if isinstance(exc, DBAPIError) and _read_only(exc):
                    raise StoreError(f"cannot write to {self.safe_url}: the database is read-only") from exc
                raise
            else:
                conn.commit()
            finally:
                self._unit.reset(token)

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """The unit's connection (reads see its writes), else a pooled one for this read only."""
        current = self._unit.get()
        if current is not None:
            yield current
            return
        with self.engine.connect() as conn:
            yield conn

    def stream(self, statement: Any, batch: int = 2000) -> Iterator[dict[str, Any]]:
        """Rows of ``statement`` as dicts, fetched ``batch`` at a time on one connection.

        The connection is held while the caller iterates and given back when the iteration
        ends (or the generator is closed).
        """
        with self.reading() as conn:
            result = conn.execute(statement, execution_options=self._stream_options(conn, batch))
            keys = list(result.keys())
            while rows := result.fetchmany(batch):
                for row in rows:
                    yield dict(zip(keys, row, strict=True))

    # -- what each backend says ------------------------------------------------------------------------
    def _write_lock(self) -> AbstractContextManager[Any]:
        return nullcontext()

    def _begin_write(self, conn: Connection) -> None:
        conn.begin()

    def _stream_options(self, conn: Connection, batch: int) -> dict[str, Any]:
        return {}

    def _migration_lock(self, conn: Connection) -> None:
        """Serialise migrations across processes (called first in the migration's unit)."""

    def chain_lock(self, conn: Connection, name: str) -> None:
        """Serialise the units that append to the chain ``name`` until they end (the audit log).

        SQLite needs nothing: a unit of work holds the database's write lock already."""

    #: the dialect's ``insert()`` (the one with ``on_conflict_do_nothing``)
    _insert: Any = None

    def insert_ignore(self, conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        """Insert ``rows`` (dicts with the same keys); a row whose primary or unique key is stored
        already is left as it is.

        The statement is compiled once per table and columns and the rows go straight to the
        driver's ``executemany``: the scan writes every item through here, and SQLAlchemy's
        per-row parameter processing (nothing to convert: text, numbers, NULL) cost it a
        measurable share of its throughput (see ``bench/bench_scan.py --detector constant``).
        """
        if not rows:
            return
        columns = tuple(rows[0])
        compiled = self._compiled_inserts.get((table.name, columns))
        if compiled is None:
            stmt = self._insert(table).values({c: bindparam(c) for c in columns}).on_conflict_do_nothing()
            sql = stmt.compile(dialect=self.engine.dialect)
            compiled = (str(sql), tuple(sql.positiontup or ()) if sql.positional else None)
            self._compiled_inserts[(table.name, columns)] = compiled
        statement, order = compiled
        if order is None:
            conn.exec_driver_sql(statement, [dict(r) for r in rows])
        else:
            conn.exec_driver_sql(statement, [tuple(r[c] for c in order) for r in rows])

    # -- migrations ------------------------------------------------------------------------------------
    def migrate(self, target: str = "head") -> list[str]:
        """Apply every revision not yet applied (up to ``target``); return the names applied now.

        A database already at the head is only read (so a read-only one can still be read)."""
        try:
            if target == "head":
                with self.reading() as conn:
                    done = set(_migrate.applied(conn))
                if done >= {name for name, _doc in available_migrations()}:
                    return []
            with self.writing() as conn:
                self._migration_lock(conn)
                return _migrate.upgrade(conn, target)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot migrate {self.safe_url}: {exc.__class__.__name__}: {exc}") from exc

    def applied_migrations(self) -> list[str]:
        with self.reading() as conn:
            return _migrate.applied(conn)

    # -- raw SQL, for tests and one-off tooling only ----------------------------------------------------
    def _driver_sql(self, sql: str, params: Sequence[Any]) -> str:
        return sql

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of a raw SQL query with ``?`` placeholders. Not for vigil's own code (the seam test
        fails on SQL outside ``store/``): tests and one-off tools read with it."""
        with self.reading() as conn:
            result = conn.exec_driver_sql(self._driver_sql(sql, params), tuple(params))
            if not result.returns_rows:
                return []
            return [dict(r) for r in result.mappings()]

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        """Run one raw SQL statement (``?`` placeholders) in a unit of work; see :meth:`query`."""
        with self.writing() as conn:
            conn.exec_driver_sql(self._driver_sql(sql, params), tuple(params))

    # -- short names of the most used calls (the interfaces are the reference) ----------------------------
    def add_items(self, items: Sequence[Item], run_id: int | None = None) -> None:
        self.items.add(items, run_id)

    def existing_uids(self, uids: Sequence[str]) -> set[str]:
        return self.items.existing(uids)

    def get_item(self, uid: str) -> Item | None:
        return self.items.get(uid)

    def iter_items(self, **filters: Any) -> Iterator[Item]:
        return self.items.iter(**filters)

    def count_items(self, **filters: Any) -> int:
        return self.items.count(**filters)

    def add_media(self, item_uid: str, media: Sequence[MediaRef]) -> None:
        self.media.add(item_uid, media)

    def add_quarantine(self, records: Sequence[QuarantineRecord], run_id: int | None = None) -> None:
        self.quarantine.add(records, run_id)

    def quarantined(self) -> list[QuarantineRecord]:
        return self.quarantine.all()

    def start_run(self, command: str, args: dict[str, Any]) -> int:
        return self.runs.start(command, args)

    def finish_run(self, run_id: int, status: str, counts: dict[str, Any]) -> None:
        self.runs.finish(run_id, status, counts)

    # -- life ------------------------------------------------------------------------------------------
    @property
    def safe_url(self) -> str:
        """The URL without a password, for messages."""
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        """Close the pool's connections (units in progress elsewhere keep theirs until they end)."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _read_only(exc: DBAPIError) -> bool:
    """Whether the database refused a write because it (or the session) is read-only."""
    orig = exc.orig
    return "readonly database" in str(orig) or getattr(orig, "sqlstate", None) == "25006"


def open_store(url: str = DEFAULT_URL, *, migrate: bool = True, must_exist: bool = False) -> Store:
    """Open (and by default migrate) the store at ``url``: ``sqlite:///PATH`` or ``postgresql://HOST/DB``.

    ``must_exist``: refuse (:class:`StoreError` naming it) a database vigil never wrote — a
    SQLite file that does not exist, a PostgreSQL database (or schema) without vigil's
    tables — instead of creating an empty one: what commands that only read want."""
    store: Store
    if url.startswith("sqlite://"):
        from vigil.store.sqlite import SQLiteStore, sqlite_path

        path = sqlite_path(url)
        if must_exist and path != ":memory:" and not Path(path).is_file():
            raise StoreError(f"no database at {url} ({path} does not exist); make one with vigil scan")
        store = SQLiteStore(url)
    elif url.startswith(("postgresql://", "postgres://")):
        from vigil.store.postgres import PostgresStore

        store = PostgresStore(url)
    else:
        raise StoreError(f"unsupported database URL {url!r}: use sqlite:///PATH or postgresql://HOST/DB")
    if must_exist and not store.reports.has_table("items"):
        store.close()
        raise StoreError(f"no vigil database at {store.safe_url}; make one with vigil scan")
    if migrate:
        try:
            store.migrate()
        except BaseException:
            store.close()
            raise
    return store


__all__ = [
    "DEFAULT_URL",
    "ITEM_COLUMNS",
    "Store",
    "available_migrations",
    "now_iso",
    "open_store",
]
