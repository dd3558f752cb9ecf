"""Help for a search that found nothing: a corrected query, similar role titles, popular reads."""

from difflib import get_close_matches

from django.db.models import Count

from careers.models import Role
from comparisons.models import Comparison, RelatedLink
from ratings.queries import top_rated
from search.terms import WORD, SearchTerms, parse

POPULAR = 4
SIMILAR_ROLES = 3


def did_you_mean(terms: SearchTerms, *, found) -> str:
    """The query with each unknown word replaced by the closest word of a role title, if that
    query `found` something; otherwise ""."""
    vocabulary = {word for title in _role_titles() for word in WORD.findall(title.lower())}
    corrected = [_closest(word, vocabulary) for word in terms.words]
    if corrected == list(terms.words):
        return ""
    suggestion = " ".join(corrected)
    return suggestion if found(parse(suggestion)) else ""


def _closest(word, vocabulary):
    if word in vocabulary:
        return word
    matches = get_close_matches(word, vocabulary, n=1, cutoff=0.75)
    return matches[0] if matches else word


def similar_roles(terms: SearchTerms) -> list[Role]:
    """Roles whose titles look like what was typed (“practise manger” → Practice Manager)."""
    by_lower = {title.lower(): title for title in _role_titles()}
    close = get_close_matches(" ".join(terms.words), by_lower, SIMILAR_ROLES, 0.6)
    titles = [by_lower[match] for match in close]
    roles = Role.objects.public().filter(title__in=titles).only("title", "slug")
    roles = {role.title: role for role in roles}
    return [roles[title] for title in titles if title in roles]


def popular_comparisons(limit: int = POPULAR) -> list[Comparison]:
    """The best-rated published comparisons (with enough ratings to count), then those other
    articles link to most – editors link to what readers need – then the newest."""
    popular = list(top_rated(limit=limit))
    if len(popular) == limit:
        return popular
    published = Comparison.objects.published()
    most_linked = list(
        RelatedLink.objects.filter(comparison__in=published, target_comparison__in=published)
        .exclude(target_comparison__in=[c.pk for c in popular])
        .values_list("target_comparison")
        .annotate(links=Count("pk"))
        .order_by("-links", "target_comparison")
        .values_list("target_comparison", flat=True)[:limit]
    )
    most_linked = most_linked[: limit - len(popular)]
    linked = Comparison.objects.for_listing().in_bulk(most_linked)
    popular += [linked[pk] for pk in most_linked if pk in linked]
    if len(popular) < limit:
        newest = Comparison.objects.for_listing().exclude(pk__in=[c.pk for c in popular])
        popular += newest[: limit - len(popular)]
    return popular


def _role_titles() -> list[str]:
    return list(Role.objects.public().values_list("title", flat=True))
