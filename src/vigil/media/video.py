"""Video: probing, vPDQ hashing, keyframes and audio, each bounded in time and size.

Nothing here decodes a video in the calling process. ``ffprobe`` and ``ffmpeg`` run
as subprocesses with timeouts, and vPDQ (a C++ extension that decodes with libav) runs
in a child Python process with a timeout, so a hostile or broken file can cost at most
the timeout and never takes the scan down with it.
"""

from __future__ import annotations

import io
import json
import math
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from vigil.errors import BadRecord

MAX_VIDEO_SECONDS = float(os.environ.get("VIGIL_MAX_VIDEO_SECONDS", 1800))
MAX_KEYFRAMES = int(os.environ.get("VIGIL_MAX_KEYFRAMES", 12))
MAX_ASR_SECONDS = float(os.environ.get("VIGIL_MAX_ASR_SECONDS", 600))
PROBE_TIMEOUT = 30.0


@dataclass
class VideoInfo:
    duration: float
    width: int
    height: int
    fps: float
    has_video: bool
    has_audio: bool
    codec: str

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def _last_line(data: bytes) -> str:
    lines = [ln for ln in data.decode("utf-8", "replace").splitlines() if ln.strip()]
    return lines[-1][-300:] if lines else ""


def probe(path: str | Path, *, timeout: float = PROBE_TIMEOUT) -> VideoInfo:
    cmd = ["ffprobe", "-v", "error", "-show_format", "-show_streams", "-of", "json", str(path)]
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        raise BadRecord("probe_timeout", f"ffprobe took more than {timeout:.0f}s") from exc
    if proc.returncode != 0:
        raise BadRecord("unreadable_video", _last_line(proc.stderr) or f"ffprobe exit {proc.returncode}")
    data = json.loads(proc.stdout or b"{}")
    streams = data.get("streams", [])
    vstreams = [
        s
        for s in streams
        if s.get("codec_type") == "video" and not s.get("disposition", {}).get("attached_pic")
    ]
    astreams = [s for s in streams if s.get("codec_type") == "audio"]
    duration = float(data.get("format", {}).get("duration") or 0.0)
    if not duration and vstreams:
        duration = float(vstreams[0].get("duration") or 0.0)
    v = vstreams[0] if vstreams else {}
    num, _, den = str(v.get("avg_frame_rate", "0/1")).partition("/")
    fps = float(num) / float(den) if den and float(den) else 0.0
    return VideoInfo(
        duration,
        int(v.get("width") or 0),
        int(v.get("height") or 0),
        fps,
        bool(vstreams),
        bool(astreams),
        str(v.get("codec_name", "")),
    )


def check_video(path: str | Path, *, max_seconds: float = MAX_VIDEO_SECONDS) -> VideoInfo:
    """Probe and refuse what cannot be processed in bounded time (``BadRecord`` with the reason)."""
    info = probe(path)
    if not info.has_video and not info.has_audio:
        raise BadRecord("unreadable_video", "no video or audio stream")
    if info.has_video and info.duration <= 0:
        raise BadRecord("unreadable_video", "no duration: truncated or not seekable")
    if info.duration > max_seconds:
        raise BadRecord("video_too_long", f"{info.duration / 60:.0f} min > limit {max_seconds / 60:.0f} min")
    return info


_VPDQ_CHILD = """
import json, sys, vpdq
feats = vpdq.computeHash(sys.argv[1], seconds_per_hash=float(sys.argv[2]), thread_count=1)
json.dump([[f.frame_number, f.quality, f.hex, f.timestamp] for f in feats], sys.stdout)
"""


def vpdq_signal(path: str | Path, *, duration: float, seconds_per_hash: float = 1.0) -> str:
    """The vPDQ signal of a video, hashed in a child process with a timeout scaled to its length."""
    from vigil.signals.vpdq import VpdqFrame, serialize

    timeout = 60 + 2 * duration
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _VPDQ_CHILD, str(path), str(seconds_per_hash)],
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise BadRecord("hash_timeout", f"vPDQ took more than {timeout:.0f}s") from exc
    if proc.returncode != 0:
        raise BadRecord("unreadable_video", "vPDQ: " + (_last_line(proc.stderr) or f"exit {proc.returncode}"))
    rows = json.loads(proc.stdout or b"[]")
    if not rows:
        raise BadRecord("unreadable_video", "vPDQ found no decodable frames")
    return serialize([VpdqFrame(int(f), int(q), str(h), float(t)) for f, q, h, t in rows])


def keyframe_times(duration: float, *, max_frames: int = MAX_KEYFRAMES, every: float = 3.0) -> list[float]:
    n = max(1, min(max_frames, math.ceil(duration / every)))
    return [round((i + 0.5) * duration / n, 3) for i in range(n)]


def grab_frame(
    path: str | Path, t: float, *, max_side: int = 1280, timeout: float = 30.0
) -> Image.Image | None:
    vf = f"scale='min({max_side},iw)':-2"
    cmd = [
        "ffmpeg",
        "-v",
        "error",
        "-nostdin",
        "-ss",
        f"{t:.3f}",
        "-i",
        str(path),
        "-frames:v",
        "1",
        "-vf",
        vf,
        "-f",
        "image2pipe",
        "-vcodec",
        "png",
        "-",
    ]
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None
    if proc.returncode != 0 or not proc.stdout:
        return None
    img = Image.open(io.BytesIO(proc.stdout))
    img.load()
    return img.convert("RGB")


def extract_audio(
    path: str | Path, out_wav: str | Path, *, max_seconds: float = MAX_ASR_SECONDS, timeout: float = 120.0
) -> bool:
    """16 kHz mono WAV of the first ``max_seconds`` of the audio; False when there is none."""
    cmd = [
        "ffmpeg",
        "-v",
        "error",
        "-nostdin",
        "-y",
        "-i",
        str(path),
        "-t",
        str(max_seconds),
        "-vn",
        "-ac",
        "1",
        "-ar",
        "16000",
        "-f",
        "wav",
        str(out_wav),
    ]
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return False
    return proc.returncode == 0 and Path(out_wav).exists() and Path(out_wav).stat().st_size > 1000


__all__ = [
    "MAX_KEYFRAMES",
    "MAX_VIDEO_SECONDS",
    "VideoInfo",
    "check_video",
    "extract_audio",
    "grab_frame",
    "keyframe_times",
    "probe",
    "vpdq_signal",
]
