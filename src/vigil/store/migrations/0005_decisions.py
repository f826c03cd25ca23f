"""Scores, bank matches of text items, and the append-only history of decisions.

``scores`` keeps every verdict a model gave an item (one row per item and model);
``item_matches`` is ``media_matches`` for text items (URL, domain, near-duplicate text,
exact hashes); ``decisions`` is append-only: an item's current decision is its latest
non-shadow row, found by query, never by overwriting one.
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0005_decisions"
down_revision = "0004_reports"
branch_labels = None
depends_on = None

SERIAL = sa.Integer().with_variant(sa.BigInteger(), "postgresql")
DOUBLE = sa.Float().with_variant(postgresql.DOUBLE_PRECISION(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "scores",
        sa.Column("id", SERIAL, primary_key=True, autoincrement=True),
        sa.Column("item_uid", sa.Text, nullable=False),
        sa.Column("model", sa.Text, nullable=False),
        sa.Column("score", DOUBLE, nullable=False),
        sa.Column("flagged", sa.Integer, nullable=False),
        sa.Column("themes", sa.Text, nullable=False, server_default="{}"),
        sa.Column("evidence", sa.Text, nullable=False, server_default="[]"),
        sa.Column("scored_at", sa.Text, nullable=False),
        sa.Column("run_id", sa.Integer),
        sa.UniqueConstraint("item_uid", "model", name="scores_item_model_key"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "item_matches",
        sa.Column("item_uid", sa.Text, nullable=False),
        sa.Column("entry_id", sa.BigInteger, nullable=False),
        sa.Column("bank", sa.Text, nullable=False),
        sa.Column("signal_type", sa.Text, nullable=False),
        sa.Column("distance", DOUBLE, nullable=False),
        sa.Column("matched_at", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("item_uid", "entry_id"),
    )
    op.create_index("item_matches_entry_idx", "item_matches", ["entry_id"])
    op.create_table(
        "decisions",
        sa.Column("id", SERIAL, primary_key=True, autoincrement=True),
        sa.Column("item_uid", sa.Text, nullable=False),
        sa.Column("decided_at", sa.Text, nullable=False),
        sa.Column("actor_kind", sa.Text, nullable=False),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("verdict", sa.Text, nullable=False),
        sa.Column("queue", sa.Text),
        sa.Column("priority", sa.Integer, nullable=False, server_default="0"),
        sa.Column("reason_code", sa.Text, nullable=False, server_default=""),
        sa.Column("rule_id", sa.Text),
        sa.Column("rules_version", sa.Text),
        sa.Column("model", sa.Text),
        sa.Column("shadow", sa.Integer, nullable=False, server_default="0"),
        sa.Column("evidence", sa.Text, nullable=False, server_default="[]"),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("run_id", sa.Integer),
        sa.CheckConstraint("actor_kind IN ('system', 'human')", name="decisions_actor_kind_check"),
        sa.CheckConstraint("verdict IN ('remove', 'queue', 'allow')", name="decisions_verdict_check"),
        sa.CheckConstraint("shadow IN (0, 1)", name="decisions_shadow_check"),
        sqlite_autoincrement=True,
    )
    # the current decision of an item: its highest non-shadow id
    op.create_index("decisions_item_idx", "decisions", ["item_uid", "shadow", "id"])
    # listing by current verdict/queue, highest priority first, keyset on (priority, id)
    op.create_index("decisions_verdict_idx", "decisions", ["verdict", "queue", "priority", "id"])
