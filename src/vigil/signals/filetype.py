"""What a file really is, from its first bytes (names and declared types lie)."""

from __future__ import annotations

from pathlib import Path

_IMAGE = "image"
_VIDEO = "video"
_AUDIO = "audio"


def sniff(path: str | Path) -> tuple[str, str]:
    """``(kind, mime)`` from the content: kind is image|video|audio|other|empty."""
    with open(path, "rb") as fh:
        head = fh.read(64)
    return sniff_bytes(head)


def sniff_bytes(head: bytes) -> tuple[str, str]:
    if not head:
        return "empty", ""
    if head.startswith(b"\xff\xd8\xff"):
        return _IMAGE, "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return _IMAGE, "image/png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return _IMAGE, "image/gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return _IMAGE, "image/webp"
    if head[:2] == b"BM":
        return _IMAGE, "image/bmp"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return _IMAGE, "image/tiff"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"mif1", b"avif"):
            return _IMAGE, "image/heif"
        if brand.startswith(b"M4A"):
            return _AUDIO, "audio/mp4"
        return _VIDEO, "video/quicktime" if brand == b"qt  " else "video/mp4"
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free"):
        return _VIDEO, "video/quicktime"
    if head.startswith(b"\x1aE\xdf\xa3"):
        return _VIDEO, "video/webm" if b"webm" in head else "video/x-matroska"
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return _VIDEO, "video/x-msvideo"
    if head[:3] == b"FLV":
        return _VIDEO, "video/x-flv"
    if head[0] == 0x47 and len(head) > 1 and head[1:2] in (b"\x40", b"\x00", b"\x1f", b"\x41"):
        return _VIDEO, "video/mp2t"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return _AUDIO, "audio/wav"
    if head[:4] == b"OggS":
        return _AUDIO, "audio/ogg"
    if head[:3] == b"ID3" or head[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
        return _AUDIO, "audio/mpeg"
    if head[:4] == b"fLaC":
        return _AUDIO, "audio/flac"
    if head[:4] == b"%PDF":
        return "other", "application/pdf"
    if head[:2] == b"MZ":
        return "other", "application/x-msdownload"
    if head[:4] == b"\x7fELF":
        return "other", "application/x-executable"
    if head[:4] == b"PK\x03\x04":
        return "other", "application/zip"
    text = head.lstrip().lower()
    if text.startswith((b"<!doctype html", b"<html", b"<?xml", b"<svg")):
        return "other", "text/html" if b"html" in text[:20] else "text/xml"
    return "other", "application/octet-stream"


__all__ = ["sniff", "sniff_bytes"]
