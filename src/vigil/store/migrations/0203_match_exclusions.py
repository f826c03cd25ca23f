"""Match exclusions: a bank entry marked a false positive for one piece of content.

A row says "entry E must not match content C" (C: the sha256 of a media file, or of a
post's text): the entry keeps matching everything else. Marking a whole entry a false
positive (``bank_entries.false_positive``) stops it matching anything.
"""

import sqlalchemy as sa
from alembic import op

revision = "0203_match_exclusions"
down_revision = "0202_webhooks"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "match_exclusions",
        sa.Column("entry_id", sa.BigInteger, nullable=False),
        sa.Column("content_sha256", sa.Text, nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("created_by", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("entry_id", "content_sha256"),
    )
