"""Standard Webhooks signatures: HMAC-SHA256 over ``msg_id.timestamp.body``.

A secret is ``whsec_`` + base64 of random bytes; the signature header is
``v1,`` + base64 of the MAC (several space-separated signatures are allowed while a
secret is rotated). Receivers verify with any Standard Webhooks library; the tests do
with the reference ``standardwebhooks`` package.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from vigil import __version__

PREFIX = "whsec_"
SECRET_BYTES = 32


def new_secret() -> str:
    return PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode("ascii")


def sign(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """The ``webhook-signature`` value of ``body`` sent as ``msg_id`` at ``timestamp`` (Unix seconds)."""
    key = base64.b64decode(secret.removeprefix(PREFIX))
    mac = hmac.new(key, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(mac).decode("ascii")


def signed_headers(secret: str, msg_id: str, timestamp: int, body: bytes) -> dict[str, str]:
    """The request headers of one delivery."""
    return {
        "content-type": "application/json",
        "user-agent": f"vigil-webhooks/{__version__}",
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(secret, msg_id, timestamp, body),
    }


__all__ = ["PREFIX", "new_secret", "sign", "signed_headers"]
