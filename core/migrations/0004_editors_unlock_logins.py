from django.db import migrations

from core.migration_permissions import ensure_all_permissions, sync_group_permissions

# Frozen: editors see failed sign-ins and lift a lockout early.
EDITOR_PERMISSIONS = ["axes.view_accessattempt", "axes.delete_accessattempt"]


def grant(apps, schema_editor):
    ensure_all_permissions(apps)
    sync_group_permissions(apps, "Editors", codenames=EDITOR_PERMISSIONS)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    granted = Permission.objects.filter(
        content_type__app_label="axes", codename__in=["view_accessattempt", "delete_accessattempt"]
    )
    for group in Group.objects.filter(name="Editors"):
        group.permissions.remove(*granted)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_live_content"),
        ("axes", "0010_accessattemptexpiration"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
