-- Reports: the per-database key that pseudonymises account names in research reports.
-- One row per key name; created on first use with a random value, so a database's
-- pseudonyms stay stable across reports but cannot be recomputed from names elsewhere.
CREATE TABLE report_keys (
    name TEXT PRIMARY KEY,
    key_hex TEXT NOT NULL,
    created_at TEXT NOT NULL
);
