"""Building articles with chosen words in chosen places, for the search tests."""

from comparisons import publishing
from comparisons.models import Section
from discovery import services

from .factories import make_comparison


def publish_article(
    title, body="Plain words about work.", *, heading="Duties", published=True, at=None, **fields
):
    """A comparison titled `title` with one section (`heading`, `body`), live unless told not."""
    comparison = make_comparison(sections=0, published=False, title=title, **fields)
    Section.objects.create(comparison=comparison, position=1, heading=heading, body=body)
    publishing.create_revision(comparison)
    if published:
        publishing.make_live(comparison, at=at)
    return comparison


def found(query, page=1):
    """The comparisons a search finds, best first (on the given page)."""
    results = services.search(query, page=page)
    return [result.item for result in results.page.object_list] if results.page else []
