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
from vigil.errors import UsageError
from vigil.evidence import BankMatch
from vigil.extract import detect_language, extract_fields
from vigil.ingest import estimate_records, read_path
from vigil.ingest.common import check_record
from vigil.items import Item, QuarantineRecord, Record, sha256_text
from vigil.pipeline.judge import Judge, Judgement, MediaSignals, Subject
from vigil.policy import RuleSet
from vigil.store import ItemMatch, Score, Store
from vigil.store.decisions import Decision as StoredDecision

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
        if self.media:  # its bad files are in the quarantined line
            media = {k: v for k, v in self.media.items() if k != "quarantined"}
            lines.append("  media        " + ", ".join(f"{k} {v:,}" for k, v in media.items()))
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


def subject_of(item: Item, media: Sequence[MediaSignals] = ()) -> Subject:
    """What the judge sees of a stored item (and of the media attached to it)."""
    return Subject(
        item.text,
        uid=item.uid,
        kind=item.kind,
        lang=item.lang,
        source=item.source,
        platform=item.platform,
        urls=item.urls,
        domains=item.domains,
        media=media,
    )


def decision_row(judgement: Judgement, run_id: int | None = None) -> StoredDecision:
    """A judgement as the decision row that records it (append-only history)."""
    d = judgement.decision
    return StoredDecision(
        item_uid=judgement.uid,
        verdict=d.verdict,
        actor_kind=d.actor_kind,
        actor=d.actor,
        queue=d.queue,
        priority=d.priority,
        reason_code=d.reason_code,
        rule_id=d.rule_id,
        rules_version=d.rules_version,
        model=judgement.model or None,
        evidence=[e.to_dict() for e in judgement.all_evidence],
        run_id=run_id,
        score=judgement.score,
        themes=dict(judgement.themes),
    )


def score_row(judgement: Judgement, threshold: float, run_id: int | None = None) -> Score:
    """The detector's part of a judgement, as its row in the scores history."""
    score = float(judgement.score or 0.0)
    evidence = [e.to_dict() for e in judgement.evidence if not isinstance(e, BankMatch)]
    return Score(
        judgement.uid, judgement.model, score, score >= threshold, dict(judgement.themes), evidence, run_id
    )


def judge_items(items: Sequence[Item], judge: Judge) -> list[Judgement]:
    """Judge each item on its text and its text's bank matches; one judgement each, in order."""
    return judge.judge([subject_of(i) for i in items])


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
    rules: RuleSet | None = None,
    csv_map: dict[str, str] | None = None,
    batch_size: int = DEFAULT_BATCH,
    progress: bool = True,
    media: bool = True,
) -> ScanSummary:
    """Read, extract, judge and store everything under ``paths``; return what happened.

    Every item is judged by ``rules`` (default: the shipped rules) on its text's detector
    verdict and its bank matches, and the decision appended to its history. A path that does
    not exist is a :class:`~vigil.errors.UsageError` before anything is read. A scan stopped
    by Ctrl-C (``KeyboardInterrupt``) marks its run ``interrupted``: whole batches are kept,
    and the same scan run again resumes."""
    check_paths(paths)
    started = time.monotonic()
    detector = detector or default_detector()
    judge = Judge.for_store(store, detector=detector, rules=rules)
    summary = ScanSummary(db=store.url, model=detector.version)
    # The detector and its threshold are recorded: what ``model_threshold`` meant for the
    # items this run scored, when `vigil rules rerun` replays them after a model change.
    run_id = store.runs.start(
        "scan",
        {
            "paths": [str(p) for p in paths],
            "batch_size": batch_size,
            "model": detector.version,
            "threshold": judge.threshold,
        },
    )
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
                _flush(store, batch, quarantine, judge, summary, run_id)
                batch, quarantine = [], []
        _flush(store, batch, quarantine, judge, summary, run_id)
        bar.total = bar.n  # the total was an estimate (multi-line CSV rows, skipped messages)
        bar.refresh()
        bar.close()
        stage = _media_stage() if media else None
        if stage is not None:
            summary.media = stage(store, progress=progress, judge=judge)
            # one quarantine count: bad media files are quarantined records too
            if bad_media := summary.media.get("quarantined", 0):
                summary.quarantined += bad_media
                summary.quarantine_reasons["bad_media"] += bad_media
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        bar.close()
        summary.seconds = time.monotonic() - started
        store.runs.finish(run_id, status, summary.as_dict())
    return summary


def check_paths(paths: Sequence[str | Path]) -> None:
    """:class:`~vigil.errors.UsageError` naming every path that does not exist."""
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")


def _records(
    paths: Iterable[str | Path], csv_map: dict[str, str] | None
) -> Iterable[Record | QuarantineRecord]:
    for path in paths:
        yield from read_path(path, csv_map)


def _flush(
    store: Store,
    records: list[Record],
    quarantine: list[QuarantineRecord],
    judge: Judge,
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
    judgements = judge_items(items, judge)
    with store.transaction():
        store.items.add(items, run_id)
        store.scores.add(score_row(j, judge.threshold, run_id) for j in judgements if j.score is not None)
        store.item_matches.add(
            ItemMatch(j.uid, e.entry, e.bank, e.signal_type, e.distance)
            for j in judgements
            for e in j.bank_matches
        )
        store.decisions.append(
            decision_row(j, run_id) for j in judgements if j.score is not None or j.bank_matches
        )
        for record, item in zip(todo, items, strict=True):
            if record.media:
                store.media.add(item.uid, record.media)
        store.quarantine.add(quarantine, run_id)
    summary.added += len(items)
    summary.flagged += sum(1 for j in judgements if j.flagged)
    summary.languages.update(i.lang or "und" for i in items)


__all__ = [
    "DEFAULT_BATCH",
    "ScanSummary",
    "build_item",
    "check_paths",
    "decision_row",
    "judge_items",
    "scan",
    "subject_of",
]
