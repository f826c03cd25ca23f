"""Every route has an authorisation test: anonymous → 401, wrong role or scope → 403, right → 2xx.

:data:`ACCESS` holds one entry per route of the app (method and path as routed); the first
test fails, naming them, if a route has no entry or an entry names no route — add the
entry with the route. Each entry says who may call it (``right``: API tokens with
scopes, people with roles) and who may not (``wrong``), and how to make a request that
succeeds. Routes anyone may call are ``PUBLIC``.

The walk runs on SQLite and PostgreSQL, through real HTTP requests to the app.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import desk_requests as desk
import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from service_helpers import BASE, bearer, person, png_bytes, seed_bank, seed_endpoint, seed_item, token
from starlette.routing import Route

from vigil.service import ROUTERS, create_app
from vigil.store import Store


@dataclass(frozen=True)
class Tok:
    """An API token with these scopes."""

    scopes: tuple[str, ...]


@dataclass(frozen=True)
class Usr:
    """A logged-in person with this role."""

    role: str


def tok(*scopes: str) -> Tok:
    return Tok(scopes)


@dataclass
class Case:
    right: list[Tok | Usr] = field(default_factory=list)
    wrong: list[Tok | Usr] = field(default_factory=list)
    public: bool = False
    #: builds the request's keyword arguments (json=, params=, data=) and path values from the store
    request: Callable[[Store], dict[str, Any]] = lambda store: {}
    ok: tuple[int, ...] = (200, 201, 202, 204)


PUBLIC = Case(public=True)


def _item(store: Store) -> dict[str, Any]:
    return {"path": {"uid": seed_item(store, "a post about the weather", "queue")}}


ACCESS: dict[tuple[str, str], Case] = {
    # the framework's own
    ("GET", "/openapi.json"): PUBLIC,
    ("GET", "/docs"): PUBLIC,
    ("GET", "/docs/oauth2-redirect"): PUBLIC,
    ("GET", "/redoc"): PUBLIC,
    # vigil.service.login
    ("GET", "/login"): PUBLIC,
    ("POST", "/login"): Case(public=True, ok=(403,)),  # no CSRF token: refused (test_service_login)
    ("POST", "/logout"): Case(right=[Usr("analyst")], wrong=[tok("submit")], ok=(303,)),
    # vigil.service.api
    ("GET", "/api/v1/health"): PUBLIC,
    ("GET", "/api/v1/me"): Case(right=[tok("lookup"), Usr("analyst")]),
    ("POST", "/api/v1/text"): Case(
        right=[tok("submit")],
        wrong=[tok("lookup", "items:read"), Usr("admin")],
        request=lambda store: {"json": {"text": "the match tonight was great"}},
    ),
    ("GET", "/api/v1/lookup"): Case(
        right=[tok("lookup")],
        wrong=[tok("submit"), Usr("admin")],
        request=lambda store: {"params": {"signal_type": "md5", "signal": "0" * 32}},
    ),
    ("GET", "/api/v1/items"): Case(
        right=[tok("items:read"), Usr("analyst"), Usr("reviewer"), Usr("admin")],
        wrong=[tok("submit", "lookup")],
    ),
    ("GET", "/api/v1/items/{uid}"): Case(
        right=[tok("items:read"), Usr("analyst")], wrong=[tok("submit", "lookup")], request=_item
    ),
    # vigil.web.pages: the review desk (reviewers; admins always; banks also analysts)
    ("GET", "/static/{name}"): Case(public=True, request=lambda store: {"path": {"name": "desk.css"}}),
    ("GET", "/"): Case(right=[Usr("reviewer"), Usr("admin")], wrong=[Usr("analyst"), tok("items:read")]),
    ("GET", "/fragments/queues"): Case(right=[Usr("reviewer")], wrong=[Usr("analyst"), tok("items:read")]),
    ("GET", "/queues/{queue}"): Case(
        right=[Usr("reviewer")], wrong=[Usr("analyst"), tok("items:read")], request=desk.queue_name
    ),
    ("POST", "/prefs"): Case(
        right=[Usr("reviewer")],
        wrong=[Usr("analyst"), tok("items:read")],
        ok=(303,),
        request=lambda store: {"data": {"reveal_media": "on"}},
    ),
    ("GET", "/review/next"): Case(
        right=[Usr("reviewer")], wrong=[Usr("analyst"), tok("items:read")], ok=(303,)
    ),
    ("POST", "/tasks/{task_id}/claim"): Case(
        right=[Usr("reviewer")], wrong=[Usr("analyst"), tok("items:read")], ok=(303,), request=desk.open_task
    ),
    ("POST", "/tasks/{task_id}/release"): Case(
        right=[Usr("reviewer")], wrong=[Usr("analyst"), tok("items:read")], ok=(303,), request=desk.held_task
    ),
    ("GET", "/items/{uid}"): Case(
        right=[Usr("reviewer"), Usr("admin")], wrong=[Usr("analyst"), tok("items:read")], request=desk.queued
    ),
    ("GET", "/items/{uid}/media/{sha}"): Case(
        right=[Usr("reviewer")], wrong=[Usr("analyst"), tok("items:read")], request=desk.media
    ),
    ("POST", "/items/{uid}/decide"): Case(
        right=[Usr("reviewer")], wrong=[Usr("analyst"), tok("items:read")], ok=(303,), request=desk.held_task
    ),
    ("POST", "/items/{uid}/answer"): Case(
        right=[Usr("reviewer")],
        wrong=[Usr("analyst"), tok("items:read")],
        ok=(303,),
        request=desk.appeal_held,
    ),
    ("GET", "/appeals"): Case(
        right=[Usr("reviewer"), Usr("admin")], wrong=[Usr("analyst"), tok("items:read")]
    ),
    ("GET", "/items/{uid}/appeal"): Case(
        right=[Usr("reviewer")], wrong=[Usr("analyst"), tok("items:read")], request=desk.removed
    ),
    ("POST", "/items/{uid}/appeal"): Case(
        right=[Usr("reviewer")], wrong=[Usr("analyst"), tok("appeals:write")], ok=(303,), request=desk.removed
    ),
    ("GET", "/banks"): Case(right=[Usr("reviewer"), Usr("analyst")], wrong=[tok("banks:read")]),
    ("GET", "/audit"): Case(right=[Usr("admin")], wrong=[Usr("reviewer"), Usr("analyst"), tok("items:read")]),
    ("GET", "/quality"): Case(
        right=[Usr("admin")], wrong=[Usr("reviewer"), Usr("analyst"), tok("items:read")]
    ),
    ("POST", "/quality/golden"): Case(
        right=[Usr("admin")],
        wrong=[Usr("reviewer"), tok("items:read")],
        ok=(303,),
        request=lambda store: {"data": {"sample": "3"}},
    ),
    # vigil.web.appeals_api: a platform forwards its user's complaint
    ("POST", "/api/v1/appeals"): Case(
        right=[tok("appeals:write")], wrong=[tok("items:read"), Usr("admin")], request=desk.forwarded_appeal
    ),
    ("GET", "/api/v1/appeals/{appeal_id}"): Case(
        right=[tok("appeals:write")], wrong=[tok("items:read"), Usr("reviewer")], request=desk.appeal_id
    ),
}


def _entry(store: Store) -> dict[str, Any]:
    name, entry_id = seed_bank(store)
    return {"path": {"name": name, "entry_id": str(entry_id)}}


def _bank(store: Store) -> dict[str, Any]:
    return {"path": {"name": seed_bank(store)[0]}}


def _endpoint(store: Store) -> dict[str, Any]:
    return {"path": {"endpoint_id": str(seed_endpoint(store))}}


BANK_READERS: list[Tok | Usr] = [tok("banks:read"), Usr("analyst"), Usr("reviewer")]
BANK_WRITERS: list[Tok | Usr] = [tok("banks:write"), Usr("admin")]
NOT_BANK_WRITERS: list[Tok | Usr] = [tok("banks:read", "submit", "lookup"), Usr("reviewer"), Usr("analyst")]

ACCESS.update({
    # vigil.service.media
    ("POST", "/api/v1/media"): Case(
        right=[tok("submit")], wrong=[tok("lookup", "items:read"), Usr("admin")],
        request=lambda store: {"files": {"file": ("upload.png", png_bytes(), "image/png")}},
    ),
    ("GET", "/api/v1/jobs/{job_id}"): Case(
        right=[tok("submit"), Usr("analyst")], wrong=[tok("lookup")],
        request=lambda store: {"path": {"job_id": str(store.jobs.enqueue("media", {"sha256": "0" * 64}))}},
    ),
    # vigil.service.banks
    ("GET", "/api/v1/banks"): Case(right=BANK_READERS, wrong=[tok("submit", "banks:write")]),
    ("POST", "/api/v1/banks"): Case(  # one creator: a second would find the bank there (409)
        right=[tok("banks:write")], wrong=NOT_BANK_WRITERS,
        request=lambda store: {"json": {"name": "new-bank"}},
    ),
    ("GET", "/api/v1/banks/{name}"): Case(right=BANK_READERS, wrong=[tok("submit")], request=_bank),
    ("PATCH", "/api/v1/banks/{name}"): Case(
        right=BANK_WRITERS, wrong=NOT_BANK_WRITERS,
        request=lambda store: {**_bank(store), "json": {"enabled": False}},
    ),
    ("GET", "/api/v1/banks/{name}/entries"): Case(right=BANK_READERS, wrong=[tok("lookup")], request=_bank),
    ("POST", "/api/v1/banks/{name}/entries"): Case(
        right=BANK_WRITERS, wrong=NOT_BANK_WRITERS,
        request=lambda store: {**_bank(store), "json": {"signal_type": "sha256", "signal": "ab" * 32}},
    ),
    ("POST", "/api/v1/banks/{name}/import"): Case(
        right=BANK_WRITERS, wrong=NOT_BANK_WRITERS,
        request=lambda store: {
            **_bank(store), "params": {"format": "te-csv"},
            "content": "signal_type,signal\nmd5,ffffffffffffffffffffffffffffffff\n",
            "headers": {"content-type": "text/csv"},
        },
    ),
    ("PATCH", "/api/v1/banks/{name}/entries/{entry_id}"): Case(
        right=BANK_WRITERS, wrong=NOT_BANK_WRITERS,
        request=lambda store: {**_entry(store), "json": {"enabled": False, "note": "checked"}},
    ),
    ("DELETE", "/api/v1/banks/{name}/entries/{entry_id}"): Case(  # one remover: the entry is gone after
        right=[tok("banks:write")], wrong=NOT_BANK_WRITERS, request=_entry,
    ),
    ("POST", "/api/v1/banks/{name}/entries/{entry_id}/exclusions"): Case(
        right=[tok("banks:write"), Usr("reviewer"), Usr("admin")], wrong=[tok("banks:read"), Usr("analyst")],
        request=lambda store: {**_entry(store), "json": {"content_sha256": "c" * 64, "note": "a news photo"}},
    ),
    ("GET", "/api/v1/banks/{name}/export"): Case(right=BANK_READERS, wrong=[tok("submit")], request=_bank),
    # vigil.service.webhooks
    ("GET", "/api/v1/webhooks"): Case(
        right=[tok("webhooks:write"), Usr("admin")], wrong=[tok("banks:write"), Usr("reviewer")]
    ),
    ("POST", "/api/v1/webhooks"): Case(
        right=[tok("webhooks:write"), Usr("admin")], wrong=[tok("banks:write", "submit"), Usr("analyst")],
        request=lambda store: {"json": {"url": "https://platform.example/hooks/vigil"}},
    ),
    ("DELETE", "/api/v1/webhooks/{endpoint_id}"): Case(  # one remover
        right=[tok("webhooks:write")], wrong=[tok("items:read"), Usr("reviewer")], request=_endpoint,
    ),
    ("GET", "/api/v1/webhooks/{endpoint_id}/deliveries"): Case(
        right=[tok("webhooks:write"), Usr("admin")], wrong=[tok("submit"), Usr("analyst")], request=_endpoint,
    ),
})  # fmt: skip


def routes(app: FastAPI) -> set[tuple[str, str]]:
    """Every (method, path) served: the app's own routes and those of every router in ROUTERS
    (OpenAPI lists only the routes in the schema; the HTML pages are not)."""
    found = set()
    candidates = list(app.routes)
    for module in ROUTERS:
        candidates += importlib.import_module(module).router.routes
    for route in candidates:
        if isinstance(route, APIRoute | Route):
            for method in route.methods or ():
                if method != "HEAD":
                    found.add((method, route.path))
    return found


def test_every_route_has_an_entry(store: Store) -> None:
    app = create_app(store)
    have = routes(app)
    spec = app.openapi()
    in_spec = {(m.upper(), p) for p, ops in spec["paths"].items() for m in ops}
    assert in_spec <= have
    missing = sorted(have - set(ACCESS))
    assert not missing, f"routes without an authorisation test entry in ACCESS: {missing}"
    stale = sorted(set(ACCESS) - have)
    assert not stale, f"ACCESS entries for routes that do not exist: {stale}"


def _call(client: TestClient, method: str, path: str, kwargs: dict[str, Any], headers: dict[str, str]) -> Any:
    kwargs = dict(kwargs)
    for name, value in kwargs.pop("path", {}).items():
        path = path.replace("{" + name + "}", value)
    return client.request(method, path, headers={**headers, **kwargs.pop("headers", {})}, **kwargs)


def _as(store: Store, app: FastAPI, who: Tok | Usr) -> tuple[TestClient, dict[str, str]]:
    client = TestClient(app, base_url=BASE, follow_redirects=False)
    if isinstance(who, Tok):
        return client, bearer(token(store, *who.scopes))
    session = person(store, client, who.role)
    return client, session.headers


@pytest.mark.parametrize(("method", "path"), sorted(ACCESS), ids=lambda v: str(v))
def test_route_authorisation(store: Store, method: str, path: str) -> None:
    case = ACCESS[(method, path)]
    app = create_app(store)
    kwargs = case.request(store)
    with TestClient(app, base_url=BASE, follow_redirects=False) as anonymous:
        r = _call(anonymous, method, path, kwargs, {})
        if case.public:
            assert r.status_code in case.ok, (method, path, r.status_code, r.text[:300])
            return
        assert r.status_code == 401, (method, path, "anonymous", r.status_code, r.text[:300])
        assert r.json()["error"]["code"] == "unauthorized"
    assert case.right, f"{method} {path}: a protected route needs at least one principal that may call it"
    for who in case.wrong:
        client, headers = _as(store, app, who)
        with client:
            r = _call(client, method, path, kwargs, headers)
        assert r.status_code == 403, (method, path, who, r.status_code, r.text[:300])
        assert r.json()["error"]["code"] == "forbidden"
    for who in case.right:
        client, headers = _as(store, app, who)
        with client:
            r = _call(client, method, path, kwargs, headers)
        assert r.status_code in case.ok, (method, path, who, r.status_code, r.text[:300])


def test_a_revoked_or_made_up_token_is_anonymous(store: Store, client: TestClient) -> None:
    from vigil.service.accounts import revoke_token

    secret = token(store, "items:read")
    assert client.get("/api/v1/items", headers=bearer(secret)).status_code == 200
    revoke_token(store, store.access.tokens()[-1].id)
    assert client.get("/api/v1/items", headers=bearer(secret)).status_code == 401
    assert client.get("/api/v1/items", headers=bearer("vgl_" + "x" * 43)).status_code == 401
    assert client.get("/api/v1/items", headers={"Authorization": "Basic abc"}).status_code == 401
