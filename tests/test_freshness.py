import datetime

import pytest
import time_machine
from django.urls import reverse

from comparisons import queues, workflow
from comparisons.models import Status

from .admin_forms import comparison_form
from .factories import make_editor, make_role, make_writer
from .workflow_helpers import in_state

pytestmark = pytest.mark.django_db

TODAY = datetime.datetime(2026, 1, 31, 15, 0, tzinfo=datetime.UTC)


def test_publishing_sets_the_review_date_twelve_months_ahead():
    comparison = in_state(Status.APPROVED, author=make_writer())
    with time_machine.travel(TODAY, tick=False):
        workflow.publish(comparison, by=make_editor())
    comparison.refresh_from_db()
    assert comparison.review_by == datetime.date(2027, 1, 31)


def test_an_editors_later_review_date_is_kept_when_republishing():
    comparison = in_state(
        Status.APPROVED, author=make_writer(), review_by=datetime.date(2030, 1, 1)
    )
    workflow.publish(comparison, by=make_editor())
    comparison.refresh_from_db()
    assert comparison.review_by == datetime.date(2030, 1, 1)


def test_the_review_period_comes_from_settings(settings):
    settings.FRESHNESS_REVIEW_MONTHS = 6
    comparison = in_state(Status.APPROVED, author=make_writer())
    with time_machine.travel(datetime.datetime(2026, 8, 31, 12, tzinfo=datetime.UTC), tick=False):
        workflow.publish(comparison, by=make_editor())
    comparison.refresh_from_db()
    assert comparison.review_by == datetime.date(2027, 2, 28)


def test_overdue_and_stale_salary_articles_are_listed_for_editors(client):
    old_figure = make_role("Old Figure Role", salary_as_of=datetime.date(2012, 5, 1))
    overdue = in_state(Status.PUBLISHED, author=None, review_by=datetime.date(2020, 1, 1))
    stale = in_state(Status.PUBLISHED, author=None, role_a=old_figure)
    fresh = in_state(Status.PUBLISHED, author=None, review_by=datetime.date(2099, 1, 1))
    hidden = in_state(Status.DRAFT, author=None, review_by=datetime.date(2020, 1, 1))
    assert list(queues.review_overdue()) == [overdue]
    assert list(queues.stale_salary()) == [stale]
    client.force_login(make_editor())
    home = client.get(reverse("admin:index")).text
    assert overdue.title in home and stale.title in home
    assert "Old salary figure: Old Figure Role" in home
    assert fresh.title not in home and hidden.title not in home
    response = client.get(reverse("admin:comparisons_comparison_changelist"), {"queue": "stale"})
    assert list(response.context["cl"].result_list) == [stale]


def test_only_editors_change_the_review_date(client):
    writer = make_writer()
    comparison = in_state(Status.DRAFT, author=writer, sections=0)
    url = reverse("admin:comparisons_comparison_change", args=[comparison.pk])
    data = comparison_form(
        comparison.role_a, comparison.role_b, slug=comparison.slug, review_by="2031-05-01"
    )
    client.force_login(writer)
    client.post(url, data)
    comparison.refresh_from_db()
    assert comparison.review_by is None
    client.force_login(make_editor())
    data["author"] = writer.pk
    data["base_revision"] = comparison.revisions.count()
    assert client.post(url, data).status_code == 302
    comparison.refresh_from_db()
    assert comparison.review_by == datetime.date(2031, 5, 1)
