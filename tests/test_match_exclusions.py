"""A bank entry marked a false positive for one piece of content stops matching that content and
only that content — media files and post texts, through the matcher, the judge and the media
stage — on SQLite and PostgreSQL; removing entries; the CLI's ``--for``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from PIL import Image

from vigil.classify import Verdict
from vigil.cli import main
from vigil.errors import UsageError
from vigil.items import Item, MediaRef, sha256_file, sha256_text
from vigil.media import process_pending
from vigil.media.process import requeue
from vigil.media.synth import photo
from vigil.pipeline.judge import Judge, Subject
from vigil.signals.banks import (
    NewEntry,
    add_entries,
    create_bank,
    exclude_match,
    hash_file_entries,
    remove_entry,
)
from vigil.signals.matcher import Matcher, hash_file_for_query
from vigil.store import Store

SLOGAN = "Brothers, the caravan of the believers is leaving: join the lions of the land of honour today"


class Quiet:
    """The ``Detector`` seam: scores every text low (the bank match is what is under test)."""

    version = "quiet"
    threshold = 0.5

    def score(self, texts: Sequence[str], langs: Sequence[str] | None = None) -> list[Verdict]:
        return [Verdict(0.01, False) for _ in texts]


@pytest.fixture
def images(tmp_path: Path) -> dict[str, Path]:
    photo(5).save(tmp_path / "known.png")
    Image.open(tmp_path / "known.png").save(tmp_path / "copy.jpg", quality=85)  # same picture, other bytes
    return {"known": tmp_path / "known.png", "copy": tmp_path / "copy.jpg"}


def _pdq_entry(store: Store) -> int:
    [entry] = [e for e in store.banks.entries(bank="known") if e.signal_type == "pdq"]
    return entry.id


def test_an_excluded_media_no_longer_matches_the_entry_and_others_still_do(
    store: Store, images: dict[str, Path]
) -> None:
    create_bank(store, "known")
    add_entries(store, "known", hash_file_entries(images["known"]))
    pdq = _pdq_entry(store)
    copy_sha = sha256_file(str(images["copy"]))
    _, _, copy_hashes = hash_file_for_query(images["copy"])
    _, _, known_hashes = hash_file_for_query(images["known"])
    before = Matcher.from_store(store)
    assert pdq in {m.entry for m in before.match_hashes(copy_hashes, content=copy_sha)}
    state = store.banks.fingerprint()
    assert exclude_match(store, pdq, copy_sha, note="a stock photo, not the propaganda", by="alice")
    assert not exclude_match(store, pdq, copy_sha)  # recorded once
    assert store.banks.fingerprint() != state  # a worker's cached matcher is rebuilt
    after = Matcher.from_store(store)
    assert pdq not in {m.entry for m in after.match_hashes(copy_hashes, content=copy_sha)}
    assert pdq in {
        m.entry for m in after.match_hashes(known_hashes, content=sha256_file(str(images["known"])))
    }
    assert pdq in {m.entry for m in after.match_hashes(copy_hashes)}  # a hash lookup names no content
    [row] = store.banks.exclusions(entry_id=pdq)
    assert (row["content_sha256"], row["note"], row["created_by"]) == (
        copy_sha, "a stock photo, not the propaganda", "alice",
    )  # fmt: skip


def test_the_media_stage_respects_the_exclusion(store: Store, images: dict[str, Path]) -> None:
    create_bank(store, "known")
    add_entries(store, "known", hash_file_entries(images["known"]))
    pdq = _pdq_entry(store)
    shas = {}
    for name, path in images.items():
        sha = shas[name] = sha256_file(str(path))
        item = Item(uid=f"item-{name}", content_sha256=sha, kind="image", source="t", locator=name, text="",
                    media=[sha])  # fmt: skip
        store.add_items([item])
        store.add_media(item.uid, [MediaRef(str(path), sha, "image", path.stat().st_size)])
    process_pending(store, progress=False, detector=Quiet())
    assert pdq in {m["entry_id"] for m in store.media.matches(shas["copy"])}
    exclude_match(store, pdq, shas["copy"])
    requeue(store, status="done")
    process_pending(store, progress=False, detector=Quiet())
    assert pdq not in {m["entry_id"] for m in store.media.matches(shas["copy"])}
    assert pdq in {m["entry_id"] for m in store.media.matches(shas["known"])}


def test_an_excluded_text_no_longer_matches_and_its_near_copies_still_do(store: Store) -> None:
    create_bank(store, "texts")
    add_entries(store, "texts", [NewEntry("raw_text", SLOGAN)])
    [entry] = list(store.banks.entries(bank="texts"))
    quoted = f"{SLOGAN} (sic)"  # quoted in a report that refutes it
    repost = SLOGAN.upper() + " !!"
    judge = Judge.for_store(store, detector=Quiet())
    assert entry.id in {m.entry for m in judge.text_matches(Subject(quoted))}
    exclude_match(store, entry.id, sha256_text(quoted), note="counter-speech")
    judge = Judge.for_store(store, detector=Quiet())
    assert entry.id not in {m.entry for m in judge.text_matches(Subject(quoted))}
    assert entry.id in {m.entry for m in judge.text_matches(Subject(repost))}


def test_bad_exclusions_and_removing_entries(store: Store, images: dict[str, Path]) -> None:
    create_bank(store, "known")
    add_entries(store, "known", hash_file_entries(images["known"]))
    pdq = _pdq_entry(store)
    with pytest.raises(UsageError, match="not a sha256"):
        exclude_match(store, pdq, "abc")
    with pytest.raises(UsageError, match="no bank entry with id 999999"):
        exclude_match(store, 999999, "a" * 64)
    exclude_match(store, pdq, "A" * 64)  # hex in either case, kept lower-case
    assert store.banks.exclusions()[0]["content_sha256"] == "a" * 64
    entry = store.banks.get_entry(pdq)
    assert entry is not None and entry.extras  # PDQ entries carry their crop variants
    removed = remove_entry(store, pdq)
    assert removed.id == pdq and store.banks.get_entry(pdq) is None
    assert store.banks.exclusions() == []
    assert store.query("SELECT COUNT(*) AS n FROM bank_entry_extras WHERE entry_id = ?", (pdq,))[0]["n"] == 0
    with pytest.raises(UsageError, match=f"no bank entry with id {pdq}"):
        remove_entry(store, pdq)


def test_cli_marks_a_false_positive_for_one_content(
    store: Store, images: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    create_bank(store, "known")
    add_entries(store, "known", hash_file_entries(images["known"]))
    pdq = _pdq_entry(store)
    sha = sha256_file(str(images["copy"]))
    args = ["bank", "disable", "known", str(pdq), "--false-positive", "--for", sha, "--db", store.url]
    assert main(args) == 0
    assert f"entry {pdq} (pdq) no longer matches {sha}" in capsys.readouterr().out
    assert [r["content_sha256"] for r in store.banks.exclusions()] == [sha]
    entry = store.banks.get_entry(pdq)
    assert entry is not None and entry.active  # still live for everything else
    assert main(["bank", "disable", "known", str(pdq), "--for", sha, "--db", store.url]) == 2
    assert "--for needs --false-positive" in capsys.readouterr().err
