"""End to end: ``vigil.pipeline.scan`` on a folder with a poster, judged by the shipped text detector.

The poster carries white slogan text with a dark outline over a photo (the way propaganda
posters do), and nothing else: whatever verdict the image item ends with can only come from
the text the media stage read from it, scored by the real detector (no stand-in).
"""

from __future__ import annotations

import shutil
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from vigil.classify.detector import default_model_dir
from vigil.media.synth import poster
from vigil.pipeline import scan
from vigil.store import Store

MANIFEST = default_model_dir() / "manifest.json"

pytestmark = [
    pytest.mark.skipif(
        not MANIFEST.is_file(),
        reason=f"the shipped text detector is not there yet: {MANIFEST} is missing",
    ),
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract-ocr (Debian) reads the poster"),
]

LINES = ["JOIN THE CARAVAN", "THE STATE NEEDS DOCTORS"]


def test_scan_reads_poster_text_and_gives_the_image_item_a_verdict(store: Store, tmp_path: Path) -> None:
    from vigil.classify import load_detector

    folder = tmp_path / "drop"
    folder.mkdir()
    poster(3, LINES).save(folder / "poster.jpg", quality=90)
    detector = load_detector()  # cached: the same detector the scan and the media stage load

    summary = scan([folder], store, progress=False)

    assert summary.media.get("done") == 1 and summary.media.get("with_text") == 1
    [item] = [i for i in store.iter_items() if i.kind == "image"]
    [ocr] = [e for e in item.evidence if e["kind"] == "ocr"]
    read = " ".join(ocr["text"].split())
    assert "CARAVAN" in read.upper() and SequenceMatcher(None, " ".join(LINES), read).ratio() >= 0.8
    assert len(ocr["media"]) == 64  # the sha256 of the poster file
    # the verdict is the detector's own judgement of the text read from the poster
    [verdict] = detector.score([ocr["text"]], [ocr["lang"]] if ocr.get("lang") not in (None, "und") else None)
    assert item.score == pytest.approx(verdict.score, abs=1e-3)
    assert item.flagged == verdict.flagged == ocr["flagged"]
    assert item.model and detector.version in item.model
