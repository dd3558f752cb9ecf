from django.db import migrations

from core.migration_permissions import ensure_all_permissions, sync_group_permissions

# Frozen: writers read the history of what they work on.
WRITER_PERMISSIONS = ["careers.view_rolechange", "comparisons.view_workflowevent"]


def grant(apps, schema_editor):
    ensure_all_permissions(apps)
    sync_group_permissions(apps, "Writers", codenames=WRITER_PERMISSIONS)
    # Editors get every permission of the content apps, including the new history models.
    sync_group_permissions(apps, "Editors", app_labels=["careers", "comparisons"])


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    history = Permission.objects.filter(
        content_type__model__in=["rolechange", "workflowevent"],
        content_type__app_label__in=["careers", "comparisons"],
    )
    for group in Group.objects.filter(name__in=["Writers", "Editors"]):
        group.permissions.remove(*history)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_editorial_groups"),
        ("careers", "0002_role_change_history"),
        ("comparisons", "0002_workflow_events_scheduling_review_by"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
