"""Media: what vigil reads from images, videos and audio, and how it records it.

``process_pending(store)`` is the stage the scan pipeline calls after ingesting: every
pending media file is hashed (sha256/md5, PDQ with its robustness variants, vPDQ),
matched against the enabled banks, read (OCR of images and video keyframes with
Tesseract; speech with faster-whisper and a packaged model), and the text is judged by
the text detector. Evidence says where each finding came from (media, frame, time).
Modules: :mod:`~vigil.media.process` (the stage), :mod:`~vigil.media.ocr`,
:mod:`~vigil.media.video`, :mod:`~vigil.media.asr`, :mod:`~vigil.media.synth`
(procedural test media).
"""

from __future__ import annotations

from typing import Any


def process_pending(store: Any, *, progress: bool = True, **kwargs: Any) -> dict[str, int]:
    """See :func:`vigil.media.process.process_pending` (imported lazily)."""
    from vigil.media.process import process_pending as _run

    return _run(store, progress=progress, **kwargs)


__all__ = ["process_pending"]
