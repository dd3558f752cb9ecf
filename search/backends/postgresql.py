"""PostgreSQL: a weighted tsvector stored in `SearchEntry.vector` (GIN-indexed), ts_rank and
ts_headline, with the English dictionary for stemming."""

import operator
from functools import reduce

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import F

from ..documents import COLUMNS, MARK_END, MARK_START
from ..models import SearchEntry
from .base import SNIPPET_WORDS, SearchBackend, fetch

CONFIG = "english"
# ts_rank's weights for D, C, B and A.
RANK_WEIGHTS = [0.1, 0.2, 0.4, 1.0]
DOCUMENT_VECTOR = reduce(
    operator.add,
    (SearchVector(column, weight=weight, config=CONFIG) for column, weight, _ in COLUMNS),
)


class PostgreSQLBackend(SearchBackend):
    def refresh(self, entries):
        entries.update(vector=DOCUMENT_VECTOR)

    def optimize(self):
        """Tell the planner about the new rows (autovacuum would, but only later)."""
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {SearchEntry._meta.db_table}")

    def _query(self, terms, match_all):
        if match_all:
            return SearchQuery(" ".join(terms.words), config=CONFIG, search_type="plain")
        return reduce(operator.or_, (SearchQuery(word, config=CONFIG) for word in terms.words))

    def count(self, entries, terms, *, match_all):
        return entries.filter(vector=self._query(terms, match_all)).count()

    def ranked_rows(self, entries, terms, *, match_all, offset, limit):
        query = self._query(terms, match_all)
        matching = (
            entries.filter(vector=query)
            .annotate(score=SearchRank(F("vector"), query, weights=RANK_WEIGHTS))
            .values("id", "comparison_id", "role_id", "title", "score")
        )
        sql, params = matching.query.sql_with_params()
        # OFFSET 0 keeps the ranking inside the subquery: otherwise PostgreSQL may sort whole
        # rows, vectors and all, before it checks which are published (ten times slower).
        return fetch(
            "SELECT id, comparison_id, role_id, score, count(*) OVER () "
            f"FROM ({sql} OFFSET 0) AS matching "
            "ORDER BY score DESC, title, id LIMIT %s OFFSET %s",
            [*params, limit, offset],
        )

    def highlights(self, entry_ids, terms, *, match_all):
        query = self._query(terms, match_all)
        marks = {"config": CONFIG, "start_sel": MARK_START, "stop_sel": MARK_END}
        rows = (
            SearchEntry.objects.filter(pk__in=entry_ids)
            .annotate(
                marked_title=SearchHeadline("title", query, highlight_all=True, **marks),
                extract=SearchHeadline(
                    "body",
                    query,
                    max_words=SNIPPET_WORDS,
                    min_words=SNIPPET_WORDS // 2,
                    max_fragments=2,
                    fragment_delimiter=" … ",
                    **marks,
                ),
            )
            .values_list("pk", "marked_title", "extract")
        )
        return {pk: (title, extract) for pk, title, extract in rows}
