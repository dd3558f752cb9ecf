"""Updating roles' salary figures from an OEWS file: a plan first, then all of it or nothing.

`plan_import` works out, for every role with a SOC code, what would change; `apply_import`
saves those changes in one transaction, each recorded in the role's history like an editor's
edit. It saves through the same service as the admin (`careers.services.save_role`), which
records the change and keeps the search index and the live-content generation in step.
"""

import copy
import datetime
from dataclasses import dataclass, field

from django.db import transaction

from . import services
from .facts import usd
from .models import Role
from .oews import Occupation, by_code, source_url

FIELDS = ("median_salary", "salary_p10", "salary_p25", "salary_p75", "salary_p90")


@dataclass
class RoleUpdate:
    role: Role
    occupation: Occupation
    values: dict  # field name → new value
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # label, before, after


@dataclass
class ImportPlan:
    period: datetime.date
    source: str
    updates: list[RoleUpdate] = field(default_factory=list)
    unchanged: list[Role] = field(default_factory=list)
    newer: list[Role] = field(default_factory=list)  # their figure is newer than the file's
    suppressed: list[tuple[Role, Occupation]] = field(default_factory=list)  # no median
    unmatched: list[Role] = field(default_factory=list)  # SOC code(s) not in the file
    without_codes: int = 0
    unused_codes: int = 0  # detailed occupations in the file that no role uses


def _shown(name: str, value) -> str:
    if value in (None, ""):
        return "—"
    if name in FIELDS:
        return usd(value)
    if name == "salary_as_of":
        return value.strftime("%B %Y")
    return str(value)


def _new_values(occupation: Occupation, *, period, source, link) -> dict:
    return {
        "median_salary": occupation.median,
        "salary_p10": occupation.p10,
        "salary_p25": occupation.p25,
        "salary_p75": occupation.p75,
        "salary_p90": occupation.p90,
        "salary_as_of": period,
        "salary_source": source,
        "salary_source_url": link,
    }


def plan_import(
    occupations: list[Occupation], *, period: datetime.date, source: str, link_to_bls: bool = True
) -> ImportPlan:
    """What the import would change, role by role (reads only)."""
    plan = ImportPlan(period=period, source=source)
    found = by_code(occupations)
    used = set()
    for role in Role.objects.select_related("sector").order_by("title"):
        codes = role.soc_code_list
        if not codes:
            plan.without_codes += 1
            continue
        used.update(codes)
        occupation = next((found[code] for code in codes if code in found), None)
        if occupation is None:
            plan.unmatched.append(role)
        elif occupation.median is None:
            plan.suppressed.append((role, occupation))
        elif role.salary_as_of and role.median_salary is not None and role.salary_as_of > period:
            plan.newer.append(role)
        else:
            link = source_url(occupation.code, period) if link_to_bls else ""
            values = _new_values(occupation, period=period, source=source, link=link)
            update = RoleUpdate(role, occupation, values)
            for name, value in values.items():
                if getattr(role, name) != value:
                    label = str(Role._meta.get_field(name).verbose_name)
                    update.changes.append(
                        (label, _shown(name, getattr(role, name)), _shown(name, value))
                    )
            if update.changes:
                plan.updates.append(update)
            else:
                plan.unchanged.append(role)
    detailed = {o.code for o in occupations if o.group == "detailed"}
    plan.unused_codes = len(detailed - used)
    return plan


def preview_role(update: RoleUpdate) -> Role:
    """The role as the import would save it (not saved)."""
    role = copy.copy(update.role)
    for name, value in update.values.items():
        setattr(role, name, value)
    return role


def live_usage(update: RoleUpdate) -> list:
    """The live articles (and sentences) that will show the new figures."""
    return services.live_usage(before=update.role, after=preview_role(update))


@transaction.atomic
def apply_import(plan: ImportPlan, *, by=None, note: str) -> int:
    """Save every planned update, each with its history entry; all or nothing."""
    for update in plan.updates:
        role = Role.objects.select_for_update().get(pk=update.role.pk)
        for name, value in update.values.items():
            setattr(role, name, value)
        role.full_clean(exclude=["related_roles"])
        services.save_role(role=role, by=by, note=note)
    return len(plan.updates)
