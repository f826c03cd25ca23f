"""``vigil webhooks add|list|remove|deliveries``: thin faces over :mod:`vigil.webhooks`."""

from __future__ import annotations

import argparse
import json
from typing import Any

from vigil.cli.args import add_db
from vigil.errors import UsageError


def cmd_add(args: argparse.Namespace) -> int:
    from vigil.store import open_store
    from vigil.webhooks import EVENT_TYPES, add_endpoint

    with open_store(args.db) as store:
        endpoint, secret = add_endpoint(
            store, args.url, event_types=args.event or list(EVENT_TYPES), description=args.description
        )
    print(f"endpoint {endpoint.id}: {endpoint.url} ({', '.join(endpoint.event_types)})")
    print("signing secret (shown once; vigil keeps it encrypted):", secret)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from vigil.store import open_store

    with open_store(args.db) as store:
        for e in store.webhooks.endpoints(include_removed=args.all):
            if args.format == "jsonl":
                print(json.dumps(e.to_dict(), ensure_ascii=False))
                continue
            state = "removed" if e.removed_at else ("enabled" if e.enabled else "disabled")
            note = f"\t{e.description}" if e.description else ""
            print(f"{e.id}\t{e.url}\t{state}\t{','.join(e.event_types)}{note}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from vigil.store import open_store

    with open_store(args.db) as store:
        if not store.webhooks.remove_endpoint(args.id):
            raise UsageError(f"no webhook endpoint with id {args.id}")
    print(f"endpoint {args.id} removed: it gets no new events; its delivery log is kept")
    return 0


def cmd_deliveries(args: argparse.Namespace) -> int:
    from vigil.store import open_store

    with open_store(args.db) as store:
        rows = store.webhooks.deliveries(endpoint_id=args.endpoint, limit=args.limit)
    for r in rows:
        if args.format == "jsonl":
            print(json.dumps(r, ensure_ascii=False))
            continue
        outcome = "ok" if r["ok"] else "failed"
        code = r["status_code"] if r["status_code"] is not None else "-"
        error = f"\t{r['error']}" if r["error"] and not r["ok"] else ""
        print(
            f"{r['attempted_at']}\tendpoint {r['endpoint_id']}\t{r['msg_id']}\t{r['event_type']}"
            f"\tattempt {r['attempt']}\t{code}\t{outcome}\t{r['duration_ms']:.0f} ms{error}"
        )
    return 0


def register(sub: Any) -> None:
    hooks = sub.add_parser(
        "webhooks", help="endpoints that receive signed decision events, and their deliveries"
    )
    wsub = hooks.add_subparsers(dest="webhooks_command", metavar="ACTION", required=True)

    p = wsub.add_parser("add", help="register an endpoint; prints its signing secret once")
    p.add_argument("url", help="http:// or https:// URL that receives POSTed events")
    add_db(p)
    p.add_argument(
        "--event", action="append", metavar="TYPE",
        help="event type to send (repeatable; default decision.created; * for every type)",
    )  # fmt: skip
    p.add_argument("--description", default="", help="a note on whose endpoint this is")
    p.set_defaults(func=cmd_add)

    p = wsub.add_parser("list", help="registered endpoints")
    add_db(p)
    p.add_argument("--all", action="store_true", help="removed endpoints too")
    p.add_argument("--format", choices=("text", "jsonl"), default="text")
    p.set_defaults(func=cmd_list)

    p = wsub.add_parser("remove", help="stop sending to an endpoint (its log is kept)")
    p.add_argument("id", type=int)
    add_db(p)
    p.set_defaults(func=cmd_remove)

    p = wsub.add_parser("deliveries", help="the delivery log, newest first: status code, error, time taken")
    add_db(p)
    p.add_argument("--endpoint", type=int, metavar="ID", help="only this endpoint's deliveries")
    p.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")
    p.add_argument("--format", choices=("text", "jsonl"), default="text")
    p.set_defaults(func=cmd_deliveries)


__all__ = ["register"]
