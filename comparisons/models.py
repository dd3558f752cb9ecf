"""Comparison articles.

A `Comparison` row and its sections, links and tags are the editors' working copy. Every save
keeps an immutable `Revision` (a snapshot with the rendered HTML). Readers only ever see the
revision that `live_revision` points at, and only through `Comparison.objects.published()`.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Greatest, Least
from django.dispatch import Signal
from django.urls import reverse
from django.utils import timezone
from taggit.managers import TaggableManager

from careers.models import Role
from core.images import SafeImageField
from core.markdown import render_markdown


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    IN_REVIEW = "in_review", "In review"
    CHANGES_REQUESTED = "changes_requested", "Changes requested"
    APPROVED = "approved", "Approved"
    SCHEDULED = "scheduled", "Scheduled"
    PUBLISHED = "published", "Published"
    ARCHIVED = "archived", "Unpublished"


class Action(models.TextChoices):
    """What someone did to a comparison; every workflow event records one."""

    SUBMIT = "submit", "Submitted for review"
    WITHDRAW = "withdraw", "Withdrew from review"
    REQUEST_CHANGES = "request_changes", "Requested changes"
    APPROVE = "approve", "Approved"
    SCHEDULE = "schedule", "Scheduled"
    UNSCHEDULE = "unschedule", "Cancelled the schedule"
    PUBLISH = "publish", "Published"
    UNPUBLISH = "unpublish", "Unpublished"
    NEW_VERSION = "new_version", "Started a new version"
    EDIT = "edit", "Edited after approval"
    RESTORE = "restore", "Restored an old revision"


LISTING_FIELDS = [
    "slug",
    "published_at",
    "live_from",
    "live_updated_at",
    "live_revision__slug",
    "live_revision__title",
    "live_revision__lead",
    "live_revision__hero",
    "live_revision__reading_time",
    *(
        f"{role}__{field}"
        for role in ("role_a", "role_b")
        for field in ("title", "slug", "sector__name", "sector__slug")
    ),
]


class ComparisonQuerySet(models.QuerySet):
    def published(self):
        """The one definition of what the public may see: a live revision whose time has come."""
        return self.filter(live_revision__isnull=False, live_from__lte=timezone.now())

    def for_listing(self):
        """Published comparisons with what a list item shows, newest first, in one query.

        Only the columns a card shows are loaded: add a field here before a card uses it.
        """
        return (
            self.published()
            .select_related("live_revision", "role_a__sector", "role_b__sector")
            .only(*LISTING_FIELDS)
            .order_by("-published_at", "-pk")
        )

    def live_by_slug(self, slug):
        """The published comparison readers find at `slug`, or None."""
        found = self.published().select_related("live_revision").filter(live_revision__slug=slug)
        return found.order_by().first()

    def involving(self, role):
        return self.filter(Q(role_a=role) | Q(role_b=role))


# Sent with `source` (the stored name) when a comparison gets a new hero image; the task that
# makes its renditions listens (connected in ComparisonsConfig.ready: tasks import this module).
hero_image_changed = Signal()


class Comparison(models.Model):
    role_a = models.ForeignKey(
        Role, on_delete=models.PROTECT, related_name="comparisons_as_a", verbose_name="role A"
    )
    role_b = models.ForeignKey(
        Role, on_delete=models.PROTECT, related_name="comparisons_as_b", verbose_name="role B"
    )
    title = models.CharField(
        max_length=200,
        help_text="e.g. “Practice Manager vs. Office Manager: What's the Difference?”",
    )
    slug = models.SlugField(
        max_length=120,
        unique=True,
        help_text="The article's web address, e.g. practice-manager-vs-office-manager.",
    )
    lead = models.CharField(
        max_length=300,
        help_text="One or two sentences under the title; also the search-engine description.",
    )
    intro = models.TextField(blank=True, help_text="Opening paragraphs. Markdown allowed.")
    hero_image = SafeImageField(
        upload_to="heroes/%Y/%m/",
        blank=True,
        help_text="A wide photo or illustration, JPEG, PNG or WebP: 1600 pixels wide or more "
        "looks sharp everywhere; narrower than 480 pixels is refused.",
    )
    hero_alt = models.CharField(
        "hero image description",
        max_length=250,
        blank=True,
        help_text="What the image shows, for readers who cannot see it.",
    )
    hero_renditions = models.JSONField(default=dict, blank=True, editable=False)
    tags = TaggableManager(blank=True, help_text="Comma-separated, e.g. management, healthcare.")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="comparisons",
    )
    status = models.CharField(max_length=20, choices=Status, default=Status.DRAFT, db_index=True)
    live_revision = models.ForeignKey(
        "Revision",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        help_text="The version readers see.",
    )
    live_from = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="When the live version became visible."
    )
    scheduled_revision = models.ForeignKey(
        "Revision",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        help_text="The approved version waiting to go live.",
    )
    scheduled_for = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="When the scheduled version goes live."
    )
    review_by = models.DateField(
        "review by",
        null=True,
        blank=True,
        help_text="Re-check the facts and figures by this date. Publishing sets it 12 months "
        "ahead when it is empty or past; change it for an earlier or later check.",
    )
    published_at = models.DateTimeField("first published", null=True, blank=True, editable=False)
    live_updated_at = models.DateTimeField("last updated", null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ComparisonQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]
        permissions = [
            ("publish_comparison", "Can approve, schedule, publish and unpublish comparisons"),
        ]
        constraints = [
            models.CheckConstraint(
                name="comparison_roles_differ",
                condition=~Q(role_a=F("role_b")),
                violation_error_message="A role cannot be compared with itself.",
            ),
            models.UniqueConstraint(
                Least("role_a", "role_b"),
                Greatest("role_a", "role_b"),
                name="comparison_unique_role_pair",
                violation_error_message=(
                    "These two roles already have a comparison (in either order)."
                ),
            ),
        ]
        indexes = [models.Index(fields=["-published_at", "-id"], name="comparison_newest_idx")]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        source = self.hero_image.name if self.hero_image else ""
        if self.hero_renditions.get("source", "") != source:
            # Renditions are made once per uploaded image, from the stored file, by a task (a
            # 12-megapixel photo takes a second or more); until then pages show the original,
            # at its own size so that nothing jumps when it loads.
            self.hero_renditions = (
                {"source": source, "width": self.hero_image.width, "height": self.hero_image.height}
                if source
                else {}
            )
            Comparison.objects.filter(pk=self.pk).update(hero_renditions=self.hero_renditions)
            if source:
                hero_image_changed.send(sender=Comparison, source=source)
                # The immediate task backend (tests, a local demo) has made them already.
                self.hero_renditions = (
                    Comparison.objects.filter(pk=self.pk)
                    .values_list("hero_renditions", flat=True)
                    .first()
                )

    def get_absolute_url(self):
        slug = self.live_revision.slug if self.live_revision_id else self.slug
        return reverse("comparisons:detail", kwargs={"slug": slug})

    def clean(self):
        if self.hero_image and not self.hero_alt.strip():
            raise ValidationError({"hero_alt": "Describe the image for readers who cannot see it."})

    @property
    def is_live(self):
        return bool(self.live_revision_id and self.live_from and self.live_from <= timezone.now())


class SectionKind(models.TextChoices):
    DUTIES = "duties", "Duties"
    REQUIREMENTS = "requirements", "Requirements"
    ENVIRONMENT = "environment", "Work environment"
    SKILLS = "skills", "Skills"
    SALARY = "salary", "Salary"
    CUSTOM = "custom", "Other"


class Section(models.Model):
    comparison = models.ForeignKey(Comparison, on_delete=models.CASCADE, related_name="sections")
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Sections show in this order; 0 puts a new section at the end."
    )
    kind = models.CharField(max_length=20, choices=SectionKind, default=SectionKind.CUSTOM)
    heading = models.CharField(max_length=150)
    body = models.TextField(help_text="Markdown: paragraphs, **bold**, lists, links.")
    body_html = models.TextField(editable=False, default="")
    verdict = models.TextField(
        blank=True, help_text="Optional one- or two-sentence conclusion shown under the section."
    )
    verdict_html = models.TextField(editable=False, default="")

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self):
        return self.heading

    def save(self, *args, **kwargs):
        self.body_html = render_markdown(self.body)
        self.verdict_html = render_markdown(self.verdict)
        super().save(*args, **kwargs)


class RelatedLink(models.Model):
    """A “Related: …” line between sections, pointing at a comparison, a role or any address."""

    comparison = models.ForeignKey(
        Comparison, on_delete=models.CASCADE, related_name="related_links"
    )
    after_section = models.PositiveSmallIntegerField(
        default=1,
        help_text="Show after this section (1 = after the first section, 0 = after the intro).",
    )
    position = models.PositiveSmallIntegerField(default=0)
    label = models.CharField(max_length=150, help_text="e.g. “Related: Office Manager vs. …”")
    target_comparison = models.ForeignKey(
        Comparison,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="link to comparison",
    )
    target_role = models.ForeignKey(
        Role,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="link to role",
    )
    url = models.URLField("link to address", blank=True)

    class Meta:
        ordering = ["after_section", "position", "pk"]
        constraints = [
            models.CheckConstraint(
                name="related_link_has_one_target",
                condition=(
                    Q(target_comparison__isnull=False, target_role__isnull=True, url="")
                    | Q(target_comparison__isnull=True, target_role__isnull=False, url="")
                    | (Q(target_comparison__isnull=True, target_role__isnull=True) & ~Q(url=""))
                ),
                violation_error_message=(
                    "Link to exactly one of: a comparison, a role or an address."
                ),
            ),
        ]

    def __str__(self):
        return self.label


class Revision(models.Model):
    """An immutable snapshot of a comparison as it was saved, ready to show to readers."""

    comparison = models.ForeignKey(Comparison, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=120)
    lead = models.CharField(max_length=300)
    hero = models.JSONField(default=dict, blank=True)
    body = models.JSONField(default=dict)
    reading_time = models.PositiveSmallIntegerField(default=1, help_text="Minutes.")
    tags = TaggableManager(blank=True)

    class Meta:
        ordering = ["-number"]
        get_latest_by = "number"
        constraints = [
            models.UniqueConstraint(
                fields=["comparison", "number"], name="revision_number_unique_per_comparison"
            ),
        ]
        indexes = [models.Index(fields=["slug"])]

    def __str__(self):
        return f"{self.title} (revision {self.number})"


class ComparisonSlug(models.Model):
    """An address a comparison has been published at. After a slug changes, the old address
    answers with a permanent redirect to the current one, so links and bookmarks keep working."""

    slug = models.SlugField(max_length=120, unique=True)
    comparison = models.ForeignKey(Comparison, on_delete=models.CASCADE, related_name="past_slugs")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "published address"

    def __str__(self):
        return self.slug


class PreviewLink(models.Model):
    """A preview link handed out for a revision: counted on the change page, revocable there.

    The signed token in the link names this row; the link works until `expires_at` unless an
    editor revoked the article's links. One link per revision, person and day is reused, so
    opening the change page again does not mint a new one.
    """

    comparison = models.ForeignKey(
        Comparison, on_delete=models.CASCADE, related_name="preview_links"
    )
    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="+")
    created_for = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Who the link was shown to; empty for links sent in workflow e-mails.",
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "preview link"
        indexes = [models.Index(fields=["comparison", "expires_at"], name="preview_link_open_idx")]

    def __str__(self):
        return f"Preview of {self.revision}"


class WorkflowEvent(models.Model):
    """One step in a comparison's editorial history: who did what, when, and why."""

    comparison = models.ForeignKey(Comparison, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=20, choices=Action)
    from_status = models.CharField("from", max_length=20, choices=Status)
    to_status = models.CharField("to", max_length=20, choices=Status)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Empty when the scheduler acted.",
    )
    comment = models.TextField(blank=True)
    revision = models.ForeignKey(
        Revision,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The version the action applied to.",
    )
    scheduled_for = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "workflow event"
        verbose_name_plural = "editorial history"
        indexes = [models.Index(fields=["comparison", "-created_at"], name="event_history_idx")]

    def __str__(self):
        who = self.actor or "Scheduler"
        return f"{who}: {self.get_action_display()} ({self.comparison})"

    @property
    def actor_name(self):
        return self.actor.display_name if self.actor else "Scheduler"


class Autosave(models.Model):
    """A writer's unsaved working copy of the change form, kept every few seconds while they type.

    Not a revision: it publishes nothing and readers never see it. One slot per writer and
    article; a normal Save clears it. `base_revision` is the revision the form was opened at, so
    a restore over a newer revision is offered with a warning, never applied silently.
    """

    comparison = models.ForeignKey(Comparison, on_delete=models.CASCADE, related_name="autosaves")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name="writer"
    )
    base_revision = models.PositiveIntegerField(
        default=0, help_text="The revision the form was opened at (0: none yet)."
    )
    data = models.JSONField(
        default=dict, help_text="The form's fields as posted: name → list of values."
    )
    saved_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "autosave"
        constraints = [
            models.UniqueConstraint(fields=["comparison", "user"], name="one_autosave_per_writer")
        ]

    def __str__(self):
        return f"Unsaved text of {self.comparison} by {self.user}"
