"""Ingest: one reader per source format, and the dispatch between them.

A reader turns a path into a stream of :class:`~vigil.items.Record` (usable) and
:class:`~vigil.items.QuarantineRecord` (not usable, with the reason). Readers never
raise on bad content: a broken line, row, message or file becomes a quarantine record
and the stream goes on, so one bad record never costs a valid one.

| format | reader |
|---|---|
| JSONL (``.jsonl``, ``.ndjson``) | :mod:`vigil.ingest.jsonl` |
| CSV (``.csv``, ``.tsv``), incl. the Fifth Tribe tweet layouts | :mod:`vigil.ingest.csv_reader` |
| Telegram Desktop export (``result.json`` or its folder) | :mod:`vigil.ingest.telegram` |
| a folder of files (text, HTML, images, videos) | :mod:`vigil.ingest.folder` |
"""

from vigil.ingest.dispatch import ReadResult, estimate_records, read_path

__all__ = ["ReadResult", "estimate_records", "read_path"]
