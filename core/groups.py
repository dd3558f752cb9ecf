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
EDITOR_APPS = ["careers", "comparisons"]
# Tags are added from the comparison form. Renaming or deleting one would break the tag links
# of published revisions, so that is left to administrators.
EDITOR_TAG_PERMISSIONS = ["taggit.add_tag", "taggit.view_tag"]

# Added with star ratings: editors see, remove and reset ratings; writers see the totals.
RATINGS_EDITOR_PERMISSIONS = [
    "ratings.view_ratingaggregate",
    "ratings.reset_ratings",
    "ratings.view_rating",
    "ratings.delete_rating",
    "ratings.view_ratingreset",
    "ratings.view_archivedrating",
]
RATINGS_WRITER_PERMISSIONS = ["ratings.view_ratingaggregate"]

# Added with the newsletter: editors compose and send it and look after its subscribers.
NEWSLETTER_EDITOR_APPS = ["newsletter"]


def grant_all(apps):
    """Both groups with everything the data migrations above gave them, all at once.

    For code that needs the groups where migrations' data is gone (a test database emptied by
    a transactional test); migrations themselves grant step by step.
    """
    sync_group_permissions(
        apps,
        WRITERS,
        codenames=WRITER_PERMISSIONS + WRITER_HISTORY_PERMISSIONS + RATINGS_WRITER_PERMISSIONS,
    )
    sync_group_permissions(
        apps,
        EDITORS,
        codenames=RATINGS_EDITOR_PERMISSIONS + EDITOR_TAG_PERMISSIONS,
        app_labels=EDITOR_APPS + NEWSLETTER_EDITOR_APPS,
    )


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
