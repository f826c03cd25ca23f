"""Webhook endpoints over the API, ``/api/v1/webhooks``: register, list, remove, read the log.

Registering answers the endpoint's signing secret once (it is stored only encrypted);
the worker then POSTs every live decision to it (see :mod:`vigil.webhooks`). Needs the
``webhooks:write`` scope or a logged-in admin; every change writes an audit row (never
the secret) in the same transaction.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field, field_validator

from vigil.errors import UsageError
from vigil.service.api import json_body
from vigil.service.auth import Principal, get_store, require_scope
from vigil.service.errors import ApiError
from vigil.store.audit import AuditEvent
from vigil.webhooks import EVENT_TYPES, add_endpoint

router = APIRouter(prefix="/api/v1/webhooks", tags=["webhooks"])

admin = require_scope("webhooks:write", "admin")
Id = Annotated[int, Path(ge=1, le=2**63 - 1)]


class EndpointIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str = Field(
        min_length=1, max_length=2048, description="http:// or https:// URL that receives the events"
    )
    event_types: list[Annotated[str, Field(max_length=64)]] = Field(
        default_factory=lambda: list(EVENT_TYPES),
        min_length=1,
        max_length=16,
        description=f"event types to send: {', '.join(EVENT_TYPES)}, or * for all",
    )
    description: str = Field("", max_length=500, description="whose endpoint this is")

    @field_validator("description", "url")
    @classmethod
    def _no_nul(cls, value: str) -> str:
        if "\x00" in value:
            raise ValueError("NUL characters are not allowed")
        return value


@router.get("", summary="Registered webhook endpoints")
def list_endpoints(
    request: Request,
    who: Annotated[Principal, Depends(admin)],
    include_removed: Annotated[bool, Query(description="removed endpoints too")] = False,
) -> dict[str, Any]:
    store = get_store(request)
    return {"endpoints": [e.to_dict() for e in store.webhooks.endpoints(include_removed=include_removed)]}


@router.post(
    "",
    status_code=201,
    summary="Register an endpoint (its signing secret is shown once)",
    dependencies=[Depends(json_body)],
)
def create_endpoint(
    body: EndpointIn, request: Request, who: Annotated[Principal, Depends(admin)]
) -> dict[str, Any]:
    store = get_store(request)
    with store.transaction():
        try:
            endpoint, secret = add_endpoint(
                store, body.url, event_types=body.event_types, description=body.description
            )
        except UsageError as exc:
            raise ApiError(400, "invalid_endpoint", str(exc)) from None
        store.audit.append(
            AuditEvent(
                who.actor,
                "webhook.add",
                f"webhook:{endpoint.id}",
                {"url": endpoint.url, "event_types": endpoint.event_types},
            )
        )
    return endpoint.to_dict() | {"secret": secret}


@router.delete("/{endpoint_id}", status_code=204, summary="Remove an endpoint (its delivery log is kept)")
def remove_endpoint(endpoint_id: Id, request: Request, who: Annotated[Principal, Depends(admin)]) -> Response:
    store = get_store(request)
    with store.transaction():
        if not store.webhooks.remove_endpoint(endpoint_id):
            raise ApiError(404, "unknown_endpoint", f"no webhook endpoint {endpoint_id}")
        store.audit.append(AuditEvent(who.actor, "webhook.remove", f"webhook:{endpoint_id}", {}))
    return Response(status_code=204)


@router.get("/{endpoint_id}/deliveries", summary="An endpoint's delivery log, newest first")
def deliveries(
    endpoint_id: Id,
    request: Request,
    who: Annotated[Principal, Depends(admin)],
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> dict[str, Any]:
    store = get_store(request)
    if store.webhooks.endpoint(endpoint_id) is None:
        raise ApiError(404, "unknown_endpoint", f"no webhook endpoint {endpoint_id}")
    return {"deliveries": store.webhooks.deliveries(endpoint_id=endpoint_id, limit=limit)}


__all__ = ["router"]
