import datetime
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from core.dates import add_months
from core.markdown import render_markdown


class Sector(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True, help_text="One sentence shown on the roles page.")

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


def stale_salary_cutoff(today=None) -> datetime.date:
    """Salary figures dated before this day are stale (SALARY_STALE_AFTER_YEARS)."""
    today = today or timezone.localdate()
    return add_months(today, -12 * settings.SALARY_STALE_AFTER_YEARS)


SOC_CODE = re.compile(r"^\d{2}-\d{4}$")


def parse_soc_codes(text: str) -> list[str]:
    """The codes in a comma- or space-separated list, in order, without repeats."""
    codes = []
    for code in re.split(r"[\s,;]+", text or ""):
        if code and code not in codes:
            codes.append(code)
    return codes


def validate_soc_codes(text: str) -> None:
    bad = [code for code in parse_soc_codes(text) if not SOC_CODE.match(code)]
    if bad:
        raise ValidationError(
            "“%(codes)s” is not a SOC code: write each as two digits, a hyphen and four "
            "digits, e.g. 11-9111, separated by commas.",
            params={"codes": ", ".join(bad)},
            code="soc_code",
        )


class RoleQuerySet(models.QuerySet):
    def public(self):
        """The one definition of which roles readers may see: those an editor approved."""
        return self.filter(approved_at__isnull=False)

    def awaiting_approval(self):
        return self.filter(approved_at__isnull=True)

    def with_stale_salary(self):
        return self.filter(median_salary__isnull=False, salary_as_of__lt=stale_salary_cutoff())


class Role(models.Model):
    """A job role, with the facts the side-by-side table of every comparison is built from."""

    title = models.CharField(max_length=120, unique=True, help_text="e.g. “Practice Manager”.")
    slug = models.SlugField(max_length=120, unique=True, help_text="The role's web address.")
    sector = models.ForeignKey(Sector, on_delete=models.PROTECT, related_name="roles")
    summary = models.TextField(
        help_text="Answers “What is a … ?” in two short paragraphs. Markdown allowed."
    )
    summary_html = models.TextField(editable=False, default="")
    education = models.TextField("typical education", blank=True)
    experience = models.TextField("typical experience", blank=True)
    skills = models.TextField("key skills", blank=True, help_text="One skill per line.")
    work_environment = models.TextField(blank=True)
    median_salary = models.PositiveIntegerField(
        "median annual salary (USD)",
        null=True,
        blank=True,
        help_text="Leave empty if there is no published figure. Give its source and date.",
    )
    salary_source = models.CharField(
        max_length=200, blank=True, help_text="e.g. “U.S. Bureau of Labor Statistics”."
    )
    salary_source_url = models.URLField("salary source link", blank=True)
    salary_as_of = models.DateField(
        "salary figure date",
        null=True,
        blank=True,
        help_text="The month the figure describes (any day of that month), e.g. May 2020.",
    )
    salary_p10 = models.PositiveIntegerField(
        "10th percentile (USD)",
        null=True,
        blank=True,
        help_text="One in ten earn less than this. Same source and date as the median.",
    )
    salary_p25 = models.PositiveIntegerField("25th percentile (USD)", null=True, blank=True)
    salary_p75 = models.PositiveIntegerField("75th percentile (USD)", null=True, blank=True)
    salary_p90 = models.PositiveIntegerField(
        "90th percentile (USD)",
        null=True,
        blank=True,
        help_text="One in ten earn more than this.",
    )
    soc_codes = models.CharField(
        "SOC codes",
        max_length=100,
        blank=True,
        validators=[validate_soc_codes],
        help_text="The official occupation code(s) this role falls under, e.g. 11-9111 "
        "(look them up at bls.gov/soc). Separate several with commas; the wage import takes "
        "its figures from the first one listed that the file has.",
    )
    related_roles = models.ManyToManyField("self", blank=True)
    approved_at = models.DateTimeField(
        "approved",
        null=True,
        blank=True,
        editable=False,
        help_text="When an editor approved the role page; until then readers cannot see it.",
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        help_text="Empty once approved means: approved when an article using it was published.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = RoleQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        constraints = [
            models.CheckConstraint(
                name="role_salary_has_source_and_date",
                condition=Q(median_salary__isnull=True)
                | (Q(salary_as_of__isnull=False) & ~Q(salary_source="")),
                violation_error_message="A salary figure needs its source and date.",
            ),
            models.CheckConstraint(
                name="role_salary_range_needs_median",
                condition=Q(median_salary__isnull=False)
                | Q(
                    salary_p10__isnull=True,
                    salary_p25__isnull=True,
                    salary_p75__isnull=True,
                    salary_p90__isnull=True,
                ),
                violation_error_message=(
                    "Percentiles come from the same source as the median: give the median too."
                ),
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        """Only renders the summary: `services.save_role()` keeps the index and caches in step."""
        self.summary_html = render_markdown(self.summary)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("discovery:role_detail", kwargs={"slug": self.slug})

    @property
    def skill_list(self):
        return [line.strip(" -•*\t") for line in self.skills.splitlines() if line.strip(" -•*\t")]

    @property
    def soc_code_list(self):
        return parse_soc_codes(self.soc_codes)

    @property
    def has_salary_range(self):
        return self.salary_p10 is not None and self.salary_p90 is not None

    @property
    def salary_is_stale(self):
        return bool(self.salary_as_of and self.salary_as_of < stale_salary_cutoff())


class RoleSlug(models.Model):
    """An address a role's page has had. The old address answers with a permanent redirect to the
    current one, so links to a renamed role keep working."""

    slug = models.SlugField(max_length=120, unique=True)
    role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="past_slugs")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "former role address"

    def __str__(self):
        return self.slug


class RoleChange(models.Model):
    """Who changed a role's public facts, when, and from what to what.

    Role facts show on every article that uses the role, so each save keeps this record.
    """

    # History outlives the role: deleting a role keeps its record, with the title it had.
    role = models.ForeignKey(
        Role, on_delete=models.SET_NULL, null=True, blank=True, related_name="changes"
    )
    role_title = models.CharField(
        "role", max_length=120, blank=True, help_text="The role's title when this was recorded."
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    changed_at = models.DateTimeField(default=timezone.now)
    changes = models.JSONField(
        default=dict, help_text="Field label → [before, after] for each changed fact."
    )
    note = models.CharField(
        max_length=200, blank=True, help_text="Where the change came from, e.g. a wage import."
    )

    class Meta:
        ordering = ["-changed_at", "-pk"]
        verbose_name = "role change"

    def __str__(self):
        return f"{self.role or self.role_title}: {', '.join(self.changes)}"
