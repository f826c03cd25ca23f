"""An item's verdict is derived from its decisions, never stored on the item.

Until now ``items`` carried ``score``, ``flagged``, ``themes``, ``evidence`` and ``model``,
overwritten when later evidence (text read from an item's media) arrived. The decisions
history now carries what a judgement rested on — the detector's ``score`` and ``themes``
join ``model`` and ``evidence`` on each decision row — and an item's current verdict is
its latest non-shadow decision; its score, themes, evidence and model those of its latest
non-shadow decision made by rules (``rules_version`` set: the judge's, not a person's).

The verdict of every item judged before this revision becomes one decision row (by
``vigil.scan``, without a rule, ``rules_version`` ``LEGACY_RULES``: ``queue`` to ``review``
when it was flagged, else ``allow``), decisions of the rules already appended take the
item's score and themes, and the five columns leave ``items``.
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0006_derived_state"
down_revision = "0203_match_exclusions"
branch_labels = None
depends_on = None

DOUBLE = sa.Float().with_variant(postgresql.DOUBLE_PRECISION(), "postgresql")

_VERDICT_COLUMNS = ("score", "flagged", "themes", "evidence", "model")
#: the rules version of the decisions made from the verdicts items carried before
LEGACY_RULES = "items.flagged"


def upgrade() -> None:
    op.add_column("decisions", sa.Column("score", DOUBLE))
    op.add_column("decisions", sa.Column("themes", sa.Text, nullable=False, server_default="{}"))
    # decisions appended before this revision: the score and themes their item carried
    op.execute(
        "UPDATE decisions SET "
        "score = (SELECT i.score FROM items i WHERE i.uid = decisions.item_uid), "
        "themes = COALESCE((SELECT i.themes FROM items i WHERE i.uid = decisions.item_uid), '{}') "
        "WHERE rules_version IS NOT NULL"
    )
    # items judged before decisions were kept: their verdict becomes their first decision
    op.execute(
        "INSERT INTO decisions (item_uid, decided_at, actor_kind, actor, verdict, queue, priority, "
        "reason_code, rule_id, rules_version, model, shadow, evidence, note, run_id, score, themes) "
        "SELECT uid, ingested_at, 'system', 'vigil.scan', "
        "CASE WHEN flagged = 1 THEN 'queue' ELSE 'allow' END, "
        "CASE WHEN flagged = 1 THEN 'review' ELSE NULL END, 0, "
        f"CASE WHEN flagged = 1 THEN 'model_flag' ELSE 'no_signal' END, NULL, '{LEGACY_RULES}', model, 0, "
        "evidence, 'the verdict stored on the item before decisions were kept', run_id, score, themes "
        "FROM items WHERE flagged IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.item_uid = items.uid AND d.shadow = 0) "
        "ORDER BY uid"
    )
    op.drop_index("items_flagged_idx", table_name="items")
    with op.batch_alter_table("items") as batch:
        for column in _VERDICT_COLUMNS:
            batch.drop_column(column)
