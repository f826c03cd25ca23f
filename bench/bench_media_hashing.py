"""Hashing throughput: images/s (vigil's full query hash set vs plain PDQ) and video vPDQ in x real time.

Baseline (same run): one plain PDQ per image (threatexchange's way: pdqhash on the full image).
vigil query side = 8 dihedral + caption-bar strip; bank side = original + 18 crops.
Video: vPDQ at 1 hash/s on a 30 s 640x360 H.264 clip, one thread and in-process; x real time.

    python bench/bench_media_hashing.py [N_IMAGES]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pdqhash

from vigil.media.synth import photo, video
from vigil.signals.pdq import pdq_variants
from vigil.signals.vpdq import hash_video


def main(n: int = 100) -> None:
    imgs = [photo(s, (1024, 768)) for s in range(n)]
    t = time.perf_counter()
    for im in imgs:
        pdqhash.compute(np.asarray(im))
    plain = n / (time.perf_counter() - t)
    t = time.perf_counter()
    for im in imgs:
        pdq_variants(im, role="query")
    query = n / (time.perf_counter() - t)
    t = time.perf_counter()
    for im in imgs:
        pdq_variants(im, role="bank")
    bank = n / (time.perf_counter() - t)
    print(
        f"images 1024x768: plain PDQ {plain:.1f}/s; vigil query set {query:.1f}/s (x{query / plain:.2f}); "
        f"vigil bank set {bank:.1f}/s (x{bank / plain:.2f})"
    )
    with tempfile.TemporaryDirectory() as tmp:
        clip = video(Path(tmp) / "v.mp4", 1, seconds=30, fps=25, size=(640, 360))
        t = time.perf_counter()
        frames = hash_video(clip, threads=1)
        dt = time.perf_counter() - t
        print(
            f"video 30 s 640x360 25 fps: vPDQ {len(frames)} frames in {dt:.2f}s = x{30 / dt:.1f} real time (1 thread)"  # noqa: E501
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
