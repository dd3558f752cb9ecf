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
from core.params import positive_int
from search.backends import SearchBackend, get_backend
from search.highlight import marked_html
from search.models import EntryKind, SearchEntry
from search.terms import SearchTerms, parse

from . import exact, suggestions

RESULTS_PER_PAGE = 10
ROLE_RESULTS = 5
LAST_PAGE = 1000  # deeper pages are not worth a query (and would overflow OFFSET)


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
    """Entries of the roles readers may see (approved by an editor)."""
    return SearchEntry.objects.filter(kind=EntryKind.ROLE, role__in=Role.objects.public())


def search(text: str | None, *, page: int | str | None = 1) -> SearchResults:
    """Comparisons (a page of them) and roles matching `text`, best first.

    Every word must match; when that finds nothing, any word will do (and the results say so).
    Roles are listed on the first page only. With no results, it suggests a corrected query
    and roles with similar titles, and always offers popular comparisons.
    """
    terms = parse(text)
    results = SearchResults(terms=terms)
    if terms:
        backend = get_backend()
        for match_all in (True, False) if len(terms.words) > 1 else (True,):
            results.matched_all_words = match_all
            results.page = _comparison_page(backend, terms, match_all, _page_number(page))
            if results.page.number == 1:
                results.roles = _roles(backend, terms, match_all)
            if results.found_anything:
                break
    if not results.found_anything:
        if terms:
            results.suggestion = suggestions.did_you_mean(terms, found=_finds_anything)
            results.similar_roles = suggestions.similar_roles(terms)
        results.popular = suggestions.popular_comparisons()
    return results


def _page_number(value) -> int:
    return min(positive_int(value, default=1), LAST_PAGE)


def _comparison_page(backend: SearchBackend, terms, match_all, number) -> Page:
    """Page `number` of the matching comparisons (the last one if there are fewer pages).

    Articles the reader named exactly (their title, or both their roles) come first; the rest
    follow in the backend's ranking.
    """
    pinned = exact.pinned_entries(live_comparison_entries(), exact.named_comparisons(terms))
    rest = live_comparison_entries().exclude(pk__in=[hit.entry_id for hit in pinned])

    def ranking_for(page_number):
        start = (page_number - 1) * RESULTS_PER_PAGE
        offset = max(start - len(pinned), 0)
        limit = RESULTS_PER_PAGE - max(len(pinned) - start, 0)
        if limit <= 0:
            return [], backend.count(rest, terms, match_all=match_all)
        ranking = backend.ranking(rest, terms, match_all=match_all, offset=offset, limit=limit)
        return ranking.entries, ranking.total

    entries, total = ranking_for(number)
    paginator = Paginator(range(total + len(pinned)), RESULTS_PER_PAGE)
    if number > paginator.num_pages:
        number = paginator.num_pages
        entries, total = ranking_for(number)
    if number == 1:
        entries = pinned + entries
    ids = [hit.comparison_id for hit in entries]
    cards = Comparison.objects.for_listing().in_bulk(ids)
    page = paginator.page(number)
    page.object_list = _results(backend, terms, match_all, entries, cards, "comparison_id")
    return page


def _roles(backend: SearchBackend, terms, match_all) -> list[Result]:
    """The roles the reader named first (all of them), then the best of the other matches."""
    named = [role.pk for role in exact.named_roles(terms)]
    pinned = exact.pinned_entries(role_entries(), named, key="role_id")
    rest = role_entries().exclude(pk__in=[hit.entry_id for hit in pinned])
    limit = max(ROLE_RESULTS - len(pinned), 0)
    ranking = backend.ranking(rest, terms, match_all=match_all, offset=0, limit=limit)
    entries = pinned + ranking.entries if limit else pinned
    ids = [hit.role_id for hit in entries]
    roles = Role.objects.public().select_related("sector").in_bulk(ids)
    return _results(backend, terms, match_all, entries, roles, "role_id")


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


def _finds_anything(terms: SearchTerms) -> bool:
    backend = get_backend()
    return bool(
        backend.count(live_comparison_entries(), terms, match_all=True)
        or backend.count(role_entries(), terms, match_all=True)
    )
