"""``vigil scan``: ingest, score and store a corpus."""

from __future__ import annotations

import argparse
import json
from typing import Any

from vigil.cli.args import add_db


def cmd_scan(args: argparse.Namespace) -> int:
    from vigil.ingest.csv_reader import parse_mapping
    from vigil.pipeline import scan
    from vigil.pipeline.scan import check_paths
    from vigil.store import open_store

    check_paths(args.paths)  # before a database is made
    with open_store(args.db) as store:
        summary = scan(
            args.paths,
            store,
            csv_map=parse_mapping(args.map),
            batch_size=args.batch_size,
            progress=not args.no_progress,
            media=not args.no_media,
        )
        if args.json:
            print(json.dumps(summary.as_dict(), ensure_ascii=False))
        else:
            print(summary)
            if summary.quarantined:
                print(f"  see why:      vigil quarantine --db {args.db}")
            print(f"next: vigil items --db {args.db} --flagged --format jsonl")
            print(f"      vigil report --db {args.db} --out report.html")
    return 1 if args.strict and summary.quarantined else 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "scan", help="ingest, score and store a corpus (JSONL, CSV, Telegram export, folder)"
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    add_db(p)
    p.add_argument("--map", help="CSV column mapping, e.g. text=tweets,author=username,time=date")
    p.add_argument("--strict", action="store_true", help="exit 1 if any record was quarantined")
    p.add_argument("--batch-size", type=int, default=256, help="records committed together (default 256)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--no-media", action="store_true", help="do not process media now")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=cmd_scan)


__all__ = ["cmd_scan", "register"]
