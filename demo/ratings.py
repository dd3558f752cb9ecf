"""Demo ratings, so that the local site shows averages and a top-rated list.

Called once from `demo.loader.load_demo()`. An article that has ever been rated (it has a
counters row) is left alone, so loading twice, or after real votes, changes nothing.
"""

import datetime
import uuid

from django.utils import timezone

from comparisons.models import Comparison
from ratings import services
from ratings.models import Rating, RatingAggregate

# Stars given by demo readers, per article. The last article has a single 5-star vote: it shows
# that one enthusiastic reader does not put an article at the top of the home page.
DEMO_VOTES = {
    "practice-manager-vs-office-manager": [5, 5, 4, 5, 4, 5, 3, 5, 4, 5, 4, 5],
    "nurse-practitioner-vs-registered-nurse": [5, 4, 5, 5, 4, 5, 4, 4, 5],
    "data-analyst-vs-business-analyst": [4, 4, 3, 5, 4, 4, 3, 4],
    "software-engineer-vs-web-developer": [3, 4, 4, 2, 5, 3, 4],
    "product-manager-vs-project-manager": [5, 4, 4, 4, 5, 3],
    "office-manager-vs-executive-assistant": [4, 3, 4],
    "hr-manager-vs-recruiter": [5],
}
_NAMESPACE = uuid.UUID("6f1d3c1e-6a57-4c1b-9d0e-2f6b1f3c9a10")


def load_demo_ratings(result) -> None:
    rated = set(RatingAggregate.objects.values_list("comparison__slug", flat=True))
    comparisons = Comparison.objects.published().filter(slug__in=DEMO_VOTES).exclude(slug__in=rated)
    now = timezone.now()
    for comparison in comparisons:
        for index, stars in enumerate(DEMO_VOTES[comparison.slug]):
            reader = uuid.uuid5(_NAMESPACE, f"{comparison.slug}/{index}").hex
            services.rate(comparison=comparison, stars=stars, reader=reader)
            # Spread over the last weeks, so the admin's date filters have something to show.
            when = now - datetime.timedelta(days=3 * index + 1, hours=index)
            Rating.objects.filter(comparison=comparison, reader=reader).update(
                created_at=when, updated_at=when
            )
            result.count("ratings")
