from django.db import migrations

from core import groups


def grant(apps, schema_editor):
    groups.ensure_all_permissions(apps)
    groups.sync_group_permissions(
        apps, groups.WRITERS, codenames=groups.WRITER_HISTORY_PERMISSIONS
    )
    # Editors get every permission of the content apps, including the new history models.
    groups.sync_group_permissions(apps, groups.EDITORS, app_labels=groups.EDITOR_APPS)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    history = Permission.objects.filter(
        content_type__model__in=["rolechange", "workflowevent"],
        content_type__app_label__in=["careers", "comparisons"],
    )
    for group in Group.objects.filter(name__in=[groups.WRITERS, groups.EDITORS]):
        group.permissions.remove(*history)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_editorial_groups"),
        ("careers", "0002_role_change_history"),
        ("comparisons", "0002_workflow_events_scheduling_review_by"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
