"""CSV (and TSV) with a column mapping.

The mapping names which column holds each field (``text=tweets,author=username``).
Without one, columns are recognised by their usual names, including both Fifth Tribe
tweet layouts:

* ``name,username,tweetid,time,tweets``
* ``name,username,description,location,followers,numberstatuses,time,tweets``

Only mapped fields are kept. Profile columns (description, location, follower counts)
are deliberately dropped: vigil judges content, never who posted it.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import Path

from vigil.errors import UsageError
from vigil.ingest.common import display, excerpt, oversize_record, parse_time, too_large
from vigil.items import QuarantineRecord, Record

FIELDS = ("text", "id", "author", "time", "url", "lang", "reply_to", "platform")
ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "tweets", "tweet", "full_text", "message", "content", "body", "post"),
    "id": ("id", "tweetid", "tweet_id", "id_str", "message_id", "post_id"),
    "author": ("author", "username", "screen_name", "user", "user_screen_name", "from"),
    "time": ("time", "date", "created_at", "timestamp", "datetime"),
    "url": ("url", "link", "permalink"),
    "lang": ("lang", "language"),
    "reply_to": ("reply_to", "in_reply_to_status_id", "in_reply_to", "reply_to_id"),
    "platform": ("platform",),
}
FIFTH_TRIBE_LAYOUTS = (
    ("name", "username", "tweetid", "time", "tweets"),
    ("name", "username", "description", "location", "followers", "numberstatuses", "time", "tweets"),
)


def parse_mapping(spec: str | None) -> dict[str, str]:
    """``"text=tweets,author=username"`` -> ``{"text": "tweets", "author": "username"}``."""
    if not spec:
        return {}
    mapping: dict[str, str] = {}
    for part in spec.split(","):
        if "=" not in part:
            raise UsageError(f"column mapping {part!r} is not FIELD=COLUMN")
        field, column = (s.strip() for s in part.split("=", 1))
        if field not in FIELDS:
            raise UsageError(f"unknown field {field!r} in column mapping (known: {', '.join(FIELDS)})")
        mapping[field] = column
    return mapping


def resolve_columns(header: list[str], mapping: dict[str, str]) -> dict[str, int]:
    """Column index of each field: explicit mapping first, then the usual names."""
    lowered = [h.strip().lower() for h in header]
    index: dict[str, int] = {}
    for field, column in mapping.items():
        if column.lower() not in lowered:
            raise UsageError(f"column {column!r} (for {field}) is not in the header: {', '.join(header)}")
        index[field] = lowered.index(column.lower())
    for field, names in ALIASES.items():
        if field in index:
            continue
        for name in names:
            if name in lowered:
                index[field] = lowered.index(name)
                break
    return index


def read_csv(path: Path, mapping: dict[str, str] | None = None) -> Iterator[Record | QuarantineRecord]:
    source = display(path)
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    csv.field_size_limit(sys.maxsize)
    with open(path, encoding="utf-8", errors="surrogateescape", newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield QuarantineRecord(source, "header", "invalid_csv", str(exc))
            return
        if header and header[0].startswith("\ufeff"):
            header[0] = header[0][1:]
        columns = resolve_columns(header, mapping or {})
        if "text" not in columns:
            yield QuarantineRecord(
                source,
                "header",
                "no_text_column",
                f"no text column among {', '.join(header)}; map one with --map text=COLUMN",
            )
            return
        fifth_tribe = tuple(h.strip().lower() for h in header) in FIFTH_TRIBE_LAYOUTS
        row_no = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                row_no += 1
                yield QuarantineRecord(
                    source, f"row {row_no} (line {reader.line_num})", "invalid_csv", str(exc)
                )
                continue
            row_no += 1
            locator = f"row {row_no} (line {reader.line_num})"
            if not any(cell.strip() for cell in row):
                continue
            joined = delimiter.join(row)
            if any("\udc80" <= ch <= "\udcff" for ch in joined):
                yield QuarantineRecord(
                    source,
                    locator,
                    "invalid_utf8",
                    "bytes that are not UTF-8",
                    excerpt(joined.encode("utf-8", errors="replace")),
                )
                continue
            if len(row) != len(header):
                yield QuarantineRecord(
                    source,
                    locator,
                    "wrong_field_count",
                    f"{len(row)} fields, header has {len(header)}",
                    excerpt(joined),
                )
                continue
            text = row[columns["text"]]
            if not text.strip():
                yield QuarantineRecord(source, locator, "missing_text", "empty text column", excerpt(joined))
                continue
            if too_large(text):
                yield oversize_record(source, locator, text)
                continue

            def get(field: str, row: list[str] = row) -> str | None:
                i = columns.get(field)
                value = row[i].strip() if i is not None else ""
                return value or None

            time_raw = get("time")
            time = parse_time(time_raw)
            extra = {"time_unparsed": time_raw} if time_raw and time is None else {}
            yield Record(
                text=text,
                source=source,
                locator=locator,
                source_id=get("id"),
                platform=get("platform") or ("twitter" if fifth_tribe else None),
                author=get("author"),
                time=time,
                url=get("url"),
                reply_to=get("reply_to"),
                lang=get("lang"),
                extra=extra,
            )
