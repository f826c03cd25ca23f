"""The review desk's pages: server-rendered HTML over :mod:`vigil.store.review`.

Every page needs a logged-in person (``require_user``): the desk itself (queues, item,
decisions, appeals) reviewers and admins; banks also analysts; the audit log and the
reviewer quality page admins only. Every form posts the session's CSRF token, which
``require_user`` checks. Handlers parse the request, call the store's review interface
and render a template; they hold no SQL. Viewing an item whose current decision is a
removal, or its media, writes an audit row.

``GET /review/next[?queue=Q]`` claims the next task and answers 303 to ``/items/{uid}``.
The item page shows images and video frames blurred and in greyscale until revealed (a
click, or ``v``), audio muted, unless the reviewer's preference says otherwise; the
decision buttons have keyboard shortcuts listed on the page.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from typing import Annotated, Any
from urllib.parse import quote

import jinja2
from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from vigil.service.accounts import session_csrf
from vigil.service.auth import CSRF_FIELD, Principal, get_store, require_user
from vigil.store import Store
from vigil.store.audit import AuditEvent
from vigil.store.clock import now_iso_micro
from vigil.store.review import ACTIONS, APPEAL_DAYS, CLAIM_MINUTES, OUTCOMES, ReviewError, Task
from vigil.web.view import item_view

router = APIRouter(include_in_schema=False)

Reviewer = Annotated[Principal, Depends(require_user("reviewer"))]
Reader = Annotated[Principal, Depends(require_user("reviewer", "analyst"))]
Admin = Annotated[Principal, Depends(require_user("admin"))]
#: a task id as a path or form value (a signed 64-bit integer, as the databases hold)
TaskPath = Annotated[int, PathParam(ge=1, le=2**63 - 1)]
TaskForm = Annotated[int, Form(ge=1, le=2**63 - 1)]

#: the static files the pages load (vendored: no CDN, no build step)
STATIC = {
    "htmx.min.js": "text/javascript",
    "desk.js": "text/javascript",
    "desk.css": "text/css",
}
#: keyboard shortcuts of an appeal's outcomes
OUTCOME_KEYS = {"upheld": "u", "reinstated": "i"}


@lru_cache(maxsize=1)
def templates() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("vigil.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["age"] = age
    env.filters["short"] = lambda uid: (uid or "")[:12]
    env.filters["urlquote"] = lambda s: quote(str(s), safe="")
    env.filters["basename"] = lambda path: str(path).replace("\\", "/").rsplit("/", 1)[-1]
    return env


def _when(stamp: str) -> datetime:
    for fmt in ("%Y-%m-%dT%H:%M:%S.%fZ", "%Y-%m-%dT%H:%M:%SZ"):
        try:
            return datetime.strptime(stamp, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return datetime.now(UTC)


def age(stamp: str | None, now: str | None = None) -> str:
    """How long ago (or, for a future stamp, in how long) as a short phrase: ``3 h``, ``2 d``."""
    if not stamp:
        return "—"
    seconds = ((_when(now) if now else datetime.now(UTC)) - _when(stamp)).total_seconds()
    ahead = seconds < 0
    seconds = abs(seconds)
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            text = f"{int(seconds // size)} {unit}"
            break
    else:
        text = f"{int(seconds)} s"
    return f"in {text}" if ahead else text


def render(
    request: Request, who: Principal | None, name: str, status: int = 200, **context: Any
) -> HTMLResponse:
    csrf = session_csrf(who.session_id) if who is not None and who.session_id else ""
    html = (
        templates()
        .get_template(name)
        .render(
            request=request, who=who, csrf_field=CSRF_FIELD, csrf_token=csrf, now=now_iso_micro(), **context
        )
    )
    return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})


def _see(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=303)


async def _call(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """A store call off the event loop, its :class:`ReviewError` a 409 with the message."""
    try:
        return await run_in_threadpool(fn, *args, **kwargs)
    except ReviewError as exc:
        raise HTTPException(409, str(exc)) from None


def _audit(store: Store, who: Principal, action: str, target: str, **detail: Any) -> None:
    store.audit.append(AuditEvent(actor=who.actor, action=action, target=target, detail=detail))


# -- static files ---------------------------------------------------------------------------------------


@router.get("/static/{name}")
def static(name: str) -> Response:
    if name not in STATIC:
        raise HTTPException(404, "no such file")
    body = (resources.files("vigil.web") / "static" / name).read_bytes()
    return Response(body, media_type=STATIC[name], headers={"Cache-Control": "max-age=3600"})


# -- the front page: queues -------------------------------------------------------------------------------


def _front(store: Store, user: str) -> dict[str, Any]:
    return {
        "counts": store.review.counts(),
        "overdue": [a for a in store.review.appeals(status="open") if a.overdue()],
        "open_appeals": len(store.review.appeals(status="open")),
        "prefs": store.review.prefs(user),
    }


@router.get("/", response_class=HTMLResponse)
async def front(request: Request, who: Reviewer) -> HTMLResponse:
    context = await _call(_front, get_store(request), who.name)
    return render(request, who, "queues.html", empty=request.query_params.get("empty"), **context)


@router.get("/fragments/queues", response_class=HTMLResponse)
async def queue_counts(request: Request, who: Reviewer) -> HTMLResponse:
    counts = await _call(get_store(request).review.counts, feed=False)  # polled: the page fed
    return render(request, who, "_counts.html", counts=counts)


@router.get("/queues/{queue}", response_class=HTMLResponse)
async def queue_page(request: Request, queue: str, who: Reviewer) -> HTMLResponse:
    tasks = await _call(get_store(request).review.tasks, queue, limit=100)
    return render(request, who, "queue.html", queue=queue, tasks=tasks)


@router.post("/prefs")
async def prefs(request: Request, who: Reviewer, reveal_media: Annotated[str, Form()] = "") -> Response:
    await _call(get_store(request).review.set_prefs, who.name, reveal_media=reveal_media == "on")
    return _see("/")


# -- claiming ------------------------------------------------------------------------------------------


@router.get("/review/next")
async def review_next(request: Request, who: Reviewer, queue: str | None = None) -> Response:
    task = await _call(get_store(request).review.claim_next, who.name, queue or None)
    if task is None:
        return _see(f"/?empty={quote(queue or 'all', safe='')}")
    return _see(f"/items/{task.item_uid}?task={task.id}")


@router.post("/tasks/{task_id}/claim")
async def claim(request: Request, task_id: TaskPath, who: Reviewer) -> Response:
    task = await _call(get_store(request).review.claim, task_id, who.name)
    return _see(f"/items/{task.item_uid}?task={task.id}")


@router.post("/tasks/{task_id}/release")
async def release(request: Request, task_id: TaskPath, who: Reviewer) -> Response:
    await _call(get_store(request).review.release, task_id, who.name)
    return _see("/")


# -- the item page and decisions ---------------------------------------------------------------------


def _item_page(store: Store, uid: str, who: Principal) -> Any:
    from vigil.reports.sources import detector_info

    item = store.get_item(uid)
    if item is None:
        raise HTTPException(404, f"no item {uid}")
    view = item_view(store, item, who.name, threshold=detector_info().get("threshold"), now=now_iso_micro())
    if view.removed:
        _audit(store, who, "view_removed", uid, page="item")
    return view, store.review.prefs(who.name)


@router.get("/items/{uid}", response_class=HTMLResponse)
async def item_page(request: Request, uid: str, who: Reviewer) -> HTMLResponse:
    view, user_prefs = await _call(_item_page, get_store(request), uid, who)
    return render(
        request, who, "item.html", v=view, prefs=user_prefs, actions=ACTIONS, outcomes=OUTCOMES,
        outcome_keys=OUTCOME_KEYS, claim_minutes=CLAIM_MINUTES,
    )  # fmt: skip


def _media(store: Store, uid: str, sha: str, who: Principal) -> tuple[str, str]:
    item = store.get_item(uid)
    if item is None or sha not in item.media:
        raise HTTPException(404, f"item {uid} has no media {sha}")
    info = store.media.get(sha)
    if info is None:
        raise HTTPException(404, f"media {sha} was not kept")
    current = store.decisions.current([uid]).get(uid)
    if current is not None and current.verdict == "remove":
        _audit(store, who, "view_removed", uid, media=sha)
    return info["path"], info.get("mime") or "application/octet-stream"


@router.get("/items/{uid}/media/{sha}")
async def media(request: Request, uid: str, sha: str, who: Reviewer) -> Response:
    path, mime = await _call(_media, get_store(request), uid, sha, who)
    try:
        return FileResponse(path, media_type=mime, headers={"Cache-Control": "no-store"})
    except OSError:
        raise HTTPException(404, "the media file is gone") from None


async def _task_on(store: Store, uid: str, task_id: int) -> Task:
    task: Task | None = await _call(store.review.task, task_id)
    if task is None or task.item_uid != uid:
        raise HTTPException(404, f"item {uid} has no task {task_id}")
    return task


@router.post("/items/{uid}/decide")
async def decide(
    request: Request,
    uid: str,
    who: Reviewer,
    task_id: TaskForm,
    action: Annotated[str, Form(max_length=40)],
    note: Annotated[str, Form(max_length=4000)] = "",
    allow_list: Annotated[str, Form()] = "",
    and_next: Annotated[str, Form()] = "",
) -> Response:
    store = get_store(request)
    task = await _task_on(store, uid, task_id)
    await _call(store.review.decide, task_id, who.name, action, note=note, allow_list=allow_list == "on")
    return _see(f"/review/next?queue={quote(task.queue, safe='')}" if and_next == "on" else f"/items/{uid}")


@router.post("/items/{uid}/answer")
async def answer(
    request: Request,
    uid: str,
    who: Reviewer,
    task_id: TaskForm,
    outcome: Annotated[str, Form(max_length=20)],
    note: Annotated[str, Form(max_length=4000)] = "",
) -> Response:
    store = get_store(request)
    await _task_on(store, uid, task_id)
    await _call(store.review.answer_appeal, task_id, who.name, outcome, note=note)
    return _see("/appeals")


# -- appeals -------------------------------------------------------------------------------------------


@router.get("/appeals", response_class=HTMLResponse)
async def appeals_page(request: Request, who: Reviewer) -> HTMLResponse:
    store = get_store(request)
    found = await _call(store.review.appeals)
    return render(request, who, "appeals.html", appeals=found, days=APPEAL_DAYS)


@router.get("/items/{uid}/appeal", response_class=HTMLResponse)
async def appeal_form(request: Request, uid: str, who: Reviewer) -> HTMLResponse:
    item = await _call(get_store(request).get_item, uid)
    if item is None:
        raise HTTPException(404, f"no item {uid}")
    return render(request, who, "appeal_new.html", item=item, error="", days=APPEAL_DAYS)


@router.post("/items/{uid}/appeal")
async def appeal_record(
    request: Request,
    uid: str,
    who: Reviewer,
    reason: Annotated[str, Form(max_length=4000)] = "",
    complainant: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    store = get_store(request)
    item = await _call(store.get_item, uid)
    if item is None:
        raise HTTPException(404, f"no item {uid}")
    try:
        await run_in_threadpool(
            store.review.file_appeal,
            uid,
            reason,
            recorded_by=who.name,
            complainant=complainant,
            channel="page",
        )
    except ReviewError as exc:
        return render(request, who, "appeal_new.html", 409, item=item, error=str(exc), days=APPEAL_DAYS)
    return _see("/appeals")


# -- banks (read), audit and quality (admin) -------------------------------------------------------------


@router.get("/banks", response_class=HTMLResponse)
async def banks_page(request: Request, who: Reader) -> HTMLResponse:
    found = await _call(get_store(request).banks.all)
    return render(request, who, "banks.html", banks=found)


@router.get("/audit", response_class=HTMLResponse)
async def audit_page(
    request: Request, who: Admin, after: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0
) -> HTMLResponse:
    def newest(store: Store) -> list[Any]:
        total = store.audit.count()
        start = after or max(0, total - 200)
        return list(store.audit.iter(after_id=start))[:200]

    rows = await _call(newest, get_store(request))
    return render(request, who, "audit.html", rows=rows)


@router.get("/quality", response_class=HTMLResponse)
async def quality_page(request: Request, who: Admin) -> HTMLResponse:
    quality = await _call(get_store(request).review.quality)
    return render(request, who, "quality.html", quality=quality, queued=request.query_params.get("queued"))


@router.post("/quality/golden")
async def golden(request: Request, who: Admin, sample: Annotated[int, Form(ge=1, le=1000)] = 10) -> Response:
    tasks = await _call(get_store(request).review.requeue_golden, sample, actor=who.name)
    return _see(f"/quality?queued={len(tasks)}")


__all__ = ["OUTCOME_KEYS", "STATIC", "age", "router", "templates"]
