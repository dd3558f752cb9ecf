from django.db import migrations

from core import groups

EDITOR_PERMISSIONS = groups.RATINGS_EDITOR_PERMISSIONS
WRITER_PERMISSIONS = groups.RATINGS_WRITER_PERMISSIONS


def grant(apps, schema_editor):
    groups.ensure_all_permissions(apps)
    groups.sync_group_permissions(apps, groups.EDITORS, codenames=EDITOR_PERMISSIONS)
    groups.sync_group_permissions(apps, groups.WRITERS, codenames=WRITER_PERMISSIONS)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in [
        (groups.EDITORS, EDITOR_PERMISSIONS),
        (groups.WRITERS, WRITER_PERMISSIONS),
    ]:
        group = Group.objects.filter(name=name).first()
        if group:
            group.permissions.remove(
                *Permission.objects.filter(
                    content_type__app_label="ratings",
                    codename__in=[dotted.split(".")[1] for dotted in codenames],
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("ratings", "0001_initial"),
        ("core", "0001_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
