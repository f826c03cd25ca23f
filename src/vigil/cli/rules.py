"""``vigil rules ...``: thin faces over :mod:`vigil.policy.rulesfile`."""

from __future__ import annotations

import argparse
import sys
from typing import Any


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


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("rules", help="policy rules: print the default rules, check a rules file")
    sub = p.add_subparsers(dest="rules_command", metavar="COMMAND", required=True)
    q = sub.add_parser("default", help="print the shipped default rules file (copy it to start your own)")
    q.set_defaults(func=cmd_default)
    q = sub.add_parser(
        "check",
        help="validate a rules file: a one-line summary, or FILE:LINE: problem for each problem (exit 2)",
    )
    q.add_argument("file", metavar="FILE", help="the rules file (YAML)")
    q.set_defaults(func=cmd_check)


__all__ = ["cmd_check", "cmd_default", "register"]
