"""Webhooks for decisions: registered endpoints, a transactional outbox, signed deliveries.

Every live decision appended to the store (a policy rule's or a reviewer's) is announced
as a ``decision.created`` event to each enabled endpoint: the event is written to the
outbox in the decision's own transaction (:mod:`vigil.store.webhooks`), and a worker
(``vigil worker``) delivers it — signed in the Standard Webhooks scheme
(:mod:`vigil.webhooks.signing`), retried with backoff, every attempt logged
(:mod:`vigil.webhooks.delivery`). Signing secrets are stored encrypted
(:mod:`vigil.webhooks.keys`).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from vigil.errors import UsageError
from vigil.store import Store
from vigil.store.webhooks import Endpoint
from vigil.webhooks.keys import SecretBox
from vigil.webhooks.signing import new_secret, sign, signed_headers

EVENT_TYPES = ("decision.created",)


def check_url(url: str) -> str:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (a port out of range raises here)
    except ValueError:
        raise UsageError(f"invalid webhook URL {url!r}: it cannot be parsed") from None
    if (
        parts.scheme not in ("http", "https")
        or not parts.netloc
        or "\x00" in url
        or any(c.isspace() for c in url)
    ):
        raise UsageError(f"invalid webhook URL {url!r}: give an http:// or https:// URL")
    return url


def add_endpoint(
    store: Store,
    url: str,
    *,
    event_types: tuple[str, ...] | list[str] = EVENT_TYPES,
    description: str = "",
    box: SecretBox | None = None,
) -> tuple[Endpoint, str]:
    """Register an endpoint; returns it and its signing secret (stored only encrypted:
    show it to the caller once)."""
    check_url(url)
    unknown = sorted(set(event_types) - {*EVENT_TYPES, "*"})
    if unknown or not event_types:
        raise UsageError(
            f"unknown event type {', '.join(unknown) or '(none)'}: one of {', '.join(EVENT_TYPES)} or *"
        )
    secret = new_secret()
    encrypted = (box or SecretBox(create=True)).encrypt(secret)
    endpoint = store.webhooks.add_endpoint(
        url, secret_encrypted=encrypted, event_types=list(event_types), description=description
    )
    return endpoint, secret


__all__ = ["EVENT_TYPES", "SecretBox", "add_endpoint", "check_url", "new_secret", "sign", "signed_headers"]
