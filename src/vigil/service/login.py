"""Browser login: ``GET /login`` (the form), ``POST /login``, ``POST /logout``.

The form carries a CSRF token that is also set as a cookie (``SameSite=Strict``,
``HttpOnly``); the token is a nonce signed with a key the database keeps for every
worker, and ``POST /login`` refuses (403) a form whose token is missing, unsigned or not
the cookie's. A successful login sets the session cookie (``HttpOnly``,
``SameSite=Strict``, ``Secure`` unless the service is reached over plain HTTP on a
loopback address, where browsers and clients would otherwise drop it) and redirects
(303) to ``next`` (a local path) or ``/``. A wrong name or password answers 401, too
many failures 429 (see :mod:`vigil.service.accounts`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated

import jinja2
from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from vigil.service import accounts
from vigil.service.auth import LOGIN_CSRF_COOKIE, SESSION_COOKIE, Principal, get_store, require_user

router = APIRouter(include_in_schema=False)
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
CSRF_KEY = "login_csrf"


@lru_cache(maxsize=1)
def _templates() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.PackageLoader("vigil.service", "templates"), autoescape=True)


def secure_cookies(request: Request) -> bool:
    """Cookies are ``Secure`` except over plain HTTP to a loopback address."""
    return not (request.url.scheme == "http" and (request.url.hostname or "") in LOOPBACK)


def _safe_next(value: str | None) -> str:
    # only a local path: never another origin (//host, /\host), never a scheme
    if value and value.startswith("/") and not value.startswith(("//", "/\\")):
        return value
    return "/"


def _form(
    request: Request, status: int, *, error: str = "", username: str = "", next_: str = "/"
) -> HTMLResponse:
    key = get_store(request).access.secret(CSRF_KEY)
    token = accounts.login_csrf(key)
    html = (
        _templates()
        .get_template("login.html")
        .render(csrf_token=token, error=error, username=username, next=_safe_next(next_))
    )
    response = HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        httponly=True,
        samesite="strict",
        secure=secure_cookies(request),
        path="/login",
    )
    return response


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> HTMLResponse:
    return _form(request, 200, next_=next)


@router.post("/login")
def login(
    request: Request,
    username: Annotated[str, Form(max_length=200)] = "",
    password: Annotated[str, Form(max_length=1000)] = "",
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    store = get_store(request)
    key = store.access.secret(CSRF_KEY)
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not accounts.check_login_csrf(key, csrf_token) or cookie != csrf_token:
        return _form(request, 403, error="The form expired or did not come from this site: try again.",
                     username=username, next_=next)  # fmt: skip
    address = request.client.host if request.client else ""
    try:
        done = accounts.login(store, username, password, address)
    except accounts.LoginRefused as exc:
        refused = _form(request, exc.status, error=str(exc).capitalize() + ".", username=username, next_=next)
        if exc.retry_after:
            refused.headers["Retry-After"] = str(exc.retry_after)
        return refused
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(
        SESSION_COOKIE, done.session_id, max_age=accounts.SESSION_HOURS * 3600, httponly=True,
        samesite="strict", secure=secure_cookies(request), path="/",
    )  # fmt: skip
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


@router.post("/logout")
async def logout(request: Request, who: Annotated[Principal, Depends(require_user())]) -> Response:
    response = RedirectResponse("/login", status_code=303)
    if who.session_id is not None:
        store = get_store(request)
        user = await run_in_threadpool(store.access.user, who.name)
        if user is not None:
            await run_in_threadpool(accounts.logout, store, who.session_id, user)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


__all__ = ["router", "secure_cookies"]
