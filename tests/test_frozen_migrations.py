"""Data migrations are frozen history, and what they add up to is today's permission set.

Each data migration grants its own literal list (through `core.migration_permissions`), so
editing `accounts.groups` never rewrites the past. The price is that the two can drift apart:
a permission added to `accounts.groups` without a migration would exist in tests (factories
grant the live set) but not on a real database. The first test catches that.
"""

import ast

import pytest
from django.contrib.auth.models import Group, Permission

from accounts import groups

from .test_architecture import ROOT, first_party_packages

# Migrations may import Django, the frozen-permission helpers and what their fields refer to.
# Anything else is live code that may change under an old migration: list it here with why.
MIGRATION_IMPORTS = {
    "core.migration_permissions": "the mechanics of granting; every list is literal",
    "core.images": "upload_to/validator callables of image fields (Django needs them by path)",
    "careers.models": "validate_soc_codes, a field validator (Django refers to it by path)",
    "core.validators": "validate_one_line, a field validator (Django refers to it by path)",
    # Fills the new index once, with the document builders of today. Should their signature
    # change, give this migration a frozen copy of the old builders.
    "search.backends.postgresql": "search 0003 sets the stored tsvector",
    "search.documents": "search 0003 builds the first index entries",
}


def _permission_names(permissions):
    return sorted(
        f"{app_label}.{codename}"
        for app_label, codename in permissions.values_list("content_type__app_label", "codename")
    )


def _live_set(codenames, app_labels=()):
    wanted = Permission.objects.none()
    for dotted in codenames:
        app_label, codename = dotted.split(".")
        found = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        assert found.exists(), f"accounts.groups names {dotted}, which does not exist"
        wanted |= found
    if app_labels:
        wanted |= Permission.objects.filter(content_type__app_label__in=app_labels)
    return _permission_names(wanted)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "codenames", "app_labels"),
    [
        (groups.WRITERS, groups.WRITER_PERMISSIONS, ()),
        (groups.EDITORS, groups.EDITOR_PERMISSIONS, groups.EDITOR_APPS),
    ],
)
def test_the_migrated_groups_hold_exactly_todays_permission_set(name, codenames, app_labels):
    # pytest-django runs these tests before any transactional test could flush the migrated
    # rows; the test database is built by running every migration (no --nomigrations).
    group = Group.objects.filter(name=name).first()
    assert group is not None, f"no migration created the {name} group"
    migrated = _permission_names(group.permissions.all())
    live = _live_set(codenames, app_labels)
    missing = sorted(set(live) - set(migrated))
    extra = sorted(set(migrated) - set(live))
    assert not missing and not extra, (
        f"{name}: the migrations and accounts.groups disagree. Granted by no migration (add a "
        f"data migration with this literal list): {missing}. Granted by migrations but not in "
        f"accounts.groups (revoke them in a migration, or add them there): {extra}."
    )


def _migration_imports():
    """("path:line", dotted name) for every import of every migration; `from a import b`
    yields both "a" and "a.b"."""
    for package in sorted(first_party_packages(ROOT)):
        for path in sorted((ROOT / package / "migrations").glob("*.py")):
            where = path.relative_to(ROOT)
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.ImportFrom):
                    base = node.module or ""
                    if node.level:
                        base = f"{package}.migrations.{base}".rstrip(".")
                    yield f"{where}:{node.lineno}", base
                    for alias in node.names:
                        yield f"{where}:{node.lineno}", f"{base}.{alias.name}"
                elif isinstance(node, ast.Import):
                    for alias in node.names:
                        yield f"{where}:{node.lineno}", alias.name


def test_no_migration_imports_the_live_permission_set():
    offenders = [
        f"{where} imports {name}"
        for where, name in _migration_imports()
        if name == "accounts.groups" or name.startswith("accounts.groups.")
    ]
    assert not offenders, "migrations hold literal permission lists: " + "; ".join(offenders)


def _listed(name):
    parts = name.split(".")
    return any(".".join(parts[:end]) in MIGRATION_IMPORTS for end in range(1, len(parts) + 1))


def test_migrations_import_only_what_is_listed():
    first_party = first_party_packages(ROOT)
    unlisted = sorted(
        f"{where} imports {name}"
        for where, name in _migration_imports()
        if name.partition(".")[0] in first_party and not _listed(name)
    )
    assert not unlisted, (
        "a migration imports live project code, which can change under it; copy what it "
        "needs into the migration (or list it with a reason in MIGRATION_IMPORTS): "
        + "; ".join(unlisted)
    )
