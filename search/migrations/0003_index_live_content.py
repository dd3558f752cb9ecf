"""Fill the new index with the comparisons and roles that already exist."""

from django.db import migrations

from search.backends.postgresql import DOCUMENT_VECTOR
from search.documents import comparison_document, role_document


def index_existing(apps, schema_editor):
    SearchEntry = apps.get_model("search", "SearchEntry")
    Role = apps.get_model("careers", "Role")
    Comparison = apps.get_model("comparisons", "Comparison")
    entries = [
        SearchEntry(
            kind="role",
            role=role,
            **role_document(
                title=role.title,
                summary_html=role.summary_html,
                skills=role.skills,
                education=role.education,
                experience=role.experience,
                environment=role.work_environment,
            ),
        )
        for role in Role.objects.all()
    ]
    live = Comparison.objects.filter(live_revision__isnull=False).select_related(
        "live_revision", "role_a", "role_b"
    )
    for comparison in live:
        revision = comparison.live_revision
        document = comparison_document(
            title=revision.title,
            lead=revision.lead,
            body=revision.body,
            role_titles=[comparison.role_a.title, comparison.role_b.title],
        )
        entries.append(
            SearchEntry(kind="comparison", comparison=comparison, revision=revision, **document)
        )
    SearchEntry.objects.bulk_create(entries, batch_size=500)
    if schema_editor.connection.vendor == "postgresql":
        SearchEntry.objects.update(vector=DOCUMENT_VECTOR)


def empty_index(apps, schema_editor):
    apps.get_model("search", "SearchEntry").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_full_text_index"),
        ("careers", "0001_initial"),
        ("comparisons", "0001_initial"),
    ]

    operations = [migrations.RunPython(index_existing, empty_index)]
