"""PostgreSQL: for several workers — a connection pool, MVCC, an advisory lock for migrations.

``postgresql://HOST/DB`` (or ``postgres://``) is opened with psycopg 3 behind SQLAlchemy's
pool. A ``?schema=NAME`` query keeps vigil's tables in a schema of their own: it is
created if missing and set as each connection's ``search_path`` when the connection is
made (a libpq start-up option, so no rollback can undo it). Other query parameters
(``sslmode``...) go to psycopg as they are.

Writers need no lock of vigil's: rows are inserted in key order inside each unit of work
(the interfaces sort them), so two units adding overlapping rows wait for each other
instead of deadlocking. Migrations take a transaction-scoped advisory lock keyed by the
schema first, so processes opening one database at the same moment migrate it once.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

from sqlalchemy import Connection, create_engine, make_url, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import SQLAlchemyError

from vigil.errors import StoreError
from vigil.store.base import Store

_SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
POOL_SIZE = 5
MAX_OVERFLOW = 20


def _lock_key(schema: str | None) -> int:
    digest = hashlib.sha256(f"vigil-migrate:{schema or ''}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class PostgresStore(Store):
    dialect = "postgresql"
    _insert = staticmethod(insert)

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        query = parse_qs(parts.query)
        schema = (query.pop("schema", [None]) or [None])[0]
        if schema is not None and not _SCHEMA_NAME.match(schema):
            raise StoreError(f"invalid schema name {schema!r}: lower-case letters, digits and _")
        self.schema = schema
        where = f"{parts.netloc}{parts.path}"
        dsn = urlunsplit(("postgresql+psycopg", parts.netloc, parts.path, urlencode(query, doseq=True), ""))
        try:
            engine = create_engine(
                make_url(dsn),
                pool_size=POOL_SIZE,
                max_overflow=MAX_OVERFLOW,
                connect_args={"options": f"-c search_path={schema}"} if schema else {},
            )
            if schema:
                with engine.begin() as conn:
                    found = "SELECT 1 FROM pg_namespace WHERE nspname = :s"
                    if conn.execute(text(found), {"s": schema}).first() is None:  # (a read-only one exists)
                        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _lock_key(schema)})
                        conn.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {schema}")
            else:
                with engine.connect():
                    pass
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            raise StoreError(f"cannot connect to PostgreSQL at {where}: {reason}") from exc
        super().__init__(url, engine)

    def _stream_options(self, conn: Connection, batch: int) -> dict[str, Any]:
        return {"stream_results": True, "max_row_buffer": batch}

    def _migration_lock(self, conn: Connection) -> None:
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _lock_key(self.schema)})

    def chain_lock(self, conn: Connection, name: str) -> None:
        key = int.from_bytes(hashlib.sha256(f"vigil-chain:{self.schema or ''}:{name}".encode()).digest()[:8],
                             "big", signed=True)  # fmt: skip
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": key})

    def _driver_sql(self, sql: str, params: Sequence[Any]) -> str:
        return sql.replace("%", "%%").replace("?", "%s") if params else sql


__all__ = ["PostgresStore"]
