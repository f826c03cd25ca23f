"""The ``media`` job: the full media stage (hashes, bank matches, OCR, speech, detector) for one file.

The payload names the media by sha256; the file is the one its ``media`` row points at.
The analysis runs outside any transaction; its results are saved in the same unit of
work that completes the job, so a worker killed mid-way leaves the media ``pending`` and
the job to the next worker, and the results are written once. The bank matcher is kept
between jobs and rebuilt when the banks change; the detector is loaded on the first job.
"""

from __future__ import annotations

from typing import Any

from vigil.jobs.worker import JobContext, JobFailed
from vigil.media import process as media_stage
from vigil.pipeline.judge import Judge
from vigil.signals.matcher import Matcher
from vigil.store import Store

KIND = "media"


def enqueue_media(store: Store, sha256: str) -> int:
    """Queue the media stage for one stored media (once per file: the same file gets the same job)."""
    return store.jobs.enqueue(KIND, {"sha256": sha256}, key=f"{KIND}:{sha256}")


def enqueue_pending(store: Store) -> list[int]:
    """Queue every media still ``pending`` in the store; returns the job ids."""
    with store.transaction():
        return [enqueue_media(store, row["sha256"]) for row in store.media.pending()]


class MediaJob:
    """Handler of ``media`` jobs. ``detector``: any object of the ``Detector`` shape (default:
    the shipped detector, loaded on the first job; media text is recorded unscored without one)."""

    kind = KIND

    def __init__(self, options: media_stage.Options | None = None, detector: Any = None) -> None:
        self.options = options
        self.detector = detector
        self._matcher: Matcher | None = None
        self._banks: tuple[Any, ...] | None = None

    def matcher(self, store: Store) -> Matcher:
        state = store.banks.fingerprint()
        if self._matcher is None or state != self._banks:
            self._matcher, self._banks = Matcher.from_store(store), state
        return self._matcher

    def __call__(self, ctx: JobContext) -> dict[str, Any]:
        sha256 = str(ctx.job.payload.get("sha256", ""))
        row = ctx.store.media.get(sha256)
        if row is None:
            raise JobFailed(f"no media with sha256 {sha256!r} in the store", retry=False)
        if self.detector is None:
            self.detector = media_stage._load_detector()
        judge = Judge(self.detector, matcher=self.matcher(ctx.store))
        res = media_stage.analyse(row["path"], sha256, row["kind"], judge, self.options)
        summary = {
            "status": res.status, "reason": res.reason, "score": res.score, "flagged": res.flagged,
            "matches": len(res.matches), "texts": len(res.texts),
        }  # fmt: skip
        with ctx.finishing(summary) as result:
            result["items_raised"] = len(media_stage.save(ctx.store, res, row["path"], judge))
        return ctx.result


__all__ = ["KIND", "MediaJob", "enqueue_media", "enqueue_pending"]
