"""The Store: items, quarantine, runs and media on SQLite or PostgreSQL."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

from vigil.errors import StoreError
from vigil.items import Item, MediaRef, QuarantineRecord, printable

DEFAULT_URL = "sqlite:///vigil.db"

_JSON_LIST = ("urls", "domains", "hashtags", "mentions", "media", "evidence")
_JSON_DICT = ("themes", "extra")
ITEM_COLUMNS = (
    "uid", "content_sha256", "kind", "source", "locator", "source_id", "platform", "author", "time",
    "url", "reply_to", "text", "lang", "lang_given", "urls", "domains", "hashtags", "mentions", "media",
    "score", "flagged", "themes", "evidence", "model", "extra",
)  # fmt: skip
_SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _item_row(item: Item, run_id: int | None, ingested_at: str) -> tuple[Any, ...]:
    values: list[Any] = []
    for col in ITEM_COLUMNS:
        value = getattr(item, col)
        if col in _JSON_LIST or col in _JSON_DICT:
            value = json.dumps(value, ensure_ascii=False, sort_keys=True)
        elif col == "flagged" and value is not None:
            value = int(bool(value))
        values.append(value)
    return (*values, run_id, ingested_at)


def row_to_item(row: dict[str, Any]) -> Item:
    data = {col: row[col] for col in ITEM_COLUMNS}
    for col in (*_JSON_LIST, *_JSON_DICT):
        data[col] = json.loads(data[col]) if data[col] else ([] if col in _JSON_LIST else {})
    if data["flagged"] is not None:
        data["flagged"] = bool(data["flagged"])
    return Item(**data)


class Store:
    """A connection to a vigil database. Use :func:`open_store` to make one."""

    dialect: str = ""

    def __init__(self, url: str) -> None:
        self.url = url

    # -- the low-level seam (used by stores of other packages: signals, reports) --------------------
    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        raise NotImplementedError

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        raise NotImplementedError

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    def iter_query(self, sql: str, params: Sequence[Any] = (), batch: int = 2000) -> Iterator[dict[str, Any]]:
        raise NotImplementedError

    @contextmanager
    def transaction(self) -> Iterator[None]:
        raise NotImplementedError
        yield  # pragma: no cover

    def close(self) -> None:
        raise NotImplementedError

    def _ddl(self, sql: str) -> str:
        raise NotImplementedError

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- migrations ------------------------------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply every migration not yet recorded; return the names applied now."""
        self.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        done = {r["name"] for r in self.query("SELECT name FROM schema_migrations")}
        applied = []
        for name, sql in available_migrations():
            if name in done:
                continue
            with self.transaction():
                for statement in _split_sql(self._ddl(sql)):
                    self.execute(statement)
                self.execute(
                    "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    (name, now_iso()),
                )
            applied.append(name)
        return applied

    def applied_migrations(self) -> list[str]:
        return [r["name"] for r in self.query("SELECT name FROM schema_migrations ORDER BY name")]

    # -- runs ------------------------------------------------------------------------------------------
    def start_run(self, command: str, args: dict[str, Any]) -> int:
        raise NotImplementedError

    def finish_run(self, run_id: int, status: str, counts: dict[str, Any]) -> None:
        self.execute(
            "UPDATE runs SET finished_at = ?, status = ?, counts = ? WHERE id = ?",
            (now_iso(), status, json.dumps(counts, sort_keys=True), run_id),
        )

    def runs(self) -> list[dict[str, Any]]:
        rows = self.query("SELECT * FROM runs ORDER BY id")
        for r in rows:
            r["args"] = json.loads(r["args"])
            r["counts"] = json.loads(r["counts"])
        return rows

    # -- items -----------------------------------------------------------------------------------------
    def existing_uids(self, uids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(uids), 500):
            chunk = list(uids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            found.update(r["uid"] for r in self.query(f"SELECT uid FROM items WHERE uid IN ({marks})", chunk))
        return found

    def add_items(self, items: Sequence[Item], run_id: int | None = None) -> None:
        """Insert items; an item whose uid is stored already is left as it is."""
        if not items:
            return
        cols = (*ITEM_COLUMNS, "run_id", "ingested_at")
        sql = (
            f"INSERT INTO items ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
            "ON CONFLICT (uid) DO NOTHING"
        )
        stamp = now_iso()
        self.executemany(sql, [_item_row(i, run_id, stamp) for i in items])

    def set_verdict(
        self,
        uid: str,
        *,
        score: float,
        flagged: bool,
        themes: dict[str, float],
        evidence: list[dict[str, Any]],
        model: str,
    ) -> None:
        """Replace an item's verdict (used when later evidence, e.g. text read from its media, arrives)."""
        self.execute(
            "UPDATE items SET score = ?, flagged = ?, themes = ?, evidence = ?, model = ? WHERE uid = ?",
            (
                score,
                int(flagged),
                json.dumps(themes, sort_keys=True),
                json.dumps(evidence, ensure_ascii=False),
                model,
                uid,
            ),
        )

    def get_item(self, uid: str) -> Item | None:
        rows = self.query(f"SELECT {', '.join(ITEM_COLUMNS)} FROM items WHERE uid = ?", (uid,))
        return row_to_item(rows[0]) if rows else None

    def iter_items(
        self,
        *,
        flagged: bool | None = None,
        since: str | None = None,
        until: str | None = None,
        lang: str | None = None,
        sources: Sequence[str] | None = None,
        kind: str | None = None,
        min_score: float | None = None,
        order: str = "time",
    ) -> Iterator[Item]:
        """Items in a stable order, filtered as asked: ``order="time"`` (time, then uid) or
        ``"score"`` (highest score first, unscored items last, then uid: a review queue).
        ``min_score`` keeps items scored at least that (a platform's own review point; see
        the model card's operating points)."""
        where, params = item_filter(
            flagged=flagged,
            since=since,
            until=until,
            lang=lang,
            sources=sources,
            kind=kind,
            min_score=min_score,
        )
        if order not in ("time", "score"):
            raise ValueError(f"unknown item order {order!r} (time or score)")
        # COALESCE: SQLite and PostgreSQL put NULLs at opposite ends of a descending sort
        by = "COALESCE(time, ''), uid" if order == "time" else "COALESCE(score, -1.0) DESC, uid"
        sql = f"SELECT {', '.join(ITEM_COLUMNS)} FROM items{where} ORDER BY {by}"
        for row in self.iter_query(sql, params):
            yield row_to_item(row)

    def count_items(self, **filters: Any) -> int:
        where, params = item_filter(**filters)
        return int(self.query(f"SELECT COUNT(*) AS n FROM items{where}", params)[0]["n"])

    # -- quarantine ------------------------------------------------------------------------------------
    def add_quarantine(self, records: Sequence[QuarantineRecord], run_id: int | None = None) -> None:
        if not records:
            return
        stamp = now_iso()
        self.executemany(
            "INSERT INTO quarantine (key, source, locator, reason, detail, excerpt, run_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING",
            [
                (
                    r.key(),
                    *(printable(v) for v in (r.source, r.locator, r.reason, r.detail, r.excerpt)),
                    run_id,
                    stamp,
                )
                for r in records
            ],
        )

    def quarantined(self) -> list[QuarantineRecord]:
        rows = self.query(
            "SELECT source, locator, reason, detail, excerpt FROM quarantine ORDER BY source, locator"
        )
        return [QuarantineRecord(**r) for r in rows]

    # -- media -----------------------------------------------------------------------------------------
    def add_media(self, item_uid: str, media: Sequence[MediaRef]) -> None:
        stamp = now_iso()
        self.executemany(
            "INSERT INTO media (sha256, kind, mime, bytes, path, status, error, created_at) "
            "VALUES (?, ?, ?, ?, ?, 'pending', '', ?) ON CONFLICT (sha256) DO NOTHING",
            [(m.sha256, m.kind, m.mime, m.bytes, m.path, stamp) for m in media],
        )
        self.executemany(
            "INSERT INTO item_media (item_uid, media_sha256, position) VALUES (?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            [(item_uid, m.sha256, pos) for pos, m in enumerate(media)],
        )


def item_filter(
    *,
    flagged: bool | None = None,
    since: str | None = None,
    until: str | None = None,
    lang: str | None = None,
    sources: Sequence[str] | None = None,
    kind: str | None = None,
    min_score: float | None = None,
) -> tuple[str, list[Any]]:
    """A WHERE clause (with a leading space, or empty) and its parameters for item queries."""
    clauses: list[str] = []
    params: list[Any] = []
    if flagged is not None:
        clauses.append("flagged = ?")
        params.append(int(flagged))
    if since:
        clauses.append("time >= ?")
        params.append(since)
    if until:
        clauses.append("time < ?")
        params.append(until)
    if lang:
        clauses.append("lang = ?")
        params.append(lang)
    if sources:
        clauses.append(f"source IN ({','.join('?' * len(sources))})")
        params.extend(sources)
    if kind:
        clauses.append("kind = ?")
        params.append(kind)
    if min_score is not None:
        clauses.append("score >= ?")  # unscored items (NULL) never pass
        params.append(float(min_score))
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def available_migrations() -> list[tuple[str, str]]:
    folder = resources.files("vigil.store") / "migrations"
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".sql")), key=lambda f: f.name)
    return [(f.name.removesuffix(".sql"), f.read_text(encoding="utf-8")) for f in files]


def _split_sql(script: str) -> list[str]:
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


class SQLiteStore(Store):
    dialect = "sqlite"

    def __init__(self, url: str, path: str) -> None:
        super().__init__(url)
        self.path = path
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=60)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open SQLite database {path!r}: {exc}") from exc
        self._conn.row_factory = sqlite3.Row
        self._depth = 0
        if path != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA busy_timeout=60000")

    def _ddl(self, sql: str) -> str:
        return sql.replace("{{serial_pk}}", "INTEGER PRIMARY KEY AUTOINCREMENT")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._conn.execute(sql, tuple(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self._conn.executemany(sql, [tuple(r) for r in rows])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self._conn.execute(sql, tuple(params)).fetchall()]

    def iter_query(self, sql: str, params: Sequence[Any] = (), batch: int = 2000) -> Iterator[dict[str, Any]]:
        cur = self._conn.execute(sql, tuple(params))
        while rows := cur.fetchmany(batch):
            for r in rows:
                yield dict(r)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        else:
            self._conn.execute("COMMIT")
        finally:
            self._depth = 0

    def start_run(self, command: str, args: dict[str, Any]) -> int:
        cur = self._conn.execute(
            "INSERT INTO runs (command, args, started_at) VALUES (?, ?, ?)",
            (command, json.dumps(args, sort_keys=True, default=str), now_iso()),
        )
        return int(cur.lastrowid or 0)

    def close(self) -> None:
        self._conn.close()


class PostgresStore(Store):
    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        super().__init__(url)
        import psycopg
        from psycopg.rows import dict_row

        parts = urlsplit(url)
        query = parse_qs(parts.query)
        schema = (query.pop("schema", [None]) or [None])[0]
        rest = "&".join(f"{k}={v}" for k, vals in query.items() for v in vals)
        dsn = urlunsplit((parts.scheme, parts.netloc, parts.path, rest, ""))
        try:
            self._conn = psycopg.connect(dsn, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL at {parts.netloc}{parts.path}: {exc}") from exc
        self._depth = 0
        self.schema = schema
        if schema:
            if not _SCHEMA_NAME.match(schema):
                raise StoreError(f"invalid schema name {schema!r}")
            self._conn.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
            self._conn.execute(f"SET search_path TO {schema}")

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def _ddl(self, sql: str) -> str:
        return sql.replace("{{serial_pk}}", "BIGSERIAL PRIMARY KEY").replace("BLOB", "BYTEA")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._conn.execute(self._sql(sql), tuple(params)) if params else self._conn.execute(sql)  # type: ignore[arg-type]

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self._conn.cursor() as cur:
            cur.executemany(self._sql(sql), [tuple(r) for r in rows])  # type: ignore[arg-type]

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self._conn.execute(self._sql(sql), tuple(params)) if params else self._conn.execute(sql)  # type: ignore[arg-type]
        return list(cur.fetchall())  # type: ignore[arg-type]

    def iter_query(self, sql: str, params: Sequence[Any] = (), batch: int = 2000) -> Iterator[dict[str, Any]]:
        # A plain client-side cursor: a server-side (named) cursor would need its own transaction.
        cur = self._conn.execute(self._sql(sql), tuple(params)) if params else self._conn.execute(sql)  # type: ignore[arg-type]
        while rows := cur.fetchmany(batch):
            yield from rows  # type: ignore[misc]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            with self._conn.transaction():
                yield
        finally:
            self._depth = 0

    def start_run(self, command: str, args: dict[str, Any]) -> int:
        rows = self.query(
            "INSERT INTO runs (command, args, started_at) VALUES (?, ?, ?) RETURNING id",
            (command, json.dumps(args, sort_keys=True, default=str), now_iso()),
        )
        return int(rows[0]["id"])

    def close(self) -> None:
        self._conn.close()


def open_store(url: str = DEFAULT_URL, *, migrate: bool = True) -> Store:
    """Open (and by default migrate) the store at ``url``."""
    store: Store
    if url.startswith("sqlite://"):
        path = url[len("sqlite://") :]
        path = (
            path[1:] if path.startswith("/") else path
        )  # sqlite:///rel.db -> rel.db; sqlite:////abs -> /abs
        store = SQLiteStore(url, path or ":memory:")
    elif url.startswith(("postgresql://", "postgres://")):
        store = PostgresStore(url)
    else:
        raise StoreError(f"unsupported database URL {url!r}: use sqlite:///PATH or postgresql://HOST/DB")
    if migrate:
        store.migrate()
    return store


__all__ = [
    "DEFAULT_URL",
    "ITEM_COLUMNS",
    "PostgresStore",
    "SQLiteStore",
    "Store",
    "item_filter",
    "now_iso",
    "open_store",
]
