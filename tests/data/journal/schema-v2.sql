-- Journal format 2 on top of format 1, frozen (migration 2 in src/core/journal/Schema.cpp).
ALTER TABLE sessions ADD COLUMN mode TEXT NOT NULL DEFAULT 'together' CHECK (mode IN ('together', 'solo'));

CREATE TABLE reminders (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT NOT NULL UNIQUE,
    couple_id     TEXT NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
    session_id    TEXT REFERENCES sessions(id) ON DELETE CASCADE,
    commitment_id TEXT REFERENCES commitments(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('return', 'follow_up')),
    due_at        TEXT NOT NULL,
    place         TEXT,
    delivered_at  TEXT,
    created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX reminders_due ON reminders(delivered_at, due_at);
CREATE INDEX reminders_by_session ON reminders(session_id);

CREATE TABLE safety_answers (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    partner_id TEXT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
    payload    ANY NOT NULL CHECK (typeof(payload) IN ('text', 'blob')),
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX safety_by_partner ON safety_answers(partner_id, seq);
