"""Rating, re-rating, removing and resetting: every change to ratings goes through here.

Each function is one transaction. Changes to an article's ratings first lock its
`RatingAggregate` row, so votes on the same article queue behind each other for a moment and
the counters, changed in that same transaction, always equal the stored ratings (no
read-modify-write race, also across several web processes).
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, F
from django.utils import timezone

from comparisons.models import Comparison

from .models import (
    STAR_FIELDS,
    STARS,
    ArchivedRating,
    ArchiveReason,
    Rating,
    RatingAggregate,
    RatingReset,
    average_of,
)

REMOVE_PERMISSION = "ratings.delete_rating"
RESET_PERMISSION = "ratings.reset_ratings"


class RatingRefused(Exception):
    """The rating was not stored; `message` says why in words a reader understands."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class InvalidStars(RatingRefused):
    pass


class ArticleNotRateable(RatingRefused):
    pass


class RatingLimitReached(RatingRefused):
    pass


@dataclass(frozen=True)
class RatingSummary:
    """What a reader sees of an article's ratings."""

    count: int = 0
    total: int = 0
    your_rating: int | None = None

    @property
    def average(self) -> Decimal | None:
        return average_of(self.total, self.count)

    @property
    def short_average(self) -> Decimal | None:
        return average_of(self.total, self.count, places=1)

    @property
    def text(self) -> str:
        if not self.count:
            return "No ratings yet – be the first"
        noun = "rating" if self.count == 1 else "ratings"
        return f"{self.short_average} / 5 · {self.count} {noun}"

    def as_json(self) -> dict:
        return {
            "average": float(self.average) if self.count else None,
            "count": self.count,
            "your_rating": self.your_rating,
            "summary": self.text,
        }


def staff_reader(user) -> str:
    """The reader id of a logged-in staff member: they rate as themselves, on any device."""
    return f"user:{user.pk}"


def check_stars(stars) -> int:
    if isinstance(stars, bool) or not isinstance(stars, int) or stars not in STARS:
        raise InvalidStars("A rating is a whole number of stars from 1 to 5.")
    return stars


def rate(*, comparison: Comparison, stars: int, reader: str = "", user=None, ip_hash: str = ""):
    """Store `reader`'s rating of a published article (replacing theirs) and return the totals.

    A logged-in `user` rates as themselves and is not held to the per-IP limit; anonymous
    readers may add at most RATINGS_PER_IP_PER_DAY new ratings of one article from one
    address (by `ip_hash`) in 24 hours. Changing an existing rating is always allowed.
    """
    check_stars(stars)
    if user is not None:
        reader = staff_reader(user)
    if not reader:
        raise ValueError("rate() needs a reader id or a user")
    with transaction.atomic():
        if not Comparison.objects.published().filter(pk=comparison.pk).exists():
            raise ArticleNotRateable("This article is not published, so it cannot be rated.")
        _lock_aggregate(comparison.pk)
        now = timezone.now()
        existing = Rating.objects.filter(comparison=comparison, reader=reader).first()
        if existing is None:
            if user is None and ip_hash:
                _check_ip_limit(comparison, ip_hash, now)
            Rating.objects.create(
                comparison=comparison, reader=reader, user=user, stars=stars, ip_hash=ip_hash
            )
            changes = {"count": F("count") + 1, "total": F("total") + stars}
            changes[f"stars_{stars}"] = F(f"stars_{stars}") + 1
        elif existing.stars != stars:
            Rating.objects.filter(pk=existing.pk).update(stars=stars, updated_at=now)
            changes = {"total": F("total") + (stars - existing.stars)}
            changes[f"stars_{existing.stars}"] = F(f"stars_{existing.stars}") - 1
            changes[f"stars_{stars}"] = F(f"stars_{stars}") + 1
        else:
            changes = {}
        if changes:
            RatingAggregate.objects.filter(pk=comparison.pk).update(**changes, last_rated_at=now)
        aggregate = RatingAggregate.objects.get(pk=comparison.pk)
    return RatingSummary(count=aggregate.count, total=aggregate.total, your_rating=stars)


def remove_ratings(*, ratings: Iterable[Rating], by) -> int:
    """Take abusive ratings out of the totals; they are kept in the rating history."""
    if not by.has_perm(REMOVE_PERMISSION):
        raise PermissionDenied("Only editors can remove ratings.")
    by_article = defaultdict(list)
    for rating in ratings:
        by_article[rating.comparison_id].append(rating.pk)
    removed = 0
    with transaction.atomic():
        for comparison_id, pks in sorted(by_article.items()):
            _lock_aggregate(comparison_id)
            current = Rating.objects.filter(comparison_id=comparison_id, pk__in=pks)
            removed += _archive(current, reason=ArchiveReason.REMOVED, by=by)
            _recount(comparison_id)
    return removed


def reset_ratings(*, comparison: Comparison, by, reason: str) -> RatingReset:
    """Clear an article's ratings (after a rewrite, say), keeping them in the history."""
    if not by.has_perm(RESET_PERMISSION):
        raise PermissionDenied("Only editors can reset ratings.")
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError("Say why the ratings are being reset, for the history.")
    with transaction.atomic():
        aggregate = _lock_aggregate(comparison.pk)
        if not aggregate.count:
            raise ValidationError(f"“{comparison}” has no ratings to reset.")
        reset = RatingReset.objects.create(
            comparison=comparison,
            reset_by=by,
            reason=reason[: RatingReset._meta.get_field("reason").max_length],
            count=aggregate.count,
            total=aggregate.total,
        )
        _archive(
            Rating.objects.filter(comparison=comparison),
            reason=ArchiveReason.RESET,
            by=by,
            reset=reset,
        )
        _recount(comparison.pk)
    return reset


def recount(*, comparison_id: int) -> RatingAggregate:
    """Recompute an article's counters from its stored ratings (for repairs; normally a no-op)."""
    with transaction.atomic():
        _lock_aggregate(comparison_id)
        return _recount(comparison_id)


def _lock_aggregate(comparison_id) -> RatingAggregate:
    """Create the article's counters row if needed and lock it until the transaction ends."""
    RatingAggregate.objects.bulk_create(
        [RatingAggregate(comparison_id=comparison_id)], ignore_conflicts=True
    )
    return RatingAggregate.objects.select_for_update().get(pk=comparison_id)


def _check_ip_limit(comparison, ip_hash, now):
    limit = settings.RATINGS_PER_IP_PER_DAY
    if not limit:
        return
    recent = Rating.objects.filter(
        comparison=comparison, ip_hash=ip_hash, created_at__gt=now - timedelta(days=1)
    ).count()
    if recent >= limit:
        raise RatingLimitReached(
            "Too many new ratings of this article have come from your network today. "
            "Please try again tomorrow."
        )


def _archive(ratings, *, reason, by, reset=None) -> int:
    rows = list(ratings.select_for_update())
    ArchivedRating.objects.bulk_create(
        ArchivedRating(
            comparison_id=rating.comparison_id,
            reader=rating.reader,
            user_id=rating.user_id,
            stars=rating.stars,
            ip_hash=rating.ip_hash,
            created_at=rating.created_at,
            updated_at=rating.updated_at,
            reason=reason,
            reset=reset,
            archived_by=by,
        )
        for rating in rows
    )
    Rating.objects.filter(pk__in=[rating.pk for rating in rows]).delete()
    return len(rows)


def _recount(comparison_id) -> RatingAggregate:
    tallies = dict(
        Rating.objects.filter(comparison_id=comparison_id)
        .values_list("stars")
        .annotate(n=Count("pk"))
        .order_by()
    )
    values = {field: tallies.get(n, 0) for n, field in zip(STARS, STAR_FIELDS, strict=True)}
    values["count"] = sum(tallies.values())
    values["total"] = sum(n * tallies.get(n, 0) for n in STARS)
    RatingAggregate.objects.filter(pk=comparison_id).update(**values)
    return RatingAggregate.objects.get(pk=comparison_id)
