"""A folder of files.

Text (``.txt``, ``.md``) and HTML (``.html``, visible text only) become text items;
images, videos and audio become media items for the media stage to hash, read and
judge. JSONL, CSV and Telegram exports found inside are read with their own readers.
A binary file posing as text, a file that is not UTF-8, an unreadable file and an
unsupported type are quarantined with the reason.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

from vigil.ingest.common import (
    HTML_EXT,
    MAX_TEXT_BYTES,
    TEXT_EXT,
    display,
    excerpt,
    media_kind,
    media_ref,
)
from vigil.items import QuarantineRecord, Record

SNIFF_BYTES = 8192


class _TextOf(HTMLParser):
    SKIP: ClassVar[frozenset[str]] = frozenset({"script", "style", "head", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self._skip += 1
        elif tag in {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "tr", "title"}:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_text(html: str) -> str:
    parser = _TextOf()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def looks_binary(head: bytes) -> bool:
    return b"\x00" in head


def walk(root: Path) -> Iterator[Path]:
    """Files under ``root`` in a stable order; hidden files and folders are passed over."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def read_text_file(path: Path, root: Path) -> Iterator[Record | QuarantineRecord]:
    source = display(path)
    locator = "file"
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            yield QuarantineRecord(
                source, locator, "text_too_large", f"{size:,} bytes (limit {MAX_TEXT_BYTES:,})"
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield QuarantineRecord(source, locator, "unreadable", exc.strerror or str(exc))
        return
    if looks_binary(data[:SNIFF_BYTES]):
        yield QuarantineRecord(source, locator, "binary_file", "NUL bytes in a text file", excerpt(data))
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield QuarantineRecord(source, locator, "invalid_utf8", str(exc), excerpt(data))
        return
    if path.suffix.lower() in HTML_EXT:
        text = html_text(text)
    if not text.strip():
        yield QuarantineRecord(source, locator, "missing_text", "empty file")
        return
    yield Record(
        text=text,
        source=source,
        locator=locator,
        source_id=path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name,
    )


def read_media_file(path: Path, root: Path) -> Iterator[Record | QuarantineRecord]:
    source = display(path)
    kind = media_kind(path) or "document"
    try:
        ref = media_ref(path, kind)
    except OSError as exc:
        yield QuarantineRecord(source, "file", "unreadable", exc.strerror or str(exc))
        return
    yield Record(
        text="",
        source=source,
        locator="file",
        kind=kind,
        source_id=path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name,
        media=[ref],
    )


def read_file(path: Path, root: Path) -> Iterator[Record | QuarantineRecord]:
    ext = path.suffix.lower()
    if ext in TEXT_EXT or ext in HTML_EXT:
        yield from read_text_file(path, root)
    elif media_kind(path):
        yield from read_media_file(path, root)
    else:
        yield QuarantineRecord(
            display(path), "file", "unsupported_type", f"no reader for {ext or 'files without an extension'}"
        )
