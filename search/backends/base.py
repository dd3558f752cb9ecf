"""What every search backend does; `search.backends.get_backend()` picks one per database."""

from abc import ABC, abstractmethod
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import QuerySet

from ..terms import SearchTerms

SNIPPET_WORDS = 28


def fetch(sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


@dataclass(frozen=True)
class RankedEntry:
    entry_id: int
    comparison_id: int | None
    role_id: int | None
    score: float


@dataclass(frozen=True)
class Ranking:
    total: int  # how many entries match in all
    entries: list[RankedEntry] = field(default_factory=list)  # the slice asked for, best first


class SearchBackend(ABC):
    """Full-text search over `SearchEntry` rows.

    `entries` arguments are querysets of the rows a caller may show (e.g. only those of live
    revisions); `match_all` asks for rows with every word rather than any of them.
    """

    @abstractmethod
    def refresh(self, entries: QuerySet) -> None:
        """Bring the full-text index up to date after `entries` were written."""

    @abstractmethod
    def optimize(self) -> None:
        """Tidy the index after rebuilding it from scratch."""

    @abstractmethod
    def count(self, entries: QuerySet, terms: SearchTerms, *, match_all: bool) -> int:
        """How many of `entries` match."""

    @abstractmethod
    def ranked_rows(
        self, entries: QuerySet, terms: SearchTerms, *, match_all: bool, offset: int, limit: int
    ) -> list[tuple]:
        """(entry id, comparison id, role id, score, total matches) of the matching entries,
        best first (ties by title), from `offset`, at most `limit`: one query."""

    @abstractmethod
    def highlights(
        self, entry_ids: list[int], terms: SearchTerms, *, match_all: bool
    ) -> dict[int, tuple[str, str]]:
        """For each entry: its title and an extract of its body, matched words between markers."""

    def ranking(self, entries, terms, *, match_all, offset, limit) -> Ranking:
        """A slice of the matching entries and their total: one query, two past the end."""
        rows = self.ranked_rows(entries, terms, match_all=match_all, offset=offset, limit=limit)
        if not rows:  # nothing to count the total on
            total = self.count(entries, terms, match_all=match_all) if offset else 0
            return Ranking(total)
        return Ranking(total=rows[0][-1], entries=[RankedEntry(*row[:-1]) for row in rows])
