"""Procedural images and videos for tests, benchmarks and demos (no data files needed).

Each seed gives a different photo-like picture: a gradient sky, overlapping shapes with
texture and noise, so its PDQ quality is high (>= 50) and unrelated seeds hash far apart.
``poster`` draws white text with a dark outline over such a picture, the way propaganda
posters do.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/noto", "/usr/share/fonts")


def find_font(names: tuple[str, ...] = ("DejaVuSans-Bold.ttf", "DejaVuSans.ttf")) -> str | None:
    for d in FONT_DIRS:
        for name in names:
            hits = list(Path(d).rglob(name)) if Path(d).is_dir() else []
            if hits:
                return str(hits[0])
    return None


def font(
    size: int, names: tuple[str, ...] = ("DejaVuSans-Bold.ttf", "DejaVuSans.ttf")
) -> ImageFont.ImageFont:
    path = find_font(names)
    if path:
        return ImageFont.truetype(path, size)  # type: ignore[return-value]
    return ImageFont.load_default(size=size)  # type: ignore[return-value]


def _background(rng: np.random.Generator, w: int, h: int) -> np.ndarray:
    """A gradient sky with low-frequency structure (a few random sinusoids), float HxWx3."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    base = np.zeros((h, w, 3), np.float32)
    c0, c1 = rng.uniform(0, 255, 3), rng.uniform(0, 255, 3)
    angle = rng.uniform(0, np.pi)
    t = (np.cos(angle) * xx / w + np.sin(angle) * yy / h + 1) / 2
    base += c0 * (1 - t[..., None]) + c1 * t[..., None]
    for _ in range(3):
        fx, fy = (float(v) for v in rng.uniform(0.5, 4, 2))
        ph = float(rng.uniform(0, 6.28))
        amp = rng.uniform(10, 40, 3)
        base += amp * np.sin(2 * np.pi * (fx * xx / w + fy * yy / h) + ph)[..., None]
    return base


def photo(seed: int, size: tuple[int, int] = (480, 360), scene: int | None = None) -> Image.Image:
    """A photo-like picture; ``scene`` fixes the background so that seeds differ only in their objects.

    Without ``scene`` every seed is a different picture (6-14 large shapes over its own
    background). With ``scene``, pictures share the background and carry 1-4 smaller
    objects of their own: different pictures of the same place, the hard case for a
    perceptual hash (they sit much closer together than unrelated photos).
    """
    rng = np.random.default_rng(seed)
    w, h = size
    if scene is None:
        base = _background(rng, w, h)
        n_shapes, max_side = int(rng.integers(6, 14)), 0.6
    else:
        base = _background(np.random.default_rng([scene, 7919]), w, h)
        n_shapes, max_side = int(rng.integers(1, 5)), 0.3
    img = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(img)
    for _ in range(n_shapes):
        kind = rng.integers(0, 3)
        x0, y0 = rng.uniform(-0.2, 1.0) * w, rng.uniform(-0.2, 1.0) * h
        x1, y1 = x0 + rng.uniform(0.1, max_side) * w, y0 + rng.uniform(0.1, max_side) * h
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        if kind == 0:
            draw.rectangle((x0, y0, x1, y1), fill=colour)
        elif kind == 1:
            draw.ellipse((x0, y0, x1, y1), fill=colour)
        else:
            pts = [(float(rng.uniform(0, w)), float(rng.uniform(0, h))) for _ in range(3)]
            draw.polygon(pts, fill=colour)
    img = img.filter(ImageFilter.GaussianBlur(radius=float(rng.uniform(0.5, 2.0))))
    arr = np.asarray(img).astype(np.float32) + rng.normal(0, 6, (h, w, 3))
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


_CARD_WORDS = (
    "join",
    "the",
    "caravan",
    "of",
    "believers",
    "the",
    "state",
    "remains",
    "doctors",
    "are",
    "needed",
    "brothers",
    "rise",
    "up",
    "for",
    "the",
    "land",
    "of",
    "honour",
    "victory",
    "is",
    "near",
    "the",
    "martyrs",
    "path",
    "to",
    "glory",
    "our",
    "nation",
    "will",
    "return",
    "stand",
    "with",
    "us",
    "now",
)


def text_card(seed: int, size: tuple[int, int] = (600, 600), template: int | None = None) -> Image.Image:
    """White slogan text on a dark gradient: the templated text image channels post by the dozen.

    Cards of one ``template`` share the background and layout and differ only in their
    words — unrelated items that a perceptual hash sees as alike (the text is most of the
    signal), so they belong in any false-match measurement.
    """
    rng = np.random.default_rng(seed)
    t_rng = np.random.default_rng([template if template is not None else seed, 104729])
    w, h = size
    c0, c1 = t_rng.integers(0, 110, 3), t_rng.integers(0, 110, 3)
    t = np.linspace(0, 1, h, dtype=np.float32)[:, None, None]
    arr = (c0 * (1 - t) + c1 * t) * np.ones((1, w, 1), np.float32)
    img = Image.fromarray(arr.astype(np.uint8))
    draw = ImageDraw.Draw(img)
    f = font(int(t_rng.integers(h // 14, h // 9)))
    y = h * float(t_rng.uniform(0.08, 0.2))
    x = w * float(t_rng.uniform(0.04, 0.08))
    for _ in range(int(rng.integers(2, 5))):
        line = " ".join(str(v) for v in rng.choice(_CARD_WORDS, int(rng.integers(2, 4)))).upper()
        draw.text((x, y), line, font=f, fill=(255, 255, 255))
        y += h * 0.16
    noisy = np.asarray(img).astype(np.float32) + rng.normal(0, 3, (h, w, 3))
    return Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))


def poster(
    seed: int,
    lines: list[str],
    size: tuple[int, int] = (800, 600),
    font_size: int = 56,
    font_names: tuple[str, ...] = ("DejaVuSans-Bold.ttf",),
) -> Image.Image:
    """A photo with white text and a dark outline over it, centred line by line."""
    img = photo(seed, size)
    draw = ImageDraw.Draw(img)
    f = font(font_size, font_names)
    y = size[1] * 0.15
    for line in lines:
        box = draw.textbbox((0, 0), line, font=f, stroke_width=4)
        x = (size[0] - (box[2] - box[0])) / 2
        draw.text((x, y), line, font=f, fill=(255, 255, 255), stroke_width=4, stroke_fill=(20, 20, 20))
        y += (box[3] - box[1]) * 1.4
    return img


def video(
    path: str | Path,
    seed: int,
    seconds: float = 6.0,
    fps: int = 10,
    size: tuple[int, int] = (320, 240),
    text: str | None = None,
    audio_wav: str | Path | None = None,
) -> Path:
    """Write an H.264 MP4 that pans over a procedural photo (optional burned-in text, audio)."""
    path = Path(path)
    big = photo(seed, (size[0] * 2, size[1] * 2))
    if text:
        draw = ImageDraw.Draw(big)
        f = font(size[1] // 5)
        draw.text(
            (size[0] // 4, size[1] // 2),
            text,
            font=f,
            fill=(255, 255, 255),
            stroke_width=3,
            stroke_fill=(10, 10, 10),
        )
    arr = np.asarray(big)
    n = max(1, int(seconds * fps))
    cmd = [
        "ffmpeg",
        "-v",
        "error",
        "-y",
        "-f",
        "rawvideo",
        "-pix_fmt",
        "rgb24",
        "-s",
        f"{size[0]}x{size[1]}",
        "-r",
        str(fps),
        "-i",
        "-",
    ]
    if audio_wav:
        cmd += ["-i", str(audio_wav), "-c:a", "aac", "-shortest"]
    cmd += ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(path)]
    frames = bytearray()
    for i in range(n):
        ox = int((arr.shape[1] - size[0]) * i / max(1, n - 1))
        oy = int((arr.shape[0] - size[1]) * i / max(1, n - 1) / 2)
        frames += np.ascontiguousarray(arr[oy : oy + size[1], ox : ox + size[0]]).tobytes()
    subprocess.run(cmd, input=bytes(frames), check=True, timeout=120)
    return path


def slideshow(
    path: str | Path,
    images: list[Image.Image],
    seconds_each: float = 1.0,
    fps: int = 5,
    size: tuple[int, int] = (320, 240),
) -> Path:
    """Write an H.264 MP4 showing each image for ``seconds_each`` (videos that share scenes)."""
    path = Path(path)
    per = max(1, round(seconds_each * fps))
    frames = bytearray()
    for im in images:
        frame = np.ascontiguousarray(np.asarray(im.convert("RGB").resize(size))).tobytes()
        frames += frame * per
    cmd = ["ffmpeg", "-v", "error", "-y", "-f", "rawvideo", "-pix_fmt", "rgb24"]
    cmd += ["-s", f"{size[0]}x{size[1]}", "-r", str(fps), "-i", "-"]
    cmd += ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(path)]
    subprocess.run(cmd, input=bytes(frames), check=True, timeout=120)
    return path


__all__ = ["find_font", "font", "photo", "poster", "slideshow", "text_card", "video"]
