"""Helpers for data migrations that grant permissions to groups.

Mechanics only: every migration passes its own literal group names and permission lists, so
changing today's permission set (`accounts.groups`) never changes what an old migration does.
"""


def ensure_all_permissions(apps):
    """Create the permission rows now; Django would otherwise only add them after migrating."""
    from django.contrib.auth.management import create_permissions  # needs the app registry

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def sync_group_permissions(apps, group_name, *, codenames=(), app_labels=()):
    """Give `group_name` (created if missing) the dotted `codenames` and every permission of
    `app_labels`."""
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
