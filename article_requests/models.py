"""Readers asking the editors for a comparison that has not been written yet.

One `ArticleRequest` per pair of roles (in either order) counts the readers who asked; one
`RequestVote` per reader is the ledger behind that count, and holds the e-mail address of a
reader who wants to hear once when the article is published.
"""

from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Greatest, Least
from django.urls import reverse

from careers.models import Role
from comparisons.models import Comparison


class RequestStatus(models.TextChoices):
    OPEN = "open", "Open"
    CLOSED = "closed", "Closed (published)"


class ArticleRequest(models.Model):
    role_a = models.ForeignKey(
        Role, on_delete=models.CASCADE, related_name="+", verbose_name="role A"
    )
    role_b = models.ForeignKey(
        Role, on_delete=models.CASCADE, related_name="+", verbose_name="role B"
    )
    count = models.PositiveIntegerField(
        "readers who asked", default=0, help_text="Each reader counts once."
    )
    first_asked_at = models.DateTimeField("first asked")
    last_asked_at = models.DateTimeField("last asked", db_index=True)
    status = models.CharField(
        max_length=10, choices=RequestStatus, default=RequestStatus.OPEN, db_index=True
    )
    comparison = models.ForeignKey(
        Comparison,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The comparison started from this request (or written for this pair anyway).",
    )
    closed_at = models.DateTimeField(
        null=True, blank=True, help_text="When the comparison was published and readers told."
    )

    class Meta:
        ordering = ["-count", "-last_asked_at"]
        verbose_name = "request for a comparison"
        verbose_name_plural = "requests for comparisons"
        constraints = [
            models.CheckConstraint(
                name="article_request_roles_differ",
                condition=~Q(role_a=F("role_b")),
                violation_error_message="A role cannot be compared with itself.",
            ),
            models.UniqueConstraint(
                Least("role_a", "role_b"),
                Greatest("role_a", "role_b"),
                name="article_request_unique_role_pair",
                violation_error_message="These two roles already have a request.",
            ),
        ]
        indexes = [models.Index(fields=["status", "-count"], name="article_request_top_idx")]

    def __str__(self):
        return f"{self.role_a} vs. {self.role_b}"

    def get_absolute_url(self):
        slug = f"{self.role_a.slug}-vs-{self.role_b.slug}"
        return reverse("discovery:compare_pair", kwargs={"pair": slug})


class RequestVote(models.Model):
    """One reader's request for one pair, with their address if they want to hear back."""

    request = models.ForeignKey(ArticleRequest, on_delete=models.CASCADE, related_name="votes")
    reader = models.CharField(
        max_length=64, help_text="The anonymous reader id of the ratings cookie, or a staff id."
    )
    ip_hash = models.CharField(
        "IP fingerprint", max_length=64, blank=True, help_text="A keyed hash, never the address."
    )
    email = models.EmailField(
        "e-mail address",
        max_length=254,
        blank=True,
        help_text="Used once, to say the article is published, then erased. Never added to "
        "the newsletter.",
    )
    consent_wording = models.TextField(
        blank=True, help_text="What the reader agreed to when leaving the address."
    )
    consent_at = models.DateTimeField("consent given", null=True, blank=True)
    created_at = models.DateTimeField("asked at", auto_now_add=True, db_index=True)
    notified_at = models.DateTimeField("told it is published", null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "reader's request"
        verbose_name_plural = "readers' requests"
        constraints = [
            models.UniqueConstraint(
                fields=["request", "reader"], name="request_vote_once_per_reader"
            ),
            models.CheckConstraint(
                name="request_vote_address_has_consent",
                condition=Q(email="") | Q(consent_at__isnull=False),
                violation_error_message="An address needs the reader's consent.",
            ),
        ]
        indexes = [models.Index(fields=["ip_hash", "created_at"], name="request_vote_ip_idx")]

    def __str__(self):
        return f"{self.request} ({self.created_at:%Y-%m-%d})"
