-- Journal format 4 on top of format 3, frozen (migration 4 in src/core/journal/Schema.cpp): the repair-attempts
-- ledger (who reached back, whether it was taken, when; no words).
CREATE TABLE repair_attempts (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    id        TEXT NOT NULL UNIQUE,
    couple_id TEXT NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
    made_by   TEXT REFERENCES partners(id) ON DELETE SET NULL,
    taken     INTEGER NOT NULL CHECK (taken IN (0, 1)),
    noted_at  TEXT NOT NULL
) STRICT;
CREATE INDEX repair_attempts_by_couple ON repair_attempts(couple_id, seq);
