"""Appeals over the API: a platform forwards its user's complaint about a removal.

``POST /api/v1/appeals`` (Bearer token with the ``appeals:write`` scope) records the
complaint and opens its task in the appeals queue, which the reviewer who made the
decision cannot claim; the answer is due within :data:`~vigil.store.review.APPEAL_DAYS`
days. ``GET /api/v1/appeals/{id}`` tells the platform where it stands and, once
answered, the outcome (``upheld`` or ``reinstated``) and the decision that records it.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi import Path as PathParam
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from vigil.service.auth import Principal, get_store, require_scope
from vigil.store.review import Appeal, ReviewError

router = APIRouter(prefix="/api/v1", tags=["appeals"])

#: the largest id the databases hold (a signed 64-bit integer)
MAX_ID = 2**63 - 1

Forwarder = Annotated[Principal, Depends(require_scope("appeals:write"))]


class AppealIn(BaseModel):
    """A user's complaint about a removal, as the platform forwards it."""

    item_uid: str = Field(min_length=1, max_length=200, description="the item the complaint is about")
    reason: str = Field(min_length=1, max_length=4000, description="what the user says, in their words")
    complainant: str = Field(default="", max_length=200, description="the platform's reference for the user")
    decision_id: int | None = Field(
        default=None, ge=1, le=MAX_ID, description="the decision complained about (default: current)"
    )


class AppealOut(BaseModel):
    id: int
    item_uid: str
    decision_id: int
    complainant: str
    channel: str
    reason: str
    received_at: str
    due_at: str
    status: str
    overdue: bool
    outcome: str | None
    answered_at: str | None
    outcome_decision_id: int | None


def _out(appeal: Appeal) -> AppealOut:
    data: dict[str, Any] = asdict(appeal)
    for private in ("original_actor", "recorded_by", "answered_by"):
        data.pop(private)
    return AppealOut(**data, overdue=appeal.overdue())


@router.post("/appeals", status_code=201, response_model=AppealOut)
async def forward_appeal(request: Request, body: AppealIn, who: Forwarder) -> AppealOut:
    store = get_store(request)
    item = await run_in_threadpool(store.get_item, body.item_uid)
    if item is None:
        raise HTTPException(404, f"no item {body.item_uid}")
    try:
        appeal = await run_in_threadpool(
            store.review.file_appeal, body.item_uid, body.reason, recorded_by=who.actor,
            complainant=body.complainant, channel="api", decision_id=body.decision_id,
        )  # fmt: skip
    except ReviewError as exc:
        raise HTTPException(409, str(exc)) from None
    return _out(appeal)


@router.get("/appeals/{appeal_id}", response_model=AppealOut)
async def appeal_status(
    request: Request, appeal_id: Annotated[int, PathParam(ge=1, le=MAX_ID)], who: Forwarder
) -> AppealOut:
    appeal = await run_in_threadpool(get_store(request).review.appeal, appeal_id)
    if appeal is None:
        raise HTTPException(404, f"no appeal {appeal_id}")
    return _out(appeal)


__all__ = ["AppealIn", "AppealOut", "router"]
