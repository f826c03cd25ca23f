"""The tables the store's queries are written against (SQLAlchemy Core), one ``MetaData``.

This is the shape the queries need, not the thing that creates the database: the
Alembic revisions in ``store/migrations`` do that, each frozen as it was written.
``tests/test_store_migrations.py`` holds the two together by reflecting a migrated
database and comparing it with these tables, so a revision that changes a table and
forgets this file (or the other way round) fails there.

Conventions of the existing tables, kept by the new ones: timestamps are ISO-8601 UTC
text, booleans are integers 0/1, JSON is text (``ensure_ascii=False``).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    Float,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects import postgresql

metadata = MetaData()

#: DOUBLE PRECISION on both backends (SQLite stores it as REAL)
Double = Float().with_variant(postgresql.DOUBLE_PRECISION(), "postgresql")
#: the auto-increment key of the old ``{{serial_pk}}`` token
Serial = Integer().with_variant(BigInteger(), "postgresql")

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("name", Text, primary_key=True),
    Column("applied_at", Text, nullable=False),
)

items = Table(
    "items",
    metadata,
    Column("uid", Text, primary_key=True),
    Column("content_sha256", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("locator", Text, nullable=False),
    Column("source_id", Text),
    Column("platform", Text),
    Column("author", Text),
    Column("time", Text),
    Column("url", Text),
    Column("reply_to", Text),
    Column("text", Text, nullable=False),
    Column("lang", Text),
    Column("lang_given", Text),
    Column("urls", Text, nullable=False, server_default="[]"),
    Column("domains", Text, nullable=False, server_default="[]"),
    Column("hashtags", Text, nullable=False, server_default="[]"),
    Column("mentions", Text, nullable=False, server_default="[]"),
    Column("media", Text, nullable=False, server_default="[]"),
    # 0006: no verdict here (score, flagged, themes, evidence, model): it is derived from decisions
    Column("extra", Text, nullable=False, server_default="{}"),
    Column("run_id", Integer),
    Column("ingested_at", Text, nullable=False),
    Index("items_content_idx", "content_sha256"),
    Index("items_time_idx", "time"),
    Index("items_source_idx", "source"),
)

quarantine = Table(
    "quarantine",
    metadata,
    Column("key", Text, primary_key=True),
    Column("source", Text, nullable=False),
    Column("locator", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("detail", Text, nullable=False, server_default=""),
    Column("excerpt", Text, nullable=False, server_default=""),
    Column("run_id", Integer),
    Column("created_at", Text, nullable=False),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("command", Text, nullable=False),
    Column("args", Text, nullable=False, server_default="{}"),
    Column("started_at", Text, nullable=False),
    Column("finished_at", Text),
    Column("status", Text, nullable=False, server_default="running"),
    Column("counts", Text, nullable=False, server_default="{}"),
)

media = Table(
    "media",
    metadata,
    Column("sha256", Text, primary_key=True),
    Column("kind", Text, nullable=False),
    Column("mime", Text, nullable=False, server_default=""),
    Column("bytes", BigInteger, nullable=False),
    Column("path", Text, nullable=False),
    Column("status", Text, nullable=False, server_default="pending"),
    Column("error", Text, nullable=False, server_default=""),
    Column("created_at", Text, nullable=False),
)

item_media = Table(
    "item_media",
    metadata,
    Column("item_uid", Text, nullable=False),
    Column("media_sha256", Text, nullable=False),
    Column("position", Integer, nullable=False, server_default="0"),
    PrimaryKeyConstraint("item_uid", "media_sha256"),
    Index("item_media_media_idx", "media_sha256"),
)

banks = Table(
    "banks",
    metadata,
    Column("name", Text, primary_key=True),
    Column("description", Text, nullable=False, server_default=""),
    Column("source", Text, nullable=False, server_default=""),
    Column("source_date", Text, nullable=False, server_default=""),
    Column("labels", Text, nullable=False, server_default="{}"),
    Column("enabled", Integer, nullable=False, server_default="1"),
    Column("created_at", Text, nullable=False),
)

bank_entries = Table(
    "bank_entries",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("bank", Text, nullable=False),
    Column("signal_type", Text, nullable=False),
    Column("hash_key", Text, nullable=False),
    Column("signal", Text, nullable=False),
    Column("quality", Integer),
    Column("labels", Text, nullable=False, server_default="{}"),
    Column("source", Text, nullable=False, server_default=""),
    Column("source_id", Text, nullable=False, server_default=""),
    Column("note", Text, nullable=False, server_default=""),
    Column("enabled", Integer, nullable=False, server_default="1"),
    Column("false_positive", Integer, nullable=False, server_default="0"),
    Column("added_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    UniqueConstraint("bank", "signal_type", "hash_key"),
    Index("bank_entries_type_idx", "signal_type", "enabled"),
)

bank_entry_extras = Table(
    "bank_entry_extras",
    metadata,
    Column("entry_id", BigInteger, nullable=False),
    Column("signal_type", Text, nullable=False),
    Column("variant", Text, nullable=False),
    Column("signal", Text, nullable=False),
    PrimaryKeyConstraint("entry_id", "variant"),
)

media_hashes = Table(
    "media_hashes",
    metadata,
    Column("media_sha256", Text, nullable=False),
    Column("signal_type", Text, nullable=False),
    Column("variant", Text, nullable=False),
    Column("signal", Text, nullable=False),
    Column("quality", Integer),
    PrimaryKeyConstraint("media_sha256", "signal_type", "variant"),
)

media_text = Table(
    "media_text",
    metadata,
    Column("media_sha256", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("position", Integer, nullable=False),
    Column("frame", Integer),
    Column("t", Double),
    Column("t_end", Double),
    Column("lang", Text),
    Column("confidence", Double),
    Column("text", Text, nullable=False),
    PrimaryKeyConstraint("media_sha256", "source", "position"),
)

media_matches = Table(
    "media_matches",
    metadata,
    Column("media_sha256", Text, nullable=False),
    Column("entry_id", BigInteger, nullable=False),
    Column("bank", Text, nullable=False),
    Column("signal_type", Text, nullable=False),
    Column("distance", Double, nullable=False),
    Column("variant", Text, nullable=False, server_default=""),
    PrimaryKeyConstraint("media_sha256", "entry_id"),
)

media_results = Table(
    "media_results",
    metadata,
    Column("media_sha256", Text, primary_key=True),
    Column("score", Double),
    Column("flagged", Integer),
    Column("themes", Text, nullable=False, server_default="{}"),
    Column("evidence", Text, nullable=False, server_default="[]"),
    Column("model", Text),
    Column("info", Text, nullable=False, server_default="{}"),
    Column("processed_at", Text, nullable=False),
)

report_keys = Table(
    "report_keys",
    metadata,
    Column("name", Text, primary_key=True),
    Column("key_hex", Text, nullable=False),
    Column("created_at", Text, nullable=False),
)

# -- 0005: scores, bank matches of text items, decisions ------------------------------------------

scores = Table(
    "scores",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("item_uid", Text, nullable=False),
    Column("model", Text, nullable=False),
    Column("score", Double, nullable=False),
    Column("flagged", Integer, nullable=False),
    Column("themes", Text, nullable=False, server_default="{}"),
    Column("evidence", Text, nullable=False, server_default="[]"),
    Column("scored_at", Text, nullable=False),
    Column("run_id", Integer),
    UniqueConstraint("item_uid", "model", name="scores_item_model_key"),
    sqlite_autoincrement=True,
)

item_matches = Table(
    "item_matches",
    metadata,
    Column("item_uid", Text, nullable=False),
    Column("entry_id", BigInteger, nullable=False),
    Column("bank", Text, nullable=False),
    Column("signal_type", Text, nullable=False),
    Column("distance", Double, nullable=False),
    Column("matched_at", Text, nullable=False),
    PrimaryKeyConstraint("item_uid", "entry_id"),
    Index("item_matches_entry_idx", "entry_id"),
)

decisions = Table(
    "decisions",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("item_uid", Text, nullable=False),
    Column("decided_at", Text, nullable=False),
    Column("actor_kind", Text, nullable=False),
    Column("actor", Text, nullable=False),
    Column("verdict", Text, nullable=False),
    Column("queue", Text),
    Column("priority", Integer, nullable=False, server_default="0"),
    Column("reason_code", Text, nullable=False, server_default=""),
    Column("rule_id", Text),
    Column("rules_version", Text),
    Column("model", Text),
    Column("shadow", Integer, nullable=False, server_default="0"),
    Column("evidence", Text, nullable=False, server_default="[]"),
    Column("note", Text, nullable=False, server_default=""),
    Column("run_id", Integer),
    # 0006: what the judgement rested on (the detector's score and themes)
    Column("score", Double),
    Column("themes", Text, nullable=False, server_default="{}"),
    CheckConstraint("actor_kind IN ('system', 'human')", name="decisions_actor_kind_check"),
    CheckConstraint("verdict IN ('remove', 'queue', 'allow')", name="decisions_verdict_check"),
    CheckConstraint("shadow IN (0, 1)", name="decisions_shadow_check"),
    Index("decisions_item_idx", "item_uid", "shadow", "id"),
    Index("decisions_verdict_idx", "verdict", "queue", "priority", "id"),
    sqlite_autoincrement=True,
)

# -- 0301: the review desk ----------------------------------------------------------------------

review_tasks = Table(
    "review_tasks",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("item_uid", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("source_key", Text, nullable=False),
    Column("queue", Text, nullable=False),
    Column("priority", Integer, nullable=False, server_default="0"),
    Column("urgent", Integer, nullable=False, server_default="0"),
    Column("urgent_reason", Text, nullable=False, server_default=""),
    Column("decision_id", BigInteger),
    Column("appeal_id", BigInteger),
    Column("exclude_actor", Text),
    Column("blind", Integer, nullable=False, server_default="0"),
    Column("queued_at", Text, nullable=False),
    Column("status", Text, nullable=False, server_default="open"),
    Column("claimed_by", Text),
    Column("claimed_at", Text),
    Column("claim_expires_at", Text),
    Column("closed_at", Text),
    Column("closed_decision_id", BigInteger),
    UniqueConstraint("source_key", name="review_tasks_source_key"),
    CheckConstraint("kind IN ('review', 'second_look', 'appeal', 'golden')", name="review_tasks_kind_check"),
    CheckConstraint("status IN ('open', 'done', 'superseded')", name="review_tasks_status_check"),
    Index("review_tasks_item_idx", "item_uid", "status"),
    Index("review_tasks_decision_idx", "decision_id"),
    Index("review_tasks_closed_idx", "closed_decision_id"),
    sqlite_autoincrement=True,
)

# the order tasks are handed out in: urgent first, then priority, then the oldest (0302)
Index(
    "review_tasks_queue_order_idx", review_tasks.c.status, review_tasks.c.queue, review_tasks.c.urgent.desc(),
    review_tasks.c.priority.desc(), review_tasks.c.queued_at, review_tasks.c.id,
)  # fmt: skip
Index(
    "review_tasks_order_idx", review_tasks.c.status, review_tasks.c.urgent.desc(),
    review_tasks.c.priority.desc(), review_tasks.c.queued_at, review_tasks.c.id,
)  # fmt: skip
Index("review_tasks_claimed_idx", review_tasks.c.claimed_by, review_tasks.c.status)

appeals = Table(
    "appeals",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("item_uid", Text, nullable=False),
    Column("decision_id", BigInteger, nullable=False),
    Column("original_actor", Text, nullable=False),
    Column("complainant", Text, nullable=False, server_default=""),
    Column("channel", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("received_at", Text, nullable=False),
    Column("due_at", Text, nullable=False),
    Column("recorded_by", Text, nullable=False),
    Column("status", Text, nullable=False, server_default="open"),
    Column("outcome", Text),
    Column("answered_by", Text),
    Column("answered_at", Text),
    Column("outcome_decision_id", BigInteger),
    CheckConstraint("status IN ('open', 'answered')", name="appeals_status_check"),
    CheckConstraint("outcome IS NULL OR outcome IN ('upheld', 'reinstated')", name="appeals_outcome_check"),
    Index("appeals_status_idx", "status", "due_at"),
    Index("appeals_item_idx", "item_uid"),
    sqlite_autoincrement=True,
)

review_prefs = Table(
    "review_prefs",
    metadata,
    Column("username", Text, primary_key=True),
    Column("reveal_media", Integer, nullable=False, server_default="0"),
    Column("updated_at", Text, nullable=False),
)

allow_list = Table(
    "allow_list",
    metadata,
    Column("content_sha256", Text, primary_key=True),
    Column("item_uid", Text, nullable=False),
    Column("added_by", Text, nullable=False),
    Column("decision_id", BigInteger),
    Column("added_at", Text, nullable=False),
)

# -- 0201: the durable job queue -------------------------------------------------------------------

jobs = Table(
    "jobs",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("kind", Text, nullable=False),
    Column("key", Text),
    Column("payload", Text, nullable=False, server_default="{}"),
    Column("status", Text, nullable=False, server_default="queued"),
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("max_attempts", Integer, nullable=False, server_default="5"),
    Column("run_after", Text, nullable=False),
    Column("lease_owner", Text),
    Column("lease_expires", Text),
    Column("last_error", Text, nullable=False, server_default=""),
    Column("result", Text, nullable=False, server_default="{}"),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    Column("finished_at", Text),
    UniqueConstraint("key", name="jobs_key_key"),
    CheckConstraint("status IN ('queued', 'running', 'done', 'dead')", name="jobs_status_check"),
    Index("jobs_ready_idx", "status", "run_after", "id"),
    Index("jobs_lease_idx", "status", "lease_expires"),
    sqlite_autoincrement=True,
)

# -- 0202: webhook endpoints, the outbox of their events, the delivery log --------------------------

webhook_endpoints = Table(
    "webhook_endpoints",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("url", Text, nullable=False),
    Column("description", Text, nullable=False, server_default=""),
    Column("event_types", Text, nullable=False, server_default="[]"),
    Column("secret_encrypted", Text, nullable=False),
    Column("enabled", Integer, nullable=False, server_default="1"),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    Column("removed_at", Text),
    sqlite_autoincrement=True,
)

webhook_events = Table(
    "webhook_events",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("msg_id", Text, nullable=False),
    Column("endpoint_id", BigInteger, nullable=False),
    Column("event_type", Text, nullable=False),
    Column("subject", Text, nullable=False, server_default=""),
    Column("body", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("job_id", BigInteger),
    Column("delivered_at", Text),
    UniqueConstraint("msg_id", name="webhook_events_msg_id_key"),
    Index("webhook_events_endpoint_idx", "endpoint_id", "id"),
    sqlite_autoincrement=True,
)

webhook_deliveries = Table(
    "webhook_deliveries",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("event_id", BigInteger, nullable=False),
    Column("endpoint_id", BigInteger, nullable=False),
    Column("attempt", Integer, nullable=False),
    Column("attempted_at", Text, nullable=False),
    Column("status_code", Integer),
    Column("ok", Integer, nullable=False),
    Column("error", Text, nullable=False, server_default=""),
    Column("duration_ms", Double, nullable=False),
    Index("webhook_deliveries_event_idx", "event_id", "id"),
    Index("webhook_deliveries_endpoint_idx", "endpoint_id", "id"),
    sqlite_autoincrement=True,
)

# -- 0203: a bank entry excluded from matching one piece of content ---------------------------------

match_exclusions = Table(
    "match_exclusions",
    metadata,
    Column("entry_id", BigInteger, nullable=False),
    Column("content_sha256", Text, nullable=False),
    Column("note", Text, nullable=False, server_default=""),
    Column("created_by", Text, nullable=False, server_default=""),
    Column("created_at", Text, nullable=False),
    PrimaryKeyConstraint("entry_id", "content_sha256"),
)

# -- 0101: users, API tokens, sessions, failed logins, service secrets, the audit log --------------

users = Table(
    "users",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False, unique=True),
    Column("role", Text, nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("disabled", Integer, nullable=False, server_default="0"),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    CheckConstraint("role IN ('admin', 'reviewer', 'analyst')", name="users_role_check"),
    sqlite_autoincrement=True,
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("token_hash", Text, nullable=False, unique=True),
    Column("prefix", Text, nullable=False),
    Column("scopes", Text, nullable=False, server_default="[]"),
    Column("created_by", Text, nullable=False, server_default=""),
    Column("created_at", Text, nullable=False),
    Column("revoked_at", Text),
    sqlite_autoincrement=True,
)

sessions = Table(
    "sessions",
    metadata,
    Column("id_hash", Text, primary_key=True),
    Column("user_id", BigInteger, nullable=False),
    Column("address", Text, nullable=False, server_default=""),
    Column("created_at", Text, nullable=False),
    Column("expires_at", Text, nullable=False),
    Index("sessions_user_idx", "user_id"),
)

login_failures = Table(
    "login_failures",
    metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("at", Text, nullable=False),
    Column("username", Text, nullable=False),
    Column("address", Text, nullable=False),
    Index("login_failures_user_idx", "username", "at"),
    Index("login_failures_address_idx", "address", "at"),
    sqlite_autoincrement=True,
)

service_secrets = Table(
    "service_secrets",
    metadata,
    Column("name", Text, primary_key=True),
    Column("value", Text, nullable=False),
    Column("created_at", Text, nullable=False),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=False),
    Column("at", Text, nullable=False),
    Column("actor", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("target", Text, nullable=False, server_default=""),
    Column("detail", Text, nullable=False, server_default="{}"),
    Column("prev_hash", Text, nullable=False),
    Column("hash", Text, nullable=False),
    Index("audit_log_target_idx", "target", "id"),
)

__all__ = [
    "allow_list",
    "api_tokens",
    "appeals",
    "audit_log",
    "bank_entries",
    "bank_entry_extras",
    "banks",
    "decisions",
    "item_matches",
    "item_media",
    "items",
    "jobs",
    "login_failures",
    "match_exclusions",
    "media",
    "media_hashes",
    "media_matches",
    "media_results",
    "media_text",
    "metadata",
    "quarantine",
    "report_keys",
    "review_prefs",
    "review_tasks",
    "runs",
    "schema_migrations",
    "scores",
    "service_secrets",
    "sessions",
    "users",
    "webhook_deliveries",
    "webhook_endpoints",
    "webhook_events",
]
