"""schema.org markup for an article's rating, for search engines' review snippets.

Google's review snippets do not accept `Article` as the rated item, so the rating hangs on a
`CreativeWorkSeries` that names the article and its address: an accepted type for ratings of
written content, kept apart from the Article markup so that neither depends on the other.
"""

from core.json_ld import json_ld
from core.links import absolute


def aggregate_rating_json_ld(*, name: str, path: str, summary) -> str | None:
    """The JSON-LD script for a rated article, or None while it has no ratings."""
    if not summary.count:
        return None
    data = {
        "@context": "https://schema.org",
        "@type": "CreativeWorkSeries",
        "name": name,
        "url": absolute(path),
        "aggregateRating": {
            "@type": "AggregateRating",
            "ratingValue": float(summary.average),
            "ratingCount": summary.count,
            "bestRating": 5,
            "worstRating": 1,
        },
    }
    return json_ld(data)
