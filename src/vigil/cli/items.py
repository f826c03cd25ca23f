"""``vigil items``: export stored items."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from vigil.cli.args import add_db, add_item_filters, score_arg


def cmd_items(args: argparse.Namespace) -> int:
    from vigil.export import export_items
    from vigil.store import open_store

    with open_store(args.db) as store:
        export_items(
            store,
            sys.stdout,
            args.format,
            flagged=True if args.flagged else None,
            since=args.since,
            until=args.until,
            lang=args.lang,
            sources=args.source or None,
            min_score=args.min_score,
            order="score" if args.by_score else "time",
        )
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("items", help="export stored items")
    add_db(p)
    p.add_argument("--flagged", action="store_true", help="only flagged items")
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
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


__all__ = ["cmd_items", "register"]
