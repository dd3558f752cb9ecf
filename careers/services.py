"""Changes to a role's public facts, and who may make them.

A role's facts show on its page and in every article that uses it, straight away: a role is
reference data, not an article, so it has no draft/review cycle. Instead, once a role appears
in a live article only editors may change it, and every change is kept (who, when, before,
after) so a wrong figure can be traced and put back.
"""

from collections.abc import Callable

from django.db import transaction

from core.text import normalise_newlines

from .models import Role, RoleChange, RoleSlug

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
