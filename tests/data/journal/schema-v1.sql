-- Journal format 1, frozen (same text as migration 1 in src/core/journal/Schema.cpp).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE couples (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('couple', 'solo')),
    name       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE partners (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    couple_id    TEXT NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
    display_name TEXT NOT NULL,
    position     INTEGER NOT NULL CHECK (position IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (couple_id, position)
) STRICT;

CREATE TABLE sessions (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    id              TEXT NOT NULL UNIQUE,
    couple_id       TEXT NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
    program_id      TEXT NOT NULL,
    program_version TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('active', 'paused', 'completed', 'abandoned')),
    started_at      TEXT NOT NULL,
    ended_at        TEXT,
    updated_at      TEXT NOT NULL,
    pause_reason    TEXT,
    return_at       TEXT,
    return_place    TEXT,
    engine_state    TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX sessions_by_couple ON sessions(couple_id, seq);

CREATE TABLE entries (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    partner_id TEXT REFERENCES partners(id) ON DELETE CASCADE,
    step       TEXT NOT NULL,
    card       TEXT NOT NULL,
    payload    ANY NOT NULL CHECK (typeof(payload) IN ('text', 'blob')),
    visibility TEXT NOT NULL CHECK (visibility IN ('shared', 'private')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (visibility = 'shared' OR partner_id IS NOT NULL)
) STRICT;
CREATE INDEX entries_by_session ON entries(session_id, seq);
CREATE INDEX entries_by_partner ON entries(partner_id, seq);
CREATE INDEX entries_by_time ON entries(created_at);

CREATE VIRTUAL TABLE entries_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE drafts (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    partner_id TEXT REFERENCES partners(id) ON DELETE CASCADE,
    step       TEXT NOT NULL,
    card       TEXT NOT NULL,
    payload    ANY NOT NULL CHECK (typeof(payload) IN ('text', 'blob')),
    visibility TEXT NOT NULL CHECK (visibility IN ('shared', 'private')),
    updated_at TEXT NOT NULL,
    CHECK (visibility = 'shared' OR partner_id IS NOT NULL)
) STRICT;
CREATE INDEX drafts_by_session ON drafts(session_id);

CREATE TABLE check_ins (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    session_id TEXT REFERENCES sessions(id) ON DELETE CASCADE,
    partner_id TEXT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    step       TEXT,
    moment     TEXT NOT NULL CHECK (moment IN ('before', 'during', 'after')),
    level      INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10),
    state      TEXT NOT NULL CHECK (state IN ('racing', 'shut_down', 'steady')),
    payload    ANY NOT NULL CHECK (typeof(payload) IN ('text', 'blob')),
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX check_ins_by_session ON check_ins(session_id, seq);

CREATE TABLE commitments (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    couple_id    TEXT NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
    session_id   TEXT REFERENCES sessions(id) ON DELETE SET NULL,
    partner_id   TEXT REFERENCES partners(id) ON DELETE SET NULL,
    status       TEXT NOT NULL CHECK (status IN ('open', 'kept', 'partly_kept', 'not_kept', 'released')),
    payload      ANY NOT NULL CHECK (typeof(payload) IN ('text', 'blob')),
    follow_up_at TEXT,
    reviewed_at  TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX commitments_by_couple ON commitments(couple_id, seq);
CREATE INDEX commitments_by_session ON commitments(session_id);
