"""A send split into batch tasks: every worker shares it, a dead worker's batch is taken over
after a short lease, and a message that may have gone out twice is marked in the ledger."""

import datetime
import signal
from collections import Counter

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from newsletter import compose, sending, tasks
from newsletter.models import Delivery, DeliveryStatus, IssueStatus

from .factories import make_editor
from .newsletter_factories import make_sending_issue, make_subscribers
from .newsletter_mail import SimulatedCrash, use_scripted_mail_server

pytestmark = pytest.mark.django_db

AFTER_LEASE = sending.CLAIM_LEASE + datetime.timedelta(seconds=5)


@pytest.fixture
def mail_server(settings):
    return use_scripted_mail_server(settings)


def recipients():
    return Counter(address for message in mail.outbox for address in message.to)


def test_a_send_is_split_into_batch_tasks(mail_server, settings):
    settings.NEWSLETTER_BATCH_SIZE = 3
    subscribers = make_subscribers(7)
    issue = make_sending_issue()
    assert sending.batches_due(issue_id=issue.pk) == 3
    result = tasks.send_issue.enqueue(issue_id=issue.pk)  # the immediate backend runs them all
    assert result.return_value == {"batches": 3}
    assert recipients() == {s.email: 1 for s in subscribers}
    assert mail_server.opened == 3  # one SMTP connection per batch
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT


def test_one_batch_task_sends_one_batch_only(mail_server):
    make_subscribers(5)
    issue = make_sending_issue()
    report = sending.send_one_batch(issue_id=issue.pk, batch_size=2)
    assert (report.sent, report.finished) == (2, False)
    assert Delivery.objects.filter(status=DeliveryStatus.QUEUED).count() == 3


def test_a_dead_workers_batch_is_taken_over_after_the_lease_and_marked(mail_server):
    subscribers = make_subscribers(5)
    issue = make_sending_issue()
    mail_server.crash_at = 1  # dies while handing over the second message of its batch
    with pytest.raises(SimulatedCrash):
        sending.send_one_batch(issue_id=issue.pk, batch_size=3)
    assert len(mail.outbox) == 1

    # Another worker at once: the dead worker's lease still runs, so it takes only the rest.
    sending.send_one_batch(issue_id=issue.pk, batch_size=3)
    assert len(mail.outbox) == 3
    assert Delivery.objects.filter(status=DeliveryStatus.SENDING).count() == 2

    with time_machine.travel(timezone.now() + AFTER_LEASE):
        report = sending.send_one_batch(issue_id=issue.pk, batch_size=3)
    assert report.sent == 2 and report.finished
    # Everyone got it; the one in flight when the worker died may have gone out twice
    # (a real server may have accepted it): the ledger says so, and only for that one.
    assert recipients() == {s.email: 1 for s in subscribers}
    doubtful = Delivery.objects.filter(possible_duplicate=True)
    assert list(doubtful.values_list("subscriber__email", flat=True)) == [subscribers[1].email]
    assert set(Delivery.objects.values_list("status", flat=True)) == {DeliveryStatus.SENT}


def test_a_live_worker_renews_its_lease_so_nobody_takes_its_rows(mail_server):
    make_subscribers(4)
    issue = make_sending_issue()
    batch = sending.claim(issue, size=4)
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=20)):
        assert sending.renew(batch, batch.deliveries) == 4
    with time_machine.travel(timezone.now() + AFTER_LEASE):
        assert sending.requeue_stale(issue) == 0  # renewed 20 s in: still ours
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=20) + AFTER_LEASE):
        assert sending.requeue_stale(issue) == 4


def test_a_worker_that_lost_its_lease_stops_and_leaves_the_rows_alone(mail_server, monkeypatch):
    make_subscribers(3)
    issue = make_sending_issue()
    slow = sending.claim(issue, size=3)
    with time_machine.travel(timezone.now() + AFTER_LEASE):
        sending.requeue_stale(issue)
        other = sending.claim(issue, size=3)
    monkeypatch.setattr(sending, "LEASE_RENEW", -1.0)  # renew before the first message
    outcome = sending.send_batch(compose.render_issue(issue), slow)
    assert outcome.sent == 0 and mail.outbox == []
    # The rows are still the other worker's claim, which then sends them once.
    assert Delivery.objects.filter(claim_token=other.token).count() == 3
    sending.send_batch(compose.render_issue(issue), other)
    assert len(mail.outbox) == 3


def test_the_timer_resumes_a_send_with_an_expired_claim_even_while_others_work(mail_server):
    subscribers = make_subscribers(4)
    issue = make_sending_issue()
    sending.claim(issue, size=2)  # a worker that died right after claiming
    sending.send_one_batch(issue_id=issue.pk, batch_size=2)  # another, still busy
    with time_machine.travel(timezone.now() + AFTER_LEASE):
        sending.touch(issue)  # the other worker moved the issue a moment ago
        call_command("send_due_issues", verbosity=0)
    assert recipients() == {s.email: 1 for s in subscribers}
    assert not Delivery.objects.filter(possible_duplicate=True).exists()


def test_the_ledger_admin_lists_and_filters_possible_duplicates(client):
    make_subscribers(2)
    issue = make_sending_issue()
    first = issue.deliveries.first()
    Delivery.objects.filter(pk=first.pk).update(possible_duplicate=True)
    client.force_login(make_editor())
    response = client.get("/admin/newsletter/delivery/?possible_duplicate__exact=1")
    assert response.status_code == 200
    assert b"possibly sent twice" in response.content.lower()
    assert response.context["cl"].result_count == 1


@pytest.mark.django_db(transaction=True)
def test_sigterm_lets_the_worker_finish_the_batch_in_hand_only(mail_server, settings):
    """One task per batch: a worker told to stop mid-send finishes that batch and exits."""
    from django_tasks_db.compat import TaskResultStatus
    from django_tasks_db.models import DBTaskResult, get_date_max

    from ops.worker import ResilientWorker

    settings.NEWSLETTER_BATCH_SIZE = 2
    make_subscribers(6)
    issue = make_sending_issue()
    for _ in range(3):
        DBTaskResult.objects.create(
            args_kwargs={"args": [], "kwargs": {"issue_id": issue.pk}},
            task_path="newsletter.tasks.send_batch",
            backend_name="default",
            queue_name="newsletter",
            run_after=get_date_max(),
        )
    worker = ResilientWorker(
        queue_names=["newsletter"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="w-sigterm",
        excluded_queue_names=[],
    )
    original = sending.send_one_batch

    def send_then_sigterm(**kwargs):
        worker.shutdown(signal.SIGTERM, None)  # arrives while the batch is being sent
        return original(**kwargs)

    sending.send_one_batch = send_then_sigterm
    try:
        worker.run()
    finally:
        sending.send_one_batch = original
    statuses = Counter(DBTaskResult.objects.values_list("status", flat=True))
    assert statuses == {TaskResultStatus.SUCCESSFUL: 1, TaskResultStatus.READY: 2}
    assert len(mail.outbox) == 2


def test_the_issue_page_counts_possible_duplicates(client):
    make_subscribers(2)
    issue = make_sending_issue()
    Delivery.objects.filter(pk=issue.deliveries.first().pk).update(possible_duplicate=True)
    client.force_login(make_editor())
    page = client.get(f"/admin/newsletter/issue/{issue.pk}/change/")
    assert b"1 possibly sent twice" in page.content
