"""``vigil serve``, ``users``, ``tokens``, ``audit``: thin faces over the service's library."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import signal
import sys
from typing import Any

from vigil.errors import UsageError
from vigil.store.base import DEFAULT_URL


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=DEFAULT_URL, help=f"database URL (default {DEFAULT_URL})")


def _read_password(name: str) -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    first = getpass.getpass(f"password for {name}: ")
    if getpass.getpass("again: ") != first:
        raise UsageError("the two passwords differ")
    return first


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from vigil.service.app import ENV_DB, ENV_RULES
    from vigil.store import open_store

    if args.workers < 1:
        raise UsageError("--workers must be at least 1")
    if args.workers > 1 and args.db.startswith("sqlite"):
        raise UsageError(
            "several workers need PostgreSQL (--db postgresql://HOST/DB); SQLite serves one worker"
        )
    if args.rules:
        from vigil.policy import load_rules

        load_rules(args.rules)  # a bad rules file stops here, with its problems, not in each worker
    with open_store(args.db) as store:  # migrate once, and fail here on a bad URL
        users = len(store.access.users())
    os.environ[ENV_DB] = args.db
    os.environ[ENV_RULES] = args.rules or ""
    base = f"http://{args.host}:{args.port}"
    print(
        f"vigil serve: {base}  (log in: {base}/login, API docs: {base}/docs)  database {args.db}", flush=True
    )
    if users == 0:
        print(f"  no users yet: vigil users add NAME --role admin --db {args.db}", flush=True)
    # uvicorn shuts down gracefully on SIGINT/SIGTERM, then raises the signal again with the
    # handlers found at start: a stop that was asked for ends the command with status 0
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, _stopped)
    uvicorn.run(
        "vigil.service.app:app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=args.log_level,
        proxy_headers=True,
        server_header=False,
    )
    return 0


def _stopped(signum: int, frame: Any) -> None:
    raise SystemExit(0)


def cmd_users_add(args: argparse.Namespace) -> int:
    from vigil.service.accounts import add_user
    from vigil.store import open_store

    password = _read_password(args.name)
    with open_store(args.db) as store:
        user = add_user(store, args.name, args.role, password)
    print(f"added user {user.name} ({user.role})")
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    from vigil.service.accounts import list_users
    from vigil.store import open_store

    with open_store(args.db) as store:
        users = list_users(store)
    for u in users:
        print(f"{u.name}\t{u.role}\t{'disabled' if u.disabled else 'active'}\t{u.created_at}")
    if not users:
        print(f"no users: vigil users add NAME --role admin --db {args.db}")
    return 0


def cmd_users_role(args: argparse.Namespace) -> int:
    from vigil.service.accounts import set_role
    from vigil.store import open_store

    with open_store(args.db) as store:
        set_role(store, args.name, args.role)
    print(f"user {args.name} is now {args.role}")
    return 0


def cmd_tokens_create(args: argparse.Namespace) -> int:
    from vigil.service.accounts import create_token
    from vigil.store import open_store

    with open_store(args.db) as store:
        token, secret = create_token(store, args.name, args.scope or [])
    print(f"token {token.id} ({token.name}, scopes {' '.join(token.scopes)}); shown once, keep it now:")
    print(secret)
    return 0


def cmd_tokens_list(args: argparse.Namespace) -> int:
    from vigil.store import open_store

    with open_store(args.db) as store:
        tokens = store.access.tokens()
    for t in tokens:
        state = f"revoked {t.revoked_at}" if t.revoked_at else "active"
        print(f"{t.id}\t{t.name}\t{t.prefix}…\t{','.join(t.scopes)}\t{state}\t{t.created_at}")
    return 0


def cmd_tokens_revoke(args: argparse.Namespace) -> int:
    from vigil.service.accounts import revoke_token
    from vigil.store import open_store

    with open_store(args.db) as store:
        token = revoke_token(store, args.id)
    print(f"revoked token {token.id} ({token.name})")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from vigil.store import open_store

    _must_exist(args.db)
    with open_store(args.db) as store:
        result = store.audit.verify()
    if result.ok:
        print(f"audit log ok: {result.rows:,} rows; head id {result.head_id} hash {result.head_hash}")
        return 0
    print(
        f"audit log BROKEN at row {result.bad_id}: {result.reason} "
        f"({result.rows:,} rows before it are intact)"
    )
    return 1


def cmd_audit_export(args: argparse.Namespace) -> int:
    from vigil.store import open_store

    _must_exist(args.db)
    out: Any = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout  # noqa: SIM115
    try:
        with open_store(args.db) as store:
            for entry in store.audit.iter(after_id=args.after):
                out.write(json.dumps(entry.as_dict(), ensure_ascii=False) + "\n")
    finally:
        if args.out:
            out.close()
    return 0


def _must_exist(url: str) -> None:
    """Refuse a SQLite database that does not exist (verifying it would create an empty one)."""
    from pathlib import Path

    from vigil.store.sqlite import sqlite_path

    if url.startswith("sqlite://") and (path := sqlite_path(url)) != ":memory:" and not Path(path).exists():
        raise UsageError(f"no database at {path}")


def register(subparsers: Any) -> None:
    from vigil.service.accounts import SCOPES
    from vigil.store.access import ROLES

    p = subparsers.add_parser(
        "serve", help="run the web service: the content API, /login, OpenAPI docs at /docs"
    )
    _db(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8080, help="port to listen on (default 8080)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (more than 1 needs PostgreSQL)")
    p.add_argument(
        "--rules", metavar="FILE", help="policy rules file for verdicts (default: the shipped rules)"
    )
    p.add_argument(
        "--log-level", default="info", choices=("critical", "error", "warning", "info", "debug"),
        help="server log level (default info)",
    )  # fmt: skip
    p.set_defaults(func=cmd_serve)

    p = subparsers.add_parser("users", help="people who log in: add, list, change role")
    sub = p.add_subparsers(dest="users_command", metavar="COMMAND", required=True)
    q = sub.add_parser("add", help="add a user (password read from stdin, or prompted on a terminal)")
    q.add_argument("name", metavar="NAME")
    q.add_argument("--role", required=True, choices=ROLES, help="admin, reviewer, or analyst (read-only)")
    _db(q)
    q.set_defaults(func=cmd_users_add)
    q = sub.add_parser("list", help="list users with their role")
    _db(q)
    q.set_defaults(func=cmd_users_list)
    q = sub.add_parser("role", help="change a user's role")
    q.add_argument("name", metavar="NAME")
    q.add_argument("role", choices=ROLES)
    _db(q)
    q.set_defaults(func=cmd_users_role)

    p = subparsers.add_parser("tokens", help="API tokens for clients: create (shown once), list, revoke")
    sub = p.add_subparsers(dest="tokens_command", metavar="COMMAND", required=True)
    q = sub.add_parser("create", help="create a scoped token; the token is the last word printed")
    q.add_argument("name", metavar="NAME", help="who or what the token is for")
    q.add_argument(
        "--scope", action="append", choices=list(SCOPES), metavar="S",
        help="what the token may do (repeatable): " + "; ".join(f"{k}: {v}" for k, v in SCOPES.items()),
    )  # fmt: skip
    _db(q)
    q.set_defaults(func=cmd_tokens_create)
    q = sub.add_parser("list", help="list tokens (never their secrets)")
    _db(q)
    q.set_defaults(func=cmd_tokens_list)
    q = sub.add_parser("revoke", help="revoke a token by its id")
    q.add_argument("id", type=int, metavar="ID")
    _db(q)
    q.set_defaults(func=cmd_tokens_revoke)

    p = subparsers.add_parser("audit", help="the tamper-evident audit log: verify the chain, export it")
    sub = p.add_subparsers(dest="audit_command", metavar="COMMAND", required=True)
    q = sub.add_parser(
        "verify", help="recompute the hash chain; exit 1 naming the first changed, deleted or inserted row"
    )
    _db(q)
    q.set_defaults(func=cmd_audit_verify)
    q = sub.add_parser("export", help="write the audit log as JSON lines")
    _db(q)
    q.add_argument("--out", metavar="FILE", help="write here instead of standard output")
    q.add_argument("--after", type=int, default=0, metavar="ID", help="only rows after this id")
    q.set_defaults(func=cmd_audit_export)


__all__ = ["register"]
