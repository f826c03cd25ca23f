"""Build the demo corpus shipped in demo/corpus (run once; the output is committed).

Sources, and why they may ship:
- posts.jsonl: written by the vigil developers for this demo (CC0).
- fifthtribe-sample.csv: 150 tweets of Fifth Tribe's "How ISIS Uses Twitter" (CC0 1.0),
  usernames and display names replaced by pseudonyms; profile columns emptied.
- telegram-export/: a Telegram Desktop export layout with messages written by the
  developers and images drawn by this script (CC0).

    python demo/build_demo.py ../shared/data/how-isis-uses-twitter/tweets.csv
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).parent / "corpus"
SAMPLE = 150


def fifthtribe_sample(src: Path) -> None:
    with open(src, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    # Deterministic: the rows whose text hashes lowest, in their original order.
    ranked = sorted(range(len(rows)), key=lambda i: hashlib.sha256(rows[i]["tweets"].encode()).hexdigest())
    chosen = [rows[i] for i in sorted(ranked[:SAMPLE])]
    with open(OUT / "fifthtribe-sample.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(
            ["name", "username", "description", "location", "followers", "numberstatuses", "time", "tweets"]
        )
        for r in chosen:
            alias = "acct_" + hashlib.sha256(r["username"].encode()).hexdigest()[:8]
            w.writerow([alias, alias, "", "", "", "", r["time"], r["tweets"]])


def poster(path: Path, lines: list[str], bg: tuple[int, int, int]) -> None:
    img = Image.new("RGB", (640, 360), bg)
    draw = ImageDraw.Draw(img)
    for y in range(0, 360, 6):  # a textured "photo" background
        draw.line([(0, y), (640, y + 40)], fill=tuple(min(255, c + (y % 30)) for c in bg), width=3)
    font = ImageFont.load_default(size=30)
    for i, line in enumerate(lines):
        draw.text((30, 60 + 50 * i), line, font=font, fill="white", stroke_width=3, stroke_fill="black")
    img.save(path, quality=90)


def telegram_export() -> None:
    folder = OUT / "telegram-export"
    (folder / "photos").mkdir(parents=True, exist_ok=True)
    poster(
        folder / "photos" / "photo_1.jpg",
        ["DOCTORS AND NURSES:", "THE KHILAFAH NEEDS YOU", "COME AND SERVE"],
        (60, 90, 60),
    )
    poster(folder / "photos" / "photo_2.jpg", ["Community iftar", "Friday 7pm, all welcome"], (40, 60, 120))
    messages = [
        {
            "id": 1,
            "type": "service",
            "date": "2016-03-01T08:00:00",
            "date_unixtime": "1456819200",
            "actor": "Demo Channel",
            "action": "create_channel",
            "title": "Demo Channel",
            "text": "",
        },
        {
            "id": 2,
            "type": "message",
            "date": "2016-03-01T09:00:00",
            "date_unixtime": "1456822800",
            "from": "Demo Channel",
            "from_id": "channel1001",
            "text": [
                "New from the ",
                {"type": "bold", "text": "Health Office"},
                ": the hospital of the Wilayah opens a new wing. Brother doctors, make hijrah and serve the ",
                {"type": "hashtag", "text": "#Khilafah"},
            ],
            "photo": "photos/photo_1.jpg",
            "width": 640,
            "height": 360,
        },
        {
            "id": 3,
            "type": "message",
            "date": "2016-03-02T18:00:00",
            "date_unixtime": "1456941600",
            "from": "Demo Channel",
            "from_id": "channel1001",
            "text": "Community iftar at the mosque on Friday, everyone is welcome, bring your neighbours.",
            "photo": "photos/photo_2.jpg",
            "width": 640,
            "height": 360,
        },
        {
            "id": 4,
            "type": "message",
            "date": "2016-03-03T07:30:00",
            "date_unixtime": "1457001000",
            "from": "Demo Channel",
            "from_id": "channel1001",
            "reply_to_message_id": 2,
            "text": "Read the full statement: https://justpaste.it/demo-statement",
        },
        {
            "id": 5,
            "type": "message",
            "date": "2016-03-03T09:00:00",
            "date_unixtime": "1457006400",
            "from": "Demo Channel",
            "from_id": "channel1001",
            "text": "Voice message",
            "file": "(File not included. Change data exporting settings to download.)",
            "media_type": "voice_message",
        },
    ]
    export = {"name": "Demo Channel", "type": "public_channel", "id": 1001, "messages": messages}
    (folder / "result.json").write_text(
        json.dumps(export, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    if len(sys.argv) > 1:
        fifthtribe_sample(Path(sys.argv[1]))
    telegram_export()
