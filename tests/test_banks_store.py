"""Banks in the store (SQLite and PostgreSQL), the list formats, and the bank/match commands."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from vigil.cli import main
from vigil.errors import UsageError
from vigil.media.synth import photo
from vigil.signals import MD5Signal, PdqSignal, SHA256Signal
from vigil.signals.banks import (
    NewEntry,
    add_entries,
    create_bank,
    find_entries,
    hash_file_entries,
    iter_entries,
    list_banks,
    set_bank_enabled,
    set_entry_state,
)
from vigil.signals.formats import FORMATS, dumps, read_entries
from vigil.signals.matcher import Matcher
from vigil.store import Store

MD5S = MD5Signal.examples()
PDQS = PdqSignal.examples()


def test_create_add_dedupe_and_state(store: Store) -> None:
    create_bank(store, "tcap", source="TCAP", source_date="2026-01-01", labels={"ideology": "jihadist"})
    with pytest.raises(UsageError):
        create_bank(store, "tcap")
    r = add_entries(
        store, "tcap", [NewEntry("md5", m.upper()) for m in MD5S] + [NewEntry("photo_pdq", PDQS[0])]
    )
    assert (r.added, r.existing, r.invalid) == (len(MD5S) + 1, 0, [])
    r = add_entries(store, "tcap", [NewEntry("md5", MD5S[0]), NewEntry("md5", "nothex")])
    assert (r.added, r.existing, len(r.invalid)) == (0, 1, 1)
    [bank] = list_banks(store)
    assert (bank.entries, bank.active_entries, bank.labels) == (
        len(MD5S) + 1,
        len(MD5S) + 1,
        {"ideology": "jihadist"},
    )

    m = Matcher.from_store(store)
    from vigil.signals.matcher import QueryHash

    hits = m.match_hashes([QueryHash("md5", MD5S[1])])
    assert [(h.bank, h.signal_type, h.distance) for h in hits] == [("tcap", "md5", 0.0)]
    assert hits[0].labels == {"ideology": "jihadist"}  # inherited from the bank

    [entry] = find_entries(store, "tcap", MD5S[1])
    set_entry_state(store, entry.id, false_positive=True, note="stock photo")
    assert not Matcher.from_store(store).match_hashes([QueryHash("md5", MD5S[1])])
    assert len(list(iter_entries(store, bank="tcap"))) == len(MD5S)  # exported/matched: active only
    # re-importing a false positive does not bring it back to life
    add_entries(store, "tcap", [NewEntry("md5", MD5S[1])])
    assert not Matcher.from_store(store).match_hashes([QueryHash("md5", MD5S[1])])
    set_bank_enabled(store, "tcap", False)
    assert len(Matcher.from_store(store)) == 0


@pytest.mark.parametrize("fmt", FORMATS)
def test_formats_round_trip(store: Store, fmt: str) -> None:
    create_bank(store, "src")
    entries = [
        NewEntry("md5", MD5S[0], labels={"theme": "utopia"}, source_id="a1"),
        NewEntry("sha256", SHA256Signal.examples()[0], labels={"group": "x"}),
        NewEntry("pdq", PDQS[1], labels={"ideology": "jihadist", "theme": "war"}),
    ]
    add_entries(store, "src", entries)
    text = dumps(iter_entries(store, bank="src"), fmt)
    back = list(read_entries(io.StringIO(text), fmt))
    assert sorted((e.signal_type, e.signal, tuple(sorted(e.labels.items()))) for e in back) == sorted(
        (e.signal_type, e.signal, tuple(sorted(e.labels.items()))) for e in entries
    )


def test_reads_foreign_shapes() -> None:
    tcap_json = json.dumps(
        {
            "hashes": [
                {
                    "md5": MD5S[0],
                    "sha256": SHA256Signal.examples()[0],
                    "pdq": PDQS[0],
                    "ideology": "jihadist",
                    "date_added": "2025-02-01",
                },
                {"hash_value": PDQS[1], "hash_type": "PDQ", "labels": ["propaganda"]},
            ]
        }
    )
    got = list(read_entries(io.StringIO(tcap_json), "tcap-json"))
    assert sorted(e.signal_type.lower() for e in got) == ["md5", "pdq", "pdq", "sha256"]
    assert got[0].labels == {"ideology": "jihadist", "date_added": "2025-02-01"}
    headerless = f"pdq,{PDQS[0]},violence:1 isis\nvideo_md5,{MD5S[0]}\n"
    got = list(read_entries(io.StringIO(headerless), "te-csv"))
    assert [(e.signal_type, e.labels) for e in got] == [
        ("pdq", {"violence": "1", "isis": "1"}),
        ("video_md5", {}),
    ]
    tcap_csv = f"md5,pdq,theme\n{MD5S[2]},{PDQS[2]},utopia\n"
    got = list(read_entries(io.StringIO(tcap_csv), "tcap-csv"))
    assert {(e.signal_type, e.labels["theme"]) for e in got} == {("md5", "utopia"), ("pdq", "utopia")}


@settings(max_examples=30, deadline=None)
@given(
    labels=st.dictionaries(
        st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True),
        st.from_regex(r"[A-Za-z0-9_\-]{1,12}", fullmatch=True),
        max_size=4,
    )
)
def test_te_csv_labels_round_trip(labels: dict[str, str]) -> None:
    from vigil.signals.banks import BankEntry

    e = BankEntry(1, "b", "md5", MD5S[0], None, labels, "", "id", "", True, False)
    for fmt in FORMATS:
        [back] = list(read_entries(io.StringIO(dumps([e], fmt)), fmt))
        assert back.labels == labels


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    rc = main(list(argv))
    return rc, capsys.readouterr().out


def test_bank_and_match_commands(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    known = tmp_path / "known.png"
    photo(21).save(known)
    mirrored = tmp_path / "upload.jpg"
    Image.open(known).transpose(Image.Transpose.FLIP_LEFT_RIGHT).save(mirrored, quality=85)
    other = tmp_path / "other.jpg"
    photo(22).save(other)
    assert _run(capsys, "bank", "create", "known", "--db", db_url, "--label", "theme=utopia")[0] == 0
    rc, out = _run(capsys, "bank", "add", "known", str(known), "--db", db_url)
    assert rc == 0 and "added 3" in out
    rc, out = _run(
        capsys, "match", str(known), str(mirrored), str(other), "--db", db_url, "--format", "jsonl"
    )
    lines = [json.loads(x) for x in out.splitlines()]
    assert [x["path"] for x in lines] == [str(known), str(mirrored), str(other)]
    assert {m["signal_type"] for m in lines[0]["matches"]} == {"sha256", "md5", "pdq"}
    assert [(m["bank"], m["signal_type"]) for m in lines[1]["matches"]] == [("known", "pdq")]
    assert lines[1]["matches"][0]["distance"] <= 31 and lines[1]["matches"][0]["labels"] == {
        "theme": "utopia"
    }
    assert lines[2]["matches"] == []

    export = tmp_path / "known.csv"
    assert _run(capsys, "bank", "export", "known", "--db", db_url, "--out", str(export))[0] == 0
    assert _run(capsys, "bank", "import", "copy", str(export), "--db", db_url, "--source", "ours")[0] == 0
    rc, out = _run(capsys, "bank", "list", "--db", db_url)
    assert "copy" in out and "3/3 active" in out
    pdq = next(e for e in hash_file_entries(known) if e.signal_type == "pdq").signal
    assert (
        _run(capsys, "bank", "disable", "known", pdq, "--false-positive", "--note", "x", "--db", db_url)[0]
        == 0
    )
    assert _run(capsys, "bank", "disable", "copy", "--db", db_url)[0] == 0
    rc, out = _run(capsys, "match", str(mirrored), "--db", db_url)
    assert json.loads(out)["matches"] == []
    rc, out = _run(capsys, "match", str(mirrored), "--bank", "known", "--db", db_url)
    assert json.loads(out)["matches"] == []


def test_match_text_files_against_text_url_and_domain_lists(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    slogan = "Brothers, the caravan of the believers is leaving: join the lions of the land of honour today"
    hma = tmp_path / "hma.csv"
    hma.write_text(
        "signal_type,signal,tags,source_id,note\n"
        f'raw_text,"{slogan}",theme:recruitment,t1,\n'
        "url,https://caravan.example.org/join?utm_source=x,,u1,\n"
        "domain,lions-media.example,,d1,\n",
        encoding="utf-8",
    )
    rc, out = _run(capsys, "bank", "import", "texts", str(hma), "--db", db_url, "--format", "te-csv")
    assert rc == 0 and "imported 3" in out and "0 invalid" in out
    post = tmp_path / "post.txt"  # a re-post with small edits
    post.write_text(
        "brothers!! the caravan of the believers is leaving — join the lions of the land of honour"
    )
    note = tmp_path / "note.md"
    note.write_text(
        "# Links\n\nSee www.caravan.example.org/join/ and https://cdn.lions-media.example/a.mp4\n"
    )
    lines = tmp_path / "channel.jsonl"
    lines.write_text(
        json.dumps({"text": "The weather is fine today."})
        + "\n"
        + json.dumps({"text": slogan.upper() + " !!"})
        + "\nnot json at all\n"
    )
    other = tmp_path / "other.txt"
    other.write_text("The city council approved the new budget for public libraries and parks.")
    rc, out = _run(capsys, "match", str(post), str(note), str(lines), str(other), "--db", db_url)
    res = {Path(x["path"]).name: x for x in map(json.loads, out.splitlines())}
    assert res["post.txt"]["kind"] == "text"
    [m] = res["post.txt"]["matches"]
    assert m["signal_type"] == "text_minhash" and m["distance"] <= 0.3
    assert m["labels"] == {"theme": "recruitment"}
    assert sorted(m["signal_type"] for m in res["note.md"]["matches"]) == ["domain", "url"]
    assert [(m["signal_type"], m["line"]) for m in res["channel.jsonl"]["matches"]] == [("text_minhash", 2)]
    assert res["other.txt"]["matches"] == []
