"""PDQ: Meta's perceptual hash for images, and a faiss index exact at distance <= 31.

A PDQ hash is 256 bits (64 hex characters) with a quality score 0-100. Two hashes
match at Hamming distance <= 31 (ThreatExchange/HMA's confident-match threshold);
hashes of quality < 50 (flat or tiny images) are too unreliable and are discarded.

Plain PDQ survives recompression, resizing and greyscale but not mirroring, small
crops or an added caption bar. :func:`pdq_variants` adds hashes that close those gaps
(see docs/media.md, "Robustness"):

* query side — the 8 dihedral hashes (mirrors and rotations, computed by PDQ itself in
  one pass) and the hashes of the image with uniform caption bars stripped (each side
  alone and both: a picture's own plain sky or margin looks like a bar too);
* bank side — hashes of the image cropped by 5% (4 x 4 anchors) and 10% (3 x 3 anchors),
  so that a cropped upload lands close to one of them. PDQ is sensitive to the position
  of the crop, not only its size: on our test images a misalignment of 1% of the side in
  both axes already puts a crop at distance ~37 on average, 0.5% at ~18. Anchors 1.7% apart
  (4 per axis over the 5% slack) keep every 5% crop within ~0.8% of a stored one; 3 per
  axis (2.5% apart) matched only 84% of random 5% crops.

:class:`PdqIndex` holds hashes as packed bits in a faiss ``IndexBinaryFlat`` (32 bytes
per hash plus an int64 id) and uses ``range_search`` with radius 32, which is exclusive
in faiss: it returns exactly the hashes at distance <= 31, the same as a brute-force
scan (checked by a property test against numpy).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
from PIL import Image

from vigil.signals.base import Comparison, FileHasher, IndexMatch, SignalType, SignalTypeIndex
from vigil.signals.imaging import load_rgb, to_array

T = TypeVar("T")

PDQ_THRESHOLD = 31
PDQ_MIN_QUALITY = 50
PDQ_BITS = 256
DIHEDRAL_NAMES = ("orig", "rot90", "rot180", "rot270", "flipx", "flipy", "flipplus", "flipminus")
#: (fraction removed from width and height, anchors per axis): crops hashed into banks
BANK_CROPS: tuple[tuple[float, int], ...] = ((0.05, 4), (0.10, 3))
_MAX_SIDE = 1024  # PDQ downsamples to 64x64 anyway; hashing a smaller copy is faster and as good


@dataclass(frozen=True)
class PdqHash:
    """One PDQ hash of an image or of a variant of it (``orig``, ``flipx``, ``crop05-4x4-0-2``, ``unbar``).

    A crop's name carries its grid (``4x4``) so that re-adding a file after the grid
    changed stores the new crops beside the old ones instead of colliding with them.
    """

    hash: str
    quality: int
    variant: str = "orig"


def bits_to_hex(bits: np.ndarray) -> str:
    return np.packbits(np.asarray(bits, dtype=np.uint8)).tobytes().hex()


def hex_to_bytes(signal: str) -> bytes:
    return bytes.fromhex(signal)


def hashes_to_array(signals: Sequence[str]) -> np.ndarray:
    """``(n, 32)`` uint8 packed bits, the layout faiss binary indexes take."""
    if not signals:
        return np.zeros((0, PDQ_BITS // 8), dtype=np.uint8)
    return np.frombuffer(b"".join(bytes.fromhex(s) for s in signals), dtype=np.uint8).reshape(
        -1, PDQ_BITS // 8
    )


def hamming(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def brute_force_distances(db: np.ndarray, query: np.ndarray) -> np.ndarray:
    """Hamming distance from one packed query to every packed row of ``db`` (numpy; the reference)."""
    return np.unpackbits(np.bitwise_xor(db, query[None, :]), axis=1).sum(axis=1)


def _prepare(img: Image.Image) -> Image.Image:
    if max(img.size) > _MAX_SIDE:
        img = img.copy()
        img.thumbnail((_MAX_SIDE, _MAX_SIDE), Image.Resampling.BILINEAR)
    return img


def pdq_of_array(arr: np.ndarray) -> tuple[str, int]:
    import pdqhash

    bits, quality = pdqhash.compute(np.ascontiguousarray(arr))
    return bits_to_hex(bits), int(quality)


def pdq_of_image(img: Image.Image) -> tuple[str, int]:
    return pdq_of_array(to_array(_prepare(img)))


def strip_bars(arr: np.ndarray, *, tol: int = 24, min_frac: float = 0.3) -> tuple[int, int]:
    """Rows of uniform-colour bars at the top and bottom (caption bars, letterboxing).

    A row belongs to a bar while at least ``min_frac`` of its pixels are within ``tol`` of
    the colour of the outermost row: bold caption text covers up to about half of a row.
    Returns ``(top, bottom)`` row counts to strip (0 where there is no bar).
    """
    h = arr.shape[0]
    a = arr.astype(np.int16)

    def run(rows: np.ndarray) -> int:
        edge = np.median(rows[0], axis=0)
        if np.median(np.abs(rows[0] - edge).max(axis=1)) > tol:
            return 0
        close = (np.abs(rows - edge[None, None, :]).max(axis=2) <= tol).mean(axis=1)
        bad = np.flatnonzero(close < min_frac)
        n = int(bad[0]) if bad.size else rows.shape[0]
        return n if 0.03 * h <= n <= 0.45 * h else 0

    return run(a), run(a[::-1])


def pdq_variants(
    img: Image.Image, *, role: str = "query", crops: Sequence[tuple[float, int]] = BANK_CROPS
) -> list[PdqHash]:
    """The hashes vigil keeps for an image: see the module docstring for what each side adds.

    ``role="query"``: 8 dihedral hashes + the image with uniform bars stripped when bars are
    found (top, bottom, both: ``unbar-top``, ``unbar-bottom``, ``unbar``; each also mirrored).
    ``role="bank"``: ``orig`` + the crop grid ``crops`` (default :data:`BANK_CROPS`; the
    benchmark passes others to compare grids).
    Variants of quality < 50 are dropped; duplicates (same hash) are kept once.
    """
    import pdqhash

    img = _prepare(img)
    arr = to_array(img)
    out: list[PdqHash] = []
    if role == "query":
        hashes, quality = pdqhash.compute_dihedral(arr)
        out.extend(
            PdqHash(bits_to_hex(b), int(quality), n) for b, n in zip(hashes, DIHEDRAL_NAMES, strict=True)
        )
        top, bottom = strip_bars(arr)
        # A uniform band at one edge may be the photo's own sky or margin rather than an added
        # bar: strip each side alone as well as both, so that a real bar on one side is
        # removed without cutting into the picture at the other.
        cuts = {(top, 0), (0, bottom), (top, bottom)} - {(0, 0)}
        for t, b in sorted(cuts):
            inner = arr[t : arr.shape[0] - b]
            if inner.shape[0] >= 16:
                name = "unbar" if t and b else "unbar-top" if t else "unbar-bottom"
                hs, q = pdqhash.compute_dihedral(np.ascontiguousarray(inner))
                out.append(PdqHash(bits_to_hex(hs[0]), int(q), name))
                out.append(PdqHash(bits_to_hex(hs[4]), int(q), f"{name}-flipx"))
    elif role == "bank":
        out.append(PdqHash(*pdq_of_array(arr), "orig"))
        h, w = arr.shape[:2]
        for frac, steps in crops:
            ch, cw = round(h * (1 - frac)), round(w * (1 - frac))
            for yi in range(steps):
                for xi in range(steps):
                    y0 = round((h - ch) * yi / max(1, steps - 1))
                    x0 = round((w - cw) * xi / max(1, steps - 1))
                    sub = arr[y0 : y0 + ch, x0 : x0 + cw]
                    name = f"crop{round(frac * 100):02d}-{steps}x{steps}-{yi}-{xi}"
                    out.append(PdqHash(*pdq_of_array(sub), name))
    else:
        raise ValueError(f"role must be 'query' or 'bank', not {role!r}")
    seen: set[str] = set()
    kept = []
    for ph in out:
        if ph.quality >= PDQ_MIN_QUALITY and ph.hash not in seen:
            seen.add(ph.hash)
            kept.append(ph)
    return kept


class PdqIndex(SignalTypeIndex[T]):
    """Exact range search at distance <= 31 over packed PDQ hashes (faiss ``IndexBinaryFlat``).

    Memory is 32 bytes per hash in faiss plus one payload reference; for tens of millions
    of hashes use :meth:`from_packed` with integer ids (a numpy array, 8 bytes per hash)
    and :meth:`search_packed`, which never builds a Python object per stored hash.
    """

    def __init__(self, threshold: int = PDQ_THRESHOLD) -> None:
        import faiss

        self.threshold = threshold
        self._faiss = faiss.IndexBinaryFlat(PDQ_BITS)
        self._pending: list[bytes] = []
        self._payloads: list[T] = []

    @classmethod
    def from_packed(cls, packed: np.ndarray, threshold: int = PDQ_THRESHOLD) -> PdqIndex[int]:
        """An index over ``(n, 32)`` uint8 hashes whose payloads are their row numbers."""
        index: PdqIndex[int] = PdqIndex(threshold)
        index._faiss.add(np.ascontiguousarray(packed, dtype=np.uint8))
        return index

    def add(self, signal: str, payload: T) -> None:
        self._pending.append(bytes.fromhex(signal))
        self._payloads.append(payload)

    def _flush(self) -> None:
        if self._pending:
            arr = np.frombuffer(b"".join(self._pending), dtype=np.uint8).reshape(-1, PDQ_BITS // 8)
            self._faiss.add(arr)
            self._pending = []

    def __len__(self) -> int:
        return int(self._faiss.ntotal) + len(self._pending)

    def search_packed(self, queries: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
        """For each packed query: (row ids, distances) of every stored hash at distance <= threshold."""
        self._flush()
        q = np.ascontiguousarray(queries, dtype=np.uint8).reshape(-1, PDQ_BITS // 8)
        if self._faiss.ntotal == 0 or len(q) == 0:
            empty = np.zeros(0, dtype=np.int64)
            return [(empty, empty.astype(np.int32)) for _ in range(len(q))]
        lims, dists, ids = self._faiss.range_search(q, self.threshold + 1)  # radius is exclusive
        return [(ids[lims[i] : lims[i + 1]], dists[lims[i] : lims[i + 1]]) for i in range(len(q))]

    def query(self, signal: str) -> list[IndexMatch[T]]:
        return self.query_many([signal])[0]

    def query_many(self, signals: Sequence[str]) -> list[list[IndexMatch[T]]]:
        results = self.search_packed(hashes_to_array(list(signals)))
        out: list[list[IndexMatch[T]]] = []
        for ids, dists in results:
            if self._payloads:
                out.append(
                    [IndexMatch(float(d), self._payloads[int(i)]) for i, d in zip(ids, dists, strict=True)]
                )
            else:
                out.append([IndexMatch(float(d), int(i)) for i, d in zip(ids, dists, strict=True)])  # type: ignore[misc,arg-type]
        return out


class PdqSignal(SignalType, FileHasher):
    name = "pdq"
    media_kinds = ("image",)
    threshold_doc = (
        f"Hamming distance of 256 bits; match <= {PDQ_THRESHOLD}; quality < {PDQ_MIN_QUALITY} discarded"
    )

    @classmethod
    def validate(cls, signal: str) -> str:
        value = signal.strip().lower()
        if len(value) != 64:
            raise ValueError(f"a PDQ hash has 64 hex characters, got {len(value)}: {signal[:80]!r}")
        try:
            int(value, 16)
        except ValueError as exc:
            raise ValueError(f"not a PDQ hex hash: {signal[:80]!r}") from exc
        return value

    @classmethod
    def compare(cls, query: str, stored: str) -> Comparison:
        d = hamming(cls.validate(query), cls.validate(stored))
        return Comparison(d <= PDQ_THRESHOLD, float(d))

    @classmethod
    def index_cls(cls) -> type[SignalTypeIndex[Any]]:
        return PdqIndex

    @classmethod
    def hash_file(cls, path: str | Path) -> str:
        return pdq_of_image(load_rgb(path))[0]

    @classmethod
    def hash_file_with_quality(cls, path: str | Path) -> tuple[str, int]:
        return pdq_of_image(load_rgb(path))

    @classmethod
    def examples(cls) -> list[str]:
        rng = np.random.default_rng(7)
        return [bits_to_hex(rng.integers(0, 2, PDQ_BITS)) for _ in range(6)]


__all__ = [
    "BANK_CROPS",
    "PDQ_MIN_QUALITY",
    "PDQ_THRESHOLD",
    "PdqHash",
    "PdqIndex",
    "PdqSignal",
    "brute_force_distances",
    "hamming",
    "hashes_to_array",
    "pdq_of_image",
    "pdq_variants",
    "strip_bars",
]
