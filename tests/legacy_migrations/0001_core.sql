-- Core tables: items, quarantine, runs, media and their links.
-- Tokens: {{serial_pk}} is an auto-increment integer primary key in each dialect.
CREATE TABLE items (
    uid TEXT PRIMARY KEY,
    content_sha256 TEXT NOT NULL,
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    locator TEXT NOT NULL,
    source_id TEXT,
    platform TEXT,
    author TEXT,
    time TEXT,
    url TEXT,
    reply_to TEXT,
    text TEXT NOT NULL,
    lang TEXT,
    lang_given TEXT,
    urls TEXT NOT NULL DEFAULT '[]',
    domains TEXT NOT NULL DEFAULT '[]',
    hashtags TEXT NOT NULL DEFAULT '[]',
    mentions TEXT NOT NULL DEFAULT '[]',
    media TEXT NOT NULL DEFAULT '[]',
    score DOUBLE PRECISION,
    flagged INTEGER,
    themes TEXT NOT NULL DEFAULT '{}',
    evidence TEXT NOT NULL DEFAULT '[]',
    model TEXT,
    extra TEXT NOT NULL DEFAULT '{}',
    run_id INTEGER,
    ingested_at TEXT NOT NULL
);
CREATE INDEX items_content_idx ON items (content_sha256);
CREATE INDEX items_time_idx ON items (time);
CREATE INDEX items_flagged_idx ON items (flagged);
CREATE INDEX items_source_idx ON items (source);
CREATE TABLE quarantine (
    key TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    locator TEXT NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    excerpt TEXT NOT NULL DEFAULT '',
    run_id INTEGER,
    created_at TEXT NOT NULL
);
CREATE TABLE runs (
    id {{serial_pk}},
    command TEXT NOT NULL,
    args TEXT NOT NULL DEFAULT '{}',
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL DEFAULT 'running',
    counts TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE media (
    sha256 TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    mime TEXT NOT NULL DEFAULT '',
    bytes BIGINT NOT NULL,
    path TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    error TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE TABLE item_media (
    item_uid TEXT NOT NULL,
    media_sha256 TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (item_uid, media_sha256)
);
CREATE INDEX item_media_media_idx ON item_media (media_sha256);
