"""Review tasks: indexes in the order tasks are handed out (urgent, priority, oldest), per queue and overall.

The first index of ``0301_review`` had ascending ``urgent`` and ``priority`` and no
index served "the next task of any queue", so every claim sorted the open tasks; these
two let a claim read the first row of an index instead, and a reviewer's own live claim
is found by ``claimed_by``.
"""

import sqlalchemy as sa
from alembic import op

revision = "0302_review_order"
down_revision = "0201_jobs"
branch_labels = None
depends_on = None

ORDER: list[str | sa.TextClause] = [sa.text("urgent DESC"), sa.text("priority DESC"), "queued_at", "id"]


def upgrade() -> None:
    op.drop_index("review_tasks_next_idx", table_name="review_tasks")
    op.create_index("review_tasks_queue_order_idx", "review_tasks", ["status", "queue", *ORDER])
    op.create_index("review_tasks_order_idx", "review_tasks", ["status", *ORDER])
    op.create_index("review_tasks_claimed_idx", "review_tasks", ["claimed_by", "status"])
