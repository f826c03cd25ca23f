"""OCR of outlined poster text (several scripts) and speech in a video, with the packaged Whisper model."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from vigil.media.ocr import ocr_image, plain_variant, run_tesseract
from vigil.media.synth import poster, video


@pytest.mark.parametrize(
    ("lines", "pack", "floor"),
    [
        (["JOIN THE CARAVAN", "OF THE BELIEVERS"], "eng", 0.8),
        (["انضموا إلى القافلة", "دولة الخلافة باقية"], "ara", 0.6),
    ],
)
def test_outlined_poster_text_reads_better_than_plain(lines: list[str], pack: str, floor: float) -> None:
    img = poster(10, lines)
    truth = " ".join(lines)
    plain, _ = run_tesseract(plain_variant(img), pack)
    auto = ocr_image(img)
    sim_plain = SequenceMatcher(None, truth, " ".join(plain.split())).ratio()
    sim_auto = SequenceMatcher(None, truth, " ".join(auto.text.split())).ratio()
    assert sim_auto >= floor and sim_auto > sim_plain


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng (Debian) makes the test speech")
def test_speech_in_video_is_transcribed(tmp_path: Path) -> None:
    from vigil.media.asr import AsrUnavailable, transcribe
    from vigil.media.video import extract_audio

    wav = tmp_path / "s.wav"
    subprocess.run(
        ["espeak-ng", "-v", "en", "-w", str(wav), "Brothers, come and join the caravan."], check=True
    )
    clip = video(tmp_path / "c.mp4", 3, seconds=4, audio_wav=wav)
    audio = tmp_path / "a.wav"
    assert extract_audio(clip, audio)
    try:
        tr = transcribe(audio, language="en")
    except AsrUnavailable as exc:
        pytest.skip(str(exc))
    assert "caravan" in tr.text.lower()
    assert tr.segments[0].start >= 0 and tr.segments[-1].end > tr.segments[0].start


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng (Debian) makes the test speech")
def test_speech_is_transcribed_under_an_omp_thread_limit(tmp_path: Path) -> None:
    """OMP_THREAD_LIMIT=1 (what Tesseract wants) once made CTranslate2 decode garbage."""
    wav = tmp_path / "s.wav"
    subprocess.run(
        ["espeak-ng", "-v", "en", "-w", str(wav), "Brothers, come and join the caravan."], check=True
    )
    code = (
        "import sys; from vigil.media.asr import AsrUnavailable, transcribe\n"
        "try:\n    print(transcribe(sys.argv[1], language='en').text)\n"
        "except AsrUnavailable:\n    print('UNAVAILABLE')\n"
    )
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    out = subprocess.run(
        [sys.executable, "-c", code, str(wav)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=True,
    ).stdout
    if "UNAVAILABLE" in out:
        pytest.skip("no packaged speech model")
    assert "caravan" in out.lower()
