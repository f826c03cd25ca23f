"""vPDQ: Meta's video hash — a PDQ hash per sampled frame (1 per second by default).

A vPDQ signal is the list of its frames, written ``frame,quality,pdqhex,seconds`` and
joined with ``;`` (the per-line format of Meta's vpdq tool, on one line so that it fits
a CSV cell). Comparison follows ThreatExchange: frames of quality < 50 are dropped,
each side is reduced to its unique frame hashes, and a query matches a stored video
when at least 80% of the query's unique frames have a stored frame within PDQ distance
31. ``distance`` is ``1 - query_match`` (0 = every query frame found); ``detail`` also
gives ``compared_match``, the share of the stored video's frames that were found.

The index puts every unique frame of every stored video into one :class:`PdqIndex`,
so a query costs one range search per unique query frame plus an exact comparison
with each candidate video that any frame hit.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from vigil.signals.base import Comparison, FileHasher, IndexMatch, SignalType, SignalTypeIndex
from vigil.signals.pdq import PDQ_MIN_QUALITY, PDQ_THRESHOLD, PdqIndex, hashes_to_array

T = TypeVar("T")
VPDQ_QUERY_MATCH = 0.8


@dataclass(frozen=True)
class VpdqFrame:
    frame: int
    quality: int
    hash: str
    seconds: float


def parse(signal: str) -> list[VpdqFrame]:
    frames = []
    for part in signal.replace("\n", ";").split(";"):
        part = part.strip()
        if not part:
            continue
        fields = part.split(",")
        if len(fields) != 4:
            raise ValueError(f"a vPDQ frame is 'frame,quality,hash,seconds', got {part[:80]!r}")
        frame, quality, h, secs = fields
        h = h.strip().lower()
        if len(h) != 64:
            raise ValueError(f"vPDQ frame hash must have 64 hex characters: {h[:80]!r}")
        int(h, 16)
        frames.append(VpdqFrame(int(frame), int(float(quality)), h, round(float(secs), 3)))
    if not frames:
        raise ValueError("empty vPDQ signal")
    return frames


def serialize(frames: list[VpdqFrame]) -> str:
    return ";".join(f"{f.frame},{f.quality},{f.hash},{f.seconds:g}" for f in frames)


def unique_good_hashes(frames: list[VpdqFrame]) -> list[str]:
    return sorted({f.hash for f in frames if f.quality >= PDQ_MIN_QUALITY})


def _matched_share(a: np.ndarray, b: np.ndarray) -> float:
    """Share of rows of ``a`` with some row of ``b`` within PDQ distance 31."""
    if len(a) == 0 or len(b) == 0:
        return 0.0
    hits = 0
    for row in a:
        d = np.unpackbits(np.bitwise_xor(b, row[None, :]), axis=1).sum(axis=1)
        hits += int((d <= PDQ_THRESHOLD).any())
    return hits / len(a)


def compare_frames(query: list[str], stored: list[str]) -> tuple[float, float]:
    """(query_match, compared_match) for two lists of unique good frame hashes."""
    qa, sa = hashes_to_array(query), hashes_to_array(stored)
    return _matched_share(qa, sa), _matched_share(sa, qa)


def hash_video(path: str | Path, *, seconds_per_hash: float = 1.0, threads: int = 1) -> list[VpdqFrame]:
    import vpdq

    feats = vpdq.computeHash(str(path), seconds_per_hash=seconds_per_hash, thread_count=threads)
    return [VpdqFrame(int(f.frame_number), int(f.quality), str(f.hex), float(f.timestamp)) for f in feats]


class VpdqIndex(SignalTypeIndex[T]):
    def __init__(self) -> None:
        self._frames: PdqIndex[int] = PdqIndex()
        self._videos: list[tuple[list[str], T]] = []

    def add(self, signal: str, payload: T) -> None:
        hashes = unique_good_hashes(parse(signal))
        vid = len(self._videos)
        self._videos.append((hashes, payload))
        for h in hashes:
            self._frames.add(h, vid)

    def __len__(self) -> int:
        return len(self._videos)

    def query(self, signal: str) -> list[IndexMatch[T]]:
        qh = unique_good_hashes(parse(signal))
        if not qh or not self._videos:
            return []
        candidates: set[int] = set()
        for hits in self._frames.query_many(qh):
            candidates.update(int(m.payload) for m in hits)
        out = []
        for vid in sorted(candidates):
            hashes, payload = self._videos[vid]
            qm, cm = compare_frames(qh, hashes)
            if qm >= VPDQ_QUERY_MATCH:
                out.append(IndexMatch(round(1 - qm, 4), payload, {"query_match": qm, "compared_match": cm}))
        return out


class VpdqSignal(SignalType, FileHasher):
    name = "vpdq"
    media_kinds = ("video",)
    threshold_doc = (
        f"1 - share of unique query frames (quality >= {PDQ_MIN_QUALITY}) with a stored frame at PDQ "
        "distance "
        f"<= {PDQ_THRESHOLD}; match when >= {VPDQ_QUERY_MATCH:.0%} of query frames match (distance <= 0.2)"
    )

    @classmethod
    def validate(cls, signal: str) -> str:
        return serialize(parse(signal))

    @classmethod
    def compare(cls, query: str, stored: str) -> Comparison:
        qh, sh = unique_good_hashes(parse(query)), unique_good_hashes(parse(stored))
        qm, cm = compare_frames(qh, sh)
        return Comparison(qm >= VPDQ_QUERY_MATCH, round(1 - qm, 4), {"query_match": qm, "compared_match": cm})

    @classmethod
    def index_cls(cls) -> type[SignalTypeIndex[Any]]:
        return VpdqIndex

    @classmethod
    def hash_file(cls, path: str | Path) -> str:
        return serialize(hash_video(path))

    @classmethod
    def examples(cls) -> list[str]:
        rng = np.random.default_rng(11)
        out = []
        for _ in range(4):
            frames = [
                VpdqFrame(
                    i, 100, np.packbits(rng.integers(0, 2, 256).astype(np.uint8)).tobytes().hex(), float(i)
                )
                for i in range(5)
            ]
            out.append(serialize(frames))
        return out


__all__ = [
    "VPDQ_QUERY_MATCH",
    "VpdqFrame",
    "VpdqIndex",
    "VpdqSignal",
    "compare_frames",
    "hash_video",
    "parse",
    "serialize",
]
