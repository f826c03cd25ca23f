-- What vigil learned from each media file: its hashes, the text read from it, bank
-- matches and the verdict of that text. Rows are replaced whole per media in one
-- transaction, so a re-run never duplicates and a killed run loses nothing committed.
CREATE TABLE media_hashes (
    media_sha256 TEXT NOT NULL,
    signal_type TEXT NOT NULL,
    variant TEXT NOT NULL,
    signal TEXT NOT NULL,
    quality INTEGER,
    PRIMARY KEY (media_sha256, signal_type, variant)
);
CREATE TABLE media_text (
    media_sha256 TEXT NOT NULL,
    source TEXT NOT NULL,
    position INTEGER NOT NULL,
    frame INTEGER,
    t DOUBLE PRECISION,
    t_end DOUBLE PRECISION,
    lang TEXT,
    confidence DOUBLE PRECISION,
    text TEXT NOT NULL,
    PRIMARY KEY (media_sha256, source, position)
);
CREATE TABLE media_matches (
    media_sha256 TEXT NOT NULL,
    entry_id BIGINT NOT NULL,
    bank TEXT NOT NULL,
    signal_type TEXT NOT NULL,
    distance DOUBLE PRECISION NOT NULL,
    variant TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (media_sha256, entry_id)
);
CREATE TABLE media_results (
    media_sha256 TEXT PRIMARY KEY,
    score DOUBLE PRECISION,
    flagged INTEGER,
    themes TEXT NOT NULL DEFAULT '{}',
    evidence TEXT NOT NULL DEFAULT '[]',
    model TEXT,
    info TEXT NOT NULL DEFAULT '{}',
    processed_at TEXT NOT NULL
);
