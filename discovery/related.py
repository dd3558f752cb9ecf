"""“You may also like”: published comparisons that share roles, tags or a sector with an article.

The choice is cached for a few minutes (ids only); the cards are loaded through
`Comparison.objects.for_listing()` on every request, so an article taken down disappears from
every list at once, while a newly published one joins the lists within RELATED_CACHE_SECONDS.
"""

from django.core.cache import cache
from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from taggit.models import TaggedItem

from comparisons.models import Comparison

RELATED = 4
RELATED_CACHE_SECONDS = 600
# How much each kind of overlap counts: a shared role says most about what a reader wants next.
SHARED_ROLE, SHARED_TAG, SAME_SECTOR = 4, 2, 1
# Articles that share only tags or the sector are taken from this many of the newest, so the
# cost stays the same however many articles the site has.
RECENT_ALIKE = 200


def related_comparisons(comparison, *, revision_id, tag_slugs, limit=RELATED) -> list[Comparison]:
    """Up to `limit` other published comparisons, most in common first, then the newest.

    `tag_slugs` are the tags of the revision shown (`revision_id`: the live one, or the one
    being previewed). One query, plus one more when the choice is not cached.
    """
    key = f"search:related:{comparison.pk}:{revision_id}:{limit}"
    ids = cache.get(key)
    if ids is None:
        # A few spare ones, in case some are taken down before the cache expires.
        ids = related_ids(comparison, tag_slugs=tag_slugs, limit=limit * 2)
        cache.set(key, ids, RELATED_CACHE_SECONDS)
    cards = Comparison.objects.for_listing().in_bulk(ids)
    return [cards[pk] for pk in ids if pk in cards][:limit]


def related_ids(comparison, *, tag_slugs, limit) -> list[int]:
    roles = [comparison.role_a_id, comparison.role_b_id]
    sectors = {comparison.role_a.sector_id, comparison.role_b.sector_id}
    same_sector = Q(role_a__sector__in=sectors) | Q(role_b__sector__in=sectors)
    alike, shared_tags = same_sector, Value(0)
    if tag_slugs:
        alike |= Q(Exists(_taggings(tag_slugs)))
        shared_tags = Coalesce(
            Subquery(
                _taggings(tag_slugs)
                .order_by()
                .values("object_id")
                .annotate(count=Count("pk"))
                .values("count")
            ),
            0,
        )
    recent_alike = Comparison.objects.published().filter(alike).order_by("-published_at", "-pk")
    score = (
        SHARED_ROLE * (_flag(Q(role_a__in=roles)) + _flag(Q(role_b__in=roles)))
        + SHARED_TAG * shared_tags
        + SAME_SECTOR * _flag(same_sector)
    )
    shares_role = Q(role_a__in=roles) | Q(role_b__in=roles)
    return list(
        Comparison.objects.published()
        .filter(shares_role | Q(pk__in=recent_alike.values("pk")[:RECENT_ALIKE]))
        .exclude(pk=comparison.pk)
        .annotate(score=score)
        .order_by("-score", "-published_at", "-pk")
        .values_list("pk", flat=True)[:limit]
    )


def _flag(condition):
    return Case(When(condition, then=Value(1)), default=Value(0), output_field=IntegerField())


def _taggings(tag_slugs):
    """The tags among `tag_slugs` on the live revision of the comparison in the outer query.

    Written from the tagging's side: the join Django builds from a revision casts object_id,
    which stops PostgreSQL from using its index.
    """
    return TaggedItem.objects.filter(
        content_type__app_label="comparisons",
        content_type__model="revision",
        object_id=OuterRef("live_revision_id"),
        tag__slug__in=tag_slugs,
    )
