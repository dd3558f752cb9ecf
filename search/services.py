"""Searching: ranked, highlighted results for what a reader typed, and help when nothing matches.

Only comparisons in `Comparison.objects.published()` are ever looked at, and only through the
entry of their current live revision, so drafts, scheduled-for-later and taken-down articles
never appear, and a scheduled one appears the moment its time comes.
"""

from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from django.utils.safestring import SafeString

from careers.models import Role
from comparisons.models import Comparison

from . import suggestions
from .backends import SearchBackend, get_backend
from .highlight import marked_html
from .models import EntryKind, SearchEntry
from .terms import SearchTerms, parse

RESULTS_PER_PAGE = 10
ROLE_RESULTS = 5


@dataclass
class Result:
    """One comparison or role found, with its title and an extract, matched words marked."""

    item: Comparison | Role
    title_html: SafeString
    extract_html: SafeString


@dataclass
class SearchResults:
    terms: SearchTerms
    page: Page | None = None  # of comparison Results
    roles: list[Result] = field(default_factory=list)
    matched_all_words: bool = True
    suggestion: str = ""  # a corrected query that finds something
    similar_roles: list[Role] = field(default_factory=list)
    popular: list[Comparison] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.page.paginator.count if self.page else 0

    @property
    def found_anything(self) -> bool:
        return bool(self.total or self.roles)


def live_comparison_entries():
    """Entries of the live revisions of published comparisons: what readers may find."""
    live_revisions = Comparison.objects.published().values("live_revision")
    return SearchEntry.objects.filter(kind=EntryKind.COMPARISON, revision__in=live_revisions)


def role_entries():
    return SearchEntry.objects.filter(kind=EntryKind.ROLE)


class _RankedComparisons:
    """What the Paginator pages through: it counts once and fetches only the page it shows."""

    def __init__(self, backend: SearchBackend, terms: SearchTerms, *, match_all: bool):
        self.backend, self.terms, self.match_all = backend, terms, match_all

    def count(self):
        return self.backend.count(live_comparison_entries(), self.terms, match_all=self.match_all)

    def __getitem__(self, window: slice):
        if window.stop <= window.start:
            return []
        ranked = self.backend.ranked(
            live_comparison_entries(),
            self.terms,
            match_all=self.match_all,
            offset=window.start,
            limit=window.stop - window.start,
        )
        cards = Comparison.objects.for_listing().in_bulk([hit.comparison_id for hit in ranked])
        return _results(self.backend, self.terms, self.match_all, ranked, cards, "comparison_id")


def _results(backend, terms, match_all, ranked, items, key) -> list[Result]:
    marked = backend.highlights([hit.entry_id for hit in ranked], terms, match_all=match_all)
    results = []
    for hit in ranked:
        item = items.get(getattr(hit, key))
        if item is None:  # unpublished or deleted a moment ago
            continue
        title, extract = marked.get(hit.entry_id, ("", ""))
        results.append(Result(item, marked_html(title), marked_html(extract)))
    return results


def _roles(backend, terms, *, match_all) -> list[Result]:
    ranked = backend.ranked(
        role_entries(), terms, match_all=match_all, offset=0, limit=ROLE_RESULTS
    )
    roles = Role.objects.select_related("sector").in_bulk([hit.role_id for hit in ranked])
    return _results(backend, terms, match_all, ranked, roles, "role_id")


def search(text: str | None, *, page: int | str | None = 1) -> SearchResults:
    """Comparisons (paginated) and roles matching `text`, best first.

    Every word must match; when that finds nothing, any word will do (and the results say so).
    Roles are listed on the first page only. With no results, it suggests a corrected query
    and roles with similar titles, and always offers popular comparisons.
    """
    terms = parse(text)
    results = SearchResults(terms=terms)
    if terms:
        backend = get_backend()
        for match_all in (True, False) if len(terms.words) > 1 else (True,):
            paginator = Paginator(
                _RankedComparisons(backend, terms, match_all=match_all), RESULTS_PER_PAGE
            )
            results.page = paginator.get_page(page)
            results.matched_all_words = match_all
            if results.page.number == 1:
                results.roles = _roles(backend, terms, match_all=match_all)
            if results.found_anything:
                break
    if not results.found_anything:
        if terms:
            results.suggestion = suggestions.did_you_mean(terms, found=_finds_anything)
            results.similar_roles = suggestions.similar_roles(terms)
        results.popular = suggestions.popular_comparisons()
    return results


def _finds_anything(terms: SearchTerms) -> bool:
    backend = get_backend()
    return bool(
        backend.count(live_comparison_entries(), terms, match_all=True)
        or backend.count(role_entries(), terms, match_all=True)
    )
