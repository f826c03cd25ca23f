"""What the readers share: limits, media references, time parsing."""

from __future__ import annotations

import mimetypes
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

from vigil.items import MediaRef, QuarantineRecord, Record, printable, sha256_file

MAX_TEXT_BYTES = 1_000_000  # a text over 1 MB is not a post: quarantine it
EXCERPT_CHARS = 200

IMAGE_EXT = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff"}
VIDEO_EXT = {".mp4", ".webm", ".mkv", ".mov", ".avi", ".m4v", ".3gp", ".ts"}
AUDIO_EXT = {".mp3", ".ogg", ".oga", ".opus", ".wav", ".m4a", ".flac", ".aac"}
TEXT_EXT = {".txt", ".md", ".markdown"}
HTML_EXT = {".html", ".htm", ".xhtml"}


def media_kind(path: str | Path) -> str | None:
    ext = Path(path).suffix.lower()
    if ext in IMAGE_EXT:
        return "image"
    if ext in VIDEO_EXT:
        return "video"
    if ext in AUDIO_EXT:
        return "audio"
    return None


def media_ref(path: Path, kind: str | None = None) -> MediaRef:
    """Hash a media file into a reference (raises OSError if it cannot be read)."""
    st = path.stat()
    return MediaRef(
        path=str(path.resolve()),
        sha256=sha256_file(str(path)),
        kind=kind or media_kind(path) or "document",
        bytes=st.st_size,
        mime=mimetypes.guess_type(path.name)[0] or "",
    )


def excerpt(data: bytes | str) -> str:
    if isinstance(data, bytes):
        data = data[: EXCERPT_CHARS * 4].decode("utf-8", errors="replace")
    return printable(data[:EXCERPT_CHARS])


def unstorable(value: object) -> str | None:
    """Why a value read from a source cannot be stored as text (NUL, lone surrogate), or None."""
    if isinstance(value, str):
        if "\x00" in value:
            return "a NUL character"
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "a lone surrogate (not Unicode text)"
        return None
    if isinstance(value, dict):
        return next((r for v in (*value.keys(), *value.values()) if (r := unstorable(v))), None)
    if isinstance(value, list | tuple):
        return next((r for v in value if (r := unstorable(v))), None)
    return None


def check_record(record: Record) -> QuarantineRecord | None:
    """A quarantine record if any field of ``record`` cannot be stored, else None."""
    for name in ("text", "source_id", "platform", "author", "time", "url", "reply_to", "lang", "extra"):
        reason = unstorable(getattr(record, name))
        if reason:
            return QuarantineRecord(
                record.source,
                record.locator,
                "invalid_text",
                f"{name} contains {reason}",
                excerpt(record.text),
            )
    return None


def too_large(text: str) -> bool:
    return len(text) > MAX_TEXT_BYTES // 4 and len(text.encode("utf-8")) > MAX_TEXT_BYTES


def oversize_record(source: str, locator: str, text: str) -> QuarantineRecord:
    return QuarantineRecord(
        source,
        locator,
        "text_too_large",
        f"{len(text.encode('utf-8')):,} bytes (limit {MAX_TEXT_BYTES:,})",
        excerpt(text),
    )


_TIME_FORMATS = (
    "%Y-%m-%dT%H:%M:%S%z",
    "%Y-%m-%dT%H:%M:%S.%f%z",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M:%S.%f",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%m/%d/%Y %H:%M",  # Fifth Tribe: M/D/YYYY H:MM
    "%m/%d/%Y %H:%M:%S",
    "%a %b %d %H:%M:%S %z %Y",  # Twitter API v1.1 created_at
)


def parse_time(value: object) -> str | None:
    """An ISO 8601 string (UTC when the source gave a zone) or None if it cannot be read.

    Numbers are Unix seconds (or milliseconds). A time without a zone is kept as the
    source's local time, without inventing one.
    """
    try:
        return _parse_time(value)
    except (OverflowError, OSError, ValueError):
        return None  # out of range (year 10000, NaN, ...): kept as time_unparsed by the readers


def _parse_time(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = float(value) / (1000 if value > 1e11 else 1)
        return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    text = str(value).strip()
    if text.isdigit():
        return _parse_time(int(text))
    if text.endswith("Z"):
        text = text[:-1] + "+0000"
    for fmt in _TIME_FORMATS:
        try:
            parsed = datetime.strptime(text, fmt)
        except ValueError:
            continue
        if parsed.tzinfo is not None:
            return parsed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return parsed.strftime("%Y-%m-%dT%H:%M:%S")
    return None


def not_regular(path: Path) -> QuarantineRecord | None:
    """A quarantine record for a path that cannot be read as a regular file, else None.

    Checked before opening, so a FIFO or device in a corpus folder never blocks a scan.
    """
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return QuarantineRecord(display(path), "file", "unreadable", exc.strerror or str(exc))
    if not stat.S_ISREG(mode):
        return QuarantineRecord(display(path), "file", "not_a_regular_file", "a FIFO, socket or device")
    return None


def display(path: Path) -> str:
    """How a source is named in the store and in errors: its path as given, made absolute."""
    return os.path.abspath(path)
