from django.db import migrations

from core.migration_permissions import ensure_all_permissions, sync_group_permissions

# Frozen: editors see requests, start drafts from them and erase addresses on request.
EDITOR_PERMISSIONS = [
    "article_requests.view_articlerequest",
    "article_requests.change_articlerequest",
    "article_requests.view_requestvote",
    "article_requests.change_requestvote",
]


def grant(apps, schema_editor):
    ensure_all_permissions(apps)
    sync_group_permissions(apps, "Editors", codenames=EDITOR_PERMISSIONS)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Editors").first()
    if group:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="article_requests",
                codename__in=[dotted.split(".")[1] for dotted in EDITOR_PERMISSIONS],
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("article_requests", "0001_initial"),
        ("core", "0001_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
