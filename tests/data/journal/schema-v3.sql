-- Journal format 3 on top of format 2, frozen (migration 3 in src/core/journal/Schema.cpp): the search index made
-- again with the porter stemmer, so word forms match (the migration refills it with what people wrote), and a
-- session's own title (NULL = the default, its first words).
DROP TABLE entries_fts;
CREATE VIRTUAL TABLE entries_fts USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2');
ALTER TABLE sessions ADD COLUMN title TEXT;
