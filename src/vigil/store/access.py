"""Access: users, API tokens, browser sessions, failed logins and the service's own secrets.

Only digests of secrets reach this interface: Argon2id hashes of passwords, SHA-256
digests of API tokens and session ids (:mod:`vigil.service.accounts` makes them). A
token or session is found by its digest, so the database never holds anything that
would let someone holding a copy of it log in.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, insert, select, update

from vigil.store.clock import now_iso
from vigil.store.rows import dumps, loads
from vigil.store.schema import api_tokens, login_failures, service_secrets, sessions, users

if TYPE_CHECKING:
    from vigil.store.base import Store

ROLES = ("admin", "reviewer", "analyst")


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str
    password_hash: str = field(repr=False)
    disabled: bool = False
    created_at: str = ""


@dataclass(frozen=True)
class ApiToken:
    id: int
    name: str
    prefix: str
    scopes: tuple[str, ...]
    created_by: str = ""
    created_at: str = ""
    revoked_at: str | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True)
class Session:
    id_hash: str
    user_id: int
    address: str
    created_at: str
    expires_at: str


def _user(row: dict) -> User:  # type: ignore[type-arg]
    return User(
        id=int(row["id"]), name=row["name"], role=row["role"], password_hash=row["password_hash"],
        disabled=bool(row["disabled"]), created_at=row["created_at"],
    )  # fmt: skip


def _token(row: dict) -> ApiToken:  # type: ignore[type-arg]
    return ApiToken(
        id=int(row["id"]), name=row["name"], prefix=row["prefix"], scopes=tuple(loads(row["scopes"], [])),
        created_by=row["created_by"], created_at=row["created_at"], revoked_at=row["revoked_at"],
    )  # fmt: skip


class Access:
    """``store.access``: users, tokens, sessions, failed logins, secrets."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- users -----------------------------------------------------------------------------------------
    def add_user(self, name: str, role: str, password_hash: str) -> User:
        if role not in ROLES:
            raise ValueError(f"role {role!r} is not one of {', '.join(ROLES)}")
        stamp = now_iso()
        with self._store.writing() as conn:
            conn.execute(
                insert(users).values(
                    name=name, role=role, password_hash=password_hash, disabled=0, created_at=stamp,
                    updated_at=stamp,
                )
            )  # fmt: skip
            row = conn.execute(select(users).where(users.c.name == name)).mappings().one()
        return _user(dict(row))

    def user(self, name: str) -> User | None:
        with self._store.reading() as conn:
            row = conn.execute(select(users).where(users.c.name == name)).mappings().first()
        return _user(dict(row)) if row is not None else None

    def user_by_id(self, user_id: int) -> User | None:
        with self._store.reading() as conn:
            row = conn.execute(select(users).where(users.c.id == user_id)).mappings().first()
        return _user(dict(row)) if row is not None else None

    def users(self) -> list[User]:
        with self._store.reading() as conn:
            return [_user(dict(r)) for r in conn.execute(select(users).order_by(users.c.name)).mappings()]

    def update_user(
        self, name: str, *, role: str | None = None, password_hash: str | None = None,
        disabled: bool | None = None,
    ) -> bool:  # fmt: skip
        """Change a user's role, password hash or disabled flag; ``False`` if there is no such user."""
        values: dict[str, object] = {"updated_at": now_iso()}
        if role is not None:
            if role not in ROLES:
                raise ValueError(f"role {role!r} is not one of {', '.join(ROLES)}")
            values["role"] = role
        if password_hash is not None:
            values["password_hash"] = password_hash
        if disabled is not None:
            values["disabled"] = int(disabled)
        with self._store.writing() as conn:
            result = conn.execute(update(users).where(users.c.name == name).values(**values))
            return bool(result.rowcount)

    # -- API tokens ------------------------------------------------------------------------------------
    def add_token(
        self, name: str, token_hash: str, prefix: str, scopes: tuple[str, ...], created_by: str
    ) -> ApiToken:
        with self._store.writing() as conn:
            conn.execute(
                insert(api_tokens).values(
                    name=name, token_hash=token_hash, prefix=prefix, scopes=dumps(list(scopes)),
                    created_by=created_by, created_at=now_iso(),
                )
            )  # fmt: skip
            row = (
                conn.execute(select(api_tokens).where(api_tokens.c.token_hash == token_hash)).mappings().one()
            )
        return _token(dict(row))

    def token_by_hash(self, token_hash: str) -> ApiToken | None:
        with self._store.reading() as conn:
            row = (
                conn.execute(select(api_tokens).where(api_tokens.c.token_hash == token_hash))
                .mappings()
                .first()
            )
        return _token(dict(row)) if row is not None else None

    def token(self, token_id: int) -> ApiToken | None:
        with self._store.reading() as conn:
            row = conn.execute(select(api_tokens).where(api_tokens.c.id == token_id)).mappings().first()
        return _token(dict(row)) if row is not None else None

    def tokens(self) -> list[ApiToken]:
        with self._store.reading() as conn:
            rows = conn.execute(select(api_tokens).order_by(api_tokens.c.id)).mappings()
            return [_token(dict(r)) for r in rows]

    def revoke_token(self, token_id: int) -> bool:
        """Revoke a token; ``False`` if there is no such token or it was revoked already."""
        with self._store.writing() as conn:
            result = conn.execute(
                update(api_tokens)
                .where(api_tokens.c.id == token_id, api_tokens.c.revoked_at.is_(None))
                .values(revoked_at=now_iso())
            )
            return bool(result.rowcount)

    # -- sessions --------------------------------------------------------------------------------------
    def add_session(self, id_hash: str, user_id: int, address: str, expires_at: str) -> None:
        with self._store.writing() as conn:
            conn.execute(
                insert(sessions).values(
                    id_hash=id_hash, user_id=user_id, address=address, created_at=now_iso(),
                    expires_at=expires_at,
                )
            )  # fmt: skip

    def session(self, id_hash: str) -> Session | None:
        with self._store.reading() as conn:
            row = conn.execute(select(sessions).where(sessions.c.id_hash == id_hash)).mappings().first()
        return Session(**dict(row)) if row is not None else None

    def end_session(self, id_hash: str) -> bool:
        with self._store.writing() as conn:
            return bool(conn.execute(delete(sessions).where(sessions.c.id_hash == id_hash)).rowcount)

    def end_sessions_of(self, user_id: int) -> int:
        with self._store.writing() as conn:
            return int(conn.execute(delete(sessions).where(sessions.c.user_id == user_id)).rowcount)

    def purge_sessions(self, before: str) -> int:
        """Delete sessions that expired before ``before`` (ISO time)."""
        with self._store.writing() as conn:
            return int(conn.execute(delete(sessions).where(sessions.c.expires_at < before)).rowcount)

    # -- failed logins ---------------------------------------------------------------------------------
    def add_login_failure(self, username: str, address: str, at: str) -> None:
        with self._store.writing() as conn:
            conn.execute(insert(login_failures).values(at=at, username=username, address=address))

    def purge_login_failures(self, before: str) -> int:
        """Forget failed logins older than ``before`` (they no longer count towards a limit)."""
        with self._store.writing() as conn:
            return int(conn.execute(delete(login_failures).where(login_failures.c.at < before)).rowcount)

    def login_failures(self, *, since: str, username: str | None = None, address: str | None = None) -> int:
        """Failed logins since ``since`` for this account name or from this address."""
        stmt = select(func.count()).select_from(login_failures).where(login_failures.c.at >= since)
        if username is not None:
            stmt = stmt.where(login_failures.c.username == username)
        if address is not None:
            stmt = stmt.where(login_failures.c.address == address)
        with self._store.reading() as conn:
            return int(conn.execute(stmt).scalar() or 0)

    # -- the service's secrets -------------------------------------------------------------------------
    def secret(self, name: str) -> str:
        """A random secret kept in the database (made on first use), shared by every worker."""
        with self._store.reading() as conn:
            value = conn.execute(
                select(service_secrets.c.value).where(service_secrets.c.name == name)
            ).scalar()
        if value is not None:
            return str(value)
        with self._store.writing() as conn:
            self._store.insert_ignore(
                conn,
                service_secrets,
                [{"name": name, "value": secrets.token_hex(32), "created_at": now_iso()}],
            )
            return str(
                conn.execute(
                    select(service_secrets.c.value).where(service_secrets.c.name == name)
                ).scalar_one()
            )


__all__ = ["ROLES", "Access", "ApiToken", "Session", "User"]
