"""Text inside images with Tesseract (Debian ``tesseract-ocr``, run as a subprocess).

Propaganda posters print white (or light) text with a dark outline over a photo. Plain
OCR of such an image reads the photo's edges as letters. So each image is read twice:

* ``plain`` — greyscale, upscaled when small;
* ``mask`` — only the pixels of the text colour (light, unsaturated) kept, drawn black on
  white: the outline and the photo vanish and Tesseract sees clean glyphs;

and the reading with the higher mean word confidence wins. Languages: the first pass uses
``eng+ara+rus`` (one pack per script: Latin, Arabic, Cyrillic); when the text then reads
as French, German or Turkish the winning variant is read again with that pack, which
knows its accents. ``OMP_THREAD_LIMIT=1`` keeps Tesseract from spawning a thread per core;
every call has a timeout.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter, ImageOps

from vigil.errors import BadRecord

FIRST_PASS_LANGS = "eng+ara+rus"
LANG_PACKS = {"en": "eng", "ar": "ara", "fr": "fra", "de": "deu", "ru": "rus", "tr": "tur"}
OCR_TIMEOUT = float(os.environ.get("VIGIL_OCR_TIMEOUT", 60))
_MIN_HEIGHT = 900
_MAX_SIDE = 2400


@dataclass
class OcrResult:
    text: str
    confidence: float  # mean word confidence 0..100
    variant: str  # plain | mask
    langs: str  # the tesseract packs used
    lang: str = "und"  # the language the text reads as


def tesseract_available() -> bool:
    try:
        subprocess.run(["tesseract", "--version"], capture_output=True, timeout=10, check=True)
    except (OSError, subprocess.SubprocessError):
        return False
    return True


def _scaled(img: Image.Image) -> Image.Image:
    w, h = img.size
    scale = 1.0
    if h < _MIN_HEIGHT:
        scale = min(3.0, _MIN_HEIGHT / h)
    if max(w, h) * scale > _MAX_SIDE:
        scale = _MAX_SIDE / max(w, h)
    if abs(scale - 1.0) > 0.05:
        img = img.resize((max(1, round(w * scale)), max(1, round(h * scale))), Image.Resampling.LANCZOS)
    return img


def plain_variant(img: Image.Image) -> Image.Image:
    return ImageOps.autocontrast(_scaled(img).convert("L"))


def text_colour_mask(img: Image.Image, *, min_value: int = 200, max_chroma: int = 60) -> Image.Image:
    """Light, unsaturated pixels (the usual poster text colour) black on white; everything else white."""
    arr = np.asarray(_scaled(img).convert("RGB")).astype(np.int16)
    value = arr.max(axis=2)
    chroma = value - arr.min(axis=2)
    text = (value >= min_value) & (chroma <= max_chroma)
    out = Image.fromarray(np.where(text, 0, 255).astype(np.uint8))
    return out.filter(ImageFilter.MedianFilter(3))


def run_tesseract(
    img: Image.Image, langs: str, *, psm: int = 3, timeout: float = OCR_TIMEOUT
) -> tuple[str, float]:
    """(text, mean word confidence) of one image; :class:`BadRecord` on timeout or failure."""
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        proc = subprocess.run(
            ["tesseract", "stdin", "stdout", "-l", langs, "--psm", str(psm), "tsv"],
            input=buf.getvalue(),
            capture_output=True,
            timeout=timeout,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise BadRecord("ocr_timeout", f"tesseract took more than {timeout:.0f}s") from exc
    except OSError as exc:
        raise BadRecord("ocr_unavailable", f"tesseract cannot run: {exc}") from exc
    if proc.returncode != 0:
        raise BadRecord("ocr_failed", proc.stderr.decode("utf-8", "replace").strip()[-300:])
    return parse_tsv(proc.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> tuple[str, float]:
    lines: dict[tuple[str, str, str, str], list[str]] = {}
    confs: list[float] = []
    weights: list[int] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") != "5":
            continue
        word = (row.get("text") or "").strip()
        try:
            conf = float(row.get("conf") or -1)
        except ValueError:
            conf = -1
        if not word or conf < 0:
            continue
        key = (row["page_num"], row["block_num"], row["par_num"], row["line_num"])
        lines.setdefault(key, []).append(word)
        confs.append(conf)
        weights.append(sum(ch.isalnum() for ch in word))
    text = "\n".join(
        " ".join(words) for _, words in sorted(lines.items(), key=lambda kv: tuple(map(int, kv[0])))
    )
    total = sum(weights)
    mean = float(np.dot(confs, weights) / total) if total else 0.0
    return text, mean


def _quality(text: str, conf: float) -> float:
    letters = sum(ch.isalpha() for ch in text)
    return conf * min(1.0, letters / 8) if letters else 0.0


def ocr_image(img: Image.Image, *, langs: str | None = None, timeout: float = OCR_TIMEOUT) -> OcrResult:
    """Read the text in ``img``; ``langs`` forces tesseract packs (e.g. ``"ara"``), else auto."""
    from vigil.extract import detect_language

    packs = langs or FIRST_PASS_LANGS
    variants = {"plain": plain_variant(img), "mask": text_colour_mask(img)}
    best: OcrResult | None = None
    for name, var in variants.items():
        text, conf = run_tesseract(var, packs, timeout=timeout)
        if best is None or _quality(text, conf) > _quality(best.text, best.confidence):
            best = OcrResult(text, conf, name, packs)
    assert best is not None
    best.lang = detect_language(best.text) if best.text.strip() else "und"
    if langs is None and best.lang in LANG_PACKS and LANG_PACKS[best.lang] not in packs.split("+"):
        pack = LANG_PACKS[best.lang]
        text, conf = run_tesseract(variants[best.variant], pack, timeout=timeout)
        if _quality(text, conf) >= _quality(best.text, best.confidence) * 0.9:
            best = OcrResult(text, conf, best.variant, pack, best.lang)
    return best


__all__ = ["OcrResult", "ocr_image", "parse_tsv", "run_tesseract", "tesseract_available", "text_colour_mask"]
