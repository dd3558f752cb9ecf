import csv
import datetime
import io

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from newsletter import services, tokens
from newsletter.models import (
    ConsentRecord,
    Delivery,
    DeliveryStatus,
    Issue,
    IssueStatus,
    Subscriber,
    SubscriberStatus,
)

from .admin_forms import management
from .factories import make_comparison, make_editor, make_writer
from .newsletter_factories import (
    make_issue,
    make_sending_issue,
    make_subscriber,
    make_subscribers,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return make_editor(email="elena@careercompare.test")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def local(text):
    return timezone.make_aware(datetime.datetime.fromisoformat(text))


def issue_form(*, tips=(), picks=(), **fields):
    data = {
        "subject": "Five questions to ask back",
        "slug": "five-questions",
        "preheader": "The end of the interview is yours.",
        "intro": "Hello again.",
        "send_at_0": "",
        "send_at_1": "",
        **management("tips", len(tips)),
        **management("picks", len(picks)),
    }
    for n, tip in enumerate(tips):
        data.update({f"tips-{n}-{key}": value for key, value in tip.items()})
    for n, comparison in enumerate(picks):
        data.update({f"picks-{n}-comparison": comparison.pk, f"picks-{n}-position": n + 1})
    data.update(fields)
    return data


def when(moment):
    moment = timezone.localtime(moment)
    return {"send_at_0": moment.strftime("%Y-%m-%d"), "send_at_1": moment.strftime("%H:%M:%S")}


def test_every_newsletter_admin_page_renders_for_an_editor(editor_client):
    draft = make_issue(picks=[make_comparison()])
    make_subscriber()
    sending = make_sending_issue()
    subscriber = make_subscriber()
    for url in [
        reverse("admin:newsletter_issue_changelist"),
        reverse("admin:newsletter_issue_add"),
        reverse("admin:newsletter_issue_change", args=[draft.pk]),
        reverse("admin:newsletter_issue_change", args=[sending.pk]),
        reverse("admin:newsletter_subscriber_changelist"),
        reverse("admin:newsletter_subscriber_change", args=[subscriber.pk]),
        reverse("admin:newsletter_delivery_changelist"),
    ]:
        assert editor_client.get(url).status_code == 200, url


def test_writers_have_no_access_to_the_newsletter(client):
    client.force_login(make_writer())
    for name in ("issue", "subscriber", "delivery"):
        assert client.get(reverse(f"admin:newsletter_{name}_changelist")).status_code == 403


def test_a_new_issue_proposes_the_next_every_other_tuesday(editor_client, settings):
    settings.NEWSLETTER_FIRST_TUESDAY = datetime.date(2025, 1, 7)
    settings.NEWSLETTER_SEND_HOUR = 9
    with time_machine.travel(local("2025-01-15 12:00")):  # a Wednesday
        html = editor_client.get(reverse("admin:newsletter_issue_add")).text
    assert 'value="2025-01-21"' in html  # two weeks after the 7th
    assert 'value="09:00:00"' in html


def test_the_proposal_skips_a_tuesday_another_issue_has_taken(editor_client, settings):
    settings.NEWSLETTER_FIRST_TUESDAY = datetime.date(2025, 1, 7)
    with time_machine.travel(local("2025-01-15 12:00")):
        make_issue(status=IssueStatus.SCHEDULED, send_at=local("2025-01-21 09:00"))
        html = editor_client.get(reverse("admin:newsletter_issue_add")).text
    assert 'value="2025-02-04"' in html


def test_the_proposal_skips_a_tuesday_a_draft_already_targets(editor_client, settings):
    settings.NEWSLETTER_FIRST_TUESDAY = datetime.date(2025, 1, 7)
    with time_machine.travel(local("2025-01-15 12:00")):
        make_issue(status=IssueStatus.DRAFT, send_at=local("2025-01-21 09:00"))
        html = editor_client.get(reverse("admin:newsletter_issue_add")).text
    assert 'value="2025-02-04"' in html


def test_a_send_time_off_a_tuesday_is_saved_with_a_warning(editor_client):
    wednesday = timezone.now() + datetime.timedelta(days=7)
    while timezone.localtime(wednesday).weekday() != 2:
        wednesday += datetime.timedelta(days=1)
    data = issue_form(**when(wednesday))
    response = editor_client.post(reverse("admin:newsletter_issue_add"), data, follow=True)
    assert Issue.objects.count() == 1
    assert "is not a Tuesday" in response.text
    tuesday = wednesday - datetime.timedelta(days=1)
    issue = Issue.objects.get()
    response = editor_client.post(
        reverse("admin:newsletter_issue_change", args=[issue.pk]),
        issue_form(**when(tuesday)),
        follow=True,
    )
    assert "is not a Tuesday" not in response.text


def test_an_editor_composes_and_schedules_an_issue(editor_client, editor):
    pick = make_comparison()
    send_at = timezone.now() + datetime.timedelta(days=3)
    data = issue_form(
        tips=[
            {
                "position": 2,
                "title": "Ask about the first 90 days",
                "body": "What does *good* look like?",
            },
            {"position": 1, "title": "Ask who you would work with", "body": "Meet the team."},
        ],
        picks=[pick],
        _schedule="Save and schedule",
        **when(send_at),
    )
    response = editor_client.post(reverse("admin:newsletter_issue_add"), data, follow=True)
    assert response.status_code == 200
    issue = Issue.objects.get()
    assert issue.status == IssueStatus.SCHEDULED
    assert abs(issue.send_at - send_at) < datetime.timedelta(seconds=1)
    assert issue.created_by == editor
    assert [t.title for t in issue.tips.all()] == [
        "Ask who you would work with",
        "Ask about the first 90 days",
    ]
    assert [p.position for p in issue.tips.all()] == [1, 2]
    assert "Saved and scheduled for" in response.text


def test_scheduling_in_the_past_from_the_admin_is_refused_and_nothing_is_saved(editor_client):
    data = issue_form(
        tips=[{"position": 1, "title": "A tip", "body": "Body."}],
        _schedule="Save and schedule",
        **when(timezone.now() - datetime.timedelta(hours=1)),
    )
    response = editor_client.post(reverse("admin:newsletter_issue_add"), data)
    assert response.status_code == 200
    assert "is in the past" in response.text
    assert not Issue.objects.exists()


def test_scheduling_an_issue_without_content_says_why(editor_client):
    data = issue_form(
        intro="", _schedule="Save and schedule", **when(timezone.now() + datetime.timedelta(days=1))
    )
    response = editor_client.post(reverse("admin:newsletter_issue_add"), data, follow=True)
    assert "add at least one tip" in response.text
    assert Issue.objects.get().status == IssueStatus.DRAFT


def test_picking_an_unpublished_comparison_is_refused(editor_client):
    draft = make_comparison(published=False)
    response = editor_client.post(reverse("admin:newsletter_issue_add"), issue_form(picks=[draft]))
    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    assert not Issue.objects.exists()


def test_an_editor_moves_a_scheduled_issue_back_to_draft(editor_client):
    issue = make_issue(status=IssueStatus.SCHEDULED)
    url = reverse("admin:newsletter_issue_change", args=[issue.pk])
    data = issue_form(slug=issue.slug, _unschedule="1", **when(issue.send_at))
    data.update(management("tips", 0))
    editor_client.post(url, data)
    issue.refresh_from_db()
    assert issue.status == IssueStatus.DRAFT


def test_an_editor_sends_a_test_copy_to_themselves(editor_client):
    make_subscriber()
    issue = make_issue()
    url = reverse("admin:newsletter_issue_change", args=[issue.pk])
    data = issue_form(slug=issue.slug, _send_test="1")
    response = editor_client.post(url, data, follow=True)
    assert "A test copy is on its way to elena@careercompare.test" in response.text
    [message] = mail.outbox
    assert message.to == ["elena@careercompare.test"]
    assert message.subject == "[Test] Five questions to ask back"
    assert message.alternatives[0].mimetype == "text/html"
    assert not Delivery.objects.exists()
    issue.refresh_from_db()
    assert issue.status == IssueStatus.DRAFT


def test_a_test_copy_needs_an_address_on_the_editors_account(client):
    client.force_login(make_editor("noaddress"))
    issue = make_issue()
    url = reverse("admin:newsletter_issue_change", args=[issue.pk])
    response = client.post(url, issue_form(slug=issue.slug, _send_test="1"), follow=True)
    assert "Your account has no e-mail address" in response.text
    assert mail.outbox == []


def test_the_admin_previews_the_html_and_plain_text_e_mail(editor_client):
    issue = make_issue(picks=[make_comparison(title="Picked article")])
    html = editor_client.get(reverse("admin:newsletter_issue_preview", args=[issue.pk, "html"]))
    text = editor_client.get(reverse("admin:newsletter_issue_preview", args=[issue.pk, "text"]))
    assert html["Content-Type"].startswith("text/html")
    assert html["X-Frame-Options"] == "SAMEORIGIN"  # it shows in the change page's frame
    assert text["Content-Type"].startswith("text/plain")
    for response in (html, text):
        assert response.status_code == 200
        assert "Picked article" in response.text
        assert issue.tips.first().title in response.text
        assert "/newsletter/unsubscribe/preview/" in response.text
    change = editor_client.get(reverse("admin:newsletter_issue_change", args=[issue.pk])).text
    assert "<iframe" in change
    assert editor_client.get(f"/admin/newsletter/issue/{issue.pk}/preview/pdf/").status_code == 404


def test_progress_shows_in_the_list_and_a_sending_issue_is_read_only(editor_client):
    make_subscribers(3)
    issue = make_sending_issue()
    first = issue.deliveries.first()
    Delivery.objects.filter(pk=first.pk).update(status=DeliveryStatus.SENT, sent_at=timezone.now())
    listing = editor_client.get(reverse("admin:newsletter_issue_changelist")).text
    assert "1 / 3 sent" in listing
    url = reverse("admin:newsletter_issue_change", args=[issue.pk])
    page = editor_client.get(url).text
    assert "1 / 3 sent" in page and "2 queued" in page
    assert 'name="subject"' not in page
    assert "_schedule" not in page and "_send_test" not in page
    editor_client.post(url, issue_form(subject="Changed while sending"))
    issue.refresh_from_db()
    assert issue.subject != "Changed while sending"


# --- Subscribers --------------------------------------------------------------------------------


def test_subscribers_can_be_filtered_by_status_and_date_searched_and_counted(editor_client):
    with time_machine.travel(local("2025-03-01 10:00")):
        make_subscriber("old@example.com")
    make_subscriber("new@example.com")
    make_subscriber("waiting@example.com", status=SubscriberStatus.PENDING)
    make_subscriber("gone@example.com", status=SubscriberStatus.UNSUBSCRIBED)
    url = reverse("admin:newsletter_subscriber_changelist")

    page = editor_client.get(url).text
    assert "Waiting for confirmation: <strong>1</strong>" in page
    assert "Subscribed: <strong>2</strong>" in page
    assert "Unsubscribed: <strong>1</strong>" in page

    confirmed = editor_client.get(url, {"status__exact": "confirmed"}).text
    assert "new@example.com" in confirmed and "waiting@example.com" not in confirmed
    march = editor_client.get(url, {"created_at__year": "2025", "created_at__month": "3"}).text
    assert "old@example.com" in march and "new@example.com" not in march
    found = editor_client.get(url, {"q": "waiting"}).text
    assert "waiting@example.com" in found and "gone@example.com" not in found


def test_the_csv_export_contains_the_filtered_list(editor_client):
    make_subscriber("ann@example.com")
    make_subscriber("=cmd@example.com")
    make_subscriber("bob@example.com", status=SubscriberStatus.PENDING)
    changelist = editor_client.get(
        reverse("admin:newsletter_subscriber_changelist"), {"status__exact": "confirmed"}
    ).text
    assert "Export these 2 as CSV" in changelist
    response = editor_client.get(
        reverse("admin:newsletter_subscriber_export"), {"status__exact": "confirmed"}
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:2] == ["email", "status"]
    assert sorted(row[0] for row in rows[1:]) == ["'=cmd@example.com", "ann@example.com"]
    assert {row[1] for row in rows[1:]} == {"Subscribed"}


def test_erasing_a_subscriber_deletes_their_data_and_anonymises_deliveries(editor_client):
    services.subscribe(email="erase-me@example.com", source="/")
    subscriber = Subscriber.objects.get()
    services.confirm(token=tokens.make_confirm_token(subscriber))
    keep = make_subscriber("keep@example.com")
    issue = make_sending_issue()
    Delivery.objects.filter(subscriber=subscriber).update(
        last_error="550 erase-me@example.com unknown"
    )

    response = editor_client.post(
        reverse("admin:newsletter_subscriber_changelist"),
        {"action": "delete_selected", "_selected_action": [subscriber.pk], "post": "yes"},
        follow=True,
    )
    assert response.status_code == 200
    assert not Subscriber.objects.filter(email="erase-me@example.com").exists()
    assert not ConsentRecord.objects.filter(subscriber_id=subscriber.pk).exists()
    assert issue.deliveries.count() == 2
    anonymous = issue.deliveries.get(subscriber__isnull=True)
    assert anonymous.last_error == ""
    assert issue.deliveries.filter(subscriber=keep).exists()


def test_the_erase_action_is_named_for_what_it_does(editor_client):
    page = editor_client.get(reverse("admin:newsletter_subscriber_changelist")).text
    assert "Erase selected subscribers" in page
    assert "Delete selected subscribers" not in page


def test_an_editor_unsubscribes_someone_who_asked_by_e_mail(editor_client):
    subscriber = make_subscriber()
    editor_client.post(
        reverse("admin:newsletter_subscriber_changelist"),
        {"action": "unsubscribe_selected", "_selected_action": [subscriber.pk]},
    )
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED
    assert subscriber.consent_records.get().source.startswith("admin")


def test_subscribers_cannot_be_added_or_edited_by_hand(editor_client):
    assert editor_client.get(reverse("admin:newsletter_subscriber_add")).status_code == 403
    subscriber = make_subscriber("jane@example.com")
    url = reverse("admin:newsletter_subscriber_change", args=[subscriber.pk])
    editor_client.post(url, {"email": "other@example.com", "status": "pending"})
    subscriber.refresh_from_db()
    assert (subscriber.email, subscriber.status) == ("jane@example.com", SubscriberStatus.CONFIRMED)


def test_a_scheduled_issue_cannot_be_moved_into_the_past(editor_client):
    issue = make_issue(status=IssueStatus.SCHEDULED)
    url = reverse("admin:newsletter_issue_change", args=[issue.pk])
    past = timezone.now() - datetime.timedelta(hours=2)
    response = editor_client.post(url, issue_form(slug=issue.slug, **when(past)))
    assert response.status_code == 200
    assert "is in the past" in response.text
    issue.refresh_from_db()
    assert issue.send_at > timezone.now()


def test_a_late_scheduled_issue_can_still_be_corrected_or_moved_back_to_draft(editor_client):
    issue = make_issue(status=IssueStatus.SCHEDULED)
    url = reverse("admin:newsletter_issue_change", args=[issue.pk])
    with time_machine.travel(issue.send_at + datetime.timedelta(minutes=1)):
        editor_client.post(
            url, issue_form(slug=issue.slug, subject="Typo fixed", **when(issue.send_at))
        )
        issue.refresh_from_db()
        assert (issue.subject, issue.status) == ("Typo fixed", IssueStatus.SCHEDULED)
        editor_client.post(url, issue_form(slug=issue.slug, _unschedule="1", **when(issue.send_at)))
    issue.refresh_from_db()
    assert issue.status == IssueStatus.DRAFT
