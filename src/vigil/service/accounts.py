"""Accounts: users and their passwords, API tokens, browser sessions — the library under
``vigil users``, ``vigil tokens`` and the service's login.

Every change here is written with its audit row in one unit of work (who did it is the
``actor``: ``cli`` for the command line, ``user:NAME`` for a logged-in person).

Secrets are stored only as digests. Passwords are hashed with Argon2id (argon2-cffi's
defaults: memory-hard, salted). API tokens and session ids are 256-bit random values
shown once; they are stored as SHA-256 digests — a slow hash protects guessable
secrets, and these are not guessable, while a fast digest lets every request find its
token with one indexed read. A session's CSRF token is an HMAC of the session id, so it
is never stored either and cannot be made from what the database holds.

Logins are rate limited per account name and per address, counted in the database so
that every worker of ``vigil serve --workers N`` sees the same counts.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from vigil.errors import UsageError
from vigil.items import printable
from vigil.store import Store
from vigil.store.access import ROLES, ApiToken, User
from vigil.store.audit import AuditEvent

#: what a scoped API token may be allowed to do
SCOPES: dict[str, str] = {
    "submit": "submit content for a verdict (text, media)",
    "lookup": "look hashes up in the banks",
    "items:read": "read items, their decisions and evidence",
    "banks:read": "read banks and their entries",
    "banks:write": "create banks, add, disable and remove entries",
    "webhooks:write": "register and remove webhook endpoints",
    "appeals:write": "forward a user's appeal against a decision",
}
TOKEN_PREFIX = "vgl_"
SESSION_HOURS = 12
#: failed logins allowed within the window, per account name and per address
LOGIN_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_ACCOUNT = 5
MAX_FAILURES_PER_ADDRESS = 20
MIN_PASSWORD = 8
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$")
_hasher = PasswordHasher()  # Argon2id
# checked when the account does not exist, so that a wrong name costs as long as a wrong password
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


def digest(secret: str) -> str:
    """The stored form of a token or session id."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# -- users -------------------------------------------------------------------------------------------
def check_name(name: str, what: str = "user name") -> str:
    if not _NAME.match(name or ""):
        raise UsageError(
            f"{what} {name!r}: use 1-64 letters, digits, '_', '.', '@' or '-', "
            "starting with a letter or digit"
        )
    return name


def add_user(store: Store, name: str, role: str, password: str, *, actor: str = "cli") -> User:
    """Add a user with this role and password (hashed with Argon2id); audited."""
    check_name(name)
    if role not in ROLES:
        raise UsageError(f"role {role!r} is not one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise UsageError(f"password for {name!r} is too short: at least {MIN_PASSWORD} characters")
    if store.access.user(name) is not None:
        raise UsageError(f"user {name!r} exists already")
    password_hash = _hasher.hash(password)
    with store.transaction():
        user = store.access.add_user(name, role, password_hash)
        store.audit.append(AuditEvent(actor, "user.add", f"user:{name}", {"role": role}))
    return user


def set_role(store: Store, name: str, role: str, *, actor: str = "cli") -> None:
    if role not in ROLES:
        raise UsageError(f"role {role!r} is not one of {', '.join(ROLES)}")
    with store.transaction():
        if not store.access.update_user(name, role=role):
            raise UsageError(f"no user {name!r}")
        store.audit.append(AuditEvent(actor, "user.role", f"user:{name}", {"role": role}))


def list_users(store: Store) -> list[User]:
    return store.access.users()


# -- API tokens --------------------------------------------------------------------------------------
def create_token(
    store: Store, name: str, scopes: list[str] | tuple[str, ...], *, actor: str = "cli"
) -> tuple[ApiToken, str]:
    """Make a token with these scopes; returns it and its secret (shown once, stored as a digest)."""
    check_name(name, "token name")
    wanted = tuple(dict.fromkeys(scopes))
    if not wanted:
        raise UsageError("a token needs at least one scope: " + ", ".join(SCOPES))
    unknown = [s for s in wanted if s not in SCOPES]
    if unknown:
        raise UsageError(f"unknown scope {unknown[0]!r}: one of {', '.join(SCOPES)}")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with store.transaction():
        token = store.access.add_token(name, digest(secret), secret[:12], wanted, actor)
        store.audit.append(
            AuditEvent(actor, "token.create", f"token:{token.id}", {"name": name, "scopes": list(wanted)})
        )
    return token, secret


def revoke_token(store: Store, token_id: int, *, actor: str = "cli") -> ApiToken:
    token = store.access.token(token_id)
    if token is None:
        raise UsageError(f"no token with id {token_id}")
    if not token.active:
        raise UsageError(f"token {token_id} ({token.name}) was revoked already at {token.revoked_at}")
    with store.transaction():
        store.access.revoke_token(token_id)
        store.audit.append(AuditEvent(actor, "token.revoke", f"token:{token_id}", {"name": token.name}))
    return token


def authenticate_token(store: Store, secret: str) -> ApiToken | None:
    """The active token whose secret this is, else ``None``."""
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > 200:
        return None
    token = store.access.token_by_hash(digest(secret))
    return token if token is not None and token.active else None


# -- sessions ----------------------------------------------------------------------------------------
class LoginRefused(Exception):
    """A login that did not succeed: ``status`` 401 (wrong name or password) or 429 (rate limited)."""

    def __init__(self, status: int, message: str, retry_after: int = 0) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


@dataclass(frozen=True)
class LoggedIn:
    user: User
    session_id: str  # the cookie's value; stored only as its digest
    expires_at: str


def login(store: Store, name: str, password: str, address: str) -> LoggedIn:
    """Check a name and password; on success open a session. Failures are recorded and audited;
    past the limits (per account, per address) the attempt is refused before the password is read."""
    now = _now()
    since = _iso(now - LOGIN_WINDOW)
    name = printable((name or "")[:128])  # whatever was typed, it is recorded as text
    per_account = store.access.login_failures(since=since, username=name)
    per_address = store.access.login_failures(since=since, address=address)
    if per_account >= MAX_FAILURES_PER_ACCOUNT or per_address >= MAX_FAILURES_PER_ADDRESS:
        store.audit.append(
            AuditEvent(f"anonymous@{address}", "login.refused", f"user:{name}", {"reason": "rate_limited"})
        )
        raise LoginRefused(429, "too many failed logins: try again later", int(LOGIN_WINDOW.total_seconds()))
    user = store.access.user(name)
    ok = _verify(user.password_hash if user is not None else _DUMMY_HASH, password)
    if user is None or not ok or user.disabled:
        reason = "unknown_user" if user is None else ("disabled" if user.disabled and ok else "bad_password")
        with store.transaction():
            store.access.add_login_failure(name, address, _iso(now))
            store.audit.append(
                AuditEvent(f"anonymous@{address}", "login.failed", f"user:{name}", {"reason": reason})
            )
        raise LoginRefused(401, "wrong user name or password")
    session_id = secrets.token_urlsafe(32)
    expires = _iso(now + timedelta(hours=SESSION_HOURS))
    with store.transaction():
        store.access.purge_sessions(_iso(now))  # expired sessions and failures past the window go
        store.access.purge_login_failures(since)
        store.access.add_session(digest(session_id), user.id, address, expires)
        store.audit.append(
            AuditEvent(f"user:{user.name}", "login", f"user:{user.name}", {"address": address})
        )
    return LoggedIn(user, session_id, expires)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return bool(_hasher.verify(password_hash, password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def session_user(store: Store, session_id: str) -> User | None:
    """The user of a live session, else ``None`` (expired sessions and disabled users are refused)."""
    if not session_id or len(session_id) > 200:
        return None
    session = store.access.session(digest(session_id))
    if session is None or session.expires_at <= _iso(_now()):
        return None
    user = store.access.user_by_id(session.user_id)
    return user if user is not None and not user.disabled else None


def logout(store: Store, session_id: str, user: User) -> None:
    with store.transaction():
        store.access.end_session(digest(session_id))
        store.audit.append(AuditEvent(f"user:{user.name}", "logout", f"user:{user.name}"))


# -- CSRF --------------------------------------------------------------------------------------------
def session_csrf(session_id: str) -> str:
    """The CSRF token of a session: an HMAC of its id (never stored)."""
    return hmac.new(session_id.encode(), b"vigil-csrf", hashlib.sha256).hexdigest()


def login_csrf(key: str) -> str:
    """A CSRF token for the login form (no session yet): a nonce and its HMAC under the service key."""
    nonce = secrets.token_hex(16)
    return f"{nonce}.{hmac.new(key.encode(), nonce.encode(), hashlib.sha256).hexdigest()}"


def check_login_csrf(key: str, token: str) -> bool:
    nonce, _, mac = (token or "").partition(".")
    want = hmac.new(key.encode(), nonce.encode(), hashlib.sha256).hexdigest()
    return bool(nonce) and hmac.compare_digest(mac, want)


__all__ = [
    "MAX_FAILURES_PER_ACCOUNT",
    "MAX_FAILURES_PER_ADDRESS",
    "SCOPES",
    "LoggedIn",
    "LoginRefused",
    "add_user",
    "authenticate_token",
    "check_login_csrf",
    "create_token",
    "digest",
    "list_users",
    "login",
    "login_csrf",
    "logout",
    "revoke_token",
    "session_csrf",
    "session_user",
    "set_role",
]
