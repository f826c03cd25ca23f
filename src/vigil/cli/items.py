"""``vigil items``: export stored items."""

from __future__ import annotations

import argparse
import shutil
import sys
from typing import Any

from vigil.cli.args import add_db, add_item_filters, score_arg


def cmd_items(args: argparse.Namespace) -> int:
    from vigil.export import export_items, items_with_decisions
    from vigil.store import open_store
    from vigil.view import item_line

    filters = {
        "flagged": True if args.flagged else None, "since": args.since, "until": args.until,
        "lang": args.lang, "sources": args.source or None, "min_score": args.min_score,
        "order": "score" if args.by_score else "time",
    }  # fmt: skip
    with open_store(args.db, must_exist=True) as store:
        if args.format != "text":
            export_items(store, sys.stdout, args.format, **filters)
            return 0
        width = shutil.get_terminal_size().columns
        for item, decisions in items_with_decisions(store, **filters):
            print(item_line(item, decisions, width=width))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from vigil.errors import UsageError
    from vigil.store import open_store
    from vigil.view import PLAIN_MARK, TERMINAL_MARK, item_page

    with open_store(args.db, must_exist=True) as store:
        found = store.items.with_prefix(args.uid.lower())
        if not found:
            raise UsageError(f"no item with uid {args.uid!r} in {args.db} (see vigil items --format text)")
        if len(found) > 1:
            raise UsageError(f"uid prefix {args.uid!r} is not unique in {args.db}: give more of it")
        item = found[0]
        mark = TERMINAL_MARK if sys.stdout.isatty() and not args.plain else PLAIN_MARK
        print(item_page(item, store.decisions.history(item.uid), mark=mark))
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("items", help="export stored items")
    add_db(p)
    p.add_argument("--flagged", action="store_true", help="only flagged items")
    p.add_argument(
        "--format",
        choices=("jsonl", "csv", "text"),
        default="jsonl",
        help="jsonl or csv (every field, each item's decisions), or text: one readable line per item",
    )
    add_item_filters(p)
    p.add_argument(
        "--min-score",
        type=score_arg,
        default=None,
        metavar="S",
        help="only items scored at least S (a review point below the flag; see docs/model-card.md)",
    )
    p.add_argument("--by-score", action="store_true", help="highest score first (default: by time)")
    p.set_defaults(func=cmd_items)

    p = subparsers.add_parser(
        "show",
        help="one item in full: its text with the detector's phrases marked, verdict, evidence, decisions",
    )
    p.add_argument("uid", metavar="UID", help="the item's uid, or enough of its start to be unique")
    add_db(p)
    p.add_argument("--plain", action="store_true", help="mark phrases with [brackets] even on a terminal")
    p.set_defaults(func=cmd_show)


__all__ = ["cmd_items", "cmd_show", "register"]
