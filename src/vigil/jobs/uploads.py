"""Media submitted to the service: checked from its bytes, kept by content, matched now, judged later.

:func:`accept_upload` takes a file the caller has written to disk (the HTTP route streams
the upload there, under its size limit) and:

1. sniffs its type from the bytes (the name and the declared content type are not
   trusted): an image, a video or audio, else it is refused;
2. opens it the way the media stage will — an image is decoded under the pixel limit, so
   a decoder bomb is refused here with ``decompression_bomb``; a video is probed for
   streams and length — so what is accepted can be processed;
3. moves it into the media folder under its sha256 (the same bytes are kept once);
4. matches its hashes (sha256, md5, PDQ with its variants or vPDQ) against the banks,
   synchronously — the caller learns at once whether it is known material;
5. in one unit of work: stores the item (``source="api"``), its media row (``pending``)
   and the ``media`` job that runs the full media stage (OCR, speech, detector, policy)
   on a worker. The job's key is the file and the item, so the same upload twice gets
   the same job.

Refusals raise :class:`~vigil.errors.BadRecord` with a reason code and nothing is kept.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vigil.errors import BadRecord
from vigil.items import MediaRef, Record, sha256_file
from vigil.jobs.media import KIND
from vigil.signals.matcher import Match, Matcher, hash_file_for_query
from vigil.store import Store

ENV_MEDIA_DIR = "VIGIL_MEDIA_DIR"
SUFFIXES = {
    "image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/webp": ".webp",
    "image/bmp": ".bmp", "image/tiff": ".tif", "video/mp4": ".mp4", "video/webm": ".webm",
    "video/x-matroska": ".mkv", "video/quicktime": ".mov", "audio/mpeg": ".mp3", "audio/ogg": ".ogg",
    "audio/wav": ".wav", "audio/flac": ".flac",
}  # fmt: skip
ACCEPTED_KINDS = ("image", "video", "audio")


@dataclass
class Upload:
    """What became of one accepted upload."""

    sha256: str
    kind: str
    mime: str
    bytes: int
    path: str
    item_uid: str
    job_id: int
    matches: list[Match] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256, "kind": self.kind, "mime": self.mime, "bytes": self.bytes,
            "item_uid": self.item_uid, "matches": [m.to_dict() for m in self.matches],
        }  # fmt: skip


def media_dir(store: Store) -> Path:
    """Where uploaded media are kept: ``$VIGIL_MEDIA_DIR``, else beside a SQLite database
    (``vigil.db`` → ``vigil.db.media/``), else ``./vigil-media``. Every worker must see the
    same folder (one machine, or a shared file system)."""
    if os.environ.get(ENV_MEDIA_DIR):
        return Path(os.environ[ENV_MEDIA_DIR])
    path = getattr(store, "path", None)
    if isinstance(path, str) and path != ":memory:":
        return Path(path + ".media")
    return Path("vigil-media")


def check_media(path: Path) -> tuple[str, str]:
    """``(kind, mime)`` of a file the media stage can process; :class:`BadRecord` otherwise."""
    from vigil.signals.filetype import sniff

    kind, mime = sniff(path)
    if kind == "empty":
        raise BadRecord("empty_file", "0 bytes")
    if kind not in ACCEPTED_KINDS:
        raise BadRecord(
            "unsupported_type", f"the content is {mime or 'not a known type'}: send an image, video or audio"
        )
    if kind == "image":
        from vigil.signals.imaging import load_rgb

        load_rgb(path).close()  # decoded under the pixel limit: a decoder bomb stops here
    else:
        from vigil.media.video import check_video

        check_video(path)
    return kind, mime


def keep(path: Path, sha256: str, mime: str, folder: Path) -> Path:
    """Move ``path`` to ``folder/ab/<sha256><suffix>`` (kept once: an existing copy wins)."""
    dest = folder / sha256[:2] / (sha256 + SUFFIXES.get(mime, ""))
    dest.parent.mkdir(parents=True, exist_ok=True)
    if dest.exists():
        path.unlink()
    else:
        shutil.move(str(path), dest)
    return dest


def accept_upload(
    store: Store,
    path: Path,
    *,
    actor: str,
    matcher: Matcher | None = None,
    context: dict[str, str | None] | None = None,
    folder: Path | None = None,
) -> Upload:
    """Check, keep, match and queue one uploaded file (see the module's docstring).

    ``context``: what the platform knows of the post (``author``, ``time``, ``url``,
    ``platform``, ``source_id``); ``matcher``: the banks to match now (default: none).
    """
    kind, mime = check_media(path)
    sha256 = sha256_file(str(path))
    size = path.stat().st_size
    kept = keep(path, sha256, mime, folder or media_dir(store))
    _kind, _mime, hashes = hash_file_for_query(kept)
    matches = matcher.match_hashes(hashes, content=sha256) if matcher is not None and len(matcher) else []
    ref = MediaRef(str(kept), sha256, kind, size, mime)
    ctx = context or {}
    record = Record(
        text="", source="api", locator=actor, kind=kind, media=[ref], author=ctx.get("author"),
        time=ctx.get("time"), url=ctx.get("url"), platform=ctx.get("platform"),
        source_id=ctx.get("source_id"),
    )  # fmt: skip

    from vigil.pipeline.scan import build_item

    item = build_item(record)
    with store.transaction():
        store.items.add([item])
        store.media.add(item.uid, [ref])
        job_id = store.jobs.enqueue(KIND, {"sha256": sha256}, key=f"{KIND}:{sha256}:{item.uid}")
    return Upload(sha256, kind, mime, size, str(kept), item.uid, job_id, matches)


__all__ = ["ACCEPTED_KINDS", "ENV_MEDIA_DIR", "Upload", "accept_upload", "check_media", "keep", "media_dir"]
