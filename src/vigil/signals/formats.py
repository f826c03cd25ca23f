"""Reading and writing hash lists in the formats that hash-sharing programmes use.

* ``te-csv`` — ThreatExchange/HMA-style signal CSV: ``signal_type,signal`` then optional
  ``tags`` (space-separated ``key:value`` or bare tags), ``source_id``, ``note``. A file
  without a header is read as ``signal_type,signal`` rows (the python-threatexchange
  ``match`` CLI shape). Type names may be HMA's (``pdq``, ``video_md5``, ``url``...).
* ``tcap-json`` — TCAP/GIFCT-style JSON hash list: an array (or ``{"hashes": [...]}``, or
  JSON Lines) of objects with ``hash``/``hash_value`` and ``hash_type``/``algorithm``, or
  with one key per algorithm (``{"md5": ..., "sha256": ..., "pdq": ...}``). Other string
  fields (``ideology``, ``theme``, ``group``, ``date_added``...) become labels.
* ``tcap-csv`` — the same as CSV: ``hash_type,hash,...`` columns or one column per
  algorithm, other columns become labels.

Export writes the active entries only (disabled and false-positive entries stay home).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from vigil.errors import UsageError
from vigil.signals.banks import BankEntry, NewEntry

FORMATS = ("te-csv", "tcap-json", "tcap-csv")
_HASH_KEYS = ("hash", "hash_value", "signal", "value", "indicator")
_TYPE_KEYS = ("hash_type", "signal_type", "type", "algorithm", "indicator_type")
_ALGO_COLUMNS = ("md5", "sha256", "sha-256", "pdq", "vpdq", "url", "domain")
_ID_KEYS = ("id", "source_id", "hash_id")
_SKIP = {*_HASH_KEYS, *_TYPE_KEYS, *_ALGO_COLUMNS, *_ID_KEYS, "tags", "labels", "note", "quality"}


def _labels_from(obj: dict[str, Any]) -> dict[str, str]:
    labels: dict[str, str] = {}
    raw = obj.get("labels")
    if isinstance(raw, dict):
        labels.update({str(k): str(v) for k, v in raw.items()})
    elif isinstance(raw, list):
        labels.update({str(v): "1" for v in raw})
    elif isinstance(raw, str) and raw.strip():
        labels.update(parse_tags(raw))
    tags = obj.get("tags")
    if isinstance(tags, str) and tags.strip():
        labels.update(parse_tags(tags))
    elif isinstance(tags, list):
        labels.update({str(v): "1" for v in tags})
    for k, v in obj.items():
        if k.lower() in _SKIP or v in (None, "") or isinstance(v, dict | list):
            continue
        labels[k.lower()] = str(v)
    return labels


def parse_tags(value: str) -> dict[str, str]:
    value = value.strip()
    if value.startswith("{"):
        return {str(k): str(v) for k, v in json.loads(value).items()}
    out = {}
    for tag in value.replace(",", " ").split():
        key, _, val = tag.partition(":")
        out[key] = val or "1"
    return out


def format_tags(labels: dict[str, str]) -> str:
    return " ".join(k if v == "1" else f"{k}:{v}" for k, v in sorted(labels.items()))


def _entries_from_obj(obj: dict[str, Any]) -> Iterator[NewEntry]:
    low = {str(k).lower(): v for k, v in obj.items()}
    labels = _labels_from(low)
    source_id = next((str(low[k]) for k in _ID_KEYS if low.get(k) not in (None, "")), "")
    quality = low.get("quality")
    note = str(low.get("note") or "")
    value = next((low[k] for k in _HASH_KEYS if low.get(k) not in (None, "")), None)
    stype = next((low[k] for k in _TYPE_KEYS if low.get(k) not in (None, "")), None)
    if value is not None and stype is not None:
        yield NewEntry(str(stype), str(value), _int(quality), labels, source_id=source_id, note=note)
    for algo in _ALGO_COLUMNS:
        if low.get(algo) not in (None, ""):
            yield NewEntry(
                algo.replace("-", ""), str(low[algo]), _int(quality), labels, source_id=source_id, note=note
            )


def _int(v: Any) -> int | None:
    try:
        return int(float(v)) if v not in (None, "") else None
    except (TypeError, ValueError):
        return None


def read_entries(fh: TextIO, fmt: str) -> Iterator[NewEntry]:
    if fmt == "te-csv":
        yield from _read_te_csv(fh)
    elif fmt == "tcap-csv":
        for row in csv.DictReader(fh):
            yield from _entries_from_obj(row)
    elif fmt == "tcap-json":
        yield from _read_json(fh.read())
    else:
        raise UsageError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def _read_te_csv(fh: TextIO) -> Iterator[NewEntry]:
    rows = csv.reader(fh)
    first = next(rows, None)
    if first is None:
        return
    header = [c.strip().lower() for c in first]
    looks_like_data = any(re.fullmatch(r"[0-9a-f]{32,}", c) or ";" in c or "://" in c for c in header)
    if not looks_like_data and set(header) & {"signal_type", *_HASH_KEYS, *_ALGO_COLUMNS}:
        for row in rows:
            if row:
                yield from _entries_from_obj(dict(zip(header, row, strict=False)))
        return
    for row in [first, *rows]:
        if len(row) >= 2 and row[0].strip():
            tags = parse_tags(row[2]) if len(row) > 2 and row[2].strip() else {}
            yield NewEntry(row[0].strip(), row[1].strip(), labels=tags)


def _read_json(text: str) -> Iterator[NewEntry]:
    text = text.strip()
    if not text:
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        data = [json.loads(line) for line in text.splitlines() if line.strip()]
    if isinstance(data, dict):
        data = next(
            (data[k] for k in ("hashes", "items", "data", "entries") if isinstance(data.get(k), list)), [data]
        )
    for obj in data:
        if isinstance(obj, dict):
            yield from _entries_from_obj(obj)


def write_entries(entries: Iterable[BankEntry], fh: TextIO, fmt: str) -> int:
    n = 0
    if fmt == "te-csv":
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["signal_type", "signal", "tags", "source_id", "note"])
        for e in entries:
            w.writerow([e.signal_type, e.signal, format_tags(e.labels), e.source_id, e.note])
            n += 1
    elif fmt == "tcap-csv":
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hash_type", "hash", "labels", "id"])
        for e in entries:
            w.writerow([e.signal_type, e.signal, json.dumps(e.labels, sort_keys=True), e.source_id])
            n += 1
    elif fmt == "tcap-json":
        out = []
        for e in entries:
            out.append({"hash_type": e.signal_type, "hash": e.signal, "labels": e.labels, "id": e.source_id})
            n += 1
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    else:
        raise UsageError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return n


def dumps(entries: Iterable[BankEntry], fmt: str) -> str:
    buf = io.StringIO()
    write_entries(entries, buf, fmt)
    return buf.getvalue()


def guess_format(path: str) -> str:
    low = path.lower()
    if low.endswith((".json", ".jsonl", ".ndjson")):
        return "tcap-json"
    return "te-csv"


__all__ = ["FORMATS", "dumps", "format_tags", "guess_format", "parse_tags", "read_entries", "write_entries"]
