"""Ingest: every format read from real files, and every kind of bad record quarantined.

Readers are exercised through :func:`vigil.ingest.read_path` (what ``vigil scan`` uses);
where storage matters (profile columns never stored, nothing valid lost around a bad
record) the files go through :func:`vigil.pipeline.scan` into a real store. Those scans
use a keyword detector defined here: they are about ingest, not about scores.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from vigil.classify import Verdict
from vigil.errors import UsageError
from vigil.ingest import read_path
from vigil.ingest.csv_reader import parse_mapping
from vigil.items import QuarantineRecord, Record, sha256_file
from vigil.pipeline import scan
from vigil.store import Store

# -- helpers -------------------------------------------------------------------------------------------


class KeywordDetector:
    """A deterministic detector at the pipeline's public seam: flags texts that say 'khilafah'."""

    version = "keyword-test-1"
    threshold = 0.5

    def score(self, texts, langs=None):  # type: ignore[no-untyped-def]
        return [Verdict(1.0, True) if "khilafah" in t.lower() else Verdict(0.0, False) for t in texts]


def read(path: Path, csv_map: dict[str, str] | None = None) -> tuple[list[Record], list[QuarantineRecord]]:
    records: list[Record] = []
    quarantined: list[QuarantineRecord] = []
    for r in read_path(path, csv_map):
        (quarantined if isinstance(r, QuarantineRecord) else records).append(r)
    return records, quarantined


def run_scan(paths: list[Path], store: Store, **kw: Any):  # type: ignore[no-untyped-def]
    return scan(paths, store, detector=KeywordDetector(), progress=False, media=False, **kw)


def write_jsonl(path: Path, objs: list[Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for obj in objs:
            fh.write((obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False)) + "\n")
    return path


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",", eol: str = "\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=delimiter, lineterminator=eol).writerows(rows)
    return path


def image(path: Path, color: tuple[int, int, int] = (200, 30, 30)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (32, 24), color).save(path)
    return path


def reasons(quarantined: list[QuarantineRecord]) -> list[tuple[str, str]]:
    return [(q.locator, q.reason) for q in quarantined]


# -- JSONL ---------------------------------------------------------------------------------------------


def test_jsonl_all_fields_and_relative_media(tmp_path: Path) -> None:
    photo = image(tmp_path / "corpus" / "media" / "p1.png")
    clip = tmp_path / "corpus" / "media" / "v1.mp4"
    clip.write_bytes(b"\x00\x00\x00\x18ftypmp42 not really a video")
    f = write_jsonl(
        tmp_path / "corpus" / "posts.jsonl",
        [
            {
                "id": 4711,
                "text": "Come to the land of the Khilafah",
                "author": "acct_1",
                "time": "2016-02-01T10:15:00+01:00",
                "url": "https://example.org/p/4711",
                "lang": "en",
                "media": ["media/p1.png", "media/v1.mp4"],
                "reply_to": "4700",
                "platform": "forum",
                "likes": 3,
            },
            {"text": "only text"},
        ],
    )
    records, quarantined = read(f)
    assert quarantined == []
    first, second = records
    assert first.text == "Come to the land of the Khilafah"
    assert (first.source_id, first.author, first.url, first.reply_to, first.platform, first.lang) == (
        "4711", "acct_1", "https://example.org/p/4711", "4700", "forum", "en",
    )  # fmt: skip
    assert first.time == "2016-02-01T09:15:00Z"
    assert first.source == str(f) and first.locator == "line 1"
    assert [m.path for m in first.media] == [str(photo.resolve()), str(clip.resolve())]
    assert [m.sha256 for m in first.media] == [sha256_file(str(photo)), sha256_file(str(clip))]
    assert [m.kind for m in first.media] == ["image", "video"]
    assert first.extra == {"likes": 3}
    assert (second.source_id, second.author, second.time, second.media, second.locator) == (
        None, None, None, [], "line 2",
    )  # fmt: skip


def test_jsonl_media_only_post_is_a_media_item(tmp_path: Path) -> None:
    image(tmp_path / "a.jpg")
    f = write_jsonl(tmp_path / "p.jsonl", [{"id": "m1", "text": "", "media": "a.jpg"}])
    [record], quarantined = read(f)
    assert quarantined == []
    assert record.kind == "image" and record.text == ""


def test_jsonl_missing_media_is_noted_and_the_post_kept(tmp_path: Path) -> None:
    f = write_jsonl(tmp_path / "p.jsonl", [{"id": "x", "text": "words", "media": ["gone.png"]}])
    [record], quarantined = read(f)
    assert record.text == "words" and record.media == []
    assert reasons(quarantined) == [("line 1 media gone.png", "media_unreadable")]


def test_jsonl_stored_with_given_and_detected_language(tmp_path: Path, store: Store) -> None:
    f = write_jsonl(
        tmp_path / "p.jsonl",
        [
            {
                "id": "a",
                "text": "Das Krankenhaus der Stadt hat gestern einen neuen Flügel eröffnet.",
                "lang": "en",
            }
        ],
    )
    run_scan([f], store)
    [item] = list(store.iter_items())
    assert (item.source_id, item.lang, item.lang_given) == ("a", "de", "en")


# -- CSV / TSV -----------------------------------------------------------------------------------------

FT_SHORT = ["name", "username", "tweetid", "time", "tweets"]
FT_LONG = ["name", "username", "description", "location", "followers", "numberstatuses", "time", "tweets"]


def test_csv_with_column_mapping(tmp_path: Path) -> None:
    f = write_csv(
        tmp_path / "export.csv",
        [
            ["post_no", "who", "when", "body", "permalink"],
            ["p1", "alice", "2016-01-02 03:04", "First post #one", "https://forum.example/p1"],
            ["p2", "bob", "not a date", "Second post", ""],
        ],
    )
    mapping = parse_mapping("text=body, id=post_no,author=who,time=when,url=permalink")
    records, quarantined = read(f, mapping)
    assert quarantined == []
    assert [(r.source_id, r.author, r.text) for r in records] == [
        ("p1", "alice", "First post #one"), ("p2", "bob", "Second post"),
    ]  # fmt: skip
    assert records[0].time == "2016-01-02T03:04:00" and records[0].url == "https://forum.example/p1"
    assert records[1].time is None and records[1].extra == {"time_unparsed": "not a date"}
    assert [r.locator for r in records] == ["row 1 (line 2)", "row 2 (line 3)"]


def test_csv_mapping_errors() -> None:
    with pytest.raises(UsageError):
        parse_mapping("text")
    with pytest.raises(UsageError):
        parse_mapping("body=text")


def test_csv_mapping_to_a_missing_column(tmp_path: Path) -> None:
    f = write_csv(tmp_path / "x.csv", [["a", "b"], ["1", "2"]])
    with pytest.raises(UsageError):
        read(f, {"text": "nope"})


def test_csv_without_text_column_is_quarantined(tmp_path: Path) -> None:
    f = write_csv(tmp_path / "x.csv", [["a", "b"], ["1", "2"]])
    records, quarantined = read(f)
    assert records == [] and reasons(quarantined) == [("header", "no_text_column")]


@pytest.mark.parametrize("layout", [FT_SHORT, FT_LONG], ids=["short", "long"])
def test_fifth_tribe_layouts(tmp_path: Path, store: Store, layout: list[str]) -> None:
    profile = {
        "name": "Display Name X",
        "username": "acct_x",
        "tweetid": "6.40E+17",
        "description": "SECRET-PROFILE-BIO",
        "location": "SECRET-PROFILE-PLACE",
        "followers": "98765",
        "numberstatuses": "43210",
    }
    texts = ["#WilayatAlFurat New video from the Khilafah", 'He said "come", then left,\nsecond line']
    rows = [layout]
    for i, text in enumerate(texts):
        values = {**profile, "tweetid": f"64{i}", "time": f"9/{3 + i}/2015 3:17", "tweets": text}
        rows.append([values[c] for c in layout])
    f = write_csv(tmp_path / "tweets.csv", rows)
    records, quarantined = read(f)
    assert quarantined == []
    assert [r.text for r in records] == texts
    assert all(r.platform == "twitter" and r.author == "acct_x" for r in records)
    assert [r.time for r in records] == ["2015-09-03T03:17:00", "2015-09-04T03:17:00"]
    if "tweetid" in layout:
        assert [r.source_id for r in records] == ["640", "641"]

    summary = run_scan([f], store)
    assert summary.added == 2 and summary.flagged == 1
    # Profile columns are never stored, in any column of any table row.
    stored = json.dumps([store.query("SELECT * FROM items"), store.runs()], default=str)
    for secret in ("SECRET-PROFILE-BIO", "SECRET-PROFILE-PLACE", "98765", "43210", "Display Name X"):
        assert secret not in stored


def test_tsv(tmp_path: Path) -> None:
    f = write_csv(
        tmp_path / "posts.tsv",
        [["id", "text", "author"], ["t1", "tab separated, with a comma", "u1"], ["t2", "second", "u2"]],
        delimiter="\t",
    )
    records, quarantined = read(f)
    assert quarantined == []
    assert [(r.source_id, r.text, r.author) for r in records] == [
        ("t1", "tab separated, with a comma", "u1"), ("t2", "second", "u2"),
    ]  # fmt: skip


def test_csv_with_bom_header(tmp_path: Path) -> None:
    f = tmp_path / "bom.csv"
    f.write_bytes("\ufefftext,id\nhello there,1\n".encode())
    [record], quarantined = read(f)
    assert quarantined == [] and (record.text, record.source_id) == ("hello there", "1")


# -- Telegram Desktop export ---------------------------------------------------------------------------

NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"


def telegram_messages() -> list[dict[str, Any]]:
    return [
        {"id": 1, "type": "service", "date": "2016-03-01T08:00:00", "date_unixtime": "1456819200",
         "actor": "Chan", "action": "create_channel", "text": "channel created"},
        {"id": 2, "type": "message", "date": "2016-03-01T09:00:00", "date_unixtime": "1456822800",
         "from": "Chan", "text": "Plain string message about the Khilafah", "photo": "photos/photo_1.jpg"},
        {"id": 3, "type": "message", "date": "2016-03-01T10:00:00", "date_unixtime": "1456826400",
         "from": "Chan", "reply_to_message_id": 2,
         "text": ["New from the ", {"type": "bold", "text": "Health Office"}, ": read ",
                  {"type": "link", "text": "https://justpaste.it/abc"}, " ",
                  {"type": "hashtag", "text": "#Hijrah"}]},
        {"id": 4, "type": "message", "date": "2016-03-01T11:00:00", "from": "Chan",
         "text": "a video", "file": "video_files/clip.mp4", "media_type": "video_file",
         "mime_type": "video/mp4"},
        {"id": 5, "type": "message", "date": "2016-03-01T12:00:00", "from": "Chan",
         "text": "photo was not exported", "photo": NOT_INCLUDED},
        {"id": 6, "type": "message", "date": "2016-03-01T13:00:00", "from": "Chan", "text": "",
         "photo": "photos/photo_2.jpg"},
        {"id": 7, "type": "message", "date": "2016-03-01T14:00:00", "from": "Chan", "text": "",
         "sticker_emoji": "🙂"},
    ]  # fmt: skip


def make_export(folder: Path, data: Any | None = None) -> Path:
    image(folder / "photos" / "photo_1.jpg", (10, 20, 30))
    image(folder / "photos" / "photo_2.jpg", (30, 20, 10))
    (folder / "video_files").mkdir(parents=True, exist_ok=True)
    (folder / "video_files" / "clip.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42 fake video bytes")
    if data is None:
        data = {"name": "Chan", "type": "public_channel", "id": 1001, "messages": telegram_messages()}
    (folder / "result.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder


@pytest.mark.parametrize("target", ["folder", "result.json"])
def test_telegram_single_chat_export(tmp_path: Path, target: str) -> None:
    folder = make_export(tmp_path / "export")
    records, quarantined = read(folder if target == "folder" else folder / "result.json")
    by_id = {r.source_id: r for r in records}
    # service message 1 and the empty sticker message 7 are not content
    assert sorted(by_id) == ["1001/2", "1001/3", "1001/4", "1001/5", "1001/6"]
    assert by_id["1001/2"].text == "Plain string message about the Khilafah"
    assert by_id["1001/3"].text == "New from the Health Office: read https://justpaste.it/abc #Hijrah"
    assert by_id["1001/3"].reply_to == "1001/2"
    assert by_id["1001/2"].time == "2016-03-01T09:00:00Z"
    assert all(r.platform == "telegram" and r.author == "Chan" for r in records)
    photo1 = by_id["1001/2"].media
    assert [m.path for m in photo1] == [str((folder / "photos" / "photo_1.jpg").resolve())]
    assert photo1[0].kind == "image" and photo1[0].sha256 == sha256_file(
        str(folder / "photos" / "photo_1.jpg")
    )
    assert [m.kind for m in by_id["1001/4"].media] == ["video"]
    assert by_id["1001/5"].media == []
    assert by_id["1001/6"].kind == "image" and by_id["1001/6"].text == ""
    assert [(q.source, q.locator, q.reason) for q in quarantined] == [
        (str(folder / "result.json"), "chat 1001 message 5 photo", "media_not_exported"),
    ]


def test_telegram_full_account_export(tmp_path: Path) -> None:
    data = {
        "about": "full export",
        "chats": {
            "about": "",
            "list": [
                {"name": "Chan", "type": "public_channel", "id": 1001, "messages": telegram_messages()[:3]},
                {"name": "Group", "type": "private_group", "id": 2002,
                 "messages": [{"id": 1, "type": "message", "date": "2016-04-01T00:00:00", "from": "member_a",
                               "text": ["hello ", {"type": "mention", "text": "@member_b"}]}]},
            ],
        },
    }  # fmt: skip
    folder = make_export(tmp_path / "DataExport", data)
    records, quarantined = read(folder)
    assert quarantined == []
    assert [r.source_id for r in records] == ["1001/2", "1001/3", "2002/1"]
    assert records[2].text == "hello @member_b" and records[2].author == "member_a"
    assert records[2].extra["chat"] == "Group"


def test_telegram_missing_photo_file_is_noted(tmp_path: Path) -> None:
    folder = make_export(tmp_path / "export")
    (folder / "photos" / "photo_1.jpg").unlink()
    records, quarantined = read(folder)
    assert "1001/2" in {r.source_id for r in records}
    assert ("chat 1001 message 2 photo photos/photo_1.jpg", "media_unreadable") in reasons(quarantined)


# -- a folder of files ---------------------------------------------------------------------------------


def make_folder(root: Path) -> Path:
    (root / "notes").mkdir(parents=True)
    (root / "notes" / "a.txt").write_text("A plain text file about the Khilafah.\n", encoding="utf-8")
    (root / "notes" / "b.md").write_text("# Title\n\nSome *markdown* text.\n", encoding="utf-8")
    (root / "page.html").write_text(
        "<html><head><title>T</title><style>body{color:red}</style><script>var x='hidden';</script></head>"
        "<body><h1>Headline</h1><p>First &amp; second paragraph.</p><p>Third</p></body></html>",
        encoding="utf-8",
    )
    image(root / "media" / "poster.png")
    (root / "media" / "clip.webm").write_bytes(b"\x1a\x45\xdf\xa3 fake webm")
    write_jsonl(root / "deep" / "nested" / "posts.jsonl", [{"id": "j1", "text": "nested jsonl post"}])
    write_csv(root / "deep" / "tweets.csv", [FT_SHORT, ["N", "acct_y", "77", "1/2/2016 10:00", "csv tweet"]])
    make_export(root / "tg")
    (root / ".hidden.txt").write_text("hidden files are passed over", encoding="utf-8")
    return root


def test_folder_of_files(tmp_path: Path) -> None:
    root = make_folder(tmp_path / "corpus")
    records, quarantined = read(root)
    by_id = {r.source_id: r for r in records}
    assert by_id["notes/a.txt"].text == "A plain text file about the Khilafah.\n"
    assert by_id["notes/b.md"].text.startswith("# Title")
    html = by_id["page.html"].text
    assert "Headline" in html and "First & second paragraph." in html and "Third" in html
    assert "hidden" not in html and "color" not in html
    assert by_id["media/poster.png"].kind == "image" and by_id["media/poster.png"].text == ""
    assert by_id["media/poster.png"].media[0].sha256 == sha256_file(str(root / "media" / "poster.png"))
    assert by_id["media/clip.webm"].kind == "video"
    assert by_id["j1"].text == "nested jsonl post"
    assert by_id["77"].text == "csv tweet" and by_id["77"].platform == "twitter"
    # the Telegram export inside the folder is read as an export: its media are not separate items
    assert {"1001/2", "1001/3", "1001/4", "1001/5", "1001/6"} <= set(by_id)
    assert not any(k and k.startswith("tg/") for k in by_id)
    assert len(records) == 7 + 5
    assert reasons(quarantined) == [("chat 1001 message 5 photo", "media_not_exported")]


def test_folder_scanned_into_store(tmp_path: Path, store: Store) -> None:
    root = make_folder(tmp_path / "corpus")
    summary = run_scan([root], store)
    assert summary.added == 12 and summary.quarantined == 1
    assert store.count_items(kind="image") == 2  # poster.png, and message 6 of the export
    assert store.count_items(kind="video") == 1
    media_rows = store.query("SELECT kind, COUNT(*) AS n FROM media GROUP BY kind ORDER BY kind")
    assert {r["kind"]: r["n"] for r in media_rows} == {"image": 3, "video": 2}


# -- quarantine: each kind of bad record, with nothing valid lost around it ----------------------------


def _valid(n: int, tag: str) -> dict[str, str]:
    return {"id": f"{tag}-{n}", "text": f"valid post {tag} number {n}"}


def test_jsonl_bad_lines_quarantined_valid_neighbours_kept(tmp_path: Path, store: Store) -> None:
    f = tmp_path / "mixed.jsonl"
    big = json.dumps({"id": "big", "text": "x" * 1_000_001})
    lines = [
        json.dumps(_valid(1, "j")),
        '{"id": "broken", "text": "no closing brace"',  # 2 invalid JSON
        json.dumps(_valid(3, "j")),
        json.dumps({"id": "no-text", "author": "a"}),  # 4 missing text
        json.dumps({"id": "empty", "text": "   "}),  # 5 missing text (blank)
        json.dumps(_valid(6, "j")),
        big,  # 7 over 1 MB
        "[1, 2, 3]",  # 8 not an object
        json.dumps({"id": "num", "text": 12345}),  # 9 text is not a string
        "",  # 10 blank line: nothing
        json.dumps(_valid(11, "j")),
    ]
    data = "\n".join(lines).encode() + b"\n"
    data += b'{"id": "latin1", "text": "caf\xe9"}\n'  # 12 invalid UTF-8
    data += json.dumps(_valid(13, "j")).encode() + b"\n"
    f.write_bytes(data)

    records, quarantined = read(f)
    assert [r.source_id for r in records] == ["j-1", "j-3", "j-6", "j-11", "j-13"]
    assert reasons(quarantined) == [
        ("line 2", "invalid_json"),
        ("line 4", "missing_text"),
        ("line 5", "missing_text"),
        ("line 7", "text_too_large"),
        ("line 8", "not_an_object"),
        ("line 9", "invalid_text"),
        ("line 12", "invalid_utf8"),
    ]
    assert all(q.source == str(f) for q in quarantined)
    assert len(quarantined[3].excerpt) <= 200

    summary = run_scan([f], store, batch_size=2)
    assert summary.added == 5 and summary.quarantined == 7
    assert sorted(i.source_id for i in store.iter_items()) == ["j-1", "j-11", "j-13", "j-3", "j-6"]
    assert sorted((q.locator, q.reason) for q in store.quarantined()) == sorted(reasons(quarantined))


def test_csv_bad_rows_quarantined_valid_neighbours_kept(tmp_path: Path, store: Store) -> None:
    f = tmp_path / "mixed.csv"
    big = "y" * 1_000_001
    out = [
        "id,text,author",
        "1,first valid row,a",
        "2,too,many,fields",  # row 2: wrong field count
        "3,third valid row,c",
        "4,,d",  # row 4: missing text
        f"5,{big},e",  # row 5: too large
        "6,sixth valid row,f",
        "7,only two",  # row 7: wrong field count
    ]
    data = ("\n".join(out) + "\n").encode()
    data += b"8,caf\xe9 au lait,h\n"  # row 8: invalid UTF-8
    data += b"9,ninth valid row,i\n"
    f.write_bytes(data)

    records, quarantined = read(f)
    assert [r.source_id for r in records] == ["1", "3", "6", "9"]
    assert [(q.locator.split(" (")[0], q.reason) for q in quarantined] == [
        ("row 2", "wrong_field_count"),
        ("row 4", "missing_text"),
        ("row 5", "text_too_large"),
        ("row 7", "wrong_field_count"),
        ("row 8", "invalid_utf8"),
    ]
    assert quarantined[0].locator == "row 2 (line 3)"
    summary = run_scan([f], store, batch_size=1)
    assert summary.added == 4 and summary.quarantined == 5
    assert store.count_items() == 4 and len(store.quarantined()) == 5


def test_files_in_a_folder_quarantined_valid_files_kept(tmp_path: Path, store: Store) -> None:
    root = tmp_path / "files"
    root.mkdir()
    (root / "a_valid.txt").write_text("first valid file", encoding="utf-8")
    (root / "b_binary.txt").write_bytes(b"MZ\x90\x00\x03\x00\x00\x00 binary posing as text")
    (root / "c_binary.jsonl").write_bytes(b'{"text": "x"}\n\x00\x01\x02\x03')
    (root / "d_latin1.md").write_bytes("caf\xe9".encode("latin-1"))
    (root / "e_empty.txt").write_text("  \n", encoding="utf-8")
    (root / "f_big.txt").write_bytes(b"z" * 1_000_001)
    (root / "g_program.exe").write_bytes(b"MZ")
    (root / "h_noext").write_text("no extension", encoding="utf-8")
    (root / "i_loop.txt").symlink_to(root / "i_loop.txt")  # unreadable even for root: ELOOP
    (root / "j_dangling.jsonl").symlink_to(root / "does-not-exist.jsonl")  # ENOENT
    (root / "k_eio.txt").symlink_to("/proc/self/mem")  # reading offset 0 fails with EIO, also as root
    (root / "z_valid.txt").write_text("last valid file", encoding="utf-8")

    records, quarantined = read(root)
    assert sorted(r.text for r in records) == ["first valid file", "last valid file"]
    got = {Path(q.source).name: q.reason for q in quarantined}
    assert got == {
        "b_binary.txt": "binary_file",
        "c_binary.jsonl": "binary_file",
        "d_latin1.md": "invalid_utf8",
        "e_empty.txt": "missing_text",
        "f_big.txt": "text_too_large",
        "g_program.exe": "unsupported_type",
        "h_noext": "unsupported_type",
        "i_loop.txt": "unreadable",
        "j_dangling.jsonl": "unreadable",
        "k_eio.txt": "unreadable",
    }
    assert all(q.locator == "file" and q.source == str(root / Path(q.source).name) for q in quarantined)

    summary = run_scan([root], store)
    assert summary.added == 2 and summary.quarantined == 10
    assert summary.quarantine_reasons["unreadable"] == 3


def test_missing_path_is_quarantined(tmp_path: Path) -> None:
    records, quarantined = read(tmp_path / "nope.jsonl")
    assert records == [] and reasons(quarantined) == [("path", "not_found")]


def test_broken_telegram_export_is_quarantined(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "result.json").write_text('{"name": "x", "messages": [', encoding="utf-8")
    records, quarantined = read(folder)
    assert records == [] and reasons(quarantined) == [("file", "invalid_json")]


def test_fifo_in_a_folder_does_not_hang_the_scan(tmp_path: Path) -> None:
    """Named pipes (special files) in a corpus folder cannot be posts: they must be quarantined,
    not read (opening or reading a FIFO with no writer blocks forever, in the reader and in the
    progress bar's record estimate). The scan runs in a child process so that a hang fails this
    test instead of the suite."""
    root = tmp_path / "withfifo"
    root.mkdir()
    (root / "a.txt").write_text("valid text before", encoding="utf-8")
    os.mkfifo(root / "b_pipe.txt")
    os.mkfifo(root / "c_pipe.jsonl")
    (root / "d.txt").write_text("valid text after", encoding="utf-8")
    code = (
        "import json, sys\n"
        "from types import SimpleNamespace as V\n"
        "from vigil.pipeline import scan\n"
        "from vigil.store import open_store\n"
        "class D:\n"
        "    version = 'none'\n"
        "    def score(self, texts, langs=None):\n"
        "        return [V(score=0.0, flagged=False, themes={}, evidence=[]) for _ in texts]\n"
        "with open_store(sys.argv[2]) as s:\n"
        "    scan([sys.argv[1]], s, detector=D(), progress=True, media=False)\n"
        "    print(json.dumps([[i.text for i in s.iter_items()], [q.source for q in s.quarantined()]]))\n"
    )
    db = f"sqlite:///{tmp_path / 'fifo.db'}"
    try:
        proc = subprocess.run(
            [sys.executable, "-c", code, str(root), db],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("scanning a folder that holds a FIFO blocked: no quarantine, the scan hangs")
    assert proc.returncode == 0, proc.stderr
    texts, sources = json.loads(proc.stdout.splitlines()[-1])
    assert sorted(texts) == ["valid text after", "valid text before"]
    assert sorted(Path(s).name for s in sources) == ["b_pipe.txt", "c_pipe.jsonl"]


# -- records the readers pass through but the store cannot hold ----------------------------------------


def test_lone_surrogate_in_json_text_is_quarantined_not_fatal(tmp_path: Path, store: Store) -> None:
    r"""``"\ud800"`` is valid JSON but not a valid Unicode string: it cannot be hashed or stored.
    It must be quarantined like any bad record and the valid lines around it kept."""
    f = tmp_path / "surrogate.jsonl"
    f.write_text(
        json.dumps(_valid(1, "s")) + "\n" + '{"id": "bad", "text": "lone \\ud800 surrogate"}\n'
        + json.dumps(_valid(3, "s")) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    run_scan([f], store)
    assert sorted(i.source_id for i in store.iter_items()) == ["s-1", "s-3"]
    assert [q.locator for q in store.quarantined()] == ["line 2"]


def test_nul_character_in_text_does_not_lose_the_batch(tmp_path: Path, store: Store) -> None:
    r"""``"\u0000"`` is valid JSON; PostgreSQL TEXT cannot hold NUL. The record must be stored
    (NUL removed) or quarantined on both backends, and its valid neighbours kept."""
    f = tmp_path / "nul.jsonl"
    f.write_text(
        json.dumps(_valid(1, "n")) + "\n" + '{"id": "nul", "text": "nul \\u0000 inside"}\n'
        + json.dumps(_valid(3, "n")) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    run_scan([f], store)
    ids = sorted(i.source_id for i in store.iter_items())
    assert ids in (["n-1", "n-3", "nul"], ["n-1", "n-3"])
    assert len(ids) + len(store.quarantined()) == 3


@pytest.mark.parametrize(
    "value",
    [99999999999999999999, "99999999999999999999", 1e300, -(10**15), "NaN"],
    ids=["huge-int", "huge-digits", "1e300", "negative", "nan"],
)
def test_out_of_range_time_is_not_fatal(tmp_path: Path, value: object) -> None:
    """A time that cannot be a date (a huge or negative epoch, NaN) is the source's problem,
    not a reason to stop: the record is kept without a time (or quarantined), the rest read."""
    f = tmp_path / "times.jsonl"
    bad = '{"id": "t", "text": "odd time", "time": %s}' % ("NaN" if value == "NaN" else json.dumps(value))
    f.write_text(json.dumps(_valid(1, "t")) + "\n" + bad + "\n" + json.dumps(_valid(3, "t")) + "\n", "utf-8")
    records, quarantined = read(f)
    assert {"t-1", "t-3"} <= {r.source_id for r in records}
    kept = [r for r in records if r.source_id == "t"]
    assert (kept and kept[0].time is None) or [q.locator for q in quarantined] == ["line 2"]


def test_unreadable_telegram_export_in_a_folder_is_quarantined(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "tg").mkdir(parents=True)
    (root / "a.txt").write_text("valid text next to a broken export", encoding="utf-8")
    (root / "tg" / "result.json").symlink_to(root / "tg" / "gone.json")  # dangling: unreadable
    records, quarantined = read(root)
    assert [r.text for r in records] == ["valid text next to a broken export"]
    assert [(Path(q.source).name, q.reason) for q in quarantined] == [("result.json", "unreadable")]


@pytest.mark.parametrize("media", [5, True, 1.5], ids=["int", "bool", "float"])
def test_jsonl_media_of_the_wrong_type_is_not_fatal(tmp_path: Path, media: object) -> None:
    f = tmp_path / "media.jsonl"
    bad = json.dumps({"id": "m", "text": "odd media", "media": media})
    f.write_text(json.dumps(_valid(1, "m")) + "\n" + bad + "\n" + json.dumps(_valid(3, "m")) + "\n", "utf-8")
    records, quarantined = read(f)
    assert {"m-1", "m-3"} <= {r.source_id for r in records}
    assert "m" in {r.source_id for r in records} or [q.locator for q in quarantined] == ["line 2"]


def test_binary_file_quarantine_is_stored(tmp_path: Path, store: Store) -> None:
    """The excerpt of a binary file holds NUL bytes, which PostgreSQL TEXT cannot hold: the
    quarantine row must still be written (and the valid file beside it stored)."""
    root = tmp_path / "bin"
    root.mkdir()
    (root / "a.txt").write_text("a valid file", encoding="utf-8")
    (root / "b.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00 binary")
    summary = run_scan([root], store)
    assert summary.added == 1 and summary.quarantine_reasons == {"binary_file": 1}
    [q] = store.quarantined()
    assert (Path(q.source).name, q.locator, q.reason) == ("b.txt", "file", "binary_file")
    assert [i.text for i in store.iter_items()] == ["a valid file"]


# -- round trips (Hypothesis) --------------------------------------------------------------------------

_CHARS = st.characters(blacklist_categories=("Cs",))
_TEXTS = st.text(_CHARS, min_size=1, max_size=80).filter(lambda t: t.strip() != "")
_OPT = st.none() | st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1, max_size=20
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    posts=st.lists(
        st.fixed_dictionaries({"text": _TEXTS, "id": _OPT, "author": _OPT, "url": _OPT}), max_size=8
    )
)
def test_jsonl_round_trip(tmp_path: Path, posts: list[dict[str, Any]]) -> None:
    f = tmp_path / "rt.jsonl"
    write_jsonl(f, posts)
    records, quarantined = read(f)
    assert quarantined == []
    assert [(r.text, r.source_id, r.author, r.url) for r in records] == [
        (p["text"], p["id"], p["author"], p["url"]) for p in posts
    ]
    assert [r.locator for r in records] == [f"line {n}" for n in range(1, len(posts) + 1)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(_TEXTS.filter(lambda t: "\x00" not in t), _OPT), max_size=8))
def test_csv_round_trip(tmp_path: Path, rows: list[tuple[str, str | None]]) -> None:
    # "\r\n" rows: the csv module then quotes a lone "\r" inside a field (with "\n" it would not)
    f = write_csv(tmp_path / "rt.csv", [["text", "author"], *[[t, a or ""] for t, a in rows]], eol="\r\n")
    records, quarantined = read(f)
    assert quarantined == []
    assert [(r.text, r.author) for r in records] == [(t, a.strip() if a else None) for t, a in rows]
