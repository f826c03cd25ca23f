"""Telegram Desktop export (``result.json``).

Handles a single-chat export (``{"name", "type", "id", "messages": [...]}``) and a
full-account export (``{"chats": {"list": [...]}}``). A message's ``text`` is a string
or a list of strings and entity objects (``{"type": "bold", "text": "..."}``); both
are flattened to plain text. Photos and files are paths relative to the export folder.
Service messages (joins, pins) are not content and are skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from vigil.ingest.common import (
    display,
    excerpt,
    media_kind,
    media_ref,
    oversize_record,
    parse_time,
    too_large,
)
from vigil.items import MediaRef, QuarantineRecord, Record

NOT_EXPORTED = "(File not included"


def flatten_text(text: Any) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(
            part if isinstance(part, str) else str(part.get("text", ""))
            for part in text
            if isinstance(part, str | dict)
        )
    return ""


def chats(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, dict) and isinstance(data.get("messages"), list):
        return [data]
    if isinstance(data, dict) and isinstance(data.get("chats"), dict):
        return [c for c in data["chats"].get("list", []) if isinstance(c, dict)]
    return []


def is_telegram_export(path: Path) -> bool:
    """A cheap look at the start of a .json file for a Telegram export's keys."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096).decode("utf-8", errors="replace")
    except OSError:
        return False
    return '"messages"' in head or '"chats"' in head


def count_messages(path: Path) -> int:
    try:
        return sum(len(c.get("messages", [])) for c in chats(json.loads(path.read_bytes())))
    except (OSError, ValueError):
        return 0


def read_telegram(path: Path) -> Iterator[Record | QuarantineRecord]:
    if path.is_dir():
        path = path / "result.json"
    source = display(path)
    folder = path.parent
    try:
        data = json.loads(path.read_bytes())
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield QuarantineRecord(source, "file", "invalid_json", str(exc))
        return
    except OSError as exc:
        yield QuarantineRecord(source, "file", "unreadable", exc.strerror or str(exc))
        return
    found = chats(data)
    if not found:
        yield QuarantineRecord(source, "file", "not_a_telegram_export", "no 'messages' or 'chats' list")
        return
    for chat in found:
        chat_id = str(chat.get("id", chat.get("name", "chat")))
        for position, msg in enumerate(chat.get("messages", [])):
            if not isinstance(msg, dict):
                yield QuarantineRecord(source, f"chat {chat_id} message #{position}", "not_an_object")
                continue
            locator = f"chat {chat_id} message {msg.get('id', '#' + str(position))}"
            if msg.get("type", "message") != "message":
                continue
            text = flatten_text(msg.get("text", ""))
            if too_large(text):
                yield oversize_record(source, locator, text)
                continue
            media: list[MediaRef] = []
            for key in ("photo", "file", "thumbnail"):
                rel = msg.get(key)
                if not isinstance(rel, str) or not rel or (key == "thumbnail" and media):
                    continue
                if rel.startswith(NOT_EXPORTED):
                    yield QuarantineRecord(source, f"{locator} {key}", "media_not_exported", rel)
                    continue
                kind = "image" if key == "photo" else media_kind(rel) or _kind_of(msg)
                try:
                    media.append(media_ref(folder / rel, kind))
                except OSError as exc:
                    yield QuarantineRecord(
                        source, f"{locator} {key} {rel}", "media_unreadable", exc.strerror or str(exc)
                    )
            if not text.strip() and not media:
                continue  # stickers, polls, empty forwards: nothing to judge
            extra: dict[str, Any] = {"chat": chat.get("name"), "chat_type": chat.get("type")}
            for key in ("forwarded_from", "via_bot", "edited", "media_type"):
                if msg.get(key):
                    extra[key] = msg[key]
            reply = msg.get("reply_to_message_id")
            yield Record(
                text=text,
                source=source,
                locator=locator,
                kind="text" if text.strip() else media[0].kind,
                source_id=f"{chat_id}/{msg.get('id')}",
                platform="telegram",
                author=str(msg.get("from") or msg.get("actor") or chat.get("name") or "") or None,
                time=parse_time(msg.get("date_unixtime") or msg.get("date")),
                reply_to=f"{chat_id}/{reply}" if reply is not None else None,
                media=media,
                extra={k: v for k, v in extra.items() if v is not None},
            )


def _kind_of(msg: dict[str, Any]) -> str:
    media_type = str(msg.get("media_type", ""))
    if "video" in media_type or media_type == "animation":
        return "video"
    if "audio" in media_type or "voice" in media_type:
        return "audio"
    if msg.get("mime_type", "").startswith("image/"):
        return "image"
    return "document"


__all__ = ["count_messages", "excerpt", "flatten_text", "is_telegram_export", "read_telegram"]
