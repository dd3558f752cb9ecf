"""schema.org markup for an article's rating, for search engines' review snippets.

Google's review snippets do not accept `Article` as the rated item, so the rating hangs on a
`CreativeWorkSeries` that names the article and its address: an accepted type for ratings of
written content, kept apart from the Article markup so that neither depends on the other.
"""

import json

from django.conf import settings
from django.utils.safestring import mark_safe

# As json_script does: nothing in the data can close the <script> element early.
_SCRIPT_SAFE = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def aggregate_rating_json_ld(*, name: str, path: str, summary) -> str | None:
    """The JSON-LD text for a rated article, or None while it has no ratings."""
    if not summary.count:
        return None
    data = {
        "@context": "https://schema.org",
        "@type": "CreativeWorkSeries",
        "name": name,
        "url": settings.SITE_URL + path,
        "aggregateRating": {
            "@type": "AggregateRating",
            "ratingValue": float(summary.average),
            "ratingCount": summary.count,
            "bestRating": 5,
            "worstRating": 1,
        },
    }
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_SCRIPT_SAFE))  # noqa: S308
