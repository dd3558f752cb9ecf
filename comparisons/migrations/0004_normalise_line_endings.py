"""Text typed in the admin before line endings were normalised on the way in kept the browser's
CR LF. Store LF everywhere, so comparing old and new revisions and role histories shows only
real changes."""

from django.db import migrations

TEXT_FIELDS = {
    ("careers", "Sector"): ["description"],
    ("careers", "Role"): ["summary", "education", "experience", "skills", "work_environment"],
    ("comparisons", "Comparison"): ["intro"],
    ("comparisons", "Section"): ["body", "verdict"],
}
JSON_FIELDS = {
    ("careers", "RoleChange"): ["changes"],
    ("comparisons", "Revision"): ["body"],
}


def _normalised(value):
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n")
    if isinstance(value, list):
        return [_normalised(item) for item in value]
    if isinstance(value, dict):
        return {key: _normalised(item) for key, item in value.items()}
    return value


def normalise(apps, schema_editor):
    for (app_label, model_name), fields in {**TEXT_FIELDS, **JSON_FIELDS}.items():
        model = apps.get_model(app_label, model_name)
        for row in model.objects.only("pk", *fields).iterator(chunk_size=500):
            changed = [f for f in fields if _normalised(getattr(row, f)) != getattr(row, f)]
            for field in changed:
                setattr(row, field, _normalised(getattr(row, field)))
            if changed:
                model.objects.filter(pk=row.pk).update(**{f: getattr(row, f) for f in changed})


class Migration(migrations.Migration):
    dependencies = [
        ("careers", "0004_role_soc_codes_salary_range"),
        ("comparisons", "0003_tag_routable_slugs"),
    ]

    operations = [migrations.RunPython(normalise, migrations.RunPython.noop)]
