"""The service's error body: every 4xx and 5xx is JSON of one shape.

    {"error": {"status": 404, "code": "unknown_item", "message": "no item 'abc'", "detail": [...]}}

``code`` is machine-readable and stable; ``message`` names the record and the reason;
``detail`` (validation errors only) lists each bad field with where it is (``loc``).
Routes raise :class:`ApiError` for errors of their own; FastAPI's and Starlette's own
(unknown route, wrong method, invalid body) are turned into the same shape here.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from vigil.errors import BadRecord, StoreError, UsageError

log = logging.getLogger("vigil.service")

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid",
    429: "rate_limited",
    500: "internal_error",
    503: "unavailable",
}


class ApiError(Exception):
    """An error a route answers with: HTTP ``status``, a stable ``code`` and a message."""

    def __init__(
        self, status: int, code: str, message: str, detail: list[dict[str, Any]] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.detail = detail


def error_body(status: int, code: str, message: str, detail: Any = None) -> dict[str, Any]:
    err: dict[str, Any] = {"status": status, "code": code, "message": message}
    if detail is not None:
        err["detail"] = detail
    return {"error": err}


def error_response(
    status: int, code: str, message: str, detail: Any = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(error_body(status, code, message, detail), status_code=status, headers=headers)


def _clean(errors: Any) -> list[dict[str, Any]]:
    out = []
    for e in errors:
        out.append({"loc": list(e.get("loc", ())), "type": e.get("type", ""), "message": e.get("msg", "")})
    return out


def install(app: FastAPI) -> None:
    """Register the handlers that give every error the body above."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else CODES.get(exc.status_code, "error")
        return error_response(
            exc.status_code,
            CODES.get(exc.status_code, "error"),
            message,
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = _clean(exc.errors())
        if any(e["type"] == "json_invalid" for e in errors):
            return error_response(400, "malformed_json", "the request body is not valid JSON", errors)
        where = ", ".join(".".join(str(p) for p in e["loc"]) + f": {e['message']}" for e in errors[:3])
        return error_response(422, "invalid", f"invalid request: {where}", errors)

    @app.exception_handler(UsageError)
    async def _usage(request: Request, exc: UsageError) -> JSONResponse:
        # the library refused what the request asked for (a bad name, an unknown bank...)
        return error_response(400, "bad_request", str(exc))

    @app.exception_handler(BadRecord)
    async def _bad_record(request: Request, exc: BadRecord) -> JSONResponse:
        return error_response(400, exc.reason, str(exc))

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError) -> JSONResponse:
        log.error("store error on %s %s: %s", request.method, request.url.path, exc)
        return error_response(503, "unavailable", "the database is unavailable; try again")


__all__ = ["CODES", "ApiError", "error_body", "error_response", "install"]
