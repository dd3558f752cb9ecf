from django.db import migrations

from core import groups


def grant(apps, schema_editor):
    groups.ensure_all_permissions(apps)
    groups.sync_group_permissions(apps, groups.EDITORS, app_labels=groups.NEWSLETTER_EDITOR_APPS)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name=groups.EDITORS).first()
    if editors:
        editors.permissions.remove(*Permission.objects.filter(content_type__app_label="newsletter"))


class Migration(migrations.Migration):
    """Editors compose and send the newsletter and look after its subscribers."""

    dependencies = [
        ("core", "0001_editorial_groups"),
        ("newsletter", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
