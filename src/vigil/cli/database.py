"""``vigil quarantine`` and ``vigil migrate``: the database itself."""

from __future__ import annotations

import argparse
import json
from typing import Any

from vigil.cli.args import add_db


def cmd_quarantine(args: argparse.Namespace) -> int:
    from vigil.store import open_store

    with open_store(args.db, must_exist=True) as store:
        for q in store.quarantine.all():
            if args.format == "jsonl":
                print(json.dumps(q.__dict__, ensure_ascii=False))
            else:
                print(f"{q.source}: {q.locator}: {q.reason}" + (f" ({q.detail})" if q.detail else ""))
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from vigil.store import open_store

    with open_store(args.db, migrate=False) as store:
        applied = store.migrate()
        print("applied: " + (", ".join(applied) if applied else "nothing (up to date)"))
        print("schema:  " + ", ".join(store.applied_migrations()))
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("quarantine", help="list quarantined records and why")
    add_db(p)
    p.add_argument("--format", choices=("text", "jsonl"), default="text")
    p.set_defaults(func=cmd_quarantine)

    p = subparsers.add_parser("migrate", help="create or upgrade the database schema")
    add_db(p)
    p.set_defaults(func=cmd_migrate)


__all__ = ["cmd_migrate", "cmd_quarantine", "register"]
