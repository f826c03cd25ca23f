"""Which reader reads a path, and a cheap estimate of how many records it holds."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from vigil.ingest.common import display, excerpt, not_regular
from vigil.ingest.csv_reader import read_csv
from vigil.ingest.folder import SNIFF_BYTES, looks_binary, read_file, walk
from vigil.ingest.jsonl import read_jsonl
from vigil.ingest.telegram import count_messages, is_telegram_export, read_telegram
from vigil.items import QuarantineRecord, Record

ReadResult = Record | QuarantineRecord
STRUCTURED = {".jsonl", ".ndjson", ".csv", ".tsv", ".json"}


@dataclass
class _Options:
    csv_map: dict[str, str] | None = None


def _structured(path: Path, opts: _Options) -> Iterator[ReadResult]:
    source = display(path)
    if bad := not_regular(path):
        yield bad
        return
    try:
        with open(path, "rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError as exc:
        yield QuarantineRecord(source, "file", "unreadable", exc.strerror or str(exc))
        return
    if looks_binary(head):
        yield QuarantineRecord(source, "file", "binary_file", "NUL bytes in a text format", excerpt(head))
        return
    ext = path.suffix.lower()
    if ext == ".json":
        if is_telegram_export(path):
            yield from read_telegram(path)
        else:
            yield from read_jsonl(path)
    elif ext in {".csv", ".tsv"}:
        yield from read_csv(path, opts.csv_map)
    else:
        yield from read_jsonl(path)


def read_path(path: str | Path, csv_map: dict[str, str] | None = None) -> Iterator[ReadResult]:
    """Every record (or quarantine record) under ``path``, whatever its format."""
    p = Path(path)
    opts = _Options(csv_map)
    if not p.exists():
        yield QuarantineRecord(display(p), "path", "not_found", "no such file or folder")
        return
    if p.is_dir():
        if (p / "result.json").is_file():
            yield from read_telegram(p / "result.json")
            return
        files = list(walk(p))
        exports = {f.parent for f in files if f.name == "result.json"}
        for f in files:
            if bad := not_regular(f):
                yield bad
                continue
            if any(f.is_relative_to(root) for root in exports):
                # A Telegram export inside the folder: its result.json reads its own media.
                if f.name == "result.json" and f.parent in exports:
                    yield from read_telegram(f)
                continue
            if f.suffix.lower() in STRUCTURED:
                yield from _structured(f, opts)
            else:
                yield from read_file(f, p)
        return
    if bad := not_regular(p):
        yield bad
    elif p.suffix.lower() in STRUCTURED:
        yield from _structured(p, opts)
    else:
        yield from read_file(p, p.parent)


def _lines(path: Path) -> int:
    count = 0
    try:
        with open(path, "rb") as fh:
            while block := fh.read(1 << 20):
                count += block.count(b"\n")
    except OSError:
        return 0
    return count


def estimate_records(paths: list[str | Path]) -> int:
    """About how many records the paths hold (for the progress bar's total)."""
    total = 0
    for path in paths:
        p = Path(path)
        files = [p] if p.is_file() else list(walk(p)) if p.is_dir() else []
        for f in files:
            if not f.is_file():
                continue  # FIFOs, sockets, dangling links: never opened
            ext = f.suffix.lower()
            if f.name == "result.json" or (ext == ".json" and is_telegram_export(f)):
                total += count_messages(f)
            elif ext in STRUCTURED:
                total += _lines(f)
            else:
                total += 1
    return total
