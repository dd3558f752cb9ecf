"""Changes to roles and sectors, who may make them, and when a role goes public.

A role's facts show on its page and in every article that uses it, straight away: a role is
reference data, not an article, so it has no draft/review cycle. Instead a role page is public
only once an editor has approved it (`Role.objects.public()`): an editor's own save approves,
a writer's new role waits on the dashboard. Writers may change a role only while it is
unapproved and no scheduled or published article uses it; every change is kept (who, when,
before, after) so a wrong figure can be traced and put back.

`save_role()`, `delete_roles()` and `save_sector()` are the only way roles and sectors change
(the admin, the demo and the benchmark seeding call them): each keeps the search index and the
live-content generation (`core.live`) in step, in the same transaction as the change.
"""

from collections.abc import Callable, Iterable

from django.db import transaction
from django.utils import timezone

from accounts.groups import PUBLISH_PERMISSION
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
    "soc_codes",
    "median_salary",
    "salary_p10",
    "salary_p25",
    "salary_p75",
    "salary_p90",
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
    """True when a published or scheduled article shows this role (editors only, then)."""
    return bool(_live_role_check and _live_role_check(role))


def is_editor(user) -> bool:
    return user.has_perm(PUBLISH_PERMISSION)


def may_change(*, role: Role, user) -> bool:
    """Editors change any role; writers only their unreviewed, unused ones."""
    if is_editor(user):
        return True
    return role.approved_at is None and not is_live(role)


@transaction.atomic
def approve(*, roles, by=None) -> int:
    """Make unapproved `roles` public; `by` None means an article using them was published.

    Returns how many were approved (already approved roles keep their first approval).
    """
    pending = Role.objects.filter(pk__in=[role.pk for role in roles]).awaiting_approval()
    # An update, not role.save(): nothing the search index or the article cache holds changes.
    approved = pending.update(approved_at=timezone.now(), approved_by=by)
    if approved:
        live.content_changed()  # role lists, search and the sitemap now show them
    return approved


# The same for "which live sentences show this role's facts?" (comparisons.fact_usage): the
# role form lists them before a change is saved, and the wage import after each role.
_live_usage: Callable[..., list] | None = None


def register_live_usage(report: Callable[..., list]) -> None:
    global _live_usage
    _live_usage = report


def live_usage(*, before: Role, after: Role) -> list:
    """Each live article whose prose changes when `before` is saved as `after` (see
    comparisons.fact_usage.live_sentences); empty when no app answers."""
    return _live_usage(before=before, after=after) if _live_usage else []


@transaction.atomic
def record_change(*, role: Role, before: dict, by, note: str = "") -> RoleChange | None:
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
    return RoleChange.objects.create(
        role=role, role_title=role.title, changed_by=by, changes=changes, note=note
    )


@transaction.atomic
def save_role(
    *, role: Role, by, related_roles: Iterable[Role] | None = None, note: str = ""
) -> RoleChange | None:
    """Save a new or changed role (and its related roles, when given); returns the change kept.

    The role's search entry follows, and so does every comparison entry that names it. Cached
    pages are refreshed only when a live article shows the role: other roles are not cached.
    """
    stored = Role.objects.filter(pk=role.pk).first() if role.pk else None
    before = facts_of(stored) if stored else {}
    role.save()
    if related_roles is not None:
        role.related_roles.set(related_roles)
    change = record_change(role=role, before=before, by=by, note=note)
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
