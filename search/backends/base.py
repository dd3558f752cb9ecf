"""What every search backend does; `search.backends.get_backend()` picks one per database."""

from abc import ABC, abstractmethod
from dataclasses import dataclass

from django.db.models import QuerySet

from ..terms import SearchTerms

SNIPPET_WORDS = 28


@dataclass(frozen=True)
class RankedEntry:
    entry_id: int
    comparison_id: int | None
    role_id: int | None
    score: float


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
    def ranked(
        self, entries: QuerySet, terms: SearchTerms, *, match_all: bool, offset: int, limit: int
    ) -> list[RankedEntry]:
        """The matching entries, best first (ties by title), from `offset`, at most `limit`."""

    @abstractmethod
    def highlights(
        self, entry_ids: list[int], terms: SearchTerms, *, match_all: bool
    ) -> dict[int, tuple[str, str]]:
        """For each entry: its title and an extract of its body, matched words between markers."""
