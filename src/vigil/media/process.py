"""Processing media waiting in the store: hash, match, read, judge, record.

:func:`process_pending` takes every ``media`` row with status ``pending`` and, one file
at a time, computes everything first (no writes) and then records it in one transaction:
its hashes (``media_hashes``), bank matches (``media_matches``), text read from it by OCR
and speech recognition (``media_text``), the detector's verdict on that text
(``media_results``), the media's new status (``done`` or ``quarantined`` with a reason)
and, when that evidence raises it, the verdict of every item the media belongs to.
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
from vigil.evidence import Evidence, MediaText, evidence_list
from vigil.items import QuarantineRecord
from vigil.signals.matcher import Match, Matcher, QueryHash
from vigil.store import Store

MATCH_SCORE = 1.0
MAX_TEXT_EVIDENCE = 5


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
    matcher: Matcher,
    detector: Any,
    options: Options | None = None,
) -> MediaResult:
    """Everything vigil learns from one media file (no writes)."""
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
    res.matches = matcher.match_hashes(res.hashes) if len(matcher) else []
    for piece in res.texts:
        if len(matcher):
            for m in matcher.match_text(piece.text):
                if all(m.entry != old.entry for old in res.matches):
                    res.matches.append(m)
    _judge(res, detector)
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


def _judge(res: MediaResult, detector: Any) -> None:
    score = 0.0
    themes: dict[str, float] = {}
    evidence: list[Evidence] = []
    models = []
    for m in res.matches:
        score = MATCH_SCORE
        evidence.append(m.evidence(res.sha256))
        theme = m.labels.get("theme")
        if theme:
            themes[theme] = 1.0
    if res.matches:
        models.append("bank-match")
    res.flagged = bool(res.matches)
    if res.texts and detector is not None:
        langs = [t.lang if t.lang and t.lang != "und" else None for t in res.texts]
        verdicts = detector.score([t.text for t in res.texts], langs if any(langs) else None)
        models.append(str(getattr(detector, "version", "detector")))
        ranked = sorted(zip(res.texts, verdicts, strict=True), key=lambda tv: -tv[1].score)
        for piece, v in ranked[:MAX_TEXT_EVIDENCE]:
            if not v.flagged and v is not ranked[0][1]:
                continue
            evidence.append(_text_evidence(res.sha256, piece, v))
        top = ranked[0][1]
        score = max(score, float(top.score))
        res.flagged = res.flagged or bool(top.flagged)
        for _piece, v in ranked:
            for k, val in (v.themes or {}).items():
                if v.flagged:
                    themes[k] = max(themes.get(k, 0.0), float(val))
    elif res.texts:
        res.notes.append("text detector unavailable: media text recorded, not scored")
    if res.matches or (res.texts and detector is not None):
        res.score = round(score, 6)
    res.themes, res.evidence, res.model = themes, evidence, "+".join(models)


def _text_evidence(sha256: str, piece: TextPiece, v: Any) -> MediaText:
    """What was read from (or heard in) a media, where, and the detector's verdict on it."""
    return MediaText(
        source=piece.source,
        media=sha256,
        text=piece.text[:1000],
        score=round(float(v.score), 4),
        flagged=bool(v.flagged),
        lang=piece.lang,
        frame=piece.frame,
        t=piece.t,
        t_end=piece.t_end,
        detail=tuple(evidence_list(v.evidence[:3], where="detector evidence")),
    )


def save(store: Store, res: MediaResult, path: str) -> list[str]:
    """Record one analysed media (one transaction); returns the uids of items whose verdict was raised."""
    raised: list[str] = []
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
        if res.score is not None:
            raised = _raise_items(store, res)
    return raised


def _raise_items(store: Store, res: MediaResult) -> list[str]:
    raised = []
    for uid in store.media.items_of(res.sha256):
        item = store.items.get(uid)
        if item is None:
            continue
        assert res.score is not None
        old_score = item.score if item.score is not None else None
        kept = [e for e in item.evidence if e.get("media") != res.sha256]
        already = len(kept) != len(item.evidence)
        higher = old_score is None or res.score > old_score
        newly_flagged = res.flagged and not item.flagged
        if not (higher or newly_flagged or (res.evidence and not already and res.flagged)):
            continue
        themes = dict(item.themes)
        for k, v in res.themes.items():
            themes[k] = max(themes.get(k, 0.0), v)
        model = item.model or ""
        tag = f"media:{res.model}" if res.model else "media"
        if tag not in model.split("+"):
            model = f"{model}+{tag}" if model else tag
        store.items.set_verdict(
            uid,
            score=max(res.score, old_score or 0.0),
            flagged=bool(item.flagged) or res.flagged,
            themes=themes,
            evidence=kept + [e.to_dict() for e in res.evidence],
            model=model,
        )
        raised.append(uid)
    return raised


def process_pending(
    store: Store,
    *,
    progress: bool = True,
    limit: int | None = None,
    options: Options | None = None,
    banks: Sequence[str] | None = None,
    detector: Any = None,
) -> dict[str, int]:
    """Process every pending media of ``store``; returns counts (done, quarantined, matched, ...).

    ``detector`` is any object with the :class:`vigil.classify.Detector` shape; by default
    the shipped detector is loaded (media text is recorded unscored when it cannot be).
    """
    counts = {"done": 0, "quarantined": 0, "matched": 0, "with_text": 0, "flagged": 0, "items_raised": 0}
    rows = store.media.pending(limit)
    if not rows:
        return counts
    matcher = Matcher.from_store(store, banks)
    if detector is None:
        detector = _load_detector()
    bar = None
    if progress:
        try:
            from tqdm import tqdm

            bar = tqdm(total=len(rows), desc="media", unit="file", file=sys.stderr)
        except ImportError:
            bar = None
    for row in rows:
        res = analyse(row["path"], row["sha256"], row["kind"], matcher, detector, options)
        raised = save(store, res, row["path"])
        counts[res.status] += 1
        counts["matched"] += bool(res.matches)
        counts["with_text"] += bool(res.texts)
        counts["flagged"] += bool(res.flagged)
        counts["items_raised"] += len(raised)
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
