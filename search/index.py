"""Keeping the search index in step with what readers can see.

Only the services that change what readers see call these functions, in their transactions:
`comparisons.publishing` (`make_live()`, `take_down()`, `make_live_in_bulk()`) and
`careers.services.save_role()`. Deleting a comparison, a revision or a role deletes its entry
with it (cascade). Whether a comparison is visible *yet* (scheduled articles) is decided when
searching, through `Comparison.objects.published()`, so a scheduled article appears on time by
itself.
"""

from django.db import transaction
from django.db.models import Q

from .backends import get_backend
from .documents import comparison_document, role_document
from .models import EntryKind, SearchEntry


def role_titles(comparison) -> list[str]:
    return [comparison.role_a.title, comparison.role_b.title]


BATCH = 500


def comparison_entry_fields(comparison) -> dict:
    """The entry of a comparison with a live revision (select `live_revision` and both roles)."""
    revision = comparison.live_revision
    document = comparison_document(
        title=revision.title,
        lead=revision.lead,
        body=revision.body,
        role_titles=role_titles(comparison),
    )
    return {"kind": EntryKind.COMPARISON, "revision": revision, **document}


@transaction.atomic
def sync_comparison(comparison) -> None:
    """Index the comparison's live revision, or remove it from the index when it has none."""
    if not comparison.live_revision_id:
        SearchEntry.objects.filter(comparison=comparison).delete()
        return
    entry, _ = SearchEntry.objects.update_or_create(
        comparison=comparison, defaults=comparison_entry_fields(comparison)
    )
    get_backend().refresh(SearchEntry.objects.filter(pk=entry.pk))


@transaction.atomic
def sync_comparisons_in_bulk(comparisons: list) -> None:
    """`sync_comparison()` for many comparisons at once, a few queries per batch; then the
    full-text index is tidied, as after a rebuild."""
    backend = get_backend()
    for start in range(0, len(comparisons), BATCH):
        batch = comparisons[start : start + BATCH]
        SearchEntry.objects.filter(comparison__in=[c.pk for c in batch]).delete()
        created = SearchEntry.objects.bulk_create(
            SearchEntry(comparison=c, **comparison_entry_fields(c))
            for c in batch
            if c.live_revision_id
        )
        backend.refresh(
            SearchEntry.objects.filter(comparison__in=[e.comparison_id for e in created])
        )
    backend.optimize()


@transaction.atomic
def sync_role(role) -> None:
    """Index the role, and its new title in every comparison entry that names it."""
    entry, _ = SearchEntry.objects.update_or_create(
        role=role, defaults={"kind": EntryKind.ROLE, **role_entry_document(role)}
    )
    names_role = Q(comparison__role_a=role) | Q(comparison__role_b=role)
    changed = []
    for comparison_entry in SearchEntry.objects.filter(names_role).select_related(
        "comparison__role_a", "comparison__role_b"
    ):
        roles = "\n".join(role_titles(comparison_entry.comparison))
        if comparison_entry.roles != roles:
            comparison_entry.roles = roles
            changed.append(comparison_entry)
    SearchEntry.objects.bulk_update(changed, ["roles"])
    get_backend().refresh(SearchEntry.objects.filter(pk__in=[entry.pk, *(e.pk for e in changed)]))


def role_entry_document(role) -> dict:
    return role_document(
        title=role.title,
        summary_html=role.summary_html,
        skills=role.skills,
        education=role.education,
        experience=role.experience,
        environment=role.work_environment,
    )
