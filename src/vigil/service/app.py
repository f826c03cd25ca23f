"""The web service: one FastAPI app over one store, with routers added by name.

``create_app(store_or_url)`` builds the app. Routers are listed in :data:`ROUTERS` as
module paths, each module exposing ``router`` (an ``APIRouter``); a package that serves
pages or API routes adds one line there. Every router uses the dependencies of
:mod:`vigil.service.auth` and answers errors in the one JSON shape of
:mod:`vigil.service.errors`.

The OpenAPI description is at ``/openapi.json``, interactive docs at ``/docs``.

Request bodies are limited before they are read (:data:`BODY_LIMITS`: the longest
matching path prefix wins), so an oversized upload is refused with 413 without being
buffered. Every response carries ``X-Content-Type-Options: nosniff`` and
``X-Frame-Options: DENY``.
"""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any, ClassVar

from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from vigil import __version__
from vigil.service import errors
from vigil.store import Store, open_store

#: module paths of the routers the app serves (each module exposes ``router``)
ROUTERS: list[str] = [
    "vigil.service.login",
    "vigil.service.api",
    "vigil.web.pages",
    "vigil.web.appeals_api",
    "vigil.service.media",
    "vigil.service.banks",
    "vigil.service.webhooks",
]

#: the largest request body accepted, by path prefix (longest prefix wins)
BODY_LIMITS: dict[str, int] = {
    "": 1 * 2**20,
}

#: environment variables ``vigil serve`` passes to its worker processes
ENV_DB = "VIGIL_SERVE_DB"
ENV_RULES = "VIGIL_SERVE_RULES"


def body_limit(path: str) -> int:
    best = max((p for p in BODY_LIMITS if path.startswith(p)), key=len)
    return BODY_LIMITS[best]


class BodyLimit:
    """ASGI middleware: refuse a request whose body is longer than its path's limit (413)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = body_limit(scope["path"])
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await _too_large(send, limit)
            return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await _too_large(send, limit)


class _TooLarge(Exception):
    pass


async def _too_large(send: Send, limit: int) -> None:
    import json

    body = json.dumps(
        errors.error_body(413, "too_large", f"the request body is larger than {limit:,} bytes")
    ).encode()
    await send({
        "type": "http.response.start", "status": 413,
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close")],
    })  # fmt: skip
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """ASGI middleware: headers every response carries."""

    HEADERS: ClassVar[list[tuple[bytes, bytes]]] = [
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        (b"referrer-policy", b"same-origin"),
    ]

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + self.HEADERS
            await send(message)

        await self.app(scope, receive, with_headers if scope["type"] == "http" else send)


class Lazy:
    """A value made on first use, once, however many threads ask at the same moment."""

    def __init__(self, make: Callable[[], Any]) -> None:
        self._make = make
        self._value: Any = None
        self._lock = threading.Lock()

    def peek(self) -> Any:
        """The value if it was made already, else ``None`` (nothing is made)."""
        return self._value

    def get(self) -> Any:
        if self._value is None:
            with self._lock:
                if self._value is None:
                    self._value = self._make()
        return self._value


def create_app(store: Store | str, *, rules: str | None = None, preload: bool = False) -> FastAPI:
    """The service over ``store`` (a :class:`Store`, or a database URL to open and, at shutdown, close).

    ``rules``: a policy rules file for verdicts (default: the shipped rules). ``preload``
    loads the detector and the bank indexes at start-up instead of on first use.
    """
    owned = isinstance(store, str)
    the_store = open_store(store) if isinstance(store, str) else store

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if preload:  # the detector and the bank indexes, before the first request
            app.state.judge.get().current()
        try:
            yield
        finally:
            if owned:
                the_store.close()

    app = FastAPI(
        title="vigil",
        version=__version__,
        description="Verdicts on content, hash lookups against banks, items with decisions and evidence.",
        lifespan=lifespan,
    )
    app.state.store = the_store
    from vigil.service.judging import make_judge

    app.state.judge = Lazy(lambda: make_judge(the_store, rules))
    errors.install(app)
    for module in ROUTERS:
        app.include_router(importlib.import_module(module).router)
    app.add_middleware(BodyLimit)
    app.add_middleware(SecurityHeaders)
    return app


def app_from_env() -> FastAPI:
    """The app of a ``vigil serve`` worker process (uvicorn's factory; settings from the environment)."""
    return create_app(os.environ[ENV_DB], rules=os.environ.get(ENV_RULES) or None, preload=True)


__all__ = [
    "BODY_LIMITS",
    "ENV_DB",
    "ENV_RULES",
    "ROUTERS",
    "Lazy",
    "app_from_env",
    "body_limit",
    "create_app",
]
