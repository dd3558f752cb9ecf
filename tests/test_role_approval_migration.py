"""The data migration that introduced role approval keeps existing roles public and gives
their change history the role's title (issue 11, items 6 and 10)."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("careers", "0002_role_change_history")]
AFTER = [("careers", "0003_role_approval_history_survives_deletion")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_existing_roles_stay_public_and_history_gets_their_titles():
    old = migrate(BEFORE)
    Sector = old.get_model("careers", "Sector")
    Role = old.get_model("careers", "Role")
    RoleChange = old.get_model("careers", "RoleChange")
    sector = Sector.objects.create(name="Health", slug="health")
    role = Role.objects.create(title="Nurse", slug="nurse", sector=sector, summary="Cares.")
    RoleChange.objects.create(role=role, changes={"summary": ["", "Cares."]})
    try:
        new = migrate(AFTER)
        migrated = new.get_model("careers", "Role").objects.get(pk=role.pk)
        assert migrated.approved_at == migrated.created_at
        assert new.get_model("careers", "RoleChange").objects.get().role_title == "Nurse"
        # And back: the reverse runs (history of deleted roles cannot return to CASCADE).
        migrate(BEFORE)
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
