import pytest
from django.urls import reverse

from careers.models import RoleChange

from .factories import make_comparison, make_editor, make_role, make_writer

pytestmark = pytest.mark.django_db


def role_data(role, **changes):
    data = {
        "title": role.title,
        "slug": role.slug,
        "sector": role.sector_id,
        "summary": role.summary,
        "education": role.education,
        "experience": role.experience,
        "skills": role.skills,
        "work_environment": role.work_environment,
        "median_salary": role.median_salary,
        "salary_source": role.salary_source,
        "salary_source_url": role.salary_source_url,
        "salary_as_of": role.salary_as_of.isoformat(),
    }
    data.update(changes)
    return data


def test_every_change_to_a_roles_facts_is_kept_with_who_and_before_and_after(client):
    editor = make_editor(first_name="Elena")
    role = make_role("Practice Manager", median_salary=60000)
    client.force_login(editor)
    url = reverse("admin:careers_role_change", args=[role.pk])
    assert client.post(url, role_data(role, median_salary="65730")).status_code == 302
    change = RoleChange.objects.get(changed_by=editor)  # the factory's creation is the other
    assert change.changed_by == editor
    assert change.changes == {"median annual salary (USD)": ["60000", "65730"]}
    page = client.get(url)
    assert "History of changes" in page.text and "65730" in page.text
    client.post(url, role_data(role, median_salary="65730"))
    assert RoleChange.objects.filter(changed_by=editor).count() == 1  # no change, no record


def test_writers_edit_roles_only_until_a_live_article_uses_them(client):
    writer = make_writer()
    unused = make_role()
    used = make_comparison().role_a
    client.force_login(writer)
    ok = client.post(
        reverse("admin:careers_role_change", args=[unused.pk]),
        role_data(unused, summary="A new summary."),
    )
    assert ok.status_code == 302
    refused = client.post(
        reverse("admin:careers_role_change", args=[used.pk]),
        role_data(used, summary="Changed in public."),
    )
    assert refused.status_code == 403
    used.refresh_from_db()
    assert used.summary != "Changed in public."
