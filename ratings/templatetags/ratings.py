"""Rating widget for the article page and the home page's top-rated list."""

from django import template
from django.urls import reverse

from ..queries import HOME_TOP_RATED, summary_for, top_rated
from ..readers import reader_from_request
from ..services import RatingSummary
from ..structured_data import aggregate_rating_json_ld
from ..views import MESSAGE_TAG

register = template.Library()


@register.inclusion_tag("ratings/widget.html", takes_context=True)
def rating_widget(context, comparison, title):
    """The stars form with the totals and the reader's own rating (one query); `title` names
    the rated article in its structured data. The request and its messages come from the
    context, as Django's context processors put them there."""
    request = context.get("request")
    reader = reader_from_request(request) if request is not None else None
    summary = summary_for(comparison_id=comparison.pk, reader=reader)
    slug = comparison.live_revision.slug if comparison.live_revision_id else comparison.slug
    notes = [m for m in context.get("messages", ()) if MESSAGE_TAG in m.tags.split()]
    return {
        "summary_text": summary.text,
        "your_rating": summary.your_rating,
        "notes": notes,
        "rate_url": reverse("ratings:rate", kwargs={"slug": slug}),
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
