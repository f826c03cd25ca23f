"""Jobs: the durable work queue the worker drains (media stage, webhook deliveries).

One row per job. A worker claims a ``queued`` job whose ``run_after`` has come (or a
``running`` one whose lease has expired: its worker died) by taking a lease — its name
and an expiry it renews while it works — and finishes it in the same transaction as the
job's own writes. A failed attempt goes back to ``queued`` with a later ``run_after``
(backoff) until ``max_attempts``, then it is ``dead``. ``key`` makes enqueueing the
same work twice (the same media uploaded again) return the job already there.
"""

import sqlalchemy as sa
from alembic import op

revision = "0201_jobs"
down_revision = "0301_review"
branch_labels = None
depends_on = None

SERIAL = sa.Integer().with_variant(sa.BigInteger(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "jobs",
        sa.Column("id", SERIAL, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("key", sa.Text),
        sa.Column("payload", sa.Text, nullable=False, server_default="{}"),
        sa.Column("status", sa.Text, nullable=False, server_default="queued"),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("max_attempts", sa.Integer, nullable=False, server_default="5"),
        sa.Column("run_after", sa.Text, nullable=False),
        sa.Column("lease_owner", sa.Text),
        sa.Column("lease_expires", sa.Text),
        sa.Column("last_error", sa.Text, nullable=False, server_default=""),
        sa.Column("result", sa.Text, nullable=False, server_default="{}"),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
        sa.Column("finished_at", sa.Text),
        sa.UniqueConstraint("key", name="jobs_key_key"),
        sa.CheckConstraint("status IN ('queued', 'running', 'done', 'dead')", name="jobs_status_check"),
        sqlite_autoincrement=True,
    )
    # claiming: the oldest ready job of a status
    op.create_index("jobs_ready_idx", "jobs", ["status", "run_after", "id"])
    op.create_index("jobs_lease_idx", "jobs", ["status", "lease_expires"])
