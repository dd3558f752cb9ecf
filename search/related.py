"""“You may also like”: published comparisons that share roles, tags or a sector with an article."""

from django.db.models import Case, Count, IntegerField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce

from comparisons.models import Comparison, Revision

RELATED = 4
# How much each kind of overlap counts: a shared role says most about what a reader wants next.
SHARED_ROLE, SHARED_TAG, SAME_SECTOR = 4, 2, 1
# Articles that share only tags or a sector are taken from this many of the newest, so the cost
# of the list stays the same however many articles the site has.
RECENT_POOL = 200


def _flag(condition):
    return Case(When(condition, then=Value(1)), default=Value(0), output_field=IntegerField())


def related_comparisons(comparison, *, tag_slugs, limit=RELATED) -> list[Comparison]:
    """Up to `limit` other published comparisons, most in common first, then newest, in one query.

    `tag_slugs` are the tags of the version readers see (the live revision's).
    """
    roles = [comparison.role_a_id, comparison.role_b_id]
    sectors = {comparison.role_a.sector_id, comparison.role_b.sector_id}
    shares_role = Q(role_a__in=roles) | Q(role_b__in=roles)
    alike = Q(role_a__sector__in=sectors) | Q(role_b__sector__in=sectors)
    shared_tags = Value(0)
    if tag_slugs:
        tagged = Revision.objects.filter(tags__slug__in=tag_slugs)
        alike |= Q(live_revision__in=tagged.values("pk"))
        shared_tags = Coalesce(
            Subquery(
                tagged.filter(pk=OuterRef("live_revision_id"))
                .order_by()
                .values("pk")
                .annotate(count=Count("tags"))
                .values("count")
            ),
            0,
        )
    recent_alike = Comparison.objects.published().filter(alike).order_by("-published_at", "-pk")
    score = (
        SHARED_ROLE * (_flag(Q(role_a__in=roles)) + _flag(Q(role_b__in=roles)))
        + SHARED_TAG * shared_tags
        + SAME_SECTOR * _flag(Q(role_a__sector__in=sectors) | Q(role_b__sector__in=sectors))
    )
    return list(
        Comparison.objects.for_listing()
        .filter(shares_role | Q(pk__in=recent_alike.values("pk")[:RECENT_POOL]))
        .exclude(pk=comparison.pk)
        .annotate(score=score)
        .order_by("-score", "-published_at", "-pk")[:limit]
    )
