"""``vigil media ...``: thin faces over :mod:`vigil.media.process`, OCR and ASR."""

from __future__ import annotations

import argparse
import json
from typing import Any

from vigil.cli.args import add_db


def cmd_process(args: argparse.Namespace) -> int:
    from vigil.media.process import Options, process_pending
    from vigil.store import open_store

    opts = Options(
        ocr=not args.no_ocr, asr=not args.no_asr, ocr_langs=args.ocr_langs, asr_language=args.asr_language
    )
    with open_store(args.db) as store:
        counts = process_pending(
            store, progress=not args.no_progress, limit=args.limit, options=opts, banks=args.bank or None
        )
    print(json.dumps(counts))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from vigil.media.process import media_report
    from vigil.store import open_store

    with open_store(args.db) as store:
        print(json.dumps(media_report(store, args.sha256), ensure_ascii=False, indent=1, default=str))
    return 0


def cmd_requeue(args: argparse.Namespace) -> int:
    from vigil.media.process import requeue
    from vigil.store import open_store

    with open_store(args.db) as store:
        n = requeue(store, status=args.status)
    print(f"{n} media back to pending; run `vigil media process --db {args.db}`")
    return 0


def cmd_ocr(args: argparse.Namespace) -> int:
    from vigil.media.ocr import ocr_image
    from vigil.signals.imaging import load_rgb

    for path in args.files:
        r = ocr_image(load_rgb(path), langs=args.langs)
        print(
            json.dumps(
                {
                    "path": path,
                    "text": r.text,
                    "lang": r.lang,
                    "confidence": round(r.confidence, 1),
                    "variant": r.variant,
                    "packs": r.langs,
                },
                ensure_ascii=False,
            )
        )
    return 0


def cmd_transcribe(args: argparse.Namespace) -> int:
    from vigil.media.asr import transcribe

    for path in args.files:
        tr = transcribe(path, language=args.language)
        print(
            json.dumps(
                {
                    "path": path,
                    "lang": tr.lang,
                    "model": tr.model,
                    "segments": [s.__dict__ for s in tr.segments],
                },
                ensure_ascii=False,
            )
        )
    return 0


def register(sub: Any) -> None:
    media = sub.add_parser("media", help="process media: hashes, bank matches, OCR, speech")
    msub = media.add_subparsers(dest="media_command", metavar="ACTION", required=True)

    p = msub.add_parser("process", help="process pending media in the store")
    add_db(p)
    p.add_argument("--limit", type=int, help="at most this many files")
    p.add_argument("--bank", action="append", help="match only this bank (repeatable)")
    p.add_argument("--no-ocr", action="store_true")
    p.add_argument("--no-asr", action="store_true")
    p.add_argument("--ocr-langs", help="force tesseract packs, e.g. ara or eng+fra (default: auto)")
    p.add_argument("--asr-language", help="force the speech language, ISO 639-1 (default: detected)")
    p.add_argument("--no-progress", action="store_true")
    p.set_defaults(func=cmd_process)

    p = msub.add_parser("show", help="everything recorded about one media file")
    p.add_argument("sha256")
    add_db(p)
    p.set_defaults(func=cmd_show)

    p = msub.add_parser("requeue", help="mark media pending again (e.g. after new banks)")
    p.add_argument("--status", default="quarantined", choices=("quarantined", "done", "all"))
    add_db(p)
    p.set_defaults(func=cmd_requeue)

    p = msub.add_parser("ocr", help="read the text in image files")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--langs", help="tesseract packs, e.g. ara (default: auto)")
    p.set_defaults(func=cmd_ocr)

    p = msub.add_parser("transcribe", help="transcribe speech in audio/video files (packaged Whisper base)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--language", help="force the language, ISO 639-1")
    p.set_defaults(func=cmd_transcribe)


__all__ = ["register"]
