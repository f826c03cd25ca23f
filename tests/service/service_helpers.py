"""Helpers for the service tests: act as an API token or as a logged-in person.

``client`` is Starlette's ``TestClient`` (httpx underneath) with the base URL
``http://127.0.0.1``: the service's cookies are ``Secure`` except on loopback over plain
HTTP, so a client on any other host name would (rightly) never send them back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fastapi.testclient import TestClient

from vigil.service.accounts import add_user, create_token, session_csrf
from vigil.service.auth import CSRF_HEADER, SESSION_COOKIE
from vigil.store import Store

PASSWORD = "a long enough password"
BASE = "http://127.0.0.1"


def token(store: Store, *scopes: str, name: str = "client") -> str:
    """A new API token with these scopes (its secret)."""
    return create_token(store, name, list(scopes))[1]


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


def csrf_from(html: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert m, "the login form has no csrf_token field"
    return m.group(1)


@dataclass
class Session:
    """A logged-in browser: its client carries the session cookie; ``headers`` the CSRF token."""

    client: TestClient
    name: str

    @property
    def headers(self) -> dict[str, str]:
        return {CSRF_HEADER: session_csrf(self.client.cookies[SESSION_COOKIE])}


def log_in(client: TestClient, name: str, password: str = PASSWORD) -> Session:
    form = client.get("/login")
    r = client.post(
        "/login", data={"username": name, "password": password, "csrf_token": csrf_from(form.text)}
    )
    assert r.status_code == 303, r.text
    return Session(client, name)


def person(store: Store, client: TestClient, role: str, name: str | None = None) -> Session:
    """A user with ``role``, logged in on ``client``."""
    name = name or f"{role}1"
    if store.access.user(name) is None:
        add_user(store, name, role, PASSWORD)
    return log_in(client, name)


def seed_item(store: Store, text: str, verdict: str | None = "queue", *, source: str = "seed.jsonl") -> str:
    """Store an item (and, unless ``verdict`` is None, a policy decision on it); return its uid."""
    from vigil.items import Record
    from vigil.pipeline import build_item
    from vigil.store import Decision

    item = build_item(Record(text=text, source=source, locator=f"line {abs(hash(text)) % 10_000}"))
    with store.transaction():
        store.items.add([item])
        if verdict is not None:
            store.decisions.append(Decision(item.uid, verdict, reason_code="seeded"))
    return item.uid


def png_bytes(seed: int = 5) -> bytes:
    """A real PNG photo (the media routes read types from the bytes)."""
    import io

    from vigil.media.synth import photo

    buf = io.BytesIO()
    photo(seed).save(buf, format="PNG")
    return buf.getvalue()


def seed_bank(store: Store, name: str = "known") -> tuple[str, int]:
    """A bank holding one MD5 entry; returns its name and the entry's id."""
    from vigil.signals.banks import NewEntry, add_entry, create_bank

    create_bank(store, name, exist_ok=True)
    entry, _new = add_entry(store, name, NewEntry("md5", "0123456789abcdef0123456789abcdef"))
    return name, entry.id


def seed_endpoint(store: Store, url: str = "http://127.0.0.1:9/hook") -> int:
    """A registered webhook endpoint (nothing listens there); returns its id."""
    from vigil.webhooks import add_endpoint

    return add_endpoint(store, url)[0].id
