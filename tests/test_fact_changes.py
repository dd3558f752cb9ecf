"""A role fact change that live articles show: confirmed first, then listed; stale typed figures."""

import datetime

import pytest
from django.urls import reverse

from careers.models import RoleChange
from comparisons import publishing, queues
from comparisons.models import Section

from .factories import make_comparison, make_editor, make_role
from .test_role_history import role_data

pytestmark = pytest.mark.django_db


def live_article(body, *, verdict=""):
    role_a = make_role(
        "Practice Manager", median_salary=65730, salary_as_of=datetime.date(2020, 5, 1)
    )
    role_b = make_role("Office Manager", median_salary=49910, sector=role_a.sector)
    comparison = make_comparison(role_a, role_b, sections=0, published=False)
    Section.objects.create(
        comparison=comparison,
        position=1,
        kind="salary",
        heading="Salary",
        body=body,
        verdict=verdict,
    )
    publishing.create_revision(comparison)
    publishing.make_live(comparison)
    return comparison


def test_a_change_to_a_fact_live_prose_uses_is_shown_before_it_is_saved(client):
    comparison = live_article(
        "Practice managers earn {{ a.salary }} ({{ a.salary_period }}). Office work is busy."
    )
    role = comparison.role_a
    client.force_login(make_editor())
    url = reverse("admin:careers_role_change", args=[role.pk])
    data = role_data(role, median_salary="70000", salary_as_of="2025-05-01")

    response = client.post(url, data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Nothing has been saved yet" in page
    assert "What readers will see change" in page and comparison.title in page
    assert "Practice managers earn $65,730 (May 2020)." in page
    assert "Practice managers earn $70,000 (May 2025)." in page
    assert "Office work is busy" not in page  # only the sentences that change
    role.refresh_from_db()
    assert role.median_salary == 65730 and not RoleChange.objects.exclude(changed_by=None).exists()

    response = client.post(url, {**data, "confirm_live_changes": "on"}, follow=True)
    role.refresh_from_db()
    assert role.median_salary == 70000 and RoleChange.objects.exclude(changed_by=None).count() == 1
    assert f"“{comparison.title}” now shows the new facts in 1 sentence(s)." in response.text
    assert (
        "Practice managers earn $70,000 (May 2025)."
        in client.get(comparison.get_absolute_url()).text
    )


def test_a_change_no_live_sentence_uses_saves_at_once(client):
    comparison = live_article("Practice managers earn {{ a.salary }}.")
    role = comparison.role_a
    client.force_login(make_editor())
    url = reverse("admin:careers_role_change", args=[role.pk])
    assert client.post(url, role_data(role, education="A degree")).status_code == 302
    role.refresh_from_db()
    assert role.education == "A degree"


def test_a_typed_figure_that_will_be_wrong_is_pointed_out(client):
    comparison = live_article("Practice managers earn **$65,730**, about $15,800 more.")
    role = comparison.role_a
    client.force_login(make_editor())
    url = reverse("admin:careers_role_change", args=[role.pk])
    response = client.post(url, role_data(role, median_salary="70000"))
    page = response.content.decode()
    assert "The text types $65,730 as plain digits" in page
    assert "$15,800" not in page.split("What readers will see change")[1].split("</fieldset>")[0]
    response = client.post(
        url, {**role_data(role, median_salary="70000"), "confirm_live_changes": "on"}, follow=True
    )
    assert "still types $65,730 as plain digits" in response.text


def test_the_dashboard_lists_live_text_that_quotes_a_figure_the_role_no_longer_has(client):
    typed = live_article("Practice managers earn $65,730 a year, about $15,800 more.")
    role = typed.role_a
    other_role = make_role("Nurse", median_salary=80000)
    by_reference = make_comparison(other_role, make_role("Doctor"), sections=0)
    client.force_login(make_editor())
    for target, salary in ((role, "70000"), (other_role, "82000")):
        url = reverse("admin:careers_role_change", args=[target.pk])
        data = {**role_data(target, median_salary=salary), "confirm_live_changes": "on"}
        assert client.post(url, data).status_code == 302

    assert list(queues.plain_quotes()) == [typed]
    home = client.get(reverse("admin:index")).text
    assert "Live text quoting old figures" in home
    assert "Practice Manager: text quotes $65,730, facts say $70,000" in home
    assert by_reference.title not in home.split("Live text quoting old figures")[1]
    changelist = client.get(reverse("admin:comparisons_comparison_changelist"), {"queue": "quotes"})
    assert list(changelist.context["cl"].result_list) == [typed]


def test_text_that_matches_the_current_figure_is_not_listed():
    comparison = live_article("Practice managers earn $70,000.")
    role = comparison.role_a
    RoleChange.objects.create(role=role, changes={"median annual salary (USD)": ["65730", "70000"]})
    role.median_salary = 70000
    role.save()
    assert list(queues.plain_quotes()) == []
