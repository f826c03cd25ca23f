"""Browser login: the form and its CSRF token, cookie flags, failed logins, rate limits,
logout, and CSRF on a session's unsafe requests; secrets stored only as digests."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from service_helpers import BASE, PASSWORD, csrf_from, log_in, person, token

from vigil.service.accounts import MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, add_user
from vigil.service.auth import SESSION_COOKIE
from vigil.store import Store


def _post_login(client: TestClient, name: str, password: str, csrf: str | None = "form") -> Any:
    data = {"username": name, "password": password}
    if csrf == "form":
        data["csrf_token"] = csrf_from(client.get("/login").text)
    elif csrf is not None:
        data["csrf_token"] = csrf
    return client.post("/login", data=data)


def test_login_form_has_the_fields(client: TestClient) -> None:
    r = client.get("/login")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    for field in ('name="username"', 'name="password"', 'name="csrf_token"', 'method="post"'):
        assert field in r.text


def test_login_without_or_with_a_forged_csrf_token_is_refused(store: Store, client: TestClient) -> None:
    add_user(store, "ann", "reviewer", PASSWORD)
    r = _post_login(client, "ann", PASSWORD, csrf=None)
    assert r.status_code == 403
    client.get("/login")  # sets the cookie; the form's token is then replaced by a forged one
    r = _post_login(client, "ann", PASSWORD, csrf="0" * 32 + "." + "0" * 64)
    assert r.status_code == 403
    # a well-signed token that is not this browser's cookie (another visitor's form)
    other = TestClient(client.app, base_url=BASE)
    stolen = csrf_from(other.get("/login").text)
    r = _post_login(client, "ann", PASSWORD, csrf=stolen)
    assert r.status_code == 403
    assert SESSION_COOKIE not in client.cookies


def test_login_sets_a_session_cookie_with_secure_flags(store: Store, app: FastAPI) -> None:
    add_user(store, "ann", "reviewer", PASSWORD)
    for base, secure in (("http://127.0.0.1", False), ("https://vigil.example", True)):
        with TestClient(app, base_url=base, follow_redirects=False) as client:
            r = _post_login(client, "ann", PASSWORD)
            assert r.status_code == 303 and r.headers["location"] == "/"
            cookie = next(c for c in r.headers.get_list("set-cookie") if c.startswith(SESSION_COOKIE + "="))
            flags = [f.strip().lower() for f in cookie.split(";")]
            assert "httponly" in flags and "samesite=strict" in flags
            assert ("secure" in flags) is secure, cookie
    # plain HTTP on a host that is not loopback: the cookie is Secure, so a browser keeps it off the wire
    with TestClient(app, base_url="http://vigil.example", follow_redirects=False) as client:
        r = _post_login(client, "ann", PASSWORD)
        assert "secure" in r.headers["set-cookie"].lower()


def test_login_redirects_only_to_local_paths(store: Store, client: TestClient) -> None:
    add_user(store, "ann", "reviewer", PASSWORD)
    for target, expected in (
        ("/review/next", "/review/next"),
        ("//evil.example/x", "/"),
        ("https://evil.example", "/"),
    ):
        client.cookies.clear()
        csrf = csrf_from(client.get("/login").text)
        r = client.post(
            "/login", data={"username": "ann", "password": PASSWORD, "csrf_token": csrf, "next": target}
        )
        assert r.status_code == 303 and r.headers["location"] == expected


def test_failed_login_is_401_and_audited(store: Store, client: TestClient) -> None:
    add_user(store, "ann", "reviewer", PASSWORD)
    assert _post_login(client, "ann", "wrong password").status_code == 401
    assert _post_login(client, "nobody", PASSWORD).status_code == 401
    assert SESSION_COOKIE not in client.cookies
    actions = [(e.action, e.target, e.detail.get("reason")) for e in store.audit.iter()]
    assert ("login.failed", "user:ann", "bad_password") in actions
    assert ("login.failed", "user:nobody", "unknown_user") in actions
    log_in(client, "ann")
    assert [e.action for e in store.audit.iter()][-1] == "login"


def test_login_is_rate_limited_per_account(store: Store, client: TestClient) -> None:
    add_user(store, "ann", "reviewer", PASSWORD)
    for _ in range(MAX_FAILURES_PER_ACCOUNT):
        assert _post_login(client, "ann", "wrong password").status_code == 401
    r = _post_login(client, "ann", PASSWORD)  # the right password, too late
    assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
    assert SESSION_COOKIE not in client.cookies
    assert any(e.action == "login.refused" for e in store.audit.iter())
    # another account from the same address is not locked by ann's failures
    add_user(store, "bob", "reviewer", PASSWORD)
    assert _post_login(client, "bob", PASSWORD).status_code == 303


def test_login_is_rate_limited_per_address(store: Store, client: TestClient) -> None:
    add_user(store, "ann", "reviewer", PASSWORD)
    for n in range(MAX_FAILURES_PER_ADDRESS):
        assert _post_login(client, f"guess{n}", "wrong password").status_code == 401
    assert _post_login(client, "ann", PASSWORD).status_code == 429


def test_logout_ends_the_session_and_needs_csrf(store: Store, client: TestClient) -> None:
    session = person(store, client, "analyst")
    assert client.get("/api/v1/me").json()["name"] == "analyst1"
    assert client.post("/logout").status_code == 403  # no CSRF token
    assert client.post("/logout", data={"csrf_token": "nope"}).status_code == 403
    assert client.get("/api/v1/me").status_code == 200
    stale = client.cookies[SESSION_COOKIE]
    r = client.post("/logout", headers=session.headers)
    assert r.status_code == 303
    client.cookies.set(SESSION_COOKIE, stale)  # the old cookie no longer opens anything
    assert client.get("/api/v1/me").status_code == 401
    assert [e.action for e in store.audit.iter()][-1] == "logout"


def test_secrets_are_stored_only_as_digests(store: Store, client: TestClient) -> None:
    add_user(store, "ann", "admin", PASSWORD)
    secret = token(store, "submit")
    log_in(client, "ann")
    session_id = client.cookies[SESSION_COOKIE]
    dump = repr(store.query("SELECT * FROM users")) + repr(store.query("SELECT * FROM api_tokens"))
    dump += repr(store.query("SELECT * FROM sessions")) + repr(store.query("SELECT * FROM audit_log"))
    assert PASSWORD not in dump and secret not in dump and session_id not in dump
    assert store.query("SELECT password_hash FROM users")[0]["password_hash"].startswith("$argon2id$")


def test_a_disabled_user_cannot_log_in_or_use_a_session(store: Store, client: TestClient) -> None:
    person(store, client, "reviewer", "ann")
    store.access.update_user("ann", disabled=True)
    assert client.get("/api/v1/me").status_code == 401
    client.cookies.clear()
    assert _post_login(client, "ann", PASSWORD).status_code == 401


def test_an_unstorable_login_name_is_a_plain_failed_login(store: Store, client: TestClient) -> None:
    for name in ("ann\x00", "\x00"):
        assert _post_login(client, name, PASSWORD).status_code == 401
    assert store.audit.verify().ok


def test_an_expired_session_is_refused_and_forgotten(store: Store, client: TestClient) -> None:
    person(store, client, "reviewer", "ann")
    assert client.get("/api/v1/me").status_code == 200
    store.execute("UPDATE sessions SET expires_at = ?", ("2020-01-01T00:00:00.000000Z",))
    assert client.get("/api/v1/me").status_code == 401
    other = TestClient(client.app, base_url=BASE, follow_redirects=False)
    log_in(other, "ann")  # a new login sweeps the expired session away
    assert len(store.query("SELECT id_hash FROM sessions")) == 1
