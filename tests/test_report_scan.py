"""End to end: generate real input files, ``vigil.pipeline.scan`` them, build the report.

The detector is replaced at the library's own seam (``scan(detector=...)``) by a keyword
detector, so the expected numbers can be computed straight from the input texts, with
no store in between. A Fifth Tribe-layout CSV and a Telegram Desktop export are scanned
into the same database; a broken JSONL line lands in quarantine.
"""

from __future__ import annotations

import csv
import json
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from vigil.reports import build_report, render_html

pipeline = pytest.importorskip("vigil.pipeline")

CUES = {
    "utopia": ("hospital", "market", "school"),
    "war": ("battle", "front"),
    "brutality": ("execution",),
    "recruitment": ("doctors", "hijrah", "join"),
}
VIOLENT = {"war", "brutality", "threat"}


@dataclass
class Verdict:
    score: float
    flagged: bool
    themes: dict[str, float]
    evidence: list[dict[str, Any]] = field(default_factory=list)


class KeywordDetector:
    version = "keywords-test-1"
    threshold = 0.5  # the Detector protocol's: the rules' model_threshold

    def score(self, texts: list[str], langs: list[str] | None = None) -> list[Verdict]:
        return [self._one(t) for t in texts]

    @staticmethod
    def carried(text: str) -> set[str]:
        low = text.lower()
        return {th for th, words in CUES.items() if any(w in low for w in words)}

    def _one(self, text: str) -> Verdict:
        carried = self.carried(text)
        themes = {th: (0.9 if th in carried else 0.05) for th in CUES}
        evidence = [
            {"kind": "phrase", "text": w} for words in CUES.values() for w in words if w in text.lower()
        ]
        return Verdict(0.9 if carried else 0.1, bool(carried), themes, evidence)


TWEETS = [
    ("user_a", "1/6/2015 21:07", "The new hospital opened in the city today #ummah"),
    ("user_a", "1/7/2015 10:00", "News from the battle at the front #war https://justpaste.it/x1"),
    ("user_b", "2/1/2015 08:30", "RT @user_a: The new hospital opened in the city today #ummah"),
    ("user_b", "2/2/2015 09:00", "We call on doctors to make hijrah @user_c"),
    ("user_c", "3/3/2015 12:00", "Nice weather, going to the beach"),
    ("user_c", "3/4/2015 12:00", "The market is full of fruit, school starts next week #ummah"),
    ("user_d", "3/5/2015 13:00", "An execution was filmed at the front"),
    ("user_d", "4/5/2015 13:00", "Football tonight!"),
]
MESSAGES = [
    {
        "id": 1,
        "type": "message",
        "date": "2016-01-02T10:00:00",
        "from": "Channel X",
        "text": "Join the caravan, doctors are needed in the hospital",
        "photo": "photos/p1.png",
    },
    {
        "id": 2,
        "type": "message",
        "date": "2016-01-03T10:00:00",
        "from": "Channel X",
        "text": [{"type": "bold", "text": "Battle"}, " report from the front"],
        "photo": "photos/p1.png",
    },
    {
        "id": 3,
        "type": "message",
        "date": "2016-01-04T10:00:00",
        "from": "Channel Y",
        "forwarded_from": "Channel X",
        "text": "Join the caravan, doctors are needed in the hospital",
    },
    {
        "id": 4,
        "type": "service",
        "date": "2016-01-04T11:00:00",
        "actor": "Channel X",
        "action": "pin_message",
    },
]


def _png(path: Path) -> None:
    raw = b"\x00" + b"\xff\x00\x00" * 4

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    body = chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 1, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + body + chunk(b"IEND", b""))


@pytest.fixture
def inputs(tmp_path: Path) -> list[Path]:
    tweets = tmp_path / "tweets.csv"
    with tweets.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(
            ["name", "username", "description", "location", "followers", "numberstatuses", "time", "tweets"]
        )
        for user, when, text in TWEETS:
            w.writerow([user.upper(), user, "", "", 10, 5, when, text])
    export = tmp_path / "tg"
    export.mkdir()
    _png(export / "photos" / "p1.png")
    (export / "result.json").write_text(
        json.dumps({"name": "Channel X", "type": "public_channel", "id": 42, "messages": MESSAGES}),
        encoding="utf-8",
    )
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"text": "fine line", "author": "z"}\n{not json\n', encoding="utf-8")
    return [tweets, export, broken]


def test_report_of_a_scanned_corpus(store: Any, inputs: list[Path]) -> None:
    summary = pipeline.scan(inputs, store, detector=KeywordDetector(), progress=False, media=False)
    assert summary.quarantined == 1
    report = build_report(store, key="k")

    texts = [t for _, _, t in TWEETS] + ["".join(
        p if isinstance(p, str) else p["text"]
        for p in (m["text"] if isinstance(m["text"], list) else [m["text"]])
    ) for m in MESSAGES if m["type"] == "message"] + ["fine line"]  # fmt: skip
    det = KeywordDetector()
    flagged = [t for t in texts if det.carried(t)]
    assert report.overview["items"] == len(texts) == 12
    assert report.overview["flagged"] == len(flagged)
    assert report.overview["quarantined"]["total"] == 1
    assert report.violent_share["k"] == sum(1 for t in flagged if det.carried(t) & VIOLENT)
    assert report.utopia_share["k"] == sum(1 for t in flagged if "utopia" in det.carried(t))
    assert report.utopia_share["value"] == pytest.approx(report.utopia_share["k"] / len(flagged))
    recruit = [t for t in flagged if "recruitment" in det.carried(t)]
    assert report.recruitment["flagged_with_recruitment"] == len(recruit)
    doctors = next(a for a in report.recruitment["audiences"] if a["audience"] == "doctors / medics")
    assert doctors["k"] == sum(1 for t in recruit if "doctors" in t.lower())
    # re-shares: one RT, one Telegram forward; copies: the RT and its original, one text by two channels
    assert report.spread["retweets"]["flagged"]["k"] == 2
    assert report.spread["identical_content"]["groups_multi_author"] == 2
    assert report.spread["paste_sites"]["flagged"] == 1
    assert report.spread["network"]["edge_kinds"]["reshare"] >= 2
    # the same photo in two messages is a re-upload; the time span covers both sources
    assert report.media["most_reuploaded"][0]["items"] == 2
    assert report.media["types"] == [{"kind": "image", "n": 1}]
    assert report.media["most_reuploaded"][0]["thumbnail"].startswith("data:image/jpeg;base64,")
    assert build_report(store, key="k", thumbnails=False).media["most_reuploaded"][0]["thumbnail"] is None
    assert report.overview["time_span"]["first"].startswith("2015-01-06")
    assert report.overview["time_span"]["last"].startswith("2016-01-04")
    assert report.method["models_in_store"] == [{"model": "keywords-test-1", "n": 12}]
    html = render_html(report)
    assert "keywords-test-1" in html
    assert '<figure class="graphic thumb"' in html  # shown blurred until clicked
    assert "user_a" not in html and "Channel X" not in html and "channel x" not in html

    telegram = build_report(
        store,
        key="k",
        sources=[s["source"] for s in report.overview["sources"] if "result.json" in s["source"]],
    )
    assert telegram.overview["items"] == 3
    assert telegram.overview["flagged"] == 3


@pytest.mark.slow
def test_report_of_fifth_tribe_tweets_with_the_shipped_detector(
    store: Any, shared_data: Path, tmp_path: Path
) -> None:
    """The first 300 Fifth Tribe tweets, scanned with the real detector; numbers recomputed from the store."""
    classify = pytest.importorskip("vigil.classify")
    try:
        detector = classify.load_detector()
    except (FileNotFoundError, OSError, KeyError) as exc:
        pytest.skip(f"no packaged detector model: {exc}")
    source = shared_data / "how-isis-uses-twitter" / "tweets.csv"
    head = tmp_path / "tweets.csv"
    with (
        source.open(encoding="utf-8", newline="") as fin,
        head.open("w", encoding="utf-8", newline="") as fout,
    ):
        w = csv.writer(fout)
        for i, row in enumerate(csv.reader(fin)):
            if i > 300:
                break
            w.writerow(row)
    pipeline.scan([head], store, detector=detector, progress=False, media=False)
    report = build_report(store, key="k")
    items = list(store.iter_items())
    flagged = [i for i in items if i.flagged]

    def carries(i: Any) -> set[str]:
        return {t for t, p in i.themes.items() if p >= 0.5}

    assert report.overview["items"] == len(items) > 250  # rows repeated verbatim are stored once
    assert report.overview["flagged"] == len(flagged)
    assert report.violent_share["k"] == sum(1 for i in flagged if carries(i) & VIOLENT)
    assert report.utopia_share["k"] == sum(1 for i in flagged if "utopia" in carries(i))
    assert report.method["models_in_store"][0]["model"] == detector.version
    assert 'id="narratives"' in render_html(report)
