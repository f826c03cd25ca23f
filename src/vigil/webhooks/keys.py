"""The key that encrypts webhook signing secrets at rest.

Standard Webhooks signs with HMAC-SHA256, so the sender needs each endpoint's secret
itself: it cannot be stored as a hash the way passwords and API tokens are. It is stored
encrypted instead (Fernet: AES-128-CBC with an HMAC-SHA256 tag, from ``cryptography``),
under a key that is **not** in the database — a copy of the database (a backup, a dump)
does not give away the secrets that let anyone forge vigil's webhooks.

The key is ``$VIGIL_SECRET_KEY`` (a Fernet key) if set, else the file named by
``$VIGIL_KEY_FILE``, else ``$XDG_CONFIG_HOME/vigil/secret.key`` (``~/.config/...``),
made with mode 0600 the first time an endpoint is added. Every process that delivers
webhooks (each ``vigil worker``) needs the same key.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from vigil.errors import UsageError

ENV_KEY = "VIGIL_SECRET_KEY"
ENV_FILE = "VIGIL_KEY_FILE"


def key_path() -> Path:
    """Where the key file is (whether or not it exists)."""
    if os.environ.get(ENV_FILE):
        return Path(os.environ[ENV_FILE])
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "vigil" / "secret.key"


def load_key(*, create: bool = False) -> bytes:
    """The key (``create``: write a new key file if there is none)."""
    if os.environ.get(ENV_KEY):
        return os.environ[ENV_KEY].strip().encode()
    path = key_path()
    if path.is_file():
        return path.read_bytes().strip()
    if not create:
        raise UsageError(
            f"no secret key: set {ENV_KEY} or put the key file at {path} (see docs/service-jobs.md)"
        )
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = Fernet.generate_key()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key + b"\n")
    return key


class SecretBox:
    """Encrypts and decrypts secrets with the key (loaded when first needed)."""

    def __init__(self, key: bytes | None = None, *, create: bool = False) -> None:
        self._key = key
        self._create = create
        self._fernet: Fernet | None = None

    def _box(self) -> Fernet:
        if self._fernet is None:
            key = self._key if self._key is not None else load_key(create=self._create)
            try:
                self._fernet = Fernet(key)
            except ValueError:
                raise UsageError(
                    f"the secret key is not a Fernet key (32 url-safe base64 bytes): {key_path()}"
                ) from None
        return self._fernet

    def encrypt(self, secret: str) -> str:
        return self._box().encrypt(secret.encode()).decode("ascii")

    def decrypt(self, token: str) -> str:
        try:
            return self._box().decrypt(token.encode("ascii")).decode()
        except InvalidToken:
            raise UsageError(
                f"a stored secret does not decrypt with this key ({ENV_KEY} or {key_path()}): "
                "was the key changed?"
            ) from None


__all__ = ["ENV_FILE", "ENV_KEY", "SecretBox", "key_path", "load_key"]
