"""Hashing throughput: images/s (vigil's full query hash set vs plain PDQ) and video vPDQ in x real time.

Baseline (same run): one plain PDQ per image (threatexchange's way: pdqhash on the full image).
vigil query side = 8 dihedral + caption-bar strips; bank side = original + the 25 crops of BANK_CROPS.
Video: vPDQ at 1 hash/s on a 30 s 640x360 H.264 clip, one thread and in-process; x real time.
Speech: faster-whisper (packaged Whisper base, int8, 2 CPU threads, beam 1, VAD) on ~60 s of
espeak-ng English speech, language detected and forced; x real time, with the words recovered.

    python bench/bench_media_hashing.py [N_IMAGES]
"""

from __future__ import annotations

import shutil
import subprocess
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
        bench_asr(Path(tmp))


SPEECH = (
    "Brothers and sisters, the caravan is leaving and the land of honour is calling you. "
    "Doctors, engineers and teachers are needed to build the state. Do not stay behind with the "
    "people who sit at home. Leave your family and your work, and come to us before the road is closed. "
    "Victory is near, and those who answer the call today will be remembered by their nation. "
    "Pack your bags, tell nobody, and contact the brothers who will guide you on the path. "
    "This is the moment to choose which side of history you stand on, so make your choice now."
)


def bench_asr(tmp: Path) -> None:
    from difflib import SequenceMatcher

    from vigil.media.asr import AsrUnavailable, load_model, transcribe

    if shutil.which("espeak-ng") is None:
        print("speech: espeak-ng (Debian) not installed, not measured")
        return
    wav = tmp / "speech.wav"
    subprocess.run(["espeak-ng", "-v", "en", "-s", "140", "-w", str(wav), SPEECH * 2], check=True)
    seconds = float(
        subprocess.run(
            ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(wav)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    try:
        t = time.perf_counter()
        load_model()
        load = time.perf_counter() - t
    except AsrUnavailable as exc:
        print(f"speech: not measured ({exc})")
        return
    for language in (None, "en"):
        t = time.perf_counter()
        tr = transcribe(wav, language=language)
        dt = time.perf_counter() - t
        sim = SequenceMatcher(None, (SPEECH * 2).lower().split(), tr.text.lower().split()).ratio()
        print(
            f"speech {seconds:.0f} s (language {'detected: ' + tr.lang if language is None else 'forced en'}): "  # noqa: E501
            f"{dt:.1f}s = x{seconds / dt:.1f} real time on 2 threads (model load {load:.1f}s once); "
            f"word similarity {sim:.2f}"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
