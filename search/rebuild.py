"""Rebuilding the whole index from the live revisions and the roles, to repair it. Bulk loads
go through `comparisons.publishing.make_live_in_bulk()`, which indexes as it goes. The caller
passes what to index (`manage.py rebuild_search_index` in `discovery` passes every role and
every comparison with a live revision), so the index needs no models from the apps above it."""

from django.db import transaction

from .backends import get_backend
from .index import BATCH, comparison_entry_fields, role_entry_document
from .models import EntryKind, SearchEntry


@transaction.atomic
def rebuild_index(*, roles, comparisons, on_progress=None) -> int:
    """Replace every entry with one per role and one per comparison's live revision.

    `comparisons` should select `live_revision`, `role_a` and `role_b`; returns the entry count.
    `on_progress(n)`, when given, hears of every `n` entries prepared (for a progress bar).
    """
    report = on_progress or (lambda n: None)
    SearchEntry.objects.all().delete()
    entries = [
        SearchEntry(kind=EntryKind.ROLE, role=role, **role_entry_document(role)) for role in roles
    ]
    report(len(entries))
    for comparison in comparisons.iterator(chunk_size=BATCH):
        entries.append(SearchEntry(comparison=comparison, **comparison_entry_fields(comparison)))
        report(1)
    SearchEntry.objects.bulk_create(entries, batch_size=BATCH)
    backend = get_backend()
    backend.refresh(SearchEntry.objects.all())
    backend.optimize()
    return len(entries)
