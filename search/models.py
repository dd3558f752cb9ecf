"""The search index: one row per searchable thing, written only by `search.index`.

A row holds the plain text of a live comparison (taken from its live revision) or of a role.
The database keeps its own full-text index of these rows (see `search.backends`): PostgreSQL a
weighted `tsvector` in `vector` with a GIN index, SQLite an FTS5 table (`search_fts`) that
triggers keep in step with this table. Both are created by migration 0002.

If a later migration makes Django rebuild this table on SQLite (most column changes do), the
triggers go with the old table: recreate them in that migration (`tests/test_search_index.py`
checks they exist).
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q


class EntryKind(models.TextChoices):
    COMPARISON = "comparison", "Comparison"
    ROLE = "role", "Role"


class SearchEntry(models.Model):
    # Short columns first: SQLite reads a row's columns in order, and searching needs the ids
    # and the title of thousands of rows but the long text of only the ten it shows.
    kind = models.CharField(max_length=20, choices=EntryKind)
    comparison = models.OneToOneField(
        "comparisons.Comparison",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="search_entry",
    )
    revision = models.ForeignKey(
        "comparisons.Revision",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text="The live revision this text was taken from.",
    )
    role = models.OneToOneField(
        "careers.Role",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="search_entry",
    )
    title = models.CharField(max_length=200)
    updated_at = models.DateTimeField(auto_now=True)
    # PostgreSQL only (filled by its backend); always empty on SQLite, which uses search_fts.
    vector = SearchVectorField(null=True, editable=False)
    roles = models.TextField(blank=True, help_text="The titles of a comparison's two roles.")
    tags = models.TextField(blank=True)
    summary = models.TextField(blank=True, help_text="A comparison's lead and section headings.")
    body = models.TextField(blank=True, help_text="Everything else a reader can read.")

    class Meta:
        verbose_name = "search entry"
        verbose_name_plural = "search entries"
        indexes = [models.Index(fields=["kind"], name="search_entry_kind_idx")]
        constraints = [
            models.CheckConstraint(
                name="search_entry_has_one_subject",
                condition=(
                    Q(
                        kind=EntryKind.COMPARISON,
                        comparison__isnull=False,
                        revision__isnull=False,
                        role__isnull=True,
                    )
                    | Q(
                        kind=EntryKind.ROLE,
                        comparison__isnull=True,
                        revision__isnull=True,
                        role__isnull=False,
                    )
                ),
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.title}"
