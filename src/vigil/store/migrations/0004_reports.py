"""Reports: the per-database key that pseudonymises account names in research reports.

Ported verbatim from the hand-written runner's ``0004_reports.sql``: a database it created
is stamped with this revision and upgraded from there (see ``vigil.store.migrate``).
"""

from vigil.store.migrate import run_script

revision = "0004_reports"
down_revision = "0003_media"
branch_labels = None
depends_on = None

SQL = """
-- Reports: the per-database key that pseudonymises account names in research reports.
-- One row per key name; created on first use with a random value, so a database's
-- pseudonyms stay stable across reports but cannot be recomputed from names elsewhere.
CREATE TABLE report_keys (
    name TEXT PRIMARY KEY,
    key_hex TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""


def upgrade() -> None:
    run_script(SQL)
