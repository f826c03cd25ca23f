"""Match recall under common edits, and false matches between unrelated images.

Baseline (same run): plain PDQ, one hash per image, distance <= 31. vigil: bank side
hashes the original plus 5%/10% crops at 9 anchors; query side the 8 dihedral hashes plus
the caption-bar-stripped image. Images are procedural (vigil.media.synth.photo), N seeds.

    python bench/bench_media_robustness.py [N]
"""

from __future__ import annotations

import io
import itertools
import sys
import time

import numpy as np
from PIL import Image, ImageDraw

from vigil.media.synth import font, photo
from vigil.signals.pdq import PdqIndex, hashes_to_array, pdq_of_image, pdq_variants


def jpeg(img: Image.Image, q: int = 60) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=q)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def crop5(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    w, h = img.size
    dx, dy = w * 0.05, h * 0.05
    left, top = rng.uniform(0, dx), rng.uniform(0, dy)
    return img.crop((round(left), round(top), round(w - (dx - left)), round(h - (dy - top))))


def caption(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    w, h = img.size
    bh = int(h * rng.uniform(0.1, 0.2))
    colour = (0, 0, 0) if rng.random() < 0.5 else (255, 255, 255)
    out = Image.new("RGB", (w, h + bh), colour)
    top = rng.random() < 0.5
    out.paste(img, (0, bh if top else 0))
    fill = (255, 255, 255) if colour == (0, 0, 0) else (0, 0, 0)
    ImageDraw.Draw(out).text(
        (8, (0 if top else h) + bh // 5), "JOIN THE CARAVAN NOW", fill=fill, font=font(bh // 2)
    )
    return out


EDITS = {
    "recompress q60": lambda im, r: jpeg(im, 60),
    "resize 50%": lambda im, r: im.resize((im.width // 2, im.height // 2), Image.Resampling.BILINEAR),
    "greyscale": lambda im, r: im.convert("L").convert("RGB"),
    "mirror": lambda im, r: im.transpose(Image.Transpose.FLIP_LEFT_RIGHT),
    "crop 5%": crop5,
    "caption bar": caption,
}


def main(n: int = 300) -> None:
    rng = np.random.default_rng(0)
    t0 = time.perf_counter()
    originals = [photo(s, (int(rng.integers(360, 640)), int(rng.integers(300, 520)))) for s in range(n)]
    plain = [pdq_of_image(im)[0] for im in originals]
    bank_index: PdqIndex[int] = PdqIndex()
    for i, im in enumerate(originals):
        for v in pdq_variants(im, role="bank"):
            bank_index.add(v.hash, i)
    plain_index = PdqIndex.from_packed(hashes_to_array(plain))
    print(
        f"{n} images, bank of {len(bank_index)} hashes ({len(bank_index) / n:.1f}/image) in "
        f"{time.perf_counter() - t0:.0f}s"
    )
    print(f"{'edit':16} {'plain PDQ':>10} {'vigil':>8}  ratio")
    for name, edit in EDITS.items():
        hit_plain = hit_vigil = 0
        for i, im in enumerate(originals):
            q = edit(im, rng)
            ids, _ = plain_index.search_packed(hashes_to_array([pdq_of_image(q)[0]]))[0]
            hit_plain += i in set(ids.tolist())
            got = {m.payload for ms in bank_index.query_many([v.hash for v in pdq_variants(q)]) for m in ms}
            hit_vigil += i in got
        rp, rv = hit_plain / n, hit_vigil / n
        print(f"{name:16} {rp:10.3f} {rv:8.3f}  x{rv / max(rp, 1e-9):.2f}")
    # false matches: every query of image i (all its variants) against the bank entries of every j != i
    false = 0
    pairs = n * (n - 1)
    for i, im in enumerate(originals):
        got = {
            m.payload for ms in bank_index.query_many([v.hash for v in pdq_variants(jpeg(im))]) for m in ms
        }
        false += len(got - {i})
    plain_false = sum(
        1 for a, b in itertools.combinations(range(n), 2)
        if (int(plain[a], 16) ^ int(plain[b], 16)).bit_count() <= 31
    ) * 2  # fmt: skip
    print(
        f"false-match rate (ordered pairs {pairs}): plain {plain_false / pairs:.2e}  vigil {false / pairs:.2e}"  # noqa: E501
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
