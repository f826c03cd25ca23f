"""Uploaded media on SQLite and PostgreSQL: sniffed from the bytes, bombs and non-media refused,
kept once by sha256, matched at once, and queued for a worker that judges the item."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from vigil.classify import Verdict
from vigil.errors import BadRecord
from vigil.items import sha256_file
from vigil.jobs import MediaJob, Worker
from vigil.jobs.uploads import accept_upload, media_dir
from vigil.media.process import Options
from vigil.media.synth import photo
from vigil.signals.banks import add_entries, create_bank, hash_file_entries
from vigil.signals.matcher import Matcher
from vigil.store import Store


def png_bomb(path: Path, side: int = 40000) -> None:
    """A small PNG that declares a 40000 × 40000 image."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    ihdr = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * (side + 1) * 4)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b""))


class Flags:
    """The ``Detector`` seam: flags nothing (the bank match is what decides here)."""

    version = "none"
    threshold = 0.5

    def score(self, texts: Sequence[str], langs: Sequence[str] | None = None) -> list[Verdict]:
        return [Verdict(0.0, False) for _ in texts]


def test_an_upload_is_kept_matched_and_queued(store: Store, tmp_path: Path) -> None:
    photo(5).save(tmp_path / "known.png")
    create_bank(store, "known")
    add_entries(store, "known", hash_file_entries(tmp_path / "known.png"))
    upload = tmp_path / "upload.bin"  # the name says nothing: the bytes do
    upload.write_bytes((tmp_path / "known.png").read_bytes())
    sha = sha256_file(str(upload))
    folder = tmp_path / "media"
    up = accept_upload(store, upload, actor="token:1", matcher=Matcher.from_store(store), folder=folder,
                       context={"author": "acct-9", "platform": "example"})  # fmt: skip
    assert (up.sha256, up.kind, up.mime) == (sha, "image", "image/png")
    assert Path(up.path) == folder / sha[:2] / f"{sha}.png" and Path(up.path).is_file()
    assert not upload.exists()
    assert {m.signal_type for m in up.matches} >= {"sha256", "md5", "pdq"}
    item = store.get_item(up.item_uid)
    assert item is not None and (item.source, item.author, item.media) == ("api", "acct-9", [sha])
    media = store.media.get(sha)
    assert media is not None and media["status"] == "pending"
    job = store.jobs.get(up.job_id)
    assert job is not None and (job.kind, job.status, job.payload) == ("media", "queued", {"sha256": sha})
    again = tmp_path / "again.bin"
    again.write_bytes((tmp_path / "known.png").read_bytes())
    second = accept_upload(
        store, again, actor="token:1", folder=folder, context={"author": "acct-9", "platform": "example"}
    )
    assert (second.item_uid, second.job_id) == (up.item_uid, up.job_id)  # the same upload, the same job
    Worker(store, [MediaJob(Options(ocr=False), detector=Flags())], log=io.StringIO()).run(until_idle=True)
    done = store.jobs.get(up.job_id)
    assert done is not None and done.status == "done" and done.result["matches"] >= 3
    [decision] = store.decisions.history(up.item_uid)
    assert decision.verdict in ("queue", "remove")  # a bank match puts it before a person


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: png_bomb(p), "decompression_bomb"),
        (lambda p: p.write_bytes(b""), "empty_file"),
        (lambda p: p.write_text("<html><body>not an image</body></html>"), "unsupported_type"),
        (lambda p: p.write_bytes(b"MZ" + b"\x00" * 4000), "unsupported_type"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100), "not_an_image"),
    ],
    ids=["bomb", "empty", "html", "exe", "broken png"],
)
def test_what_cannot_be_processed_is_refused_and_nothing_kept(
    store: Store, tmp_path: Path, make: Callable[[Path], object], reason: str
) -> None:
    upload = tmp_path / "upload.bin"
    make(upload)
    with pytest.raises(BadRecord) as refused:
        accept_upload(store, upload, actor="token:1", folder=tmp_path / "media")
    assert refused.value.reason == reason
    assert not (tmp_path / "media").exists()
    assert store.count_items() == 0 and store.jobs.counts()["queued"] == 0


def test_the_media_folder_follows_the_database(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = media_dir(store)
    if store.dialect == "sqlite":
        assert folder == Path(store.path + ".media")  # type: ignore[attr-defined]
    else:
        assert folder == Path("vigil-media")
    monkeypatch.setenv("VIGIL_MEDIA_DIR", str(tmp_path / "shared"))
    assert media_dir(store) == tmp_path / "shared"
