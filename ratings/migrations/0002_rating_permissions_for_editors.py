from django.db import migrations

from core.migration_permissions import ensure_all_permissions, sync_group_permissions

# Frozen: editors see, remove and reset ratings; writers see the totals.
EDITOR_PERMISSIONS = [
    "ratings.view_ratingaggregate",
    "ratings.reset_ratings",
    "ratings.view_rating",
    "ratings.delete_rating",
    "ratings.view_ratingreset",
    "ratings.view_archivedrating",
]
WRITER_PERMISSIONS = ["ratings.view_ratingaggregate"]


def grant(apps, schema_editor):
    ensure_all_permissions(apps)
    sync_group_permissions(apps, "Editors", codenames=EDITOR_PERMISSIONS)
    sync_group_permissions(apps, "Writers", codenames=WRITER_PERMISSIONS)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in [
        ("Editors", EDITOR_PERMISSIONS),
        ("Writers", WRITER_PERMISSIONS),
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
