"""Access and audit: users, API tokens, browser sessions, failed logins, service secrets,
and the append-only, hash-chained ``audit_log``.

Secrets are never stored as given: passwords as Argon2id hashes, API tokens and session
ids as SHA-256 digests (they are 256-bit random values, so a slow hash adds nothing).
``audit_log.id`` is assigned by the writer (previous id + 1, under a lock) because it is
part of the hashed content: a row inserted, deleted or renumbered breaks the chain.
"""

import sqlalchemy as sa
from alembic import op

revision = "0101_access_audit"
down_revision = "0006_derived_state"
branch_labels = None
depends_on = None

SERIAL = sa.Integer().with_variant(sa.BigInteger(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", SERIAL, primary_key=True, autoincrement=True),
        sa.Column("name", sa.Text, nullable=False, unique=True),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("disabled", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
        sa.CheckConstraint("role IN ('admin', 'reviewer', 'analyst')", name="users_role_check"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", SERIAL, primary_key=True, autoincrement=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("token_hash", sa.Text, nullable=False, unique=True),
        sa.Column("prefix", sa.Text, nullable=False),
        sa.Column("scopes", sa.Text, nullable=False, server_default="[]"),
        sa.Column("created_by", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("revoked_at", sa.Text),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "sessions",
        sa.Column("id_hash", sa.Text, primary_key=True),
        sa.Column("user_id", sa.BigInteger, nullable=False),
        sa.Column("address", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("expires_at", sa.Text, nullable=False),
    )
    op.create_index("sessions_user_idx", "sessions", ["user_id"])
    op.create_table(
        "login_failures",
        sa.Column("id", SERIAL, primary_key=True, autoincrement=True),
        sa.Column("at", sa.Text, nullable=False),
        sa.Column("username", sa.Text, nullable=False),
        sa.Column("address", sa.Text, nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("login_failures_user_idx", "login_failures", ["username", "at"])
    op.create_index("login_failures_address_idx", "login_failures", ["address", "at"])
    op.create_table(
        "service_secrets",
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("created_at", sa.Text, nullable=False),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("at", sa.Text, nullable=False),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("action", sa.Text, nullable=False),
        sa.Column("target", sa.Text, nullable=False, server_default=""),
        sa.Column("detail", sa.Text, nullable=False, server_default="{}"),
        sa.Column("prev_hash", sa.Text, nullable=False),
        sa.Column("hash", sa.Text, nullable=False),
    )
    op.create_index("audit_log_target_idx", "audit_log", ["target", "id"])
