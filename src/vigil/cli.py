"""The ``vigil`` command: a thin face over the library.

Each sub-command parses its arguments and calls one library function. Packages that
bring their own commands (classify, signals, media, reports) expose
``register(subparsers)`` in their ``commands`` module.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Sequence

from vigil import __version__
from vigil.errors import VigilError
from vigil.store.base import DEFAULT_URL

PLUGIN_COMMANDS = (
    "vigil.classify.commands",
    "vigil.signals.commands",
    "vigil.media.commands",
    "vigil.reports.commands",
    "vigil.policy.commands",
)


def score_arg(value: str) -> float:
    """An argparse type: a threshold on the calibrated score, in [0, 1]."""
    try:
        t = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0.0 <= t <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is not a score: scores lie in [0, 1]")
    return t


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=DEFAULT_URL, help=f"database URL (default {DEFAULT_URL})")


def cmd_scan(args: argparse.Namespace) -> int:
    from vigil.ingest.csv_reader import parse_mapping
    from vigil.pipeline import scan
    from vigil.store import open_store

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


def cmd_quarantine(args: argparse.Namespace) -> int:
    from vigil.store import open_store

    with open_store(args.db) as store:
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vigil", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--version", action="version", version=f"vigil {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("scan", help="ingest, score and store a corpus (JSONL, CSV, Telegram export, folder)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    _db(p)
    p.add_argument("--map", help="CSV column mapping, e.g. text=tweets,author=username,time=date")
    p.add_argument("--strict", action="store_true", help="exit 1 if any record was quarantined")
    p.add_argument("--batch-size", type=int, default=256, help="records committed together (default 256)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--no-media", action="store_true", help="do not process media now")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=cmd_scan)

    p = sub.add_parser("items", help="export stored items")
    _db(p)
    p.add_argument("--flagged", action="store_true", help="only flagged items")
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    p.add_argument("--since", help="items at or after this ISO time")
    p.add_argument("--until", help="items before this ISO time")
    p.add_argument("--lang", help="only this language (ISO 639-1)")
    p.add_argument("--source", action="append", help="only items from this source file (repeatable)")
    p.add_argument(
        "--min-score",
        type=score_arg,
        default=None,
        metavar="S",
        help="only items scored at least S (a review point below the flag; see docs/model-card.md)",
    )
    p.add_argument("--by-score", action="store_true", help="highest score first (default: by time)")
    p.set_defaults(func=cmd_items)

    p = sub.add_parser("quarantine", help="list quarantined records and why")
    _db(p)
    p.add_argument("--format", choices=("text", "jsonl"), default="text")
    p.set_defaults(func=cmd_quarantine)

    p = sub.add_parser("migrate", help="create or upgrade the database schema")
    _db(p)
    p.set_defaults(func=cmd_migrate)

    for module in PLUGIN_COMMANDS:
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name and module.startswith(exc.name):
                continue  # that capability is not installed
            raise
        mod.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except VigilError as exc:
        print(f"vigil: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
