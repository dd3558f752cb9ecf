"""Guards every admin page has (adminkit/guards.py), checked on every registered admin, and
the admin paths the hostile-input corpus found open (issue 11)."""

import datetime

import pytest
from django.contrib import admin
from django.test import Client
from django.utils import timezone
from taggit.models import Tag

from adminkit.guards import BoundedInlineMixin, SafeAdminMixin

from .factories import make_comparison, make_editor, make_role, make_user, make_writer

pytestmark = pytest.mark.django_db


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_every_registered_admin_has_the_guards():
    """Third-party admins (django-axes, django-tasks, taggit) included: each answered 500 to an
    odd date-hierarchy year or a selection that is not an id until it got them."""
    unguarded = [
        f"{model._meta.label}: {type(model_admin).__name__}"
        for model, model_admin in admin.site._registry.items()
        if not isinstance(model_admin, SafeAdminMixin)
    ]
    assert unguarded == []


def test_every_inline_with_autocomplete_fields_is_guarded():
    unguarded = [
        f"{model._meta.label}: {inline.__name__}"
        for model, model_admin in admin.site._registry.items()
        for inline in model_admin.inlines
        if inline.autocomplete_fields and not issubclass(inline, BoundedInlineMixin)
    ]
    assert unguarded == []


@pytest.mark.parametrize("sector", ["abc", "²", "9" * 30])
def test_an_odd_id_in_an_autocomplete_field_is_a_form_error(sector):
    role = make_role("Nurse", slug="nurse")
    response = signed_in(make_editor()).post(
        f"/admin/careers/role/{role.pk}/change/",
        {"title": "Nurse", "slug": "nurse", "sector": sector, "related_roles": [sector]},
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["sector"]


def test_a_uuid_keyed_admin_still_opens_its_rows():
    """The id guard knows keys that are not numbers (django-tasks' task rows)."""
    from django_tasks_db.models import DBTaskResult

    row = DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        task_path="newsletter.tasks.send_issue",
        backend_name="default",
        run_after=timezone.now(),
    )
    model_admin = admin.site._registry[DBTaskResult]
    assert model_admin._is_pk(str(row.pk)) and not model_admin._is_pk("²")
    request = type("Request", (), {"user": make_user(is_superuser=True)})()
    assert model_admin.get_object(request, str(row.pk)) == row


def test_nobody_merges_tags_through_taggits_page_or_action():
    """taggit's merge asked for no permission: a writer's post created a tag and then 500ed."""
    comparison = make_comparison(tags=["pay"])
    writer = signed_in(make_writer())
    writer.post("/admin/taggit/tag/merge-tags/", {"new_tag_name": "merged"})
    assert not Tag.objects.filter(name="merged").exists()
    superuser = make_user("root", is_superuser=True)  # staff or not, the action is gone
    request = type("Request", (), {"user": superuser, "GET": {}, "POST": {}})()
    assert "render_tag_form" not in admin.site._registry[Tag].get_actions(request)
    assert list(comparison.tags.names()) == ["pay"]


@pytest.mark.parametrize(
    "as_of", ["9999-12-31", "0001-01-01", (timezone.localdate() + datetime.timedelta(days=90))]
)
def test_a_salary_date_out_of_range_or_to_come_is_refused(as_of):
    role = make_role("Nurse", slug="nurse")
    response = signed_in(make_editor()).post(
        f"/admin/careers/role/{role.pk}/change/",
        {
            "title": "Nurse",
            "slug": "nurse",
            "sector": role.sector_id,
            "summary": "Cares.",
            "median_salary": "60000",
            "salary_source": "BLS",
            "salary_source_url": "https://www.bls.gov/",
            "salary_as_of": str(as_of),
        },
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["salary_as_of"]
    role.refresh_from_db()
    assert role.salary_as_of == datetime.date(2024, 5, 1)
