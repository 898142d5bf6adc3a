-- A format-3 journal: the format-2 sample with its search index refilled as migration 3 does (the sample's
-- payloads hold only "text" as written words), one session given its own title, and user_version raised to 3.
INSERT INTO entries_fts(rowid, body) SELECT seq, json_extract(payload, '$.text') FROM entries;
UPDATE sessions SET title = 'The dishes, again' WHERE id = '33333333-3333-4333-8333-333333333333';
PRAGMA user_version = 3;
