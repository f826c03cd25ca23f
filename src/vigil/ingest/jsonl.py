"""JSONL: one JSON object a line.

``text`` is required; ``id``, ``author``, ``time``, ``url``, ``lang``, ``media`` (paths,
relative to the file's folder), ``reply_to`` and ``platform`` are optional. Anything else
is kept in ``extra``. Lines are read as bytes, so a line that is not UTF-8 is quarantined
alone.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from vigil.ingest.common import display, excerpt, media_ref, oversize_record, parse_time, too_large
from vigil.items import QuarantineRecord, Record

KNOWN = {"id", "text", "author", "time", "url", "lang", "media", "reply_to", "platform"}


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def read_jsonl(path: Path) -> Iterator[Record | QuarantineRecord]:
    source = display(path)
    with open(path, "rb") as fh:
        for number, raw in enumerate(fh, start=1):
            locator = f"line {number}"
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield QuarantineRecord(source, locator, "invalid_utf8", str(exc), excerpt(raw))
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield QuarantineRecord(
                    source, locator, "invalid_json", exc.msg + f" at column {exc.colno}", excerpt(line)
                )
                continue
            yield from record_from_object(obj, path, source, locator, excerpt(line))


def record_from_object(
    obj: Any, path: Path, source: str, locator: str, raw_excerpt: str
) -> Iterator[Record | QuarantineRecord]:
    """One record (plus quarantine notes for unreadable media) from a decoded JSON object."""
    if not isinstance(obj, dict):
        yield QuarantineRecord(source, locator, "not_an_object", f"a JSON {type(obj).__name__}", raw_excerpt)
        return
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        if text is None or (isinstance(text, str) and not obj.get("media")):
            yield QuarantineRecord(
                source, locator, "missing_text", "no 'text' field with content", raw_excerpt
            )
            return
        if not isinstance(text, str):
            yield QuarantineRecord(
                source, locator, "invalid_text", f"'text' is a {type(text).__name__}", raw_excerpt
            )
            return
    if too_large(text):
        yield oversize_record(source, locator, text)
        return
    media_paths = obj.get("media") or []
    if isinstance(media_paths, str):
        media_paths = [media_paths]
    if not isinstance(media_paths, list):
        yield QuarantineRecord(
            source,
            f"{locator} media",
            "invalid_media",
            f"'media' is a {type(media_paths).__name__}, not a list of paths",
        )
        media_paths = []
    media = []
    for rel in media_paths:
        mpath = (path.parent / str(rel)) if not Path(str(rel)).is_absolute() else Path(str(rel))
        try:
            media.append(media_ref(mpath))
        except OSError as exc:
            yield QuarantineRecord(
                source, f"{locator} media {rel}", "media_unreadable", exc.strerror or str(exc)
            )
    if not text.strip() and not media:
        yield QuarantineRecord(source, locator, "missing_text", "no text and no readable media", raw_excerpt)
        return
    time_raw = obj.get("time")
    time = parse_time(time_raw)
    extra = {k: v for k, v in obj.items() if k not in KNOWN}
    if time_raw not in (None, "") and time is None:
        extra["time_unparsed"] = str(time_raw)
    yield Record(
        text=text,
        source=source,
        locator=locator,
        kind="text" if text.strip() or not media else media[0].kind,
        source_id=_str(obj.get("id")),
        platform=_str(obj.get("platform")),
        author=_str(obj.get("author")),
        time=time,
        url=_str(obj.get("url")),
        reply_to=_str(obj.get("reply_to")),
        lang=_str(obj.get("lang")),
        media=media,
        extra=extra,
    )
