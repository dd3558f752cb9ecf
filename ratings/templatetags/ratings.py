"""Rating widget for the article page and the home page's top-rated list."""

from django import template
from django.urls import reverse

from ..notes import note_from_query
from ..queries import HOME_TOP_RATED, summary_for, top_rated
from ..services import RatingSummary
from ..structured_data import aggregate_rating_json_ld

register = template.Library()


@register.inclusion_tag("ratings/widget.html", takes_context=True)
def rating_widget(context, comparison, title):
    """The stars form with the totals (one query), the same for every reader so that the page
    can be cached: the reader's own rating comes from the plain form's redirect (`?rated=4`)
    or, with JavaScript, from `ratings:status`. `title` names the rated article in its
    structured data."""
    request = context.get("request")
    summary = summary_for(comparison_id=comparison.pk, reader=None)
    slug = comparison.live_revision.slug if comparison.live_revision_id else comparison.slug
    your_rating, note, level = note_from_query(request.GET if request is not None else {})
    return {
        "summary_text": summary.text,
        "your_rating": your_rating,
        "note": note,
        "note_level": level,
        "rate_url": reverse("ratings:rate", kwargs={"slug": slug}),
        "status_url": reverse("ratings:status", kwargs={"slug": slug}),
        "json_ld": aggregate_rating_json_ld(
            name=title,
            path=reverse("comparisons:detail", kwargs={"slug": slug}),
            summary=summary,
        ),
    }


@register.inclusion_tag("ratings/includes/top_rated.html")
def top_rated_list(limit=HOME_TOP_RATED):
    """Best-rated comparisons with enough ratings to mean something (one query)."""
    entries = [
        (comparison, RatingSummary(count=comparison.rating_count, total=comparison.rating_total))
        for comparison in top_rated(limit=limit)
    ]
    return {"entries": entries}
