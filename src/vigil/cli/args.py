"""Argument types and options shared by several commands."""

from __future__ import annotations

import argparse

from vigil.store.base import DEFAULT_URL


def score_arg(value: str) -> float:
    """An argparse type: a threshold on the calibrated score, in [0, 1]."""
    try:
        t = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0.0 <= t <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is not a score: scores lie in [0, 1]")
    return t


def add_db(parser: argparse.ArgumentParser) -> None:
    """The ``--db URL`` option every command that reads or writes a database takes."""
    parser.add_argument("--db", default=DEFAULT_URL, help=f"database URL (default {DEFAULT_URL})")


def add_item_filters(parser: argparse.ArgumentParser) -> None:
    """The options that choose which stored items a command reads: time, language, source."""
    parser.add_argument("--since", help="items at or after this ISO time")
    parser.add_argument("--until", help="items before this ISO time")
    parser.add_argument("--lang", help="only this language (ISO 639-1, as detected)")
    parser.add_argument("--source", action="append", help="only items from this source file (repeatable)")


__all__ = ["add_db", "add_item_filters", "score_arg"]
