from django.db import migrations

from core.migration_permissions import ensure_all_permissions, sync_group_permissions

# What this migration granted, frozen: today's set lives in accounts.groups.
WRITER_PERMISSIONS = [
    "careers.add_role",
    "careers.change_role",
    "careers.view_role",
    "careers.view_sector",
    "comparisons.add_comparison",
    "comparisons.change_comparison",
    "comparisons.view_comparison",
    "comparisons.add_section",
    "comparisons.change_section",
    "comparisons.delete_section",
    "comparisons.view_section",
    "comparisons.add_relatedlink",
    "comparisons.change_relatedlink",
    "comparisons.delete_relatedlink",
    "comparisons.view_relatedlink",
    "comparisons.view_revision",
    "taggit.view_tag",
]
EDITOR_PERMISSIONS = ["taggit.add_tag", "taggit.view_tag"]
EDITOR_APPS = ["careers", "comparisons"]


def create_groups(apps, schema_editor):
    ensure_all_permissions(apps)
    sync_group_permissions(apps, "Writers", codenames=WRITER_PERMISSIONS)
    sync_group_permissions(
        apps, "Editors", codenames=EDITOR_PERMISSIONS, app_labels=EDITOR_APPS
    )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Writers", "Editors"]).delete()


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
