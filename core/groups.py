"""The two staff groups and their permissions; migrations call `sync_group_permissions`."""

WRITERS = "Writers"
EDITORS = "Editors"

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

# Added with the editorial workflow: writers read the history of what they work on.
WRITER_HISTORY_PERMISSIONS = [
    "careers.view_rolechange",
    "comparisons.view_workflowevent",
]

# Editors may do everything with content, plus the workflow's publishing permission.
EDITOR_APPS = ["careers", "comparisons", "taggit"]


def ensure_all_permissions(apps):
    """Create the permission rows now; Django would otherwise only add them after migrating."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def sync_group_permissions(apps, group_name, *, codenames=(), app_labels=()):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=group_name)
    wanted = Permission.objects.none()
    for dotted in codenames:
        app_label, codename = dotted.split(".")
        wanted |= Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    if app_labels:
        wanted |= Permission.objects.filter(content_type__app_label__in=app_labels)
    group.permissions.add(*wanted)
    return group
