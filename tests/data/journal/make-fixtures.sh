#!/bin/sh
# Rebuilds the journal fixture databases from the frozen SQL next to this script, with the sqlite3 CLI.
# Each fixture is what a released Tend left on disk for that journal format; the migration tests open
# copies of them. Run from anywhere: sh tests/data/journal/make-fixtures.sh
set -eu
cd "$(dirname "$0")"
rm -f v0-empty.db v1-sample.db v2-sample.db v3-sample.db v4-sample.db newer-v99.db not-a-journal.db other-app.db

# Format 0: an SQLite file in WAL mode with no tables (a first start that stopped before the first
# migration committed). Tend must treat it as new and build the schema.
sqlite3 v0-empty.db 'PRAGMA journal_mode = WAL;' > /dev/null

# Format 1, 2, 3 and 4 with sample content in every table.
sqlite3 v1-sample.db < schema-v1.sql
sqlite3 v1-sample.db < data-v1.sql
sqlite3 v2-sample.db < schema-v1.sql
sqlite3 v2-sample.db < data-v1.sql
sqlite3 v2-sample.db < schema-v2.sql
sqlite3 v2-sample.db < data-v2.sql
sqlite3 v3-sample.db < schema-v1.sql
sqlite3 v3-sample.db < data-v1.sql
sqlite3 v3-sample.db < schema-v2.sql
sqlite3 v3-sample.db < data-v2.sql
sqlite3 v3-sample.db < schema-v3.sql
sqlite3 v3-sample.db < data-v3.sql
sqlite3 v4-sample.db < schema-v1.sql
sqlite3 v4-sample.db < data-v1.sql
sqlite3 v4-sample.db < schema-v2.sql
sqlite3 v4-sample.db < data-v2.sql
sqlite3 v4-sample.db < schema-v3.sql
sqlite3 v4-sample.db < data-v3.sql
sqlite3 v4-sample.db < schema-v4.sql
sqlite3 v4-sample.db < data-v4.sql

# A journal from a future Tend (format 99): must be refused with its version named.
cp v4-sample.db newer-v99.db
sqlite3 newer-v99.db 'PRAGMA user_version = 99;'

# Databases that are not Tend journals.
sqlite3 other-app.db 'CREATE TABLE notes(body TEXT); INSERT INTO notes VALUES (1); PRAGMA application_id = 1234;'
printf 'These are my notes, not a database.\n' > not-a-journal.db

for f in v1-sample.db v2-sample.db v3-sample.db v4-sample.db newer-v99.db; do
    test "$(sqlite3 "$f" 'PRAGMA integrity_check;')" = ok
done
echo "fixtures rebuilt"
