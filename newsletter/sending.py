"""The send ledger: claim queued deliveries, send them over one SMTP connection, mark each one.

Every row goes queued → sending (claimed, in a short transaction that skips rows another worker
has locked) → sent, or back to queued for a bounded number of retries, or failed. A row is
marked the moment the mail server has accepted its message, so a worker that dies half-way
through a batch leaves only messages it never handed over in “sending”; once their claim is
older than CLAIM_LEASE they are queued again and the next run sends them.

The one case no SMTP client can rule out: the process dies after the server accepted a message
and before the row was marked. That message is sent again on resume; it carries the same
Message-ID both times, so mailbox providers that deduplicate show it once.
"""

import datetime
import logging
import smtplib
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import get_connection
from django.db import connection as db_connection
from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from . import compose
from .models import Delivery, DeliveryStatus, Issue, IssueStatus, SubscriberStatus

logger = logging.getLogger(__name__)

CLAIM_LEASE = datetime.timedelta(minutes=10)
# A worker stops starting new messages well inside its lease, so no other worker reclaims rows
# it is still working on.
BATCH_TIME_BUDGET = CLAIM_LEASE.total_seconds() / 2
RETRY_DELAY = datetime.timedelta(minutes=10)
OPEN = (DeliveryStatus.QUEUED, DeliveryStatus.SENDING)


class SendInterrupted(Exception):
    """The mail server went away; the remaining deliveries stay queued for the next run."""


@dataclass
class Batch:
    claimed: int
    deliveries: list = field(default_factory=list)


@dataclass
class Outcome:
    sent: int = 0
    retrying: int = 0
    failed: int = 0


def claim(issue: Issue, *, size: int) -> Batch:
    """Take up to `size` due deliveries of `issue` for this worker; rows of subscribers who left
    or were erased since the send started are skipped instead."""
    now = timezone.now()
    with transaction.atomic():
        due = (
            Delivery.objects.filter(issue=issue, status=DeliveryStatus.QUEUED)
            .filter(Q(retry_at__isnull=True) | Q(retry_at__lte=now))
            .order_by("pk")
        )
        if db_connection.features.has_select_for_update_skip_locked:
            due = due.select_for_update(skip_locked=True)
        # On SQLite the transaction starts with BEGIN IMMEDIATE, which serialises claims.
        ids = list(due.values_list("pk", flat=True)[:size])
        if not ids:
            return Batch(claimed=0)
        Delivery.objects.filter(pk__in=ids).update(status=DeliveryStatus.SENDING, claimed_at=now)
    rows = list(Delivery.objects.filter(pk__in=ids).select_related("subscriber").order_by("pk"))
    confirmed = SubscriberStatus.CONFIRMED
    gone = [d.pk for d in rows if not d.subscriber or d.subscriber.status != confirmed]
    if gone:
        Delivery.objects.filter(pk__in=gone).update(status=DeliveryStatus.SKIPPED, claimed_at=None)
    return Batch(claimed=len(ids), deliveries=[d for d in rows if d.pk not in gone])


def requeue_stale(issue: Issue) -> int:
    """Give claims of workers that died back to the queue."""
    cutoff = timezone.now() - CLAIM_LEASE
    return Delivery.objects.filter(
        issue=issue, status=DeliveryStatus.SENDING, claimed_at__lt=cutoff
    ).update(status=DeliveryStatus.QUEUED, claimed_at=None)


def release(deliveries) -> None:
    """Hand claimed deliveries back untried."""
    Delivery.objects.filter(
        pk__in=[d.pk for d in deliveries], status=DeliveryStatus.SENDING
    ).update(status=DeliveryStatus.QUEUED, claimed_at=None)


def mark_sent(delivery) -> None:
    Delivery.objects.filter(pk=delivery.pk).update(
        status=DeliveryStatus.SENT,
        sent_at=timezone.now(),
        attempts=F("attempts") + 1,
        claimed_at=None,
        last_error="",
    )


def mark_failed(delivery, error: str, *, permanent: bool) -> str:
    """Queue the delivery for a later retry, or fail it for good; returns the new status."""
    attempts = delivery.attempts + 1
    final = permanent or attempts >= settings.NEWSLETTER_MAX_ATTEMPTS
    status = DeliveryStatus.FAILED if final else DeliveryStatus.QUEUED
    Delivery.objects.filter(pk=delivery.pk).update(
        status=status,
        attempts=attempts,
        last_error=error[:2000],
        retry_at=None if final else timezone.now() + RETRY_DELAY * attempts,
        claimed_at=None,
    )
    return status


def describe(error: Exception) -> str:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return "; ".join(
            f"{code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"
            for code, text in error.recipients.values()
        )
    if isinstance(error, smtplib.SMTPResponseException):
        message = error.smtp_error
        message = message.decode(errors="replace") if isinstance(message, bytes) else message
        return f"{error.smtp_code} {message}"
    return f"{type(error).__name__}: {error}"


def is_permanent(error: Exception) -> bool:
    """5xx answers mean the server will never take this message for this address."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code >= 500
    return False


def send_batch(rendered, batch: Batch) -> Outcome:
    """Send the batch over one SMTP connection, marking every delivery as soon as it is done."""
    outcome = Outcome()
    mail = get_connection()
    try:
        mail.open()
    except OSError as error:  # smtplib's errors are OSErrors too
        release(batch.deliveries)
        raise SendInterrupted(f"Could not connect to the mail server: {describe(error)}") from error
    started = time.monotonic()
    try:
        for index, delivery in enumerate(batch.deliveries):
            if time.monotonic() - started > BATCH_TIME_BUDGET:
                release(batch.deliveries[index:])
                break
            try:
                message = compose.issue_message(rendered, delivery.subscriber)
                mail.send_messages([message])
            except ValueError as error:
                # The message cannot be built (BadHeaderError: a line break in a header, an
                # address Python refuses): no retry can help, and the batch goes on.
                logger.warning("Delivery %s cannot be sent: %s", delivery.pk, error)
                _count(outcome, mark_failed(delivery, describe(error), permanent=True))
            except smtplib.SMTPServerDisconnected as error:
                _count(outcome, mark_failed(delivery, describe(error), permanent=False))
                release(batch.deliveries[index + 1 :])
                raise SendInterrupted(describe(error)) from error
            except smtplib.SMTPException as error:
                # The server refused this one message; the connection is still good.
                status = mark_failed(delivery, describe(error), permanent=is_permanent(error))
                _count(outcome, status)
            except OSError as error:
                _count(outcome, mark_failed(delivery, describe(error), permanent=False))
                release(batch.deliveries[index + 1 :])
                raise SendInterrupted(describe(error)) from error
            else:
                mark_sent(delivery)
                outcome.sent += 1
    finally:
        try:
            mail.close()
        except OSError:
            logger.warning("Closing the SMTP connection failed", exc_info=True)
    return outcome


def _count(outcome: Outcome, status: str) -> None:
    if status == DeliveryStatus.FAILED:
        outcome.failed += 1
    else:
        outcome.retrying += 1


def touch(issue: Issue) -> None:
    Issue.objects.filter(pk=issue.pk).update(last_activity_at=timezone.now())


def finish_if_done(issue: Issue) -> bool:
    """Mark the issue sent once no delivery is waiting; True if it is (now) sent."""
    if Delivery.objects.filter(issue=issue, status__in=OPEN).exists():
        return False
    Issue.objects.filter(pk=issue.pk, status=IssueStatus.SENDING).update(
        status=IssueStatus.SENT, sent_at=timezone.now()
    )
    return True


def progress(issue_ids) -> dict[int, dict[str, int]]:
    """Deliveries per status for each issue, in one query."""
    counts = {pk: {"total": 0} for pk in issue_ids}
    rows = (
        Delivery.objects.filter(issue_id__in=issue_ids)
        .values("issue_id", "status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for row in rows:
        counts[row["issue_id"]][row["status"]] = row["n"]
        counts[row["issue_id"]]["total"] += row["n"]
    return counts
