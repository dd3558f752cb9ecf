"""The database's own full-text index over search_searchentry.

PostgreSQL: a GIN index on the weighted `vector` column (filled by the PostgreSQL backend),
which is kept in the row (compressed) rather than in the TOAST table: ranking reads the vector
of every matching row, and fetching each from TOAST made broad searches four times slower.
SQLite: an FTS5 table with Porter stemming whose rows mirror search_searchentry (external
content), kept in step by triggers, so inserts, updates and cascaded deletes all reach it.
"""

from django.db import migrations

COLUMNS = "title, roles, tags, summary, body"
NEW = "new.title, new.roles, new.tags, new.summary, new.body"
OLD = "old.title, old.roles, old.tags, old.summary, old.body"

SQLITE_FORWARD = [
    f"""CREATE VIRTUAL TABLE search_fts USING fts5(
        {COLUMNS},
        content='search_searchentry',
        content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
    )""",
    f"""CREATE TRIGGER search_fts_after_insert AFTER INSERT ON search_searchentry BEGIN
        INSERT INTO search_fts (rowid, {COLUMNS}) VALUES (new.id, {NEW});
    END""",
    f"""CREATE TRIGGER search_fts_after_delete AFTER DELETE ON search_searchentry BEGIN
        INSERT INTO search_fts (search_fts, rowid, {COLUMNS}) VALUES ('delete', old.id, {OLD});
    END""",
    f"""CREATE TRIGGER search_fts_after_update AFTER UPDATE ON search_searchentry BEGIN
        INSERT INTO search_fts (search_fts, rowid, {COLUMNS}) VALUES ('delete', old.id, {OLD});
        INSERT INTO search_fts (rowid, {COLUMNS}) VALUES (new.id, {NEW});
    END""",
    "INSERT INTO search_fts (search_fts) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_fts_after_update",
    "DROP TRIGGER IF EXISTS search_fts_after_delete",
    "DROP TRIGGER IF EXISTS search_fts_after_insert",
    "DROP TABLE IF EXISTS search_fts",
]
POSTGRESQL_FORWARD = [
    "ALTER TABLE search_searchentry ALTER COLUMN vector SET STORAGE MAIN",
    "CREATE INDEX search_entry_vector_gin ON search_searchentry USING gin (vector)",
]
POSTGRESQL_BACKWARD = [
    "DROP INDEX IF EXISTS search_entry_vector_gin",
    "ALTER TABLE search_searchentry ALTER COLUMN vector SET STORAGE EXTENDED",
]


class RunSQLOn(migrations.RunSQL):
    """RunSQL on one database vendor only; nothing happens on the others."""

    def __init__(self, vendor, sql, reverse_sql):
        super().__init__(sql, reverse_sql)
        self.vendor = vendor

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == self.vendor:
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == self.vendor:
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        RunSQLOn("sqlite", SQLITE_FORWARD, SQLITE_BACKWARD),
        RunSQLOn("postgresql", POSTGRESQL_FORWARD, POSTGRESQL_BACKWARD),
    ]
