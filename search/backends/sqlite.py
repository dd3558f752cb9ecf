"""SQLite: an FTS5 table `search_fts` (porter stemming) that mirrors `SearchEntry` through
triggers (migration 0002), bm25 with column weights, highlight() and snippet()."""

from django.db import connection

from ..documents import COLUMN_NAMES, COLUMNS, MARK_END, MARK_START
from ..models import SearchEntry
from .base import SNIPPET_WORDS, SearchBackend, fetch

FTS_TABLE = "search_fts"
BM25 = f"bm25({FTS_TABLE}, {', '.join(str(weight) for _, _, weight in COLUMNS)})"
BODY_COLUMN = COLUMN_NAMES.index("body")
TITLE_COLUMN = COLUMN_NAMES.index("title")


def match_expression(terms, *, match_all) -> str:
    """An FTS5 query in which every word is a quoted string, so none can be read as syntax."""
    phrases = ['"' + word.replace('"', '""') + '"' for word in terms.words]
    return (" AND " if match_all else " OR ").join(phrases)


def _eligible(entries):
    """The SQL (and parameters) selecting the ids of `entries`, to use as a subquery.

    Callers write `+rowid IN (...)`: without the `+`, SQLite hands every id to FTS5 as a
    separate lookup, which runs the whole full-text query once per id.
    """
    return entries.order_by().values("pk").query.sql_with_params()


class SQLiteBackend(SearchBackend):
    def refresh(self, entries):
        """Nothing to do: the triggers have already copied the rows into search_fts."""

    def optimize(self):
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")

    def count(self, entries, terms, *, match_all):
        eligible, params = _eligible(entries)
        rows = fetch(
            f"SELECT count(*) FROM {FTS_TABLE} "
            f"WHERE {FTS_TABLE} MATCH %s AND +rowid IN ({eligible})",
            [match_expression(terms, match_all=match_all), *params],
        )
        return rows[0][0]

    def ranked_rows(self, entries, terms, *, match_all, offset, limit):
        eligible, params = _eligible(entries)
        table = SearchEntry._meta.db_table
        # bm25() only works in the query that does the MATCH, so the total is counted outside.
        return fetch(
            "SELECT id, comparison_id, role_id, score, count(*) OVER () FROM ("
            f"SELECT entry.id, entry.comparison_id, entry.role_id, entry.title, -{BM25} AS score "
            f"FROM {FTS_TABLE} JOIN {table} AS entry ON entry.id = {FTS_TABLE}.rowid "
            f"WHERE {FTS_TABLE} MATCH %s AND +{FTS_TABLE}.rowid IN ({eligible})"
            ") ORDER BY score DESC, title, id LIMIT %s OFFSET %s",
            [match_expression(terms, match_all=match_all), *params, limit, offset],
        )

    def highlights(self, entry_ids, terms, *, match_all):
        if not entry_ids:
            return {}
        placeholders = ", ".join(["%s"] * len(entry_ids))
        rows = fetch(
            f"SELECT rowid, highlight({FTS_TABLE}, {TITLE_COLUMN}, %s, %s), "
            f"snippet({FTS_TABLE}, {BODY_COLUMN}, %s, %s, %s, {SNIPPET_WORDS}) "
            f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s AND rowid IN ({placeholders})",
            [
                MARK_START,
                MARK_END,
                MARK_START,
                MARK_END,
                "…",
                match_expression(terms, match_all=match_all),
                *entry_ids,
            ],
        )
        return {pk: (title, extract) for pk, title, extract in rows}
