"""Pseudonyms for account names: a keyed hash (HMAC-SHA256), stable within a database.

A report names accounts only as the authors (or targets) of content that was judged,
and by default not even by name: ``acct_`` plus the first 10 hex digits of
HMAC-SHA256(key, lower-cased name). Without the key a pseudonym cannot be turned back
into a name by hashing candidate names; with the same key the same account gets the same
pseudonym in every report, so reports of one corpus can be compared.

The key comes from, in order: an explicit argument (``--key``), the environment variable
``VIGIL_PSEUDONYM_KEY``, or a random key created once per database and kept in the
``report_keys`` table (migration 0004).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets

from vigil.store import Store

ENV_KEY = "VIGIL_PSEUDONYM_KEY"
_KEY_NAME = "pseudonym"


def database_key(store: Store) -> bytes:
    """The database's own pseudonymisation key, created on first use (race-safe)."""
    return bytes.fromhex(store.reports.key(_KEY_NAME, secrets.token_hex(32)))


def resolve_key(store: Store, key: str | None = None) -> tuple[bytes, str]:
    """The key to use and where it came from (``argument``, ``environment`` or ``database``)."""
    if key:
        return key.encode("utf-8"), "argument"
    env = os.environ.get(ENV_KEY)
    if env:
        return env.encode("utf-8"), "environment"
    return database_key(store), "database"


class Pseudonymizer:
    """Maps account names to pseudonyms (or to themselves when ``reveal`` is set)."""

    def __init__(self, key: bytes, *, reveal: bool = False) -> None:
        self.key = key
        self.reveal = reveal
        self._cache: dict[str, str] = {}

    def __call__(self, name: str) -> str:
        norm = name.lower().lstrip("@")
        if self.reveal:
            return norm
        out = self._cache.get(norm)
        if out is None:
            digest = hmac.new(self.key, norm.encode("utf-8"), hashlib.sha256).hexdigest()
            out = self._cache[norm] = "acct_" + digest[:10]
        return out


__all__ = ["ENV_KEY", "Pseudonymizer", "database_key", "resolve_key"]
