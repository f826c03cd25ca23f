-- Banks of known signals (hash lists) with provenance, labels and per-entry state.
-- hash_key is the sha256 of the canonical signal, so that long signals (vPDQ, MinHash)
-- can be unique without indexing the whole text.
CREATE TABLE banks (
    name TEXT PRIMARY KEY,
    description TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    source_date TEXT NOT NULL DEFAULT '',
    labels TEXT NOT NULL DEFAULT '{}',
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
CREATE TABLE bank_entries (
    id {{serial_pk}},
    bank TEXT NOT NULL,
    signal_type TEXT NOT NULL,
    hash_key TEXT NOT NULL,
    signal TEXT NOT NULL,
    quality INTEGER,
    labels TEXT NOT NULL DEFAULT '{}',
    source TEXT NOT NULL DEFAULT '',
    source_id TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1,
    false_positive INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (bank, signal_type, hash_key)
);
CREATE INDEX bank_entries_type_idx ON bank_entries (signal_type, enabled);
-- Extra hashes of an entry (PDQ crops of a file added with `vigil bank add`): matched, never exported.
CREATE TABLE bank_entry_extras (
    entry_id BIGINT NOT NULL,
    signal_type TEXT NOT NULL,
    variant TEXT NOT NULL,
    signal TEXT NOT NULL,
    PRIMARY KEY (entry_id, variant)
);
