"""Rebuilding the whole index from the live revisions and the roles (after bulk loads, or to
repair it): `manage.py rebuild_search_index`."""

from django.db import transaction

from careers.models import Role
from comparisons.models import Comparison

from .backends import get_backend
from .documents import comparison_document
from .index import role_entry_document, role_titles
from .models import EntryKind, SearchEntry

BATCH = 500


@transaction.atomic
def rebuild_index() -> int:
    """Replace every entry; return how many there are now."""
    SearchEntry.objects.all().delete()
    entries = [
        SearchEntry(kind=EntryKind.ROLE, role=role, **role_entry_document(role))
        for role in Role.objects.all()
    ]
    comparisons = (
        Comparison.objects.filter(live_revision__isnull=False)
        .select_related("live_revision", "role_a", "role_b")
        .order_by("pk")
    )
    for comparison in comparisons.iterator(chunk_size=BATCH):
        revision = comparison.live_revision
        document = comparison_document(
            title=revision.title,
            lead=revision.lead,
            body=revision.body,
            role_titles=role_titles(comparison),
        )
        entries.append(
            SearchEntry(
                kind=EntryKind.COMPARISON, comparison=comparison, revision=revision, **document
            )
        )
    SearchEntry.objects.bulk_create(entries, batch_size=BATCH)
    backend = get_backend()
    backend.refresh(SearchEntry.objects.all())
    backend.optimize()
    return len(entries)
