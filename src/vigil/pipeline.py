"""The scan: sources → ingest → extract → score → store, in batches that commit whole.

Each batch of records is extracted, scored and written in one transaction, so a run
killed at any moment leaves only whole batches behind. Items are content-addressed:
a re-run reads the input again, finds the uids already stored and adds only what is
missing — an interrupted run resumes without loss or duplicates, and scanning the same
input twice adds nothing.

After the text items, media waiting in the store (photos of a Telegram export, images
and videos of a folder) are handed to the media stage, when it is installed.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tqdm import tqdm

from vigil.classify import Detector
from vigil.extract import detect_language, extract_fields
from vigil.ingest import estimate_records, read_path
from vigil.ingest.common import check_record
from vigil.items import Item, QuarantineRecord, Record, sha256_text
from vigil.store import Score, Store

DEFAULT_BATCH = 256


@dataclass
class ScanSummary:
    """What a scan did; ``str()`` is the summary printed at the end of ``vigil scan``."""

    db: str = ""
    records: int = 0
    added: int = 0
    already_stored: int = 0
    quarantined: int = 0
    flagged: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    quarantine_reasons: Counter[str] = field(default_factory=Counter)
    media: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    run_id: int | None = None
    model: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "db": self.db,
            "run_id": self.run_id,
            "records": self.records,
            "added": self.added,
            "already_stored": self.already_stored,
            "quarantined": self.quarantined,
            "flagged": self.flagged,
            "languages": dict(self.languages.most_common()),
            "quarantine_reasons": dict(self.quarantine_reasons.most_common()),
            "media": self.media,
            "seconds": round(self.seconds, 3),
            "model": self.model,
        }

    def __str__(self) -> str:
        rate = self.records / self.seconds if self.seconds else 0.0
        langs = ", ".join(f"{k} {v:,}" for k, v in self.languages.most_common(8)) or "-"
        lines = [
            f"scanned {self.records:,} records in {self.seconds:.1f}s ({rate:,.0f}/s)",
            f"  added        {self.added:,} items ({self.already_stored:,} were already stored)",
            f"  languages    {langs}",
            f"  flagged      {self.flagged:,} of the added items (model {self.model or '-'})",
            f"  quarantined  {self.quarantined:,}"
            + (
                " (" + ", ".join(f"{k} {v}" for k, v in self.quarantine_reasons.most_common()) + ")"
                if self.quarantined
                else ""
            ),
        ]
        if self.media:
            lines.append("  media        " + ", ".join(f"{k} {v:,}" for k, v in self.media.items()))
        return "\n".join(lines)


def build_item(record: Record) -> Item:
    """Extract what matching and scoring need; the record's text is kept as it came."""
    fields = extract_fields(record.text)
    return Item(
        uid=record.uid(),
        content_sha256=sha256_text(record.text),
        kind=record.kind,
        source=record.source,
        locator=record.locator,
        text=record.text,
        source_id=record.source_id,
        platform=record.platform,
        author=record.author,
        time=record.time,
        url=record.url,
        reply_to=record.reply_to,
        lang=detect_language(record.text) if record.text.strip() else "und",
        lang_given=record.lang,
        urls=fields.urls,
        domains=fields.domains,
        hashtags=fields.hashtags,
        mentions=fields.mentions,
        media=[m.sha256 for m in record.media],
        extra=record.extra,
    )


def score_items(items: Sequence[Item], detector: Detector) -> None:
    """Give each item with text its verdict; identical texts are scored once."""
    unique: dict[str, Item] = {}
    for item in items:
        if item.text.strip():
            unique.setdefault(item.content_sha256, item)
    if not unique:
        return
    reps = list(unique.values())
    verdicts = detector.score([i.text for i in reps], [i.lang or "und" for i in reps])
    by_content = {i.content_sha256: v for i, v in zip(reps, verdicts, strict=True)}
    for item in items:
        v = by_content.get(item.content_sha256)
        if v is None:
            continue
        item.score = float(v.score)
        item.flagged = bool(v.flagged)
        item.themes = dict(v.themes)
        item.evidence = list(v.evidence)
        item.model = detector.version


def default_detector() -> Detector:
    from vigil.classify import load_detector

    return load_detector()


def _media_stage() -> Callable[..., dict[str, int]] | None:
    try:
        from vigil.media import process_pending
    except ImportError:
        return None
    return process_pending  # type: ignore[no-any-return]


def scan(
    paths: Sequence[str | Path],
    store: Store,
    *,
    detector: Detector | None = None,
    csv_map: dict[str, str] | None = None,
    batch_size: int = DEFAULT_BATCH,
    progress: bool = True,
    media: bool = True,
) -> ScanSummary:
    """Read, extract, score and store everything under ``paths``; return what happened."""
    started = time.monotonic()
    detector = detector or default_detector()
    summary = ScanSummary(db=store.url, model=detector.version)
    run_id = store.runs.start("scan", {"paths": [str(p) for p in paths], "batch_size": batch_size})
    summary.run_id = run_id
    status = "failed"
    bar = tqdm(
        total=estimate_records(list(paths)) if progress else None,
        unit="rec",
        desc="scan",
        disable=not progress,
        file=sys.stderr,
        dynamic_ncols=True,
    )
    try:
        batch: list[Record] = []
        quarantine: list[QuarantineRecord] = []
        for result in _records(paths, csv_map):
            bar.update(1)
            if isinstance(result, Record) and (bad := check_record(result)):
                result = bad
            if isinstance(result, QuarantineRecord):
                quarantine.append(result)
                continue
            batch.append(result)
            if len(batch) >= batch_size:
                _flush(store, batch, quarantine, detector, summary, run_id)
                batch, quarantine = [], []
        _flush(store, batch, quarantine, detector, summary, run_id)
        bar.total = bar.n  # the total was an estimate (multi-line CSV rows, skipped messages)
        bar.refresh()
        bar.close()
        stage = _media_stage() if media else None
        if stage is not None:
            summary.media = stage(store, progress=progress, detector=detector)
        status = "done"
    finally:
        bar.close()
        summary.seconds = time.monotonic() - started
        store.runs.finish(run_id, status, summary.as_dict())
    return summary


def _records(
    paths: Iterable[str | Path], csv_map: dict[str, str] | None
) -> Iterable[Record | QuarantineRecord]:
    for path in paths:
        yield from read_path(path, csv_map)


def _flush(
    store: Store,
    records: list[Record],
    quarantine: list[QuarantineRecord],
    detector: Detector,
    summary: ScanSummary,
    run_id: int,
) -> None:
    summary.records += len(records) + len(quarantine)
    summary.quarantined += len(quarantine)
    summary.quarantine_reasons.update(q.reason for q in quarantine)
    fresh: dict[str, Record] = {}
    for record in records:
        fresh.setdefault(record.uid(), record)
    stored = store.items.existing(list(fresh))
    summary.already_stored += len(records) - len(fresh) + len(stored)
    todo = [r for uid, r in fresh.items() if uid not in stored]
    items = [build_item(r) for r in todo]
    score_items(items, detector)
    with store.transaction():
        store.items.add(items, run_id)
        store.scores.add(
            Score(i.uid, i.model, i.score, bool(i.flagged), i.themes, i.evidence, run_id)
            for i in items
            if i.score is not None and i.model
        )
        for record, item in zip(todo, items, strict=True):
            if record.media:
                store.media.add(item.uid, record.media)
        store.quarantine.add(quarantine, run_id)
    summary.added += len(items)
    summary.flagged += sum(1 for i in items if i.flagged)
    summary.languages.update(i.lang or "und" for i in items)


__all__ = ["DEFAULT_BATCH", "ScanSummary", "build_item", "scan", "score_items"]
