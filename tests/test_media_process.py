"""process_pending on real files: hashes, matches, OCR, speech, quarantine, idempotence, resumption."""

from __future__ import annotations

import json
import shutil
import signal
import struct
import subprocess
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from vigil.classify import Verdict
from vigil.items import Item, MediaRef, sha256_file
from vigil.media import process_pending
from vigil.media.process import media_report, requeue
from vigil.media.synth import photo, poster, video
from vigil.signals.banks import add_entries, create_bank, hash_file_entries
from vigil.store import Store, open_store


class KeywordDetector:
    """A stand-in at the library's own seam (the ``Detector`` protocol): flags texts with 'caravan'."""

    version = "keyword-test"
    threshold = 0.5

    def score(self, texts: Sequence[str], langs: Sequence[str] | None = None) -> list[Verdict]:
        out = []
        for t in texts:
            hit = "caravan" in t.lower()
            out.append(
                Verdict(
                    0.9 if hit else 0.05,
                    hit,
                    {"recruitment": 0.8} if hit else {},
                    [{"kind": "phrase", "text": "caravan"}] if hit else [],
                )
            )
        return out


def _png_bomb(path: Path, w: int = 40000, h: int = 40000) -> None:
    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    raw = zlib.compress(b"\x00" * (w + 1) * 4)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", raw)
        + chunk(b"IEND", b"")
    )


@pytest.fixture(scope="module")
def media_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("media")
    poster(3, ["JOIN THE CARAVAN", "DOCTORS ARE NEEDED"]).save(d / "poster.jpg", quality=90)
    photo(5).save(d / "known.png")
    Image.open(d / "known.png").transpose(Image.Transpose.FLIP_LEFT_RIGHT).save(
        d / "known_mirror.jpg", quality=80
    )
    photo(6).save(d / "holiday.jpg")
    video(d / "clip.mp4", 7, seconds=6, text="CARAVAN")
    (d / "empty.jpg").write_bytes(b"")
    (d / "truncated.jpg").write_bytes((d / "poster.jpg").read_bytes()[:4000])
    photo(8).save(d / "full.png")
    (d / "truncated.png").write_bytes((d / "full.png").read_bytes()[:5000])
    (d / "full.png").unlink()
    (d / "truncated.mp4").write_bytes((d / "clip.mp4").read_bytes()[:3000])
    (d / "lies.jpg").write_bytes(b"MZ" + b"\x00" * 4000)
    _png_bomb(d / "bomb.png")
    subprocess.run(
        [
            "ffmpeg",
            "-v",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            "color=c=gray:size=32x32:rate=1",
            "-t",
            "7200",
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            str(d / "two_hours.mp4"),
        ],
        check=True,
        timeout=120,
    )
    return d


def _load(store: Store, d: Path, names: Sequence[str]) -> dict[str, str]:
    uids = {}
    for name in names:
        f = d / name
        kind = "video" if f.suffix == ".mp4" else "image"
        sha = sha256_file(str(f))
        item = Item(
            uid=f"item-{name}",
            content_sha256=sha,
            kind=kind,
            source=str(d),
            locator=name,
            text="",
            media=[sha],
        )
        store.add_items([item])
        store.add_media(item.uid, [MediaRef(str(f), sha, kind, f.stat().st_size)])
        uids[name] = item.uid
    return uids


def _snapshot(store: Store) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for table in ("media_hashes", "media_text", "media_matches", "quarantine"):
        out[table] = store.query(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"]
    out["media"] = store.query("SELECT sha256, status, error FROM media ORDER BY sha256")
    out["items"] = [
        (i.uid, i.score, i.flagged, json.dumps(i.evidence, sort_keys=True)) for i in store.iter_items()
    ]
    return out


GOOD = ["poster.jpg", "known.png", "known_mirror.jpg", "holiday.jpg", "clip.mp4"]
BAD = {
    "empty.jpg": "empty_file",
    "truncated.jpg": "truncated_image",
    "truncated.png": "truncated_image",
    "truncated.mp4": "unreadable_video",
    "lies.jpg": "type_mismatch",
    "bomb.png": "decompression_bomb",
    "two_hours.mp4": "video_too_long",
}


def test_process_pending_end_to_end(store: Store, media_dir: Path) -> None:
    create_bank(store, "known", source="test", labels={"theme": "utopia"})
    add_entries(store, "known", hash_file_entries(media_dir / "known.png"))
    uids = _load(store, media_dir, [*GOOD, *BAD])
    counts = process_pending(store, progress=False, detector=KeywordDetector(), options=None)
    assert counts["done"] == len(GOOD) and counts["quarantined"] == len(BAD)

    status = {
        Path(r["path"]).name: (r["status"], r["error"])
        for r in store.query("SELECT path, status, error FROM media")
    }
    for name in GOOD:
        assert status[name] == ("done", "")
    for name, reason in BAD.items():
        assert status[name][0] == "quarantined" and status[name][1].startswith(reason + ":"), (
            name,
            status[name],
        )
    assert {q.reason for q in store.quarantined()} == set(BAD.values())

    poster_item = store.get_item(uids["poster.jpg"])
    assert poster_item is not None and poster_item.flagged and poster_item.score == pytest.approx(0.9)
    [ocr] = [e for e in poster_item.evidence if e["kind"] == "ocr"]
    assert "CARAVAN" in ocr["text"].upper() and ocr["media"] == sha256_file(str(media_dir / "poster.jpg"))

    for name in ("known.png", "known_mirror.jpg"):
        item = store.get_item(uids[name])
        # flagged by the bank-match rule; the score stays the detector's (of any text read)
        assert item is not None and item.flagged
        assert item.score == store.media.result(sha256_file(str(media_dir / name)))["score"]
        assert item.score is None or item.score < KeywordDetector.threshold
        assert store.decisions.current([item.uid])[item.uid].rule_id == "bank-match"
        matches = [e for e in item.evidence if e["kind"] == "match"]
        assert matches and all(e["bank"] == "known" for e in matches)
        assert item.themes.get("utopia") == 1.0
    mirror = store.get_item(uids["known_mirror.jpg"])
    assert mirror is not None and [e["signal_type"] for e in mirror.evidence if e["kind"] == "match"] == [
        "pdq"
    ]

    clip = store.get_item(uids["clip.mp4"])
    assert clip is not None and clip.flagged
    [frame_ev] = [e for e in clip.evidence if e["kind"] == "ocr"]
    assert "frame" in frame_ev and frame_ev["t"] > 0
    report = media_report(store, sha256_file(str(media_dir / "clip.mp4")))
    assert {h["signal_type"] for h in report["hashes"]} == {"sha256", "md5", "vpdq"}

    holiday = store.get_item(uids["holiday.jpg"])
    assert holiday is not None and not holiday.flagged

    # a two-hour video is refused quickly but its exact hashes are still recorded
    long_sha = sha256_file(str(media_dir / "two_hours.mp4"))
    assert {h["signal_type"] for h in media_report(store, long_sha)["hashes"]} == {"sha256", "md5"}

    # idempotent: nothing pending -> nothing done; forced re-run -> identical state, no duplicates
    before = _snapshot(store)
    assert process_pending(store, progress=False, detector=KeywordDetector())["done"] == 0
    assert requeue(store, status="all") == len(GOOD) + len(BAD)
    process_pending(store, progress=False, detector=KeywordDetector())
    assert _snapshot(store) == before


def test_unflagged_text_gives_an_unjudged_image_item_its_verdict(store: Store, media_dir: Path) -> None:
    from vigil.media.process import Options

    uids = _load(store, media_dir, ["poster.jpg"])
    counts = process_pending(store, progress=False, options=Options(ocr=True), detector=_NoDetector())
    assert counts["done"] == 1
    rows = store.query("SELECT text FROM media_text")
    assert rows and "CARAVAN" in rows[0]["text"].upper()
    item = store.get_item(uids["poster.jpg"])
    assert item is not None and item.score == 0.0 and item.flagged is False
    assert [e["kind"] for e in item.evidence] == ["ocr"]  # where the (harmless) reading came from


class _NoDetector:
    version = "none"
    threshold = 1.0

    def score(self, texts: Sequence[str], langs: Sequence[str] | None = None) -> list[Verdict]:
        return [Verdict(0.0, False) for _ in texts]


def test_kill_minus_nine_then_rerun(tmp_path: Path, media_dir: Path) -> None:
    url = f"sqlite:///{tmp_path / 'k.db'}"
    names = ["poster.jpg", "known.png", "holiday.jpg", "clip.mp4", "known_mirror.jpg"]
    copies = tmp_path / "m"
    copies.mkdir()
    for n in names:
        shutil.copy(media_dir / n, copies / n)
    with open_store(url) as store:
        _load(store, copies, names)
    code = (
        "import sys; from vigil.store import open_store; from vigil.media import process_pending\n"
        f"s = open_store({url!r}); process_pending(s, progress=False)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        with open_store(url) as store:
            while proc.poll() is None:
                if store.query("SELECT COUNT(*) AS n FROM media WHERE status = 'done'")[0]["n"] >= 1:
                    break
                subprocess.run(["sleep", "0.05"], check=True)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
    with open_store(url) as store:
        process_pending(store, progress=False, detector=KeywordDetector())
        rows = store.query("SELECT status FROM media")
        assert [r["status"] for r in rows] == ["done"] * len(names)
        dup = store.query(
            "SELECT media_sha256, signal_type, variant, COUNT(*) AS n FROM media_hashes "
            "GROUP BY media_sha256, signal_type, variant HAVING COUNT(*) > 1"
        )
        assert dup == []
        assert store.query("SELECT COUNT(DISTINCT media_sha256) AS n FROM media_results")[0]["n"] == len(
            names
        )
