"""The ``vigil`` command: a thin face over the library.

One module per command group, each exposing ``register(subparsers)`` that adds its
sub-commands; a sub-command parses its arguments and calls one library function. No
library module imports this package. A new command group is one line in
:data:`PLUGIN_COMMANDS`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from vigil import __version__
from vigil.errors import VigilError

# Module paths, each exposing ``register(subparsers)``; the order is the order of ``vigil --help``.
# A module that does not exist (it, or its package, is not installed) is skipped; any other
# import error is raised.
PLUGIN_COMMANDS: list[str] = [
    "vigil.cli.scan",
    "vigil.cli.items",
    "vigil.cli.database",
    "vigil.cli.classify",
    "vigil.cli.signals",
    "vigil.cli.media",
    "vigil.cli.reports",
    "vigil.cli.rules",
    "vigil.cli.jobs",
    "vigil.cli.webhooks",
    "vigil.service.commands",
]


def _is_missing(module: str, exc: ModuleNotFoundError) -> bool:
    """Whether ``exc`` says ``module`` itself (or a package containing it) does not exist."""
    return bool(exc.name) and (module == exc.name or module.startswith(f"{exc.name}."))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vigil",
        description="Find terrorist recruitment propaganda in posts, images and videos, and put it, "
        "with its evidence, before a person.",
    )
    parser.add_argument("--version", action="version", version=f"vigil {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in PLUGIN_COMMANDS:
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if _is_missing(module, exc):
                continue
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
    except KeyboardInterrupt:
        print("\ninterrupted: run the same command again to resume", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


__all__ = ["PLUGIN_COMMANDS", "build_parser", "main"]

if __name__ == "__main__":
    raise SystemExit(main())
