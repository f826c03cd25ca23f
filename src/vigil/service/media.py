"""Media over the API: ``POST /api/v1/media`` and ``GET /api/v1/jobs/{id}``.

An upload (multipart, field ``file``, at most :data:`MAX_UPLOAD` bytes — larger bodies
are refused with 413 before they are read) is checked from its bytes, kept, and matched
against the banks synchronously; the full media stage (OCR, speech, the detector, the
policy) runs as a job on a ``vigil worker``, whose state the client polls at the job's
URL. The work is :func:`vigil.jobs.uploads.accept_upload`; this module only speaks HTTP.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse

from vigil.errors import BadRecord
from vigil.items import printable
from vigil.jobs.uploads import accept_upload, media_dir
from vigil.service.api import READERS, judge_of
from vigil.service.app import BODY_LIMITS
from vigil.service.auth import Principal, get_store, require_scope
from vigil.service.errors import ApiError

router = APIRouter(prefix="/api/v1", tags=["media"])

#: the largest upload accepted (the request body limit of ``/api/v1/media``)
MAX_UPLOAD = 64 * 2**20
BODY_LIMITS["/api/v1/media"] = MAX_UPLOAD + 64 * 2**10  # the file and the multipart framing

#: the HTTP status of each reason an upload is refused for
REFUSED = {
    "empty_file": 400,
    "unsupported_type": 415,
    "decompression_bomb": 422,
    "not_an_image": 422,
    "truncated_image": 422,
    "corrupt_image": 422,
    "unreadable_video": 422,
    "video_too_long": 422,
}


def multipart_body(request: Request) -> None:
    """Refuse (415) a body that is not ``multipart/form-data``."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "multipart/form-data":
        raise ApiError(
            415, "unsupported_media_type", f"send the file as multipart/form-data, not {ctype or 'nothing'!r}"
        )


def job_view(job: Any) -> dict[str, Any]:
    """What a client sees of a job (the lease is the workers' business)."""
    return {
        "id": job.id,
        "kind": job.kind,
        "status": job.status,
        "attempts": job.attempts,
        "max_attempts": job.max_attempts,
        "last_error": job.last_error,
        "result": job.result,
        "created_at": job.created_at,
        "finished_at": job.finished_at,
        "url": f"/api/v1/jobs/{job.id}",
    }


@router.post(
    "/media",
    status_code=202,
    summary="Submit an image or video: bank matches now, the full media stage as a job to poll",
    dependencies=[Depends(multipart_body)],
)
def submit_media(
    request: Request,
    who: Annotated[Principal, Depends(require_scope("submit"))],
    file: Annotated[
        UploadFile, File(description="the image, video or audio (its type is read from its bytes)")
    ],
    author: Annotated[str | None, Form(max_length=256, description="the author's id on the platform")] = None,
    time: Annotated[str | None, Form(max_length=64, description="when it was posted (ISO 8601)")] = None,
    url: Annotated[str | None, Form(max_length=2048, description="where it was posted")] = None,
    platform: Annotated[str | None, Form(max_length=64, description="the platform's name")] = None,
    source_id: Annotated[
        str | None, Form(max_length=256, description="the post's id on the platform")
    ] = None,
) -> JSONResponse:
    store = get_store(request)
    folder = media_dir(store)
    (folder / "incoming").mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=folder / "incoming", delete=False) as tmp:
        shutil.copyfileobj(file.file, tmp, 2**20)
        path = Path(tmp.name)
    given = {"author": author, "time": time, "url": url, "platform": platform, "source_id": source_id}
    context = {k: printable(v) if v is not None else None for k, v in given.items()}
    try:
        upload = accept_upload(
            store,
            path,
            actor=who.actor,
            matcher=judge_of(request).current().matcher,
            context=context,
            folder=folder,
        )
    except BadRecord as exc:
        raise ApiError(
            REFUSED.get(exc.reason, 422), exc.reason, f"upload {file.filename or 'file'!r} refused: {exc}"
        ) from None
    finally:
        path.unlink(missing_ok=True)
    job = store.jobs.get(upload.job_id)
    body = upload.as_dict() | {"job": job_view(job)}
    return JSONResponse(body, status_code=202, headers={"Location": f"/api/v1/jobs/{upload.job_id}"})


@router.get("/jobs/{job_id}", summary="A background job: its state, attempts, last error and result")
def get_job(
    job_id: Annotated[int, PathParam(ge=1, le=2**63 - 1)],
    request: Request,
    who: Annotated[Principal, Depends(require_scope("submit", *READERS))],
) -> dict[str, Any]:
    job = get_store(request).jobs.get(job_id)
    if job is None:
        raise ApiError(404, "unknown_job", f"no job {job_id}")
    return job_view(job)


__all__ = ["MAX_UPLOAD", "REFUSED", "job_view", "router"]
