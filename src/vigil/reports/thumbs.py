"""Small inline thumbnails of images, for the media section.

A researcher needs to recognise a re-uploaded image without opening files; a reader must
not be shown a graphic image by surprise. So thumbnails are tiny (at most 160 px), inline
(a JPEG data URI: the report stays one offline file) and always rendered blurred until
clicked (``.graphic`` in the page's CSS). Files that are missing, unreadable or not images
simply get no thumbnail.
"""

from __future__ import annotations

import base64
import io
import os

MAX_PX = 160
MAX_FILE_BYTES = 50 * 1024 * 1024


def thumbnail_uri(path: str | None, max_px: int = MAX_PX) -> str | None:
    """A JPEG data URI of the image at ``path`` scaled to fit ``max_px``, or ``None``."""
    if not path or not os.path.isfile(path) or os.path.getsize(path) > MAX_FILE_BYTES:
        return None
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as src:
            src.draft("RGB", (max_px * 2, max_px * 2))  # fast JPEG downscale while decoding
            img = src.convert("RGB")
        img.thumbnail((max_px, max_px))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=70)
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        return None
    return "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


__all__ = ["MAX_PX", "thumbnail_uri"]
