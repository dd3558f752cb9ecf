import datetime
from collections import Counter

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from comparisons import publishing
from newsletter import compose, sending, services, tasks
from newsletter.models import Delivery, DeliveryStatus, IssueStatus, SubscriberStatus
from ratings import services as rating_services

from .factories import make_comparison
from .newsletter_factories import make_issue, make_sending_issue, make_subscriber, make_subscribers
from .newsletter_mail import SimulatedCrash, use_scripted_mail_server

pytestmark = pytest.mark.django_db


@pytest.fixture
def mail_server(settings):
    return use_scripted_mail_server(settings)


def recipients():
    return Counter(address for message in mail.outbox for address in message.to)


def ledger(issue):
    return Counter(issue.deliveries.values_list("status", flat=True))


def test_starting_a_send_queues_one_delivery_per_confirmed_subscriber_only():
    confirmed = make_subscribers(3)
    make_subscriber(status=SubscriberStatus.PENDING)
    make_subscriber(status=SubscriberStatus.UNSUBSCRIBED)
    issue = make_sending_issue()
    assert issue.status == IssueStatus.SENDING
    assert issue.started_at is not None
    assert set(issue.deliveries.values_list("subscriber", flat=True)) == {s.pk for s in confirmed}
    assert ledger(issue) == {DeliveryStatus.QUEUED: 3}


def test_a_send_delivers_the_issue_once_to_each_confirmed_subscriber(mail_server):
    confirmed = make_subscribers(5)
    make_subscriber("waiting@example.com", status=SubscriberStatus.PENDING)
    issue = make_sending_issue()
    report = sending.send(issue_id=issue.pk)
    assert (report.sent, report.failed, report.finished) == (5, 0, True)
    assert recipients() == {s.email: 1 for s in confirmed}
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT and issue.sent_at is not None
    assert ledger(issue) == {DeliveryStatus.SENT: 5}
    assert not issue.deliveries.filter(sent_at__isnull=True).exists()


def test_each_batch_goes_over_one_smtp_connection(mail_server, settings):
    settings.NEWSLETTER_BATCH_SIZE = 2
    make_subscribers(5)
    issue = make_sending_issue()
    sending.send(issue_id=issue.pk)
    assert len(mail.outbox) == 5
    assert mail_server.opened == 3  # batches of 2, 2 and 1


def test_a_send_killed_half_way_through_a_batch_resumes_with_exactly_one_delivery_each(
    mail_server,
):
    subscribers = make_subscribers(7)
    issue = make_sending_issue()
    mail_server.crash_at = 2  # the worker dies while handing over the third message

    with pytest.raises(SimulatedCrash):
        sending.send(issue_id=issue.pk, batch_size=4)
    assert len(mail.outbox) == 2
    assert ledger(issue) == {
        DeliveryStatus.SENT: 2,  # recorded the moment the server took them
        DeliveryStatus.SENDING: 2,  # claimed by the dead worker, never handed over
        DeliveryStatus.QUEUED: 3,
    }

    # Another worker starts at once: it leaves the dead worker's claim alone for now…
    sending.send(issue_id=issue.pk, batch_size=4)
    assert len(mail.outbox) == 5
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENDING

    # …and once the claim's lease is over, the periodic command resumes the send.
    with time_machine.travel(timezone.now() + sending.CLAIM_LEASE + datetime.timedelta(minutes=1)):
        call_command("send_due_issues")
    assert recipients() == {s.email: 1 for s in subscribers}
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT
    assert ledger(issue) == {DeliveryStatus.SENT: 7}


def test_a_worker_never_sends_rows_another_worker_has_claimed(mail_server):
    subscribers = make_subscribers(6)
    issue = make_sending_issue()
    first_worker = sending.claim(issue, size=3)
    sending.send(issue_id=issue.pk, batch_size=2)  # a second worker, meanwhile
    assert len(mail.outbox) == 3
    sending.send_batch(compose.render_issue(issue), first_worker)
    assert recipients() == {s.email: 1 for s in subscribers}


def test_subscribers_who_leave_before_their_turn_are_skipped(mail_server):
    staying, leaving, erased = make_subscribers(3)
    issue = make_sending_issue()
    services.unsubscribe(subscriber=leaving, method="test")
    services.erase(subscriber=erased)
    sending.send(issue_id=issue.pk)
    assert recipients() == {staying.email: 1}
    assert ledger(issue) == {DeliveryStatus.SENT: 1, DeliveryStatus.SKIPPED: 2}
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT


def test_a_temporary_failure_is_retried_a_bounded_number_of_times_then_marked(
    mail_server, settings
):
    settings.NEWSLETTER_MAX_ATTEMPTS = 3
    busy = make_subscriber("busy@example.com")
    others = make_subscribers(2)
    mail_server.answers = {"busy@example.com": [451]}
    issue = make_sending_issue()

    sending.send(issue_id=issue.pk)
    delivery = Delivery.objects.get(subscriber=busy)
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.QUEUED, 1)
    assert "451 Scripted refusal" in delivery.last_error
    assert delivery.retry_at > timezone.now()
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENDING  # waiting for the retry

    sending.send(issue_id=issue.pk)  # too early: nothing is due
    assert Delivery.objects.get(subscriber=busy).attempts == 1

    later = timezone.now()
    for _ in range(2):
        later += datetime.timedelta(hours=1)
        with time_machine.travel(later):
            sending.send(issue_id=issue.pk)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.FAILED, 3)
    assert recipients() == {s.email: 1 for s in others}
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT


def test_a_retry_that_succeeds_delivers_once(mail_server):
    flaky = make_subscriber("flaky@example.com")
    mail_server.answers = {"flaky@example.com": [421, "ok"]}
    issue = make_sending_issue()
    sending.send(issue_id=issue.pk)
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=1)):
        sending.send(issue_id=issue.pk)
    delivery = Delivery.objects.get(subscriber=flaky)
    assert (delivery.status, delivery.attempts, delivery.last_error) == (DeliveryStatus.SENT, 2, "")
    assert recipients() == {"flaky@example.com": 1}


def test_a_permanent_refusal_is_marked_failed_at_once(mail_server):
    make_subscriber("gone@example.com")
    mail_server.answers = {"gone@example.com": [550]}
    issue = make_sending_issue()
    sending.send(issue_id=issue.pk)
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.FAILED, 1)
    assert delivery.last_error == "550 Scripted refusal"
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT


def test_when_the_mail_server_is_down_nothing_is_lost(mail_server):
    subscribers = make_subscribers(3)
    issue = make_sending_issue()
    mail_server.down = True
    with pytest.raises(sending.SendInterrupted, match="Connection refused"):
        sending.send(issue_id=issue.pk)
    assert ledger(issue) == {DeliveryStatus.QUEUED: 3}
    assert set(issue.deliveries.values_list("attempts", flat=True)) == {0}
    mail_server.down = False
    sending.send(issue_id=issue.pk)
    assert recipients() == {s.email: 1 for s in subscribers}


def test_a_dropped_connection_stops_the_batch_and_the_rest_waits(mail_server):
    first, dropped, *rest = make_subscribers(4)
    mail_server.answers = {dropped.email: ["disconnect", "ok"]}
    issue = make_sending_issue()
    with pytest.raises(sending.SendInterrupted):
        sending.send(issue_id=issue.pk)
    assert recipients() == {first.email: 1}
    assert ledger(issue) == {DeliveryStatus.SENT: 1, DeliveryStatus.QUEUED: 3}
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=1)):
        sending.send(issue_id=issue.pk)
    assert recipients() == {s.email: 1 for s in [first, dropped, *rest]}


# --- Sending twice, scheduling ----------------------------------------------------------------


def test_an_issue_is_never_sent_twice(mail_server):
    make_subscribers(2)
    issue = make_sending_issue()
    with pytest.raises(ValidationError, match="being sent right now"):
        services.start_send(issue=issue)
    sending.send(issue_id=issue.pk)
    issue.refresh_from_db()
    with pytest.raises(ValidationError, match="already sent"):
        services.start_send(issue=issue)
    with pytest.raises(ValidationError, match="already sent"):
        services.schedule(issue=issue, send_at=timezone.now() + datetime.timedelta(days=1))
    tasks.send_issue.enqueue(issue_id=issue.pk)
    sending.send(issue_id=issue.pk)
    assert len(mail.outbox) == 2
    assert issue.deliveries.count() == 2


def test_scheduling_in_the_past_is_refused_and_nothing_changes():
    issue = make_issue()
    with pytest.raises(ValidationError, match="is in the past"):
        services.schedule(issue=issue, send_at=timezone.now() - datetime.timedelta(minutes=1))
    issue.refresh_from_db()
    assert (issue.status, issue.send_at) == (IssueStatus.DRAFT, None)


def test_scheduling_needs_content_and_published_picks():
    later = timezone.now() + datetime.timedelta(days=2)
    empty = make_issue(tips=0, intro="")
    with pytest.raises(ValidationError, match="add at least one tip"):
        services.schedule(issue=empty, send_at=later)
    draft = make_comparison(published=False)
    with_draft = make_issue(picks=[draft])
    with pytest.raises(ValidationError, match="is not published"):
        services.schedule(issue=with_draft, send_at=later)
    good = services.schedule(issue=make_issue(picks=[make_comparison()]), send_at=later)
    assert (good.status, good.send_at) == (IssueStatus.SCHEDULED, later)
    assert services.unschedule(issue=good).status == IssueStatus.DRAFT


def test_a_scheduled_issue_goes_out_when_due_and_not_before(mail_server):
    make_subscribers(2)
    send_at = timezone.now() + datetime.timedelta(hours=2)
    issue = services.schedule(issue=make_issue(), send_at=send_at)
    call_command("send_due_issues")
    assert mail.outbox == []
    with time_machine.travel(send_at + datetime.timedelta(minutes=1)):
        call_command("send_due_issues")
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT
    assert len(mail.outbox) == 2


def test_the_periodic_command_does_not_start_a_draft(mail_server):
    make_subscriber()
    make_issue(send_at=timezone.now() - datetime.timedelta(days=1))
    call_command("send_due_issues")
    assert mail.outbox == [] and not Delivery.objects.exists()


# --- What goes into the e-mail ------------------------------------------------------------------


def test_picks_show_their_live_title_and_lead_and_unpublished_ones_are_left_out(mail_server):
    make_subscriber()
    live = make_comparison(title="Live title", lead="The live lead.")
    live.title = "Unpublished working-copy title"
    live.save()
    later_hidden = make_comparison(title="Taken down later")
    issue = make_sending_issue(picks=[live, later_hidden])
    publishing.take_down(later_hidden)
    sending.send(issue_id=issue.pk)
    [message] = mail.outbox
    html = message.alternatives[0].content
    for body in (message.body, html):
        assert "Live title" in body and "The live lead." in body
        assert "Unpublished working-copy title" not in body
        assert "Taken down later" not in body
    assert f"http://127.0.0.1:8000{live.get_absolute_url()}" in message.body


def test_a_picks_rating_shows_beside_it(mail_server):
    make_subscriber()
    rated, unrated = make_comparison(), make_comparison()
    for n, stars in enumerate([5, 4, 4]):
        rating_services.rate(comparison=rated, stars=stars, reader=f"reader-{n}")
    issue = make_sending_issue(picks=[rated, unrated])
    sending.send(issue_id=issue.pk)
    [message] = mail.outbox
    assert "4.3 / 5 · 3 ratings" in message.body
    assert "4.3 / 5 · 3 ratings" in message.alternatives[0].content
    assert message.body.count(" / 5 · ") == 1


def test_the_issue_e_mail_has_text_and_html_with_tips_and_a_stable_message_id(mail_server):
    subscriber = make_subscriber()
    issue = make_sending_issue()
    sending.send(issue_id=issue.pk)
    [message] = mail.outbox
    assert message.subject == issue.subject
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    for tip in issue.tips.all():
        assert tip.title in message.body and tip.title in html
    assert "<strong>end</strong>" in html
    assert "end" in message.body and "**" not in message.body  # words, not Markdown
    assert issue.preheader in html
    assert message.extra_headers["Message-ID"] == (
        f"<issue-{issue.pk}.{subscriber.key.hex}@127.0.0.1>"
    )
