"""Changes to roles and sectors, and who may make them.

A role's facts show on its page and in every article that uses it, straight away: a role is
reference data, not an article, so it has no draft/review cycle. Instead, once a role appears
in a live article only editors may change it, and every change is kept (who, when, before,
after) so a wrong figure can be traced and put back.

`save_role()`, `delete_roles()` and `save_sector()` are the only way roles and sectors change
(the admin, the demo and the benchmark seeding call them): each keeps the search index and the
live-content generation (`core.live`) in step, in the same transaction as the change.
"""

from collections.abc import Callable, Iterable

from django.db import transaction

from core import live
from core.text import normalise_newlines
from search import index as search_index

from .models import Role, RoleChange, RoleSlug, Sector

PUBLIC_FACTS = [
    "title",
    "slug",
    "sector",
    "summary",
    "education",
    "experience",
    "skills",
    "work_environment",
    "median_salary",
    "salary_source",
    "salary_source_url",
    "salary_as_of",
    "related_roles",
]


def facts_of(role: Role) -> dict:
    """The public facts as plain, comparable text."""
    facts = {}
    for name in PUBLIC_FACTS:
        if name == "related_roles":
            value = ", ".join(sorted(r.title for r in role.related_roles.all())) if role.pk else ""
        elif name == "sector":
            value = str(role.sector) if role.sector_id else ""
        else:
            value = getattr(role, name)
        facts[name] = "" if value is None else normalise_newlines(str(value))
    return facts


# Extension point: whether a live article shows a role is a question about articles, which live
# in an app above this one. `comparisons` answers it by registering a function at start-up
# (ComparisonsConfig.ready), so this app never imports it.
_live_role_check: Callable[[Role], bool] | None = None


def register_live_role_check(check: Callable[[Role], bool]) -> None:
    global _live_role_check
    _live_role_check = check


def is_live(role: Role) -> bool:
    """True when a published article shows this role (then only editors may change it)."""
    return bool(_live_role_check and _live_role_check(role))


@transaction.atomic
def record_change(*, role: Role, before: dict, by) -> RoleChange | None:
    """Keep what changed since `before` (from `facts_of`); None when nothing did."""
    after = facts_of(role)
    labels = {name: str(Role._meta.get_field(name).verbose_name) for name in PUBLIC_FACTS}
    changes = {
        labels[name]: [before.get(name, ""), after[name]]
        for name in PUBLIC_FACTS
        if before.get(name, "") != after[name]
    }
    if not changes:
        return None
    if before.get("slug") and before["slug"] != after["slug"]:
        RoleSlug.objects.update_or_create(slug=before["slug"], defaults={"role": role})
    return RoleChange.objects.create(role=role, changed_by=by, changes=changes)


@transaction.atomic
def save_role(*, role: Role, by, related_roles: Iterable[Role] | None = None) -> RoleChange | None:
    """Save a new or changed role (and its related roles, when given); returns the change kept.

    The role's search entry follows, and so does every comparison entry that names it. Cached
    pages are refreshed only when a live article shows the role: other roles are not cached.
    """
    stored = Role.objects.filter(pk=role.pk).first() if role.pk else None
    before = facts_of(stored) if stored else {}
    role.save()
    if related_roles is not None:
        role.related_roles.set(related_roles)
    change = record_change(role=role, before=before, by=by)
    search_index.sync_role(role)
    if is_live(role):
        live.content_changed()  # live articles show this role's facts in their tables and cards
    return change


@transaction.atomic
def delete_roles(*, roles: Iterable[Role]) -> int:
    """Delete roles that no comparison uses (comparisons protect their roles); returns how many.

    Their search entries go with them (the entry's foreign key cascades).
    """
    _, per_model = Role.objects.filter(pk__in=[role.pk for role in roles]).delete()
    deleted = per_model.get(Role._meta.label, 0)
    if deleted:
        # Deletes are rare; refreshing costs one cache miss per page and leaves no cached
        # fragment anywhere that could still link to the role's page.
        live.content_changed()
    return deleted


@transaction.atomic
def save_sector(*, sector: Sector) -> Sector:
    """Save a new or renamed sector. Article cards and fact tables show sector names."""
    sector.save()
    live.content_changed()
    return sector
