"""Match recall under common edits, and false matches between unrelated images.

Baselines measured in the same run: plain PDQ (one hash per image, distance <= 31) and the
previous bank crop grid (5% and 10% crops at 3 x 3 anchors). vigil: bank side hashes the
original plus the crop grid of ``BANK_CROPS``; query side the 8 dihedral hashes plus the
caption-bar-stripped image.

The images are procedural and come in three kinds, a third each, so that the false-match
measurement includes pairs that look alike, not only pairs that are trivially far apart
(independent random pictures sit at PDQ distance ~128 +- 8, like random bits):

* ``photo``  — independent photo-like pictures (vigil.media.synth.photo);
* ``scene``  — families of 4 pictures of the same background with different objects;
* ``card``   — families of 4 text cards of one template (same gradient, layout and font)
  with different slogans.

Every ordered pair of different images counts as unrelated, including the pairs inside a
family. A pair is a false match when any query hash of one (all its variants, after JPEG
recompression) is within 31 of any bank hash of the other (original and crops): the
extra hashes multiply the hash comparisons, which are reported too, with the closest
unrelated distance and the rule-of-three 95% upper bound when nothing is found.

    python bench/bench_media_robustness.py [N]
"""

from __future__ import annotations

import io
import sys
import time
from collections.abc import Callable, Sequence

import numpy as np
from PIL import Image, ImageDraw

from vigil.media.synth import font, photo, text_card
from vigil.signals.pdq import BANK_CROPS, PdqIndex, hashes_to_array, pdq_of_image, pdq_variants

PREVIOUS_CROPS = ((0.05, 3), (0.10, 3))
KINDS = ("photo", "scene", "card")


def jpeg(img: Image.Image, q: int = 60) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=q)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def crop(img: Image.Image, rng: np.random.Generator, lo: float, hi: float) -> Image.Image:
    """Remove a fraction in [lo, hi] of each side's length, split at random between its two ends."""
    w, h = img.size
    dx, dy = w * rng.uniform(lo, hi), h * rng.uniform(lo, hi)
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


EDITS: dict[str, Callable[[Image.Image, np.random.Generator], Image.Image]] = {
    "recompress q60": lambda im, r: jpeg(im, 60),
    "resize 50%": lambda im, r: im.resize((im.width // 2, im.height // 2), Image.Resampling.BILINEAR),
    "greyscale": lambda im, r: im.convert("L").convert("RGB"),
    "mirror": lambda im, r: im.transpose(Image.Transpose.FLIP_LEFT_RIGHT),
    "crop 5%": lambda im, r: crop(im, r, 0.05, 0.05),
    "caption bar": caption,
    "crop 2-8% (extra)": lambda im, r: crop(im, r, 0.02, 0.08),
}


def make_images(n: int, rng: np.random.Generator) -> tuple[list[Image.Image], list[str]]:
    images, kinds = [], []
    for s in range(n):
        kind = KINDS[s % 3]
        family = s // 12  # 4 members of each family: seeds s, s+3, s+6, s+9
        if kind == "photo":
            im = photo(s, (int(rng.integers(360, 640)), int(rng.integers(300, 520))))
        elif kind == "scene":
            im = photo(s, (480, 360), scene=family)
        else:
            im = text_card(s, (560, 560), template=family)
        images.append(im)
        kinds.append(kind)
    return images, kinds


def bank_of(images: Sequence[Image.Image], crops: Sequence[tuple[float, int]]) -> tuple[PdqIndex[int], float]:
    t = time.perf_counter()
    index: PdqIndex[int] = PdqIndex()
    for i, im in enumerate(images):
        for v in pdq_variants(im, role="bank", crops=crops):
            index.add(v.hash, i)
    return index, len(images) / (time.perf_counter() - t)


def packed_hashes(index: PdqIndex[int]) -> tuple[np.ndarray, np.ndarray]:
    index._flush()
    n = index._faiss.ntotal
    return np.asarray(index._payloads, dtype=np.int64), np.frombuffer(
        index._faiss.reconstruct_n(0, n), dtype=np.uint8
    ).reshape(n, 32)


def main(n: int = 300) -> None:
    rng = np.random.default_rng(0)
    images, kinds = make_images(n, rng)
    plain = [pdq_of_image(im)[0] for im in images]
    plain_index = PdqIndex.from_packed(hashes_to_array(plain))
    prev_index, prev_rate = bank_of(images, PREVIOUS_CROPS)
    bank_index, bank_rate = bank_of(images, BANK_CROPS)
    print(
        f"{n} images ({', '.join(f'{n // 3} {k}' for k in KINDS)}); bank hashes per image: plain 1, "
        f"previous grid {len(prev_index) / n:.1f} ({prev_rate:.1f} images/s), "
        f"vigil {len(bank_index) / n:.1f} ({bank_rate:.1f} images/s)"
    )
    print(f"{'edit':18} {'plain PDQ':>10} {'previous':>9} {'vigil':>7}   vigil by kind ({'/'.join(KINDS)})")
    for name, edit in EDITS.items():
        hits = {"plain": np.zeros(n, bool), "prev": np.zeros(n, bool), "vigil": np.zeros(n, bool)}
        for i, im in enumerate(images):
            q = edit(im, rng)
            ids, _ = plain_index.search_packed(hashes_to_array([pdq_of_image(q)[0]]))[0]
            hits["plain"][i] = i in set(ids.tolist())
            qv = [v.hash for v in pdq_variants(q)]
            hits["prev"][i] = i in {m.payload for ms in prev_index.query_many(qv) for m in ms}
            hits["vigil"][i] = i in {m.payload for ms in bank_index.query_many(qv) for m in ms}
        by_kind = "/".join(f"{hits['vigil'][[k == kind for k in kinds]].mean():.2f}" for kind in KINDS)
        print(
            f"{name:18} {hits['plain'].mean():10.3f} {hits['prev'].mean():9.3f} {hits['vigil'].mean():7.3f}"
            f"   {by_kind}"
        )
    # false matches: all query variants of a recompressed copy of i against every bank hash of j != i
    pairs = n * (n - 1)
    kind_arr = np.array(kinds)
    family = np.array([s // 12 for s in range(n)])
    plain_packed = hashes_to_array(plain)
    for label, index in (("plain PDQ", plain_index), ("previous", prev_index), ("vigil", bank_index)):
        if index is plain_index:
            owners, packed = np.arange(n), plain_packed
        else:
            owners, packed = packed_hashes(index)
        false: set[tuple[int, int]] = set()
        closest = 256
        hard_closest = 256
        comparisons = 0
        for i, im in enumerate(images):
            qs = (
                [pdq_of_image(jpeg(im))[0]]
                if index is plain_index
                else [v.hash for v in pdq_variants(jpeg(im))]
            )
            qa = hashes_to_array(qs)
            other = owners != i
            d = np.bitwise_count(np.bitwise_xor(packed[other][None, :, :], qa[:, None, :])).sum(axis=2)
            comparisons += d.size
            dmin = d.min(axis=0)
            closest = min(closest, int(dmin.min()))
            same_family = (family[owners[other]] == family[i]) & (kind_arr[owners[other]] == kind_arr[i])
            if kinds[i] != "photo" and same_family.any():
                hard_closest = min(hard_closest, int(dmin[same_family].min()))
            false.update((i, int(j)) for j in owners[other][dmin <= 31])
        rate = len(false) / pairs
        bound = f"(95% upper bound {3 / pairs:.1e})" if not false else ""
        print(
            f"false matches, {label:9}: {len(false)} of {pairs:,} ordered image pairs = {rate:.1e} {bound}; "
            f"{comparisons:,} hash comparisons; closest unrelated distance {closest} "
            f"(same scene/template families: {hard_closest})"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
