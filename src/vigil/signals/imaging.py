"""Decoding images safely: bounded pixels, no half-read files, one colour model.

Every image vigil hashes or reads goes through :func:`load_rgb`. It refuses, with a
short reason code, what would otherwise hang or eat memory: an empty file, a file whose
bytes are not an image, a decompression bomb (more pixels than ``MAX_PIXELS``, checked
from the header before any pixel is decoded) and a truncated file (PIL would otherwise
fill the missing part with grey and hash it). Animated images give their first frame.
"""

from __future__ import annotations

import contextlib
import os
import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageFile, ImageOps

from vigil.errors import BadRecord

#: 64 megapixels: well above any real photo or poster, far below a bomb.
MAX_PIXELS = int(os.environ.get("VIGIL_MAX_IMAGE_PIXELS", 64_000_000))
ImageFile.LOAD_TRUNCATED_IMAGES = False


def load_rgb(path: str | Path, *, max_pixels: int = MAX_PIXELS) -> Image.Image:
    """The image at ``path`` as RGB; :class:`BadRecord` with a reason code if it cannot be used."""
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise BadRecord("missing_file", str(exc)) from exc
    if size == 0:
        raise BadRecord("empty_file", "0 bytes")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            img = Image.open(path)
        except Image.DecompressionBombError as exc:
            raise BadRecord("decompression_bomb", str(exc)) from exc
        except (OSError, SyntaxError, ValueError) as exc:
            raise BadRecord("not_an_image", f"cannot identify image: {exc}") from exc
        w, h = img.size
        if w * h > max_pixels:
            img.close()
            raise BadRecord(
                "decompression_bomb", f"{w}x{h} = {w * h / 1e6:.0f} MP > limit {max_pixels / 1e6:.0f} MP"
            )
        if w < 1 or h < 1:
            raise BadRecord("not_an_image", f"degenerate size {w}x{h}")
        try:
            img.load()
        except Image.DecompressionBombError as exc:
            raise BadRecord("decompression_bomb", str(exc)) from exc
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            msg = str(exc)
            reason = "truncated_image" if "truncated" in msg or "broken" in msg.lower() else "corrupt_image"
            raise BadRecord(reason, f"{img.format or 'image'}: {msg}") from exc
    with contextlib.suppress(Exception):  # a broken EXIF block must not lose the image
        img = ImageOps.exif_transpose(img) or img  # type: ignore[assignment]
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        background = Image.new("RGB", img.size, (255, 255, 255))
        rgba = img.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return img.convert("RGB")


def to_array(img: Image.Image) -> np.ndarray:
    """A contiguous uint8 HxWx3 array (what pdqhash wants)."""
    return np.ascontiguousarray(np.asarray(img.convert("RGB"), dtype=np.uint8))


__all__ = ["MAX_PIXELS", "load_rgb", "to_array"]
