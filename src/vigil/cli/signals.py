"""``vigil bank ...`` and ``vigil match ...``: thin faces over :mod:`vigil.signals.banks` and the matcher."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vigil.cli.args import add_db
from vigil.errors import BadRecord, UsageError

if TYPE_CHECKING:
    from vigil.store import Store

#: who the audit log names for a bank change made on the command line
CLI_ACTOR = "cli"


def _audit(store: Store, action: str, bank: str, detail: dict[str, Any]) -> None:
    """One audit row for a bank change, in the caller's transaction (as the API writes them)."""
    from vigil.store.audit import AuditEvent

    store.audit.append(AuditEvent(CLI_ACTOR, action, f"bank:{bank}", detail))


def _labels(values: list[str] | None) -> dict[str, str]:
    out = {}
    for v in values or []:
        key, sep, val = v.partition("=")
        if not sep or not key:
            raise UsageError(f"--label takes KEY=VALUE, got {v!r}")
        out[key.strip()] = val.strip()
    return out


def cmd_bank_create(args: argparse.Namespace) -> int:
    from vigil.signals.banks import create_bank, list_banks
    from vigil.store import open_store

    with open_store(args.db) as store, store.transaction():
        existed = args.exist_ok and any(b.name == args.name for b in list_banks(store))
        bank = create_bank(
            store,
            args.name,
            description=args.description,
            source=args.source,
            source_date=args.date,
            labels=_labels(args.label),
            exist_ok=args.exist_ok,
        )
        if not existed:
            _audit(store, "bank.create", bank.name, {"source": bank.source, "labels": bank.labels})
    print(f"bank {bank.name}: {bank.entries} entries")
    return 0


def cmd_bank_add(args: argparse.Namespace) -> int:
    from vigil.signals.banks import add_entries, hash_file_entries, require_bank
    from vigil.store import open_store

    failed = 0
    with open_store(args.db) as store:
        require_bank(store, args.bank)
        entries = []
        for path in args.files:
            try:
                entries.extend(hash_file_entries(path, labels=_labels(args.label)))
            except BadRecord as exc:
                print(f"{path}: skipped: {exc}", file=sys.stderr)
                failed += 1
        with store.transaction():
            result = add_entries(store, args.bank, entries)
            _audit(store, "bank.entries.add", args.bank, {"added": result.added, "existing": result.existing})
    print(
        f"bank {args.bank}: added {result.added} signals, {result.existing} already there, "
        f"{failed} files skipped"
    )
    return 1 if failed else 0


def cmd_bank_import(args: argparse.Namespace) -> int:
    from vigil.signals.banks import add_entries, create_bank
    from vigil.signals.formats import guess_format, read_entries
    from vigil.store import open_store

    fmt = args.format or guess_format(args.file)
    with open_store(args.db) as store:
        create_bank(
            store,
            args.bank,
            source=args.source or Path(args.file).name,
            source_date=args.date or "",
            labels=_labels(args.label),
            exist_ok=True,
        )
        with open(args.file, encoding="utf-8-sig", newline="") as fh, store.transaction():
            result = add_entries(store, args.bank, read_entries(fh, fmt))
            _audit(
                store,
                "bank.import",
                args.bank,
                {
                    "file": Path(args.file).name,
                    "format": fmt,
                    "added": result.added,
                    "invalid": len(result.invalid),
                },
            )
    print(
        f"bank {args.bank}: imported {result.added}, {result.existing} already there, "
        f"{len(result.invalid)} invalid"
    )
    for msg in result.invalid[:10]:
        print(f"  invalid: {msg}", file=sys.stderr)
    return 0


def cmd_bank_export(args: argparse.Namespace) -> int:
    from vigil.signals.banks import iter_entries, require_bank
    from vigil.signals.formats import write_entries
    from vigil.store import open_store

    with open_store(args.db) as store:
        require_bank(store, args.bank)
        entries = list(iter_entries(store, bank=args.bank, active_only=True))
    if args.out and args.out != "-":
        with open(args.out, "w", encoding="utf-8", newline="") as fh:
            n = write_entries(entries, fh, args.format)
        print(f"wrote {n} entries to {args.out}", file=sys.stderr)
    else:
        write_entries(entries, sys.stdout, args.format)
    return 0


def cmd_bank_list(args: argparse.Namespace) -> int:
    from vigil.signals.banks import iter_entries, list_banks
    from vigil.store import open_store

    with open_store(args.db) as store:
        if args.bank:
            for e in iter_entries(store, bank=args.bank, active_only=False):
                state = "active" if e.active else ("false-positive" if e.false_positive else "disabled")
                row: dict[str, Any] = {
                    "id": e.id,
                    "signal_type": e.signal_type,
                    "signal": e.signal[:80],
                    "state": state,
                    "labels": e.labels,
                    "source_id": e.source_id,
                    "note": e.note,
                }
                print(
                    json.dumps(row, ensure_ascii=False)
                    if args.format == "jsonl"
                    else f"{e.id}\t{e.signal_type}\t{state}\t{e.signal[:70]}"
                )
            return 0
        for b in list_banks(store):
            if args.format == "jsonl":
                print(json.dumps(b.__dict__, ensure_ascii=False))
            else:
                state = "" if b.enabled else " (disabled)"
                labels = " ".join(f"{k}={v}" for k, v in sorted(b.labels.items()))
                print(
                    f"{b.name}{state}\t{b.active_entries}/{b.entries} active"
                    f"\t{b.source} {b.source_date}\t{labels}"
                )
    return 0


def cmd_bank_disable(args: argparse.Namespace) -> int:
    from vigil.signals.banks import exclude_match, find_entries, set_bank_enabled, set_entry_state
    from vigil.store import open_store

    if args.for_content and not (args.false_positive and not args.enable and args.signals):
        raise UsageError(
            "--for needs --false-positive and the entries (a false positive for that content only)"
        )
    with open_store(args.db) as store:
        if not args.signals:
            with store.transaction():
                set_bank_enabled(store, args.bank, args.enable)
                _audit(store, "bank.enable" if args.enable else "bank.disable", args.bank, {})
            print(f"bank {args.bank} {'enabled' if args.enable else 'disabled'}")
            return 0
        missing = 0
        for sig in args.signals:
            found = find_entries(store, args.bank, sig)
            if not found:
                print(f"{sig[:70]}: not in bank {args.bank}", file=sys.stderr)
                missing += 1
            for e in found:
                if args.for_content:
                    with store.transaction():
                        exclude_match(store, e.id, args.for_content, note=args.note or "")
                        _audit(
                            store,
                            "bank.entry.exclude",
                            args.bank,
                            {"entry": e.id, "content": args.for_content},
                        )
                    print(f"entry {e.id} ({e.signal_type}) no longer matches {args.for_content}")
                    continue
                with store.transaction():
                    if args.false_positive:
                        set_entry_state(store, e.id, false_positive=not args.enable, note=args.note)
                    else:
                        set_entry_state(store, e.id, enabled=args.enable, note=args.note)
                    change = "false_positive" if args.false_positive else "enabled"
                    value = (not args.enable) if args.false_positive else args.enable
                    _audit(store, "bank.entry.state", args.bank, {"entry": e.id, change: value})
                print(
                    f"entry {e.id} ({e.signal_type}) "
                    + (
                        "restored"
                        if args.enable
                        else "marked false positive"
                        if args.false_positive
                        else "disabled"
                    )
                )
    return 1 if missing else 0


def cmd_match(args: argparse.Namespace) -> int:
    from vigil.signals.matcher import Matcher
    from vigil.store import open_store

    with open_store(args.db) as store:
        matcher = Matcher.from_store(store, args.bank or None)
    any_match = False
    for path in args.paths:
        result = matcher.match_file(path)
        any_match = any_match or bool(result["matches"])
        if args.format == "jsonl":
            print(json.dumps(result, ensure_ascii=False), flush=True)
        else:
            if "error" in result:
                print(f"{path}: {result['error']} {result.get('detail', '')}")
            for m in result["matches"] or []:
                print(f"{path}: {m['bank']} {m['signal_type']} distance {m['distance']:g} entry {m['entry']}")
            if not result["matches"] and "error" not in result:
                print(f"{path}: no match")
    return 0


def register(sub: Any) -> None:
    from vigil.signals.formats import FORMATS

    bank = sub.add_parser("bank", help="hash banks: create, add, import, export, list, disable")
    bsub = bank.add_subparsers(dest="bank_command", metavar="ACTION", required=True)

    p = bsub.add_parser("create", help="create a bank")
    p.add_argument("name")
    p.add_argument("--description", default="")
    p.add_argument("--source", default="", help="where the list comes from")
    p.add_argument("--date", default="", help="date of the source list (ISO)")
    p.add_argument(
        "--label", action="append", metavar="KEY=VALUE", help="label every entry inherits (repeatable)"
    )
    p.add_argument("--exist-ok", action="store_true")
    add_db(p)
    p.set_defaults(func=cmd_bank_create)

    p = bsub.add_parser("add", help="hash media files into a bank (sha256, md5, PDQ with crops, vPDQ)")
    p.add_argument("bank")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--label", action="append", metavar="KEY=VALUE")
    add_db(p)
    p.set_defaults(func=cmd_bank_add)

    p = bsub.add_parser("import", help="import a hash list (creates the bank if needed)")
    p.add_argument("bank")
    p.add_argument("file")
    p.add_argument("--format", choices=FORMATS, help="default: tcap-json for .json/.jsonl, else te-csv")
    p.add_argument("--source", default="")
    p.add_argument("--date", default="")
    p.add_argument("--label", action="append", metavar="KEY=VALUE")
    add_db(p)
    p.set_defaults(func=cmd_bank_import)

    p = bsub.add_parser("export", help="export the active entries of a bank")
    p.add_argument("bank")
    p.add_argument("--format", choices=FORMATS, default="te-csv")
    p.add_argument("--out", default="-", help="file to write (default stdout)")
    add_db(p)
    p.set_defaults(func=cmd_bank_export)

    p = bsub.add_parser("list", help="list banks, or the entries of one bank")
    p.add_argument("bank", nargs="?")
    p.add_argument("--format", choices=("text", "jsonl"), default="text")
    add_db(p)
    p.set_defaults(func=cmd_bank_list)

    p = bsub.add_parser("disable", help="disable a bank, or entries of it (by signal or id)")
    p.add_argument("bank")
    p.add_argument("signals", nargs="*", metavar="SIGNAL_OR_ID")
    p.add_argument("--false-positive", action="store_true", help="mark the entries as false positives")
    p.add_argument("--enable", action="store_true", help="undo: enable again / clear the false-positive mark")
    p.add_argument(
        "--for", dest="for_content", metavar="SHA256",
        help="with --false-positive: only for this content (a media file's or a text's sha256)",
    )  # fmt: skip
    p.add_argument("--note", default=None, help="why (kept with the entry)")
    add_db(p)
    p.set_defaults(func=cmd_bank_disable)

    p = sub.add_parser(
        "match", help="match media files (and .txt/.md/.jsonl texts: near-duplicates, URLs) against the banks"
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--bank", action="append", help="only this bank (repeatable; default all enabled banks)")
    p.add_argument("--format", choices=("jsonl", "text"), default="jsonl")
    add_db(p)
    p.set_defaults(func=cmd_match)


__all__ = ["register"]
