"""Processing media waiting in the store: hash, match, read, judge, record.

:func:`process_pending` takes every ``media`` row with status ``pending`` and, one file
at a time, computes everything first (no writes) and then records it in one transaction:
its hashes (``media_hashes``), bank matches (``media_matches``), text read from it by OCR
and speech recognition (``media_text``), the detector's verdict on that text
(``media_results``: the media's own judgement), the media's new status (``done`` or
``quarantined`` with a reason) and a new decision for every item the media belongs to:
the same :class:`~vigil.pipeline.Judge` as a post's judges the item again on its text and
the signals of all its media, and the decision is appended to its history.
Rows of a media are replaced whole, so a re-run adds nothing twice, and a run killed
mid-way loses only the file it was on, which is still ``pending`` and is done next time.

Bad files (empty, truncated, lying about their type, bombs, too long) are quarantined
with a reason code; their exact hashes are still recorded and matched, because a known
file is known whatever state its pixels are in.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from vigil.errors import BadRecord
from vigil.evidence import Evidence, evidence_list
from vigil.items import QuarantineRecord
from vigil.pipeline.judge import Judge, Judgement, MediaSignals
from vigil.signals.matcher import Match, Matcher, QueryHash
from vigil.store import Store


@dataclass
class TextPiece:
    source: Literal["ocr", "asr"]
    position: int
    text: str
    frame: int | None = None
    t: float | None = None
    t_end: float | None = None
    lang: str | None = None
    confidence: float | None = None


@dataclass
class MediaResult:
    sha256: str
    kind: str
    status: str = "done"
    reason: str = ""
    detail: str = ""
    hashes: list[QueryHash] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    texts: list[TextPiece] = field(default_factory=list)
    score: float | None = None
    flagged: bool = False
    themes: dict[str, float] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    model: str = ""
    info: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    judgement: Judgement | None = None


@dataclass
class Options:
    ocr: bool = True
    asr: bool = True
    ocr_langs: str | None = None  # force tesseract packs, e.g. "ara"
    asr_language: str | None = None  # force the speech language (ISO 639-1)


def _load_detector() -> Any:
    try:
        from vigil.classify import load_detector
    except ImportError:
        return None
    try:
        return load_detector()
    except Exception as exc:  # a missing or broken model must not stop media processing
        print(
            f"vigil.media: text detector unavailable ({exc}); media text is recorded unscored",
            file=sys.stderr,
        )
        return None


def analyse(
    path: str,
    sha256: str,
    declared_kind: str,
    judge: Judge,
    options: Options | None = None,
) -> MediaResult:
    """Everything vigil learns from one media file, and its judgement (no writes)."""
    from vigil.signals.exact import MD5Signal, SHA256Signal
    from vigil.signals.filetype import sniff

    opts = options or Options()
    res = MediaResult(sha256=sha256, kind=declared_kind)
    p = Path(path)
    try:
        if not p.is_file():
            raise BadRecord("missing_file", path)
        kind, mime = sniff(p)
        if kind == "empty":
            raise BadRecord("empty_file", "0 bytes")
        res.hashes = [
            QueryHash("sha256", SHA256Signal.hash_file(p)),
            QueryHash("md5", MD5Signal.hash_file(p)),
        ]
        res.info["mime"] = mime
        if res.hashes[0].signal != sha256:
            res.info["sha256_now"] = res.hashes[0].signal
            raise BadRecord(
                "changed_since_ingest", "the file's sha256 is not the one recorded when it was ingested"
            )
        if kind == "other":
            raise BadRecord("type_mismatch", f"declared {declared_kind}, content is {mime}")
        if kind != declared_kind:
            res.notes.append(f"declared {declared_kind}, content is {kind} ({mime})")
            res.info["declared_kind"] = declared_kind
        res.kind = kind
        if kind == "image":
            _image(p, res, opts)
        elif kind in ("video", "audio"):
            _video(p, res, opts)
    except BadRecord as exc:
        res.status, res.reason, res.detail = "quarantined", exc.reason, exc.detail
    matcher = judge.matcher
    res.matches = matcher.match_hashes(res.hashes, content=sha256) if len(matcher) else []
    for piece in res.texts:
        if len(matcher):
            for m in matcher.match_text(piece.text, content=sha256):
                if all(m.entry != old.entry for old in res.matches):
                    res.matches.append(m)
    _judge(res, judge)
    return res


def _image(p: Path, res: MediaResult, opts: Options) -> None:
    from vigil.signals.imaging import load_rgb
    from vigil.signals.pdq import pdq_variants

    img = load_rgb(p)
    res.info.update(width=img.size[0], height=img.size[1])
    variants = pdq_variants(img, role="query")
    res.hashes.extend(QueryHash("pdq", v.hash, v.variant, v.quality) for v in variants)
    if not variants:
        res.notes.append("PDQ quality < 50: not matched perceptually")
    if opts.ocr:
        from vigil.media.ocr import ocr_image

        try:
            r = ocr_image(img, langs=opts.ocr_langs)
        except BadRecord as exc:
            res.notes.append(f"ocr: {exc}")
            return
        if r.text.strip():
            res.texts.append(TextPiece("ocr", 0, r.text, lang=r.lang, confidence=round(r.confidence, 1)))


def _video(p: Path, res: MediaResult, opts: Options) -> None:
    from vigil.media.video import check_video, extract_audio, grab_frame, keyframe_times, vpdq_signal

    info = check_video(p)
    res.info.update(info.as_dict())
    if info.has_video:
        res.hashes.append(QueryHash("vpdq", vpdq_signal(p, duration=info.duration)))
        if opts.ocr:
            _video_ocr(p, res, opts, keyframe_times(info.duration), grab_frame)
    if info.has_audio and opts.asr:
        from vigil.media.asr import AsrUnavailable, transcribe

        with tempfile.TemporaryDirectory(prefix="vigil-asr-") as tmp:
            wav = Path(tmp) / "audio.wav"
            if extract_audio(p, wav):
                try:
                    tr = transcribe(wav, language=opts.asr_language)
                except AsrUnavailable as exc:
                    res.notes.append(f"asr: {exc}")
                else:
                    res.info["asr_model"] = tr.model
                    for i, seg in enumerate(tr.segments):
                        res.texts.append(
                            TextPiece("asr", i, seg.text, t=seg.start, t_end=seg.end, lang=tr.lang)
                        )


def _video_ocr(p: Path, res: MediaResult, opts: Options, times: list[float], grab: Any) -> None:
    from vigil.media.ocr import ocr_image
    from vigil.signals.pdq import hamming, pdq_of_image

    last_hash: str | None = None
    seen_text: set[str] = set()
    for frame_no, t in enumerate(times):
        img = grab(p, t)
        if img is None:
            continue
        h, _q = pdq_of_image(img)
        if last_hash is not None and hamming(h, last_hash) <= 8:
            continue  # the same picture as the frame read last
        last_hash = h
        try:
            r = ocr_image(img, langs=opts.ocr_langs)
        except BadRecord as exc:
            res.notes.append(f"ocr frame {frame_no}: {exc}")
            continue
        norm = " ".join(r.text.split())
        if norm and norm not in seen_text and sum(ch.isalpha() for ch in norm) >= 3:
            seen_text.add(norm)
            res.texts.append(
                TextPiece(
                    "ocr",
                    len(res.texts),
                    r.text,
                    frame=frame_no,
                    t=t,
                    lang=r.lang,
                    confidence=round(r.confidence, 1),
                )
            )


def _judge(res: MediaResult, judge: Judge) -> None:
    """The media's own judgement: the same judge as a post's, on its matches and its text."""
    if res.texts and judge.detector is None:
        res.notes.append("text detector unavailable: media text recorded, not scored")
    j = judge.judge_media(res.sha256, res.kind, res.matches, res.texts)
    res.judgement = j
    res.score = None if j.score is None else round(j.score, 6)
    res.flagged = j.flagged
    res.themes, res.evidence, res.model = dict(j.themes), list(j.evidence), j.model


def save(store: Store, res: MediaResult, path: str, judge: Judge) -> list[str]:
    """Record one analysed media and judge again every item carrying it (one transaction);
    returns the uids of the items judged again."""
    judged: list[str] = []
    info = {**res.info, **({"notes": res.notes} if res.notes else {})}
    with store.transaction():
        store.media.record(
            res.sha256,
            status=res.status,
            error=f"{res.reason}: {res.detail}" if res.reason else "",
            hashes=res.hashes,
            texts=res.texts,
            matches=res.matches,
            score=res.score,
            flagged=res.flagged,
            themes=res.themes,
            evidence=[e.to_dict() for e in res.evidence],
            model=res.model,
            info=info,
        )
        if res.status == "quarantined":
            store.quarantine.add([QuarantineRecord(path, f"media {res.sha256[:16]}", res.reason, res.detail)])
        if res.judgement is not None and res.judgement.has_signals:
            judged = _judge_items(store, res, judge)
    return judged


def _media_signals(store: Store, sha256: str) -> MediaSignals | None:
    """The stored judgement of one media, as the posts carrying it are judged on."""
    result = store.media.result(sha256)
    if result is None:
        return None
    evidence = tuple(evidence_list(result["evidence"], where=f"media {sha256[:16]}"))
    return MediaSignals(sha256, result["score"], result["themes"], evidence, result["model"] or "")


def _judge_items(store: Store, res: MediaResult, judge: Judge) -> list[str]:
    """Judge again every item carrying this media, on its text and all its media; a new
    decision for each (the earlier ones stay in the history)."""
    from vigil.pipeline.scan import decision_row, subject_of

    assert res.judgement is not None
    subjects = []
    for uid in store.media.items_of(res.sha256):
        item = store.items.get(uid)
        if item is None:
            continue
        media = [res.judgement.media_signals(res.sha256)]
        for sha in item.media:
            if sha != res.sha256 and (other := _media_signals(store, sha)) is not None:
                media.append(other)
        subjects.append(subject_of(item, media))
    judgements = judge.judge(subjects)
    store.decisions.append(decision_row(j) for j in judgements)
    return [j.uid for j in judgements]


def process_pending(
    store: Store,
    *,
    progress: bool = True,
    limit: int | None = None,
    options: Options | None = None,
    banks: Sequence[str] | None = None,
    detector: Any = None,
    judge: Judge | None = None,
) -> dict[str, int]:
    """Process every pending media of ``store``; returns counts (done, quarantined, matched, ...).

    ``judge`` judges each media and the posts carrying it (the scan passes its own); without
    one, a judge is made of ``detector`` (any object with the :class:`vigil.classify.Detector`
    shape; by default the shipped detector, and media text is recorded unscored when it
    cannot be loaded), the default rules, and the banks (all of ``store``'s, or ``banks``).
    """
    counts = {"done": 0, "quarantined": 0, "matched": 0, "with_text": 0, "flagged": 0, "items_judged": 0}
    rows = store.media.pending(limit)
    if not rows:
        return counts
    if judge is None or banks:
        if detector is None:
            detector = judge.detector if judge is not None else _load_detector()
        judge = Judge(detector, judge.rules if judge is not None else None, Matcher.from_store(store, banks))
    bar = None
    if progress:
        try:
            from tqdm import tqdm

            bar = tqdm(total=len(rows), desc="media", unit="file", file=sys.stderr)
        except ImportError:
            bar = None
    for row in rows:
        res = analyse(row["path"], row["sha256"], row["kind"], judge, options)
        judged = save(store, res, row["path"], judge)
        counts[res.status] += 1
        counts["matched"] += bool(res.matches)
        counts["with_text"] += bool(res.texts)
        counts["flagged"] += bool(res.flagged)
        counts["items_judged"] += len(judged)
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    return counts


def media_report(store: Store, sha256: str) -> dict[str, Any]:
    """Everything recorded about one media (for ``vigil media show`` and reviewers)."""
    media = store.media.get(sha256)
    if media is None:
        from vigil.errors import UsageError

        raise UsageError(f"no media with sha256 {sha256}")
    out: dict[str, Any] = dict(media)
    result = store.media.result(sha256)
    if result is not None:
        out.update({k: result[k] for k in ("score", "flagged", "themes", "evidence", "model", "info")})
    out["hashes"] = store.media.hashes(sha256)
    out["text"] = store.media.texts(sha256)
    out["matches"] = store.media.matches(sha256)
    out["items"] = store.media.items_of(sha256)
    return out


def requeue(store: Store, *, status: str = "quarantined") -> int:
    """Put media of ``status`` (or ``all``) back to pending, e.g. after adding banks; returns how many."""
    return store.media.requeue(status)


__all__ = [
    "MediaResult",
    "Options",
    "TextPiece",
    "analyse",
    "media_report",
    "process_pending",
    "requeue",
    "save",
]
