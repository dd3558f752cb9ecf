"""Readers' 1–5 star ratings of comparisons.

`Rating` holds the current rating of each reader (one per reader and article). The
`RatingAggregate` row of an article carries its count, sum and the number of each star value;
`ratings.services` changes it in the same transaction as the ratings, so it always equals the
stored ratings. Ratings removed by an editor or cleared by a reset move to `ArchivedRating`.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse

from comparisons.models import Comparison

STARS = range(1, 6)
STAR_CHOICES = [(n, f"{n} star{'s' if n > 1 else ''}") for n in STARS]
STAR_FIELDS = [f"stars_{n}" for n in STARS]


def average_of(total: int, count: int, places: int = 2) -> Decimal | None:
    """The mean star value, rounded half up (4.25 shows as 4.3, not 4.2)."""
    if not count:
        return None
    return (Decimal(total) / Decimal(count)).quantize(
        Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP
    )


class Rating(models.Model):
    comparison = models.ForeignKey(
        Comparison, on_delete=models.CASCADE, related_name="ratings", verbose_name="article"
    )
    reader = models.CharField(
        max_length=64,
        help_text="Who rated: an anonymous reader id from a signed cookie, or a staff account.",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="ratings",
        verbose_name="staff account",
        help_text="Set when a logged-in staff member rated.",
    )
    stars = models.PositiveSmallIntegerField(
        choices=STAR_CHOICES, help_text="1 (poor) to 5 (excellent)."
    )
    ip_hash = models.CharField(
        "IP fingerprint",
        max_length=64,
        blank=True,
        help_text="A salted hash of the reader's IP address; the address itself is never stored.",
    )
    created_at = models.DateTimeField("first rated", auto_now_add=True)
    updated_at = models.DateTimeField("rated", auto_now=True, db_index=True)

    class Meta:
        ordering = ["-updated_at", "-pk"]
        verbose_name = "individual rating"
        constraints = [
            models.UniqueConstraint(
                fields=["comparison", "reader"],
                name="rating_one_per_reader_per_comparison",
                violation_error_message="This reader has already rated this article.",
            ),
            models.CheckConstraint(
                name="rating_stars_1_to_5",
                condition=Q(stars__gte=1, stars__lte=5),
                violation_error_message="A rating is a whole number of stars from 1 to 5.",
            ),
        ]
        indexes = [
            # The per-IP limit counts an address's new ratings of one article in the last day.
            models.Index(fields=["comparison", "ip_hash", "created_at"], name="rating_ip_limit_idx")
        ]

    def __str__(self):
        return f"{self.stars} of 5 for “{self.comparison}”"


class RatingAggregate(models.Model):
    """The running totals of an article's ratings (created with its first rating)."""

    comparison = models.OneToOneField(
        Comparison,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="rating_aggregate",
        verbose_name="article",
    )
    count = models.PositiveIntegerField("ratings", default=0)
    total = models.PositiveIntegerField("sum of stars", default=0)
    stars_1 = models.PositiveIntegerField("1 star", default=0)
    stars_2 = models.PositiveIntegerField("2 stars", default=0)
    stars_3 = models.PositiveIntegerField("3 stars", default=0)
    stars_4 = models.PositiveIntegerField("4 stars", default=0)
    stars_5 = models.PositiveIntegerField("5 stars", default=0)
    last_rated_at = models.DateTimeField("last rated", null=True, blank=True)

    class Meta:
        verbose_name = "article rating"
        verbose_name_plural = "ratings per article"
        ordering = ["-count"]
        permissions = [
            ("reset_ratings", "Can reset an article's ratings (they are kept in history)"),
        ]
        constraints = [
            # The counters can never drift apart: the count and sum follow from the five tallies.
            models.CheckConstraint(
                name="rating_aggregate_count_matches_tallies",
                condition=Q(
                    count=F("stars_1") + F("stars_2") + F("stars_3") + F("stars_4") + F("stars_5")
                ),
            ),
            models.CheckConstraint(
                name="rating_aggregate_total_matches_tallies",
                condition=Q(
                    total=F("stars_1")
                    + 2 * F("stars_2")
                    + 3 * F("stars_3")
                    + 4 * F("stars_4")
                    + 5 * F("stars_5")
                ),
            ),
        ]
        indexes = [models.Index(fields=["-count"], name="rating_aggregate_count_idx")]

    def __str__(self):
        return f"Ratings of {self.comparison}"

    def get_absolute_url(self):
        return reverse("admin:ratings_ratingaggregate_change", args=[self.pk])

    @property
    def average(self) -> Decimal | None:
        return average_of(self.total, self.count)

    @property
    def distribution(self) -> dict[int, int]:
        return {n: getattr(self, f"stars_{n}") for n in STARS}


class RatingReset(models.Model):
    """An editor cleared an article's ratings (say, after a rewrite); the old ones are kept."""

    comparison = models.ForeignKey(
        Comparison, on_delete=models.CASCADE, related_name="rating_resets", verbose_name="article"
    )
    reset_at = models.DateTimeField(auto_now_add=True)
    reset_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    reason = models.CharField(
        max_length=300, help_text="Why, e.g. “Rewritten for the 2025 salary figures”."
    )
    count = models.PositiveIntegerField("ratings cleared")
    total = models.PositiveIntegerField("sum of stars cleared")

    class Meta:
        ordering = ["-reset_at", "-pk"]
        verbose_name = "rating reset"

    def __str__(self):
        return f"Reset of {self.comparison} on {self.reset_at:%b %d, %Y}"

    @property
    def average(self) -> Decimal | None:
        return average_of(self.total, self.count)


class ArchiveReason(models.TextChoices):
    REMOVED = "removed", "Removed by an editor"
    RESET = "reset", "Cleared by a reset"


class ArchivedRating(models.Model):
    """A rating that no longer counts, kept with who took it out and why."""

    comparison = models.ForeignKey(
        Comparison,
        on_delete=models.CASCADE,
        related_name="archived_ratings",
        verbose_name="article",
    )
    reader = models.CharField(max_length=64)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="staff account",
    )
    stars = models.PositiveSmallIntegerField(choices=STAR_CHOICES)
    ip_hash = models.CharField("IP fingerprint", max_length=64, blank=True)
    created_at = models.DateTimeField("first rated")
    updated_at = models.DateTimeField("rated")
    reason = models.CharField(max_length=10, choices=ArchiveReason)
    reset = models.ForeignKey(
        RatingReset,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="ratings",
        help_text="The reset that cleared this rating, if any.",
    )
    archived_at = models.DateTimeField(auto_now_add=True)
    archived_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name="taken out by",
    )

    class Meta:
        ordering = ["-archived_at", "-pk"]
        verbose_name = "rating history entry"
        verbose_name_plural = "rating history"
        constraints = [
            models.CheckConstraint(
                name="archived_rating_stars_1_to_5", condition=Q(stars__gte=1, stars__lte=5)
            ),
        ]

    def __str__(self):
        return f"{self.stars} of 5 for “{self.comparison}” ({self.get_reason_display()})"
