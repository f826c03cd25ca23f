"""Webhooks: registered endpoints, the outbox of events to send them, and the log of deliveries.

``webhook_events`` is a transactional outbox: an event row (and the job that delivers
it) is written in the unit of work of the decision it reports, so a crash can neither
lose an event of a committed decision nor send one of a decision rolled back. The body
is stored as sent, so every retry delivers the same bytes under the same ``msg_id``.
An endpoint's signing secret is stored encrypted (HMAC needs the secret itself).
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0202_webhooks"
down_revision = "0302_review_order"
branch_labels = None
depends_on = None

SERIAL = sa.Integer().with_variant(sa.BigInteger(), "postgresql")
DOUBLE = sa.Float().with_variant(postgresql.DOUBLE_PRECISION(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "webhook_endpoints",
        sa.Column("id", SERIAL, primary_key=True, autoincrement=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.Column("event_types", sa.Text, nullable=False, server_default="[]"),
        sa.Column("secret_encrypted", sa.Text, nullable=False),
        sa.Column("enabled", sa.Integer, nullable=False, server_default="1"),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
        sa.Column("removed_at", sa.Text),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "webhook_events",
        sa.Column("id", SERIAL, primary_key=True, autoincrement=True),
        sa.Column("msg_id", sa.Text, nullable=False),
        sa.Column("endpoint_id", sa.BigInteger, nullable=False),
        sa.Column("event_type", sa.Text, nullable=False),
        sa.Column("subject", sa.Text, nullable=False, server_default=""),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("job_id", sa.BigInteger),
        sa.Column("delivered_at", sa.Text),
        sa.UniqueConstraint("msg_id", name="webhook_events_msg_id_key"),
        sqlite_autoincrement=True,
    )
    op.create_index("webhook_events_endpoint_idx", "webhook_events", ["endpoint_id", "id"])
    op.create_table(
        "webhook_deliveries",
        sa.Column("id", SERIAL, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.BigInteger, nullable=False),
        sa.Column("endpoint_id", sa.BigInteger, nullable=False),
        sa.Column("attempt", sa.Integer, nullable=False),
        sa.Column("attempted_at", sa.Text, nullable=False),
        sa.Column("status_code", sa.Integer),
        sa.Column("ok", sa.Integer, nullable=False),
        sa.Column("error", sa.Text, nullable=False, server_default=""),
        sa.Column("duration_ms", DOUBLE, nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("webhook_deliveries_event_idx", "webhook_deliveries", ["event_id", "id"])
    op.create_index("webhook_deliveries_endpoint_idx", "webhook_deliveries", ["endpoint_id", "id"])
