from django.db import migrations

from core.migration_permissions import ensure_all_permissions, sync_group_permissions


def grant(apps, schema_editor):
    ensure_all_permissions(apps)
    sync_group_permissions(apps, "Editors", app_labels=["newsletter"])


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Editors").first()
    if editors:
        editors.permissions.remove(*Permission.objects.filter(content_type__app_label="newsletter"))


class Migration(migrations.Migration):
    """Editors compose and send the newsletter and look after its subscribers."""

    dependencies = [
        ("core", "0001_editorial_groups"),
        ("newsletter", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
