"""The tip email: subscribers and their consent, issues with tips and picks, and the send ledger.

Subscribers change state only through `services.py` (double opt-in, unsubscribe, erasure).
A `Delivery` row per (issue, subscriber) is the send ledger: `sending.py` claims rows, sends them
and marks each one, so a send that is interrupted resumes without sending anything twice.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse

from core.markdown import render_markdown
from core.validators import validate_one_line


class SubscriberStatus(models.TextChoices):
    PENDING = "pending", "Waiting for confirmation"
    CONFIRMED = "confirmed", "Subscribed"
    UNSUBSCRIBED = "unsubscribed", "Unsubscribed"


class Subscriber(models.Model):
    email = models.EmailField(
        "e-mail address", max_length=254, unique=True, help_text="Stored in lower case."
    )
    # Tokens in links sign this random key, never the row id, so they reveal nothing and die
    # with the row when a subscriber's data is erased.
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    status = models.CharField(
        max_length=20,
        choices=SubscriberStatus,
        default=SubscriberStatus.PENDING,
        db_index=True,
        help_text="Only subscribers who confirmed their address receive issues.",
    )
    source = models.CharField(
        "signed up on", max_length=200, blank=True, help_text="The page the form was sent from."
    )
    created_at = models.DateTimeField("signed up", auto_now_add=True, db_index=True)
    confirmed_at = models.DateTimeField("confirmed", null=True, blank=True)
    unsubscribed_at = models.DateTimeField("unsubscribed", null=True, blank=True)
    confirmation_sent_at = models.DateTimeField(
        "confirmation e-mail sent", null=True, blank=True, editable=False
    )
    # The confirmation link carries this value; clearing it makes a used link invalid.
    confirm_nonce = models.CharField(max_length=32, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                name="subscriber_email_lower_case",
                condition=Q(email=Lower("email")),
                violation_error_message="E-mail addresses are stored in lower case.",
            ),
            models.CheckConstraint(
                name="subscriber_confirmed_has_date",
                condition=~Q(status=SubscriberStatus.CONFIRMED) | Q(confirmed_at__isnull=False),
                violation_error_message="A confirmed subscriber needs a confirmation date.",
            ),
        ]

    def __str__(self):
        return self.email


class ConsentAction(models.TextChoices):
    SIGNED_UP = "signed_up", "Signed up"
    CONFIRMED = "confirmed", "Confirmed"
    UNSUBSCRIBED = "unsubscribed", "Unsubscribed"


class ConsentRecord(models.Model):
    """What a subscriber agreed to, when, and where: kept as evidence, never edited."""

    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="consent_records"
    )
    action = models.CharField(max_length=20, choices=ConsentAction)
    at = models.DateTimeField("when", auto_now_add=True)
    source = models.CharField(
        max_length=200, blank=True, help_text="The page, or how they unsubscribed."
    )
    wording = models.TextField(blank=True, help_text="The promise shown next to the form.")

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = "consent record"

    def __str__(self):
        return f"{self.get_action_display()} {self.at:%Y-%m-%d %H:%M}"


class IssueStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SCHEDULED = "scheduled", "Scheduled"
    SENDING = "sending", "Sending"
    SENT = "sent", "Sent"


class IssueQuerySet(models.QuerySet):
    def public(self):
        """The archive: issues that went out, or are going out now (their “view online” link
        must work from the first e-mail on)."""
        return self.filter(status__in=[IssueStatus.SENDING, IssueStatus.SENT])


class Issue(models.Model):
    subject = models.CharField(
        max_length=150,
        help_text="The e-mail's subject line, e.g. “Five questions to ask back”.",
        validators=[validate_one_line],
    )
    slug = models.SlugField(
        max_length=120, unique=True, help_text="The address of this issue in the public archive."
    )
    preheader = models.CharField(
        max_length=150,
        blank=True,
        help_text="The short line inbox apps show after the subject. Optional.",
        validators=[validate_one_line],
    )
    intro = models.TextField(
        blank=True, help_text="A few sentences that open the e-mail. Markdown allowed."
    )
    intro_html = models.TextField(editable=False, default="")
    status = models.CharField(
        max_length=20, choices=IssueStatus, default=IssueStatus.DRAFT, db_index=True
    )
    send_at = models.DateTimeField(
        "send time",
        null=True,
        blank=True,
        help_text="When to send it, in the site's time zone. Press “Save and schedule” to book it.",
    )
    started_at = models.DateTimeField("sending started", null=True, blank=True, editable=False)
    sent_at = models.DateTimeField("sending finished", null=True, blank=True, editable=False)
    # Touched by the sender after every batch; a send that stops moving is resumed.
    last_activity_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = IssueQuerySet.as_manager()

    class Meta:
        ordering = [models.F("send_at").desc(nulls_first=True), "-pk"]
        constraints = [
            models.CheckConstraint(
                name="issue_booked_has_send_time",
                condition=Q(status=IssueStatus.DRAFT) | Q(send_at__isnull=False),
                violation_error_message="A scheduled or sent issue needs a send time.",
            ),
        ]

    def __str__(self):
        return self.subject

    def save(self, *args, **kwargs):
        self.intro_html = render_markdown(self.intro)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("newsletter:issue_detail", kwargs={"slug": self.slug})

    @property
    def is_locked(self):
        """Once sending starts, what subscribers get can no longer change."""
        return self.status in (IssueStatus.SENDING, IssueStatus.SENT)


class Tip(models.Model):
    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="tips")
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Tips show in this order; 0 puts a new tip at the end."
    )
    title = models.CharField(max_length=120, help_text="e.g. “Answer the salary question last”.")
    body = models.TextField(help_text="Two or three sentences. Markdown allowed.")
    body_html = models.TextField(editable=False, default="")

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.body_html = render_markdown(self.body)
        super().save(*args, **kwargs)


class PickedComparison(models.Model):
    """A comparison recommended in an issue; readers see its live title and lead."""

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="picks")
    comparison = models.ForeignKey(
        "comparisons.Comparison", on_delete=models.CASCADE, related_name="+"
    )
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = "picked comparison"
        constraints = [
            models.UniqueConstraint(
                fields=["issue", "comparison"],
                name="picked_comparison_once_per_issue",
                violation_error_message="This comparison is already picked for this issue.",
            ),
        ]

    def __str__(self):
        return str(self.comparison)


class DeliveryStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    SENDING = "sending", "Being sent"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed"
    SKIPPED = "skipped", "Skipped (left before their turn)"


class Delivery(models.Model):
    """One issue to one subscriber: the ledger that makes a send resumable and exactly-once."""

    issue = models.ForeignKey(Issue, on_delete=models.PROTECT, related_name="deliveries")
    subscriber = models.ForeignKey(
        Subscriber,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="deliveries",
        help_text="Empty once the subscriber's data was erased.",
    )
    status = models.CharField(max_length=20, choices=DeliveryStatus, default=DeliveryStatus.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    retry_at = models.DateTimeField(null=True, blank=True, help_text="Not tried again before.")
    claimed_at = models.DateTimeField(
        null=True, blank=True, help_text="The claim's lease, renewed while its batch is sent."
    )
    claim_token = models.CharField(
        max_length=32, blank=True, editable=False, help_text="Which batch holds the claim."
    )
    handed_over = models.BooleanField(
        default=False,
        editable=False,
        help_text="Being handed to the mail server right now (not yet confirmed either way).",
    )
    possible_duplicate = models.BooleanField(
        "possibly sent twice",
        default=False,
        help_text=(
            "The worker sending this message died while handing it over, so the server may "
            "have accepted it before it was sent again (same Message-ID both times)."
        ),
    )
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]
        verbose_name_plural = "deliveries"
        constraints = [
            models.UniqueConstraint(
                fields=["issue", "subscriber"],
                name="delivery_once_per_subscriber",
                violation_error_message="This subscriber already has this issue in the ledger.",
            ),
            models.CheckConstraint(
                name="delivery_sent_has_time",
                condition=~Q(status=DeliveryStatus.SENT) | Q(sent_at__isnull=False),
                violation_error_message="A sent delivery needs its sending time.",
            ),
        ]
        indexes = [models.Index(fields=["issue", "status"], name="delivery_issue_status_idx")]

    def __str__(self):
        return f"{self.issue} → {self.subscriber or 'erased subscriber'}"
