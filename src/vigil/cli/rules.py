"""``vigil rules ...``: thin faces over :mod:`vigil.policy.rulesfile` and :mod:`vigil.pipeline.rerun`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from vigil.cli.args import add_db


def cmd_default(args: argparse.Namespace) -> int:
    from vigil.policy import default_rules_text

    sys.stdout.write(default_rules_text())
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from vigil.errors import RulesError
    from vigil.policy import load_rules

    try:
        rules = load_rules(args.file)
    except RulesError as exc:
        print(exc)
        return 2
    print(f"{args.file}: ok: {rules.summary()}")
    return 0


def cmd_rerun(args: argparse.Namespace) -> int:
    import json

    from vigil.errors import RulesError
    from vigil.pipeline.rerun import rerun
    from vigil.policy import load_rules
    from vigil.store import open_store

    try:
        rules = load_rules(args.rules)
    except RulesError as exc:
        print(exc, file=sys.stderr)
        return 2
    with open_store(args.db, must_exist=True) as store:
        report = rerun(store, rules, since=args.since, apply=args.apply)
    print(json.dumps(report.as_dict(), ensure_ascii=False) if args.json else report)
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "rules", help="policy rules: print the default rules, check a rules file, replay stored items"
    )
    sub = p.add_subparsers(dest="rules_command", metavar="COMMAND", required=True)
    q = sub.add_parser("default", help="print the shipped default rules file (copy it to start your own)")
    q.set_defaults(func=cmd_default)
    q = sub.add_parser(
        "check",
        help="validate a rules file: a one-line summary, or FILE:LINE: problem for each problem (exit 2)",
    )
    q.add_argument("file", metavar="FILE", help="the rules file (YAML)")
    q.set_defaults(func=cmd_check)
    q = sub.add_parser(
        "rerun",
        help="replay stored items through a rules file: per rule, how many verdicts would change "
        "(written only with --apply)",
    )
    q.add_argument("--rules", required=True, metavar="FILE", help="the rules file to replay (YAML)")
    add_db(q)
    q.add_argument("--since", metavar="T", help="only items posted at or after this ISO time")
    q.add_argument(
        "--apply", action="store_true", help="append a new decision for every item whose decision changes"
    )
    q.add_argument("--json", action="store_true", help="print the counts as JSON")
    q.set_defaults(func=cmd_rerun)


__all__ = ["cmd_check", "cmd_default", "cmd_rerun", "register"]
