"""The content API, ``/api/v1/``: verdicts on text, hash lookups, items with their history.

Thin routes: each parses its input and calls one library function (the judge of
:mod:`vigil.service.judging`, :func:`vigil.service.items.item_view`, the store's item
pages). API clients send ``Authorization: Bearer TOKEN`` with the scope each route names;
the item routes also serve logged-in admins, reviewers and analysts.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from vigil.items import Record, printable
from vigil.service.auth import Principal, get_store, require_any, require_scope
from vigil.service.errors import ApiError
from vigil.service.items import item_view
from vigil.service.judging import ServiceJudge
from vigil.signals import get_signal_type

router = APIRouter(prefix="/api/v1", tags=["content"])

MAX_TEXT = 20_000
LOOKUP_TYPES = ("sha256", "md5", "pdq", "vpdq")
READERS = ("admin", "reviewer", "analyst")


def _storable(value: str | None) -> str | None:
    """Refuse text no database column can hold: NUL characters, lone surrogates."""
    if value is None:
        return value
    if "\x00" in value:
        raise ValueError("contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("is not valid Unicode (a lone surrogate)") from None
    return value


#: a string parameter or field that is stored or compared in the database as it is
Clean = AfterValidator(_storable)


def json_body(request: Request) -> None:
    """Refuse (415) a body that is not declared as JSON."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/json":
        raise ApiError(
            415, "unsupported_media_type", f"send the body as application/json, not {ctype or 'nothing'!r}"
        )


def judge_of(request: Request) -> ServiceJudge:
    judge: ServiceJudge = request.app.state.judge.get()
    return judge


class TextIn(BaseModel):
    """A text to judge, with what the platform knows of its context (all optional but the text)."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_TEXT, description="the text of the post")
    lang: Annotated[str | None, Clean] = Field(
        None, max_length=16, description="the language the platform declared (kept, not trusted)"
    )
    author: Annotated[str | None, Clean] = Field(
        None, max_length=256, description="the author's id on the platform"
    )
    time: Annotated[str | None, Clean] = Field(
        None, max_length=64, description="when it was posted (ISO 8601)"
    )
    url: Annotated[str | None, Clean] = Field(None, max_length=2048, description="where it was posted")
    platform: Annotated[str | None, Clean] = Field(None, max_length=64, description="the platform's name")
    source_id: Annotated[str | None, Clean] = Field(
        None, max_length=256, description="the post's id on the platform"
    )
    store: bool = Field(True, description="keep the item and the decision (false: judge only)")


class Health(BaseModel):
    ok: bool
    version: str


@router.get("/health", response_model=Health, summary="Is the service up (no credentials needed)")
def health() -> dict[str, Any]:
    from vigil import __version__

    return {"ok": True, "version": __version__}


@router.get("/me", summary="Who the credentials belong to")
def me(who: Annotated[Principal, Depends(require_any())]) -> dict[str, Any]:
    return {"kind": who.kind, "name": who.name, "id": who.id, "role": who.role, "scopes": sorted(who.scopes)}


@router.post(
    "/text",
    summary="A verdict on a text: score, flag, themes, evidence, the deciding rule and its effect",
    dependencies=[Depends(json_body)],
)
def submit_text(
    body: TextIn, request: Request, who: Annotated[Principal, Depends(require_scope("submit"))]
) -> dict[str, Any]:
    record = Record(
        text=printable(body.text), source="api", locator=who.actor, source_id=body.source_id,
        platform=body.platform, author=body.author, time=body.time, url=body.url, lang=body.lang,
    )  # fmt: skip
    judge = judge_of(request)
    verdict = judge.judge(record)
    if body.store:
        judge.record(verdict, actor=who.actor)
    return verdict.as_dict()


@router.get("/lookup", summary="Look a hash up in every enabled bank")
def lookup(
    request: Request,
    who: Annotated[Principal, Depends(require_scope("lookup"))],
    signal_type: Annotated[Literal["sha256", "md5", "pdq", "vpdq"], Query(description="the kind of hash")],
    signal: Annotated[str, Query(min_length=1, max_length=200_000, description="the hash (hex)"), Clean],
) -> dict[str, Any]:
    try:
        canonical = get_signal_type(signal_type).validate(signal)
    except ValueError as exc:
        raise ApiError(400, "invalid_signal", f"{signal_type} signal {signal[:80]!r}: {exc}") from None
    matches = judge_of(request).lookup(signal_type, canonical)
    return {"signal_type": signal_type, "signal": canonical, "matches": [m.to_dict() for m in matches]}


@router.get("/items", summary="Items, newest first, filtered; one page at a time (cursor)")
def list_items(
    request: Request,
    who: Annotated[Principal, Depends(require_scope("items:read", *READERS))],
    verdict: Annotated[
        Literal["remove", "queue", "allow"] | None, Query(description="current verdict")
    ] = None,
    lang: Annotated[str | None, Query(max_length=16), Clean] = None,
    source: Annotated[
        str | None, Query(max_length=1000, description="the source file or 'api'"), Clean
    ] = None,
    kind: Annotated[Literal["text", "image", "video", "audio", "document"] | None, Query()] = None,
    since: Annotated[
        str | None, Query(max_length=64, description="posted at or after (ISO 8601)"), Clean
    ] = None,
    until: Annotated[str | None, Query(max_length=64, description="posted before (ISO 8601)"), Clean] = None,
    min_score: Annotated[float | None, Query(ge=0.0, le=1.0)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[
        str | None, Query(max_length=1000, description="next_cursor of the previous page")
    ] = None,
) -> dict[str, Any]:
    store = get_store(request)
    try:
        page = store.items.page(
            limit=limit, cursor=cursor, verdict=verdict, lang=lang, sources=[source] if source else None,
            kind=kind, since=since, until=until, min_score=min_score,
        )  # fmt: skip
    except ValueError as exc:
        raise ApiError(400, "invalid_cursor", str(exc)) from None
    current = store.decisions.current([i.uid for i in page.items])
    out = []
    for item in page.items:
        d = item.to_dict()
        decision = current.get(item.uid)
        d["verdict"] = decision.verdict if decision is not None else None
        d["current_decision"] = asdict(decision) if decision is not None else None
        out.append(d)
    return {"items": out, "next_cursor": page.next_cursor}


@router.get("/items/{uid}", summary="One item with its decision history, scores, evidence and matches")
def get_item(
    uid: Annotated[str, Path(max_length=128), Clean],
    request: Request,
    who: Annotated[Principal, Depends(require_scope("items:read", *READERS))],
) -> dict[str, Any]:
    view = item_view(get_store(request), uid, actor=who.actor, via="api")
    if view is None:
        raise ApiError(404, "unknown_item", f"no item {uid!r}")
    return view.as_dict()


__all__ = ["LOOKUP_TYPES", "MAX_TEXT", "READERS", "TextIn", "router"]
