"""PostgreSQL: a weighted tsvector stored in `SearchEntry.vector` (GIN-indexed), ts_rank and
ts_headline, with the English dictionary for stemming."""

import operator
from functools import reduce

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db.models import F

from ..documents import COLUMNS, MARK_END, MARK_START
from ..models import SearchEntry
from .base import SNIPPET_WORDS, RankedEntry, SearchBackend

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
        """Nothing to do: GIN indexes stay compact, and autovacuum keeps statistics fresh."""

    def _query(self, terms, match_all):
        if match_all:
            return SearchQuery(" ".join(terms.words), config=CONFIG, search_type="plain")
        return reduce(operator.or_, (SearchQuery(word, config=CONFIG) for word in terms.words))

    def count(self, entries, terms, *, match_all):
        return entries.filter(vector=self._query(terms, match_all)).count()

    def ranked(self, entries, terms, *, match_all, offset, limit):
        query = self._query(terms, match_all)
        rows = (
            entries.filter(vector=query)
            .annotate(score=SearchRank(F("vector"), query, weights=RANK_WEIGHTS))
            .order_by("-score", "title", "pk")
            .values_list("pk", "comparison_id", "role_id", "score")[offset : offset + limit]
        )
        return [RankedEntry(*row) for row in rows]

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
