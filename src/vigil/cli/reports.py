"""``vigil report``: build the research report of a database and write it as HTML or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from vigil.cli.args import add_db, add_item_filters


def cmd_report(args: argparse.Namespace) -> int:
    from vigil.errors import UsageError
    from vigil.reports import build_report, render_html, write_report
    from vigil.store import open_store

    if args.format == "html" and not args.out:
        raise UsageError("--out FILE is required for --format html (JSON goes to stdout)")
    with open_store(args.db, must_exist=True) as store:
        report = build_report(
            store,
            since=args.since,
            until=args.until,
            lang=args.lang,
            sources=args.source or None,
            theme_threshold=args.theme_threshold,
            key=args.key,
            reveal_accounts=args.reveal_accounts,
            thumbnails=not args.no_thumbnails,
        )
    if args.format == "json":
        text = json.dumps(report.to_dict(), ensure_ascii=False, indent=2, default=_default)
        if args.out:
            with open(args.out, "w", encoding="utf-8") as fh:
                fh.write(text + "\n")
        else:
            sys.stdout.write(text + "\n")
        return 0
    write_report(render_html(report), args.out)
    cal = report.narratives["calibrated"]
    vi, ut = _pct(report.violent_share["value"]), _pct(report.utopia_share["value"])
    if cal["available"]:
        shares = (
            f"violent share {_pct(cal['violent']['value'])} calibrated ({vi} counted), "
            f"utopia share {_pct(cal['utopia']['value'])} calibrated ({ut} counted)"
        )
    else:
        shares = f"violent share {vi}, utopia share {ut} (counted; no calibrated shares: {cal['reason']})"
    print(
        f"wrote {args.out}: {report.overview['items']:,} items, {report.overview['flagged']:,} flagged; "
        f"{shares} ({report.timings['build_seconds']:.2f} s to build)"
    )
    return 0


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%"


def _default(value: Any) -> Any:
    if isinstance(value, set | tuple):
        return sorted(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "report", help="research report of a database: narratives, recruitment, spread, media"
    )
    add_db(p)
    p.add_argument("--out", help="write the report here (required for HTML; JSON goes to stdout without it)")
    p.add_argument("--format", choices=("html", "json"), default="html")
    add_item_filters(p)
    p.add_argument(
        "--theme-threshold",
        type=float,
        default=None,
        help="theme probability at which a flagged item carries a theme (default: the detector's, else 0.5)",
    )
    p.add_argument(
        "--key", help="pseudonymisation key (default: $VIGIL_PSEUDONYM_KEY, else the database's own)"
    )
    p.add_argument("--reveal-accounts", action="store_true", help="show account names instead of pseudonyms")
    p.add_argument(
        "--no-thumbnails", action="store_true", help="embed no image thumbnails (they are blurred by default)"
    )
    p.set_defaults(func=cmd_report)


__all__ = ["cmd_report", "register"]
