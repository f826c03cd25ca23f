"""Items: the unit that vigil judges.

A ``Record`` is what a reader pulls out of a source (a JSONL line, a CSV row, a
Telegram message, a file). It becomes an ``Item`` once it has been given its
content address and its extracted fields, and a verdict once it has been scored.

Items are content-addressed: ``uid`` is the sha256 of a canonical JSON of what the
source said (platform, id, author, time, text, reply target, media hashes). The same
input scanned twice gives the same uids, so a re-scan or a resumed run adds nothing.
``content_sha256`` addresses the text alone, so the same words posted by many
accounts (re-shares) can be grouped without losing who posted them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

ITEM_KINDS = ("text", "image", "video", "audio", "document")


def sha256_text(text: str) -> str:
    # surrogatepass: a file name that is not UTF-8 (os.fsdecode's surrogates) still hashes.
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def printable(text: str) -> str:
    """``text`` made safe to store anywhere: NUL and lone surrogates are written as escapes."""
    if "\x00" in text:
        text = text.replace("\x00", "\\x00")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", errors="backslashreplace").decode("utf-8")
    return text


def sha256_file(path: str, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


@dataclass
class MediaRef:
    """A media file attached to a record: where it is and what its bytes hash to."""

    path: str
    sha256: str
    kind: str  # image | video | audio | document
    bytes: int
    mime: str = ""


@dataclass
class Record:
    """One post, message or file as a reader found it (before extraction)."""

    text: str
    source: str  # the file it came from
    locator: str  # where in that file: "line 12", "message 4711", a relative path
    kind: str = "text"
    source_id: str | None = None
    platform: str | None = None
    author: str | None = None
    time: str | None = None  # ISO 8601
    url: str | None = None
    reply_to: str | None = None
    lang: str | None = None  # a language the source declared (kept, not trusted)
    media: list[MediaRef] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def uid(self) -> str:
        canonical = {
            "platform": self.platform,
            "source_id": self.source_id,
            "author": self.author,
            "time": self.time,
            "url": self.url,
            "reply_to": self.reply_to,
            "kind": self.kind,
            "text": self.text,
            "media": sorted(m.sha256 for m in self.media),
        }
        blob = json.dumps(canonical, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return sha256_text(blob)


@dataclass
class Item:
    """A stored item: the record, its extracted fields and (once scored) its verdict."""

    uid: str
    content_sha256: str
    kind: str
    source: str
    locator: str
    text: str
    source_id: str | None = None
    platform: str | None = None
    author: str | None = None
    time: str | None = None
    url: str | None = None
    reply_to: str | None = None
    lang: str | None = None
    lang_given: str | None = None
    urls: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    hashtags: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    media: list[str] = field(default_factory=list)  # media sha256s
    score: float | None = None
    flagged: bool | None = None
    themes: dict[str, float] = field(default_factory=dict)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    model: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class QuarantineRecord:
    """A record that could not be used, with where it was and why."""

    source: str
    locator: str
    reason: str
    detail: str = ""
    excerpt: str = ""

    def key(self) -> str:
        return sha256_text(f"{self.source}\x00{self.locator}\x00{self.reason}")


__all__ = [
    "ITEM_KINDS",
    "Item",
    "MediaRef",
    "QuarantineRecord",
    "Record",
    "printable",
    "sha256_file",
    "sha256_text",
]
