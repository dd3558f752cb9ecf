"""Background entry points (django-tasks): each one hands over to compose or the send ledger.

The services queue these tasks, so the tasks never import the services (no import circle).

Bulk sends run on their own "newsletter" queue, so that a long send never delays a
confirmation e-mail waiting on the "default" queue. A send is split into one task per batch:
every newsletter worker takes its share, and a worker told to stop (SIGTERM) finishes the batch
in hand only. The batches are interchangeable (each claims whichever deliveries are due), so a
batch task that runs twice, or after another worker took its rows, just sends what is left.
"""

import logging

from django_tasks import task

from . import compose, sending
from .models import Issue, Subscriber, SubscriberStatus

logger = logging.getLogger(__name__)


@task()
def send_confirmation(subscriber_id: int) -> bool:
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None or subscriber.status == SubscriberStatus.CONFIRMED:
        return False  # erased or confirmed before the worker got here
    compose.confirmation_message(subscriber).send()
    return True


@task(queue_name="newsletter")
def send_issue(issue_id: int) -> dict:
    """Split the send into batch tasks (at least one, which also finishes an issue with
    nothing left to send)."""
    batches = max(1, sending.batches_due(issue_id=issue_id))
    for _ in range(batches):
        send_batch.enqueue(issue_id=issue_id)
    logger.info("Issue %s: %s batch task(s) queued", issue_id, batches)
    return {"batches": batches}


@task(queue_name="newsletter")
def send_batch(issue_id: int) -> dict:
    report = sending.send_one_batch(issue_id=issue_id)
    return {
        "sent": report.sent,
        "retrying": report.retrying,
        "failed": report.failed,
        "finished": report.finished,
    }


@task()
def send_test_copy(issue_id: int, to: str) -> None:
    compose.test_message(Issue.objects.get(pk=issue_id), to=to).send()
    logger.info("Test copy of issue %s sent to an editor", issue_id)
