"""The review desk: review tasks with exclusive claims, appeals, reviewer preferences, allow list.

``review_tasks`` holds one row per piece of work a person must do on an item: a review
opened by a decision that queued it (``source_key`` ``d:<decision id>``), a second look,
an appeal (``a:<appeal id>``) or a blind golden-set check. A claim is the task row's
``claimed_by``/``claim_expires_at``; an expired claim is claimable again. ``appeals`` are
complaints about a decision with their two-week answer clock and outcome. Decisions
themselves stay in the append-only ``decisions`` table.
"""

import sqlalchemy as sa
from alembic import op

revision = "0301_review"
down_revision = "0005_decisions"
branch_labels = None
depends_on = None

SERIAL = sa.Integer().with_variant(sa.BigInteger(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "review_tasks",
        sa.Column("id", SERIAL, primary_key=True, autoincrement=True),
        sa.Column("item_uid", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("source_key", sa.Text, nullable=False),
        sa.Column("queue", sa.Text, nullable=False),
        sa.Column("priority", sa.Integer, nullable=False, server_default="0"),
        sa.Column("urgent", sa.Integer, nullable=False, server_default="0"),
        sa.Column("urgent_reason", sa.Text, nullable=False, server_default=""),
        sa.Column("decision_id", sa.BigInteger),
        sa.Column("appeal_id", sa.BigInteger),
        sa.Column("exclude_actor", sa.Text),
        sa.Column("blind", sa.Integer, nullable=False, server_default="0"),
        sa.Column("queued_at", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False, server_default="open"),
        sa.Column("claimed_by", sa.Text),
        sa.Column("claimed_at", sa.Text),
        sa.Column("claim_expires_at", sa.Text),
        sa.Column("closed_at", sa.Text),
        sa.Column("closed_decision_id", sa.BigInteger),
        sa.UniqueConstraint("source_key", name="review_tasks_source_key"),
        sa.CheckConstraint(
            "kind IN ('review', 'second_look', 'appeal', 'golden')", name="review_tasks_kind_check"
        ),
        sa.CheckConstraint("status IN ('open', 'done', 'superseded')", name="review_tasks_status_check"),
        sqlite_autoincrement=True,
    )
    # the next task of a queue: open, most urgent, highest priority, oldest
    op.create_index(
        "review_tasks_next_idx", "review_tasks", ["status", "queue", "urgent", "priority", "queued_at"]
    )
    op.create_index("review_tasks_item_idx", "review_tasks", ["item_uid", "status"])
    op.create_index("review_tasks_decision_idx", "review_tasks", ["decision_id"])
    op.create_index("review_tasks_closed_idx", "review_tasks", ["closed_decision_id"])
    op.create_table(
        "appeals",
        sa.Column("id", SERIAL, primary_key=True, autoincrement=True),
        sa.Column("item_uid", sa.Text, nullable=False),
        sa.Column("decision_id", sa.BigInteger, nullable=False),
        sa.Column("original_actor", sa.Text, nullable=False),
        sa.Column("complainant", sa.Text, nullable=False, server_default=""),
        sa.Column("channel", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("received_at", sa.Text, nullable=False),
        sa.Column("due_at", sa.Text, nullable=False),
        sa.Column("recorded_by", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False, server_default="open"),
        sa.Column("outcome", sa.Text),
        sa.Column("answered_by", sa.Text),
        sa.Column("answered_at", sa.Text),
        sa.Column("outcome_decision_id", sa.BigInteger),
        sa.CheckConstraint("status IN ('open', 'answered')", name="appeals_status_check"),
        sa.CheckConstraint(
            "outcome IS NULL OR outcome IN ('upheld', 'reinstated')", name="appeals_outcome_check"
        ),
        sqlite_autoincrement=True,
    )
    op.create_index("appeals_status_idx", "appeals", ["status", "due_at"])
    op.create_index("appeals_item_idx", "appeals", ["item_uid"])
    op.create_table(
        "review_prefs",
        sa.Column("username", sa.Text, primary_key=True),
        sa.Column("reveal_media", sa.Integer, nullable=False, server_default="0"),
        sa.Column("updated_at", sa.Text, nullable=False),
    )
    op.create_table(
        "allow_list",
        sa.Column("content_sha256", sa.Text, primary_key=True),
        sa.Column("item_uid", sa.Text, nullable=False),
        sa.Column("added_by", sa.Text, nullable=False),
        sa.Column("decision_id", sa.BigInteger),
        sa.Column("added_at", sa.Text, nullable=False),
    )
