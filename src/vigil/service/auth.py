"""Who is calling, and may they: the dependencies every router uses.

A request is made either by an API client, with ``Authorization: Bearer TOKEN`` (a
scoped token from ``vigil tokens create``), or by a person in a browser, with the
session cookie set by ``/login``. Routes declare what they need:

    @router.get("/things", dependencies=[Depends(require_scope("items:read"))])
    def things(who: Principal = Depends(require_user("admin", "reviewer"))): ...

- :func:`require_user` — a logged-in person with one of the roles (``admin`` is always
  allowed); API tokens are refused (403).
- :func:`require_scope` — an API token holding the scope, or, when roles are given, a
  logged-in person with one of them.
- :func:`csrf_check` — for a browser session's unsafe request (POST, PUT, PATCH, DELETE)
  the form field ``csrf_token`` or the ``X-CSRF-Token`` header must carry the session's
  CSRF token (:func:`vigil.service.accounts.session_csrf`); the two dependencies above run
  it themselves. Requests with a Bearer token carry no cookie and need none.

No credentials: 401 (with ``WWW-Authenticate: Bearer``); credentials that may not do
this: 403.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from fastapi import HTTPException, Request
from starlette.concurrency import run_in_threadpool

from vigil.service import accounts
from vigil.store import Store

SESSION_COOKIE = "vigil_session"
LOGIN_CSRF_COOKIE = "vigil_login_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


@dataclass(frozen=True)
class Principal:
    """Who a request is from: a person (``kind="user"``, with a role) or an API token (with scopes)."""

    kind: str  # user | token
    name: str
    id: int
    role: str | None = None
    scopes: frozenset[str] = frozenset()
    session_id: str | None = field(default=None, repr=False)

    @property
    def actor(self) -> str:
        """How the audit log names this principal."""
        return f"user:{self.name}" if self.kind == "user" else f"token:{self.id}"


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _unauthorized(message: str) -> HTTPException:
    return HTTPException(401, message, headers={"WWW-Authenticate": "Bearer"})


def current_principal(request: Request) -> Principal | None:
    """The principal of the request, or ``None`` when it has no valid credentials (cached per request)."""
    if hasattr(request.state, "principal"):
        found: Principal | None = request.state.principal
        return found
    store = get_store(request)
    principal: Principal | None = None
    header = request.headers.get("authorization")
    if header is not None:
        scheme, _, secret = header.partition(" ")
        token = accounts.authenticate_token(store, secret.strip()) if scheme.lower() == "bearer" else None
        if token is not None:
            principal = Principal("token", token.name, token.id, scopes=frozenset(token.scopes))
    else:
        session_id = request.cookies.get(SESSION_COOKIE)
        user = accounts.session_user(store, session_id) if session_id else None
        if user is not None:
            principal = Principal("user", user.name, user.id, role=user.role, session_id=session_id)
    request.state.principal = principal
    return principal


async def _principal(request: Request) -> Principal | None:
    # the store is synchronous: look the credentials up off the event loop
    return await run_in_threadpool(current_principal, request)


async def csrf_check(request: Request) -> None:
    """Refuse (403) an unsafe request of a browser session that does not carry its CSRF token."""
    if request.method not in UNSAFE:
        return
    principal = await _principal(request)
    if principal is None or principal.session_id is None:
        return
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    if not sent or not hmac.compare_digest(sent, accounts.session_csrf(principal.session_id)):
        raise HTTPException(403, "missing or invalid CSRF token")


def require_user(*roles: str) -> Callable[[Request], Awaitable[Principal]]:
    """A dependency: a logged-in person with one of ``roles`` (any role when none; admin always)."""

    async def dependency(request: Request) -> Principal:
        principal = await _principal(request)
        if principal is None:
            raise _unauthorized("log in first")
        if principal.kind != "user":
            raise HTTPException(403, "this route is for logged-in users, not API tokens")
        if roles and principal.role != "admin" and principal.role not in roles:
            raise HTTPException(403, f"role {principal.role!r} may not do this (needs {' or '.join(roles)})")
        await csrf_check(request)
        return principal

    return dependency


def require_scope(scope: str, *roles: str) -> Callable[[Request], Awaitable[Principal]]:
    """A dependency: an API token with ``scope``, or (when ``roles`` are given) a logged-in person
    with one of them (admin always, then)."""
    if scope not in accounts.SCOPES:
        raise ValueError(f"unknown scope {scope!r}")

    async def dependency(request: Request) -> Principal:
        principal = await _principal(request)
        if principal is None:
            raise _unauthorized(f"send a token with scope {scope!r} as 'Authorization: Bearer TOKEN'")
        if principal.kind == "token":
            if scope not in principal.scopes:
                raise HTTPException(403, f"this token lacks the scope {scope!r}")
            return principal
        if not roles or (principal.role != "admin" and principal.role not in roles):
            raise HTTPException(
                403, f"role {principal.role!r} may not do this (needs a token with {scope!r})"
            )
        await csrf_check(request)
        return principal

    return dependency


def require_any() -> Callable[[Request], Awaitable[Principal]]:
    """A dependency: any authenticated principal, person or token."""

    async def dependency(request: Request) -> Principal:
        principal = await _principal(request)
        if principal is None:
            raise _unauthorized("log in or send 'Authorization: Bearer TOKEN'")
        await csrf_check(request)
        return principal

    return dependency


__all__ = [
    "CSRF_FIELD",
    "CSRF_HEADER",
    "LOGIN_CSRF_COOKIE",
    "SESSION_COOKIE",
    "Principal",
    "csrf_check",
    "current_principal",
    "get_store",
    "require_any",
    "require_scope",
    "require_user",
]
