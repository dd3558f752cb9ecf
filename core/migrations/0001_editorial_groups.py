from django.db import migrations

from core import groups


def create_groups(apps, schema_editor):
    groups.ensure_all_permissions(apps)
    groups.sync_group_permissions(apps, groups.WRITERS, codenames=groups.WRITER_PERMISSIONS)
    groups.sync_group_permissions(
        apps,
        groups.EDITORS,
        codenames=groups.EDITOR_TAG_PERMISSIONS,
        app_labels=groups.EDITOR_APPS,
    )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=[groups.WRITERS, groups.EDITORS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("accounts", "0001_initial"),
        ("careers", "0001_initial"),
        ("comparisons", "0001_initial"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
