"""Role pages go public only once an editor has approved them (issue 11, item 6)."""

import pytest
from django.urls import reverse

from careers import services
from careers.models import Role
from comparisons.models import Comparison, Status
from discovery import services as discovery_services
from discovery.suggestions import similar_roles
from search.terms import parse

from .factories import make_comparison, make_editor, make_role, make_sector, make_writer
from .test_role_history import role_data

pytestmark = pytest.mark.django_db


def new_role_data(sector, **changes):
    data = {
        "title": "Zookeeper",
        "slug": "zookeeper",
        "sector": sector.pk,
        "summary": "Looks after **animals**.",
        "education": "",
        "experience": "",
        "skills": "",
        "work_environment": "",
        "median_salary": "",
        "salary_source": "",
        "salary_source_url": "",
        "salary_as_of": "",
    }
    data.update(changes)
    return data


def is_public(client, role):
    """Every place readers find roles: its page, the directory, search, suggestions, sitemap."""
    surfaces = {
        "page": client.get(f"/roles/{role.slug}/").status_code == 200,
        "directory": role.title in client.get("/roles/").text,
        "search": role in [r.item for r in discovery_services.search(role.title).roles],
        "suggestions": role in similar_roles(parse(role.title.lower())),
        "sitemap": f"/roles/{role.slug}/" in client.get("/sitemap.xml").text,
    }
    return surfaces


def test_a_writers_new_role_stays_off_the_site_until_an_editor_approves_it(client):
    writer, editor = make_writer(), make_editor()
    sector = make_sector()
    client.force_login(writer)
    response = client.post(reverse("admin:careers_role_add"), new_role_data(sector))
    assert response.status_code == 302
    role = Role.objects.get(slug="zookeeper")
    assert role.approved_at is None
    client.logout()
    assert not any(is_public(client, role).values())

    client.force_login(editor)
    dashboard = client.get(reverse("admin:index")).text
    assert "Roles awaiting approval" in dashboard and "Zookeeper" in dashboard
    response = client.post(
        reverse("admin:careers_role_changelist"),
        {"action": "approve_selected", "_selected_action": [role.pk]},
    )
    assert response.status_code == 302
    role.refresh_from_db()
    assert role.approved_by == editor
    client.logout()
    assert all(is_public(client, role).values())


def test_an_editors_new_role_is_public_at_once(client):
    client.force_login(make_editor())
    client.post(reverse("admin:careers_role_add"), new_role_data(make_sector()))
    client.logout()
    assert all(is_public(client, Role.objects.get(slug="zookeeper")).values())


def test_writers_cannot_approve_roles(client):
    role = make_role(approved_at=None)
    client.force_login(make_writer())
    client.post(
        reverse("admin:careers_role_changelist"),
        {"action": "approve_selected", "_selected_action": [role.pk]},
    )
    role.refresh_from_db()
    assert role.approved_at is None


def test_writers_cannot_change_an_approved_role_even_when_no_article_uses_it(client):
    role = make_role(summary="Reviewed words.")
    client.force_login(make_writer())
    url = reverse("admin:careers_role_change", args=[role.pk])
    assert client.post(url, role_data(role, summary="Unreviewed words.")).status_code == 403
    role.refresh_from_db()
    assert role.summary == "Reviewed words."


def test_writers_cannot_change_a_role_that_a_scheduled_article_uses(client):
    comparison = make_comparison(published=False, status=Status.SCHEDULED)
    role = comparison.role_a
    Role.objects.filter(pk=role.pk).update(approved_at=None)
    role.refresh_from_db()
    assert services.is_live(role)
    client.force_login(make_writer())
    url = reverse("admin:careers_role_change", args=[role.pk])
    assert client.post(url, role_data(role, summary="Changed early.")).status_code == 403


def test_publishing_an_article_approves_the_roles_it_shows(client):
    role_a, role_b = make_role(approved_at=None), make_role(approved_at=None)
    comparison = make_comparison(role_a, role_b)
    assert Role.objects.public().filter(pk__in=[role_a.pk, role_b.pk]).count() == 2
    page = client.get(comparison.get_absolute_url()).text
    assert client.get(role_a.get_absolute_url()).status_code == 200
    assert role_b.get_absolute_url() in page


def test_unapproved_related_roles_are_not_linked_from_a_public_role_page(client):
    role, hidden = make_role(), make_role(approved_at=None)
    role.related_roles.add(hidden)
    page = client.get(role.get_absolute_url())
    assert page.status_code == 200 and hidden.get_absolute_url() not in page.text


def test_role_public_is_the_approved_roles():
    approved, pending = make_role(), make_role(approved_at=None)
    assert list(Role.objects.public().filter(pk__in=[approved.pk, pending.pk])) == [approved]
    assert Comparison.objects.count() == 0
