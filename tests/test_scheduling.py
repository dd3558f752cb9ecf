import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from comparisons import publishing, workflow
from comparisons.models import Action, Comparison, Status

from .factories import make_editor, make_writer
from .workflow_helpers import in_state

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 3, 2, 12, 0, tzinfo=datetime.UTC)


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def detail(client, comparison):
    return client.get(reverse("comparisons:detail", kwargs={"slug": comparison.slug}))


def test_a_scheduled_article_goes_public_at_its_time_with_no_one_acting(client, clock):
    comparison = in_state(Status.APPROVED, author=make_writer())
    when = NOW + datetime.timedelta(hours=5)
    workflow.schedule(comparison, by=make_editor(), when=when)
    assert detail(client, comparison).status_code == 404
    assert not Comparison.objects.published().exists()
    clock.move_to(when - datetime.timedelta(seconds=1))
    assert detail(client, comparison).status_code == 404
    clock.move_to(when)
    assert detail(client, comparison).status_code == 200
    assert list(Comparison.objects.published()) == [comparison]


def test_the_periodic_command_records_the_publication_and_emails_the_author(
    clock, capsys, mailoutbox, django_capture_on_commit_callbacks
):
    writer = make_writer(email="writer@example.com")
    comparison = in_state(Status.APPROVED, author=writer)
    when = NOW + datetime.timedelta(hours=1)
    workflow.schedule(comparison, by=make_editor(), when=when)
    call_command("publish_scheduled")
    assert "Nothing due." in capsys.readouterr().out
    comparison.refresh_from_db()
    assert comparison.status == Status.SCHEDULED
    clock.move_to(when + datetime.timedelta(minutes=3))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled")
    assert f"Published on schedule: {comparison}" in capsys.readouterr().out
    comparison.refresh_from_db()
    assert comparison.status == Status.PUBLISHED
    assert comparison.scheduled_for is None
    assert comparison.published_at == when
    event = comparison.events.first()
    assert (event.action, event.actor, event.to_status) == (Action.PUBLISH, None, Status.PUBLISHED)
    assert [m.to for m in mailoutbox] == [["writer@example.com"]]
    assert comparison.review_by == datetime.date(2027, 3, 2)
    call_command("publish_scheduled")  # running again changes nothing
    assert comparison.events.count() == 2  # scheduled, then published


def test_a_scheduled_new_version_of_a_live_article_keeps_the_old_one_up_until_then(client, clock):
    comparison = in_state(Status.PUBLISHED, author=make_writer(), title="Old title")
    comparison.title = "New title"
    comparison.save()
    publishing.create_revision(comparison)
    comparison.status = Status.APPROVED
    comparison.save()
    when = NOW + datetime.timedelta(days=1)
    workflow.schedule(comparison, by=make_editor(), when=when)
    assert "Old title" in detail(client, comparison).text
    clock.move_to(when - datetime.timedelta(seconds=1))
    assert "Old title" in detail(client, comparison).text
    clock.move_to(when)
    # No publish_scheduled process ran: the reader's request itself brings in the new version.
    response = detail(client, comparison)
    assert "New title" in response.text
    comparison.refresh_from_db()
    assert comparison.live_revision.number == 2
    assert comparison.status == Status.PUBLISHED
    assert comparison.events.first().action == Action.PUBLISH


def test_any_public_page_brings_in_a_due_version_and_lists_show_it(client, clock):
    comparison = in_state(Status.PUBLISHED, author=make_writer(), title="Old title")
    comparison.title = "New listed title"
    comparison.save()
    publishing.create_revision(comparison)
    comparison.status = Status.APPROVED
    comparison.save()
    when = NOW + datetime.timedelta(hours=2)
    workflow.schedule(comparison, by=make_editor(), when=when)
    assert "New listed title" not in client.get(reverse("comparisons:list")).text
    clock.move_to(when + datetime.timedelta(seconds=5))
    assert "New listed title" in client.get(reverse("comparisons:list")).text


def test_a_reader_request_costs_no_query_for_schedules_while_nothing_is_due(
    client, clock, django_assert_num_queries
):
    comparison = in_state(Status.PUBLISHED, author=make_writer())
    comparison.status = Status.APPROVED
    comparison.save()
    workflow.schedule(comparison, by=make_editor(), when=NOW + datetime.timedelta(days=2))
    assert workflow.publish_due_on_read() == []  # fills the cache
    with django_assert_num_queries(1):  # the live-content generation, nothing else
        assert workflow.publish_due_on_read() == []


@pytest.mark.parametrize(
    "when",
    [NOW - datetime.timedelta(minutes=1), NOW, NOW - datetime.timedelta(days=400)],
)
def test_a_schedule_in_the_past_is_refused_and_changes_nothing(clock, when):
    comparison = in_state(Status.APPROVED, author=make_writer())
    with pytest.raises(ValidationError, match="is in the past"):
        workflow.schedule(comparison, by=make_editor(), when=when)
    comparison.refresh_from_db()
    assert comparison.status == Status.APPROVED
    assert comparison.live_revision is None and comparison.scheduled_for is None


def test_the_admin_shows_a_clear_message_for_a_past_schedule(client, clock):
    comparison = in_state(Status.APPROVED, author=make_writer())
    client.force_login(make_editor())
    response = client.post(
        reverse("admin:comparisons_comparison_transition", args=[comparison.pk]),
        {"workflow-action": "schedule", "workflow-when": "2026-03-01T09:00"},
        follow=True,
    )
    assert "Mar 01, 2026 09:00 is in the past. Choose a future date and time" in response.text
    comparison.refresh_from_db()
    assert comparison.status == Status.APPROVED


def test_the_admin_schedules_in_the_sites_time_zone(client, clock):
    comparison = in_state(Status.APPROVED, author=make_writer())
    client.force_login(make_editor())
    response = client.post(
        reverse("admin:comparisons_comparison_transition", args=[comparison.pk]),
        {"workflow-action": "schedule", "workflow-when": "2026-03-10T09:00"},
        follow=True,
    )
    assert "It goes live on Mar 10, 2026 at 09:00" in response.text
    comparison.refresh_from_db()
    assert timezone.localtime(comparison.scheduled_for).hour == 9
    assert comparison.status == Status.SCHEDULED


def test_cancelling_a_first_publication_schedule_hides_it_again(clock):
    comparison = in_state(Status.APPROVED, author=make_writer())
    editor = make_editor()
    workflow.schedule(comparison, by=editor, when=NOW + datetime.timedelta(hours=2))
    workflow.unschedule(comparison, by=editor)
    comparison.refresh_from_db()
    assert comparison.status == Status.APPROVED
    assert comparison.live_revision is None and comparison.published_at is None
    clock.move_to(NOW + datetime.timedelta(hours=3))
    assert not Comparison.objects.published().exists()


def test_editing_a_scheduled_article_cancels_the_schedule(clock):
    writer = make_writer()
    comparison = in_state(Status.APPROVED, author=writer)
    editor = make_editor()
    workflow.schedule(comparison, by=editor, when=NOW + datetime.timedelta(hours=2))
    comparison.lead = "A lead nobody approved."
    comparison.save()
    revision = publishing.create_revision(comparison, user=editor)
    workflow.note_edit(comparison, by=editor, revision=revision)
    comparison.refresh_from_db()
    assert comparison.status == Status.DRAFT
    assert comparison.scheduled_for is None and comparison.live_revision is None
    clock.move_to(NOW + datetime.timedelta(hours=3))
    assert not Comparison.objects.published().exists()
