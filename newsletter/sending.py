"""The send ledger: claim queued deliveries, send them over one SMTP connection, mark each one.

Every row goes queued → sending (claimed, in a short transaction that skips rows another worker
has locked) → sent, or back to queued for a bounded number of retries, or failed. A row is
marked the moment the mail server has accepted its message, so a worker that dies half-way
through a batch leaves only messages it never handed over in “sending”.

A claim is a short lease (CLAIM_LEASE) that the sending worker renews every LEASE_RENEW seconds
while it works through the batch. Once a worker dies (or hangs), its lease runs out and any
worker's next batch (requeue_stale) puts the rows back in the queue: another worker takes over
within about CLAIM_LEASE. A worker that finds its lease taken stops its batch.

The one case no SMTP client can rule out: the process dies after the server accepted a message
and before the row was marked. Each row is flagged `handed_over` just before its message goes
to the server; a row that is still flagged when its lease runs out is marked
`possible_duplicate` in the ledger before it is sent again. It carries the same Message-ID both
times, so mailbox providers that deduplicate show it once.
"""

import datetime
import logging
import smtplib
import time
import uuid
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

CLAIM_LEASE = datetime.timedelta(seconds=settings.NEWSLETTER_CLAIM_LEASE_SECONDS)
# Renewed several times per lease, so one slow message never lets it lapse (5 s by default).
LEASE_RENEW = CLAIM_LEASE.total_seconds() / 6
# A batch stops starting new messages after this long (the rest go back to the queue), so that
# SIGTERM, which lets the current batch finish, is obeyed well inside systemd's TimeoutStopSec.
BATCH_TIME_BUDGET = 60.0
RETRY_DELAY = datetime.timedelta(minutes=10)
OPEN = (DeliveryStatus.QUEUED, DeliveryStatus.SENDING)


class SendInterrupted(Exception):
    """The mail server went away; the remaining deliveries stay queued for the next run."""


@dataclass
class Batch:
    claimed: int
    deliveries: list = field(default_factory=list)
    token: str = ""


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
        token = uuid.uuid4().hex
        Delivery.objects.filter(pk__in=ids).update(
            status=DeliveryStatus.SENDING, claimed_at=now, claim_token=token
        )
    rows = list(Delivery.objects.filter(pk__in=ids).select_related("subscriber").order_by("pk"))
    confirmed = SubscriberStatus.CONFIRMED
    gone = [d.pk for d in rows if not d.subscriber or d.subscriber.status != confirmed]
    if gone:
        Delivery.objects.filter(pk__in=gone).update(status=DeliveryStatus.SKIPPED, claimed_at=None)
    return Batch(claimed=len(ids), deliveries=[d for d in rows if d.pk not in gone], token=token)


def requeue_stale(issue: Issue) -> int:
    """Give claims whose lease ran out (their worker died or hung) back to the queue; a message
    that was being handed over then may have gone out, so its row is marked."""
    stale = Delivery.objects.filter(
        issue=issue, status=DeliveryStatus.SENDING, claimed_at__lt=timezone.now() - CLAIM_LEASE
    )
    unclaimed = {"status": DeliveryStatus.QUEUED, "claimed_at": None, "claim_token": ""}
    doubtful = stale.filter(handed_over=True).update(
        **unclaimed, handed_over=False, possible_duplicate=True
    )
    if doubtful:
        logger.warning(
            "Issue %s: %s message(s) may have been sent twice (their worker died while handing "
            "them over); marked as possible duplicates",
            issue.pk,
            doubtful,
        )
    return doubtful + stale.update(**unclaimed)


def renew(batch: Batch, deliveries) -> int:
    """Extend this batch's lease on `deliveries`; returns how many are still ours."""
    if not deliveries:
        return 0
    return Delivery.objects.filter(
        pk__in=[d.pk for d in deliveries], status=DeliveryStatus.SENDING, claim_token=batch.token
    ).update(claimed_at=timezone.now())


def release(deliveries, *, token: str = "") -> None:
    """Hand claimed deliveries back untried (only those still claimed under `token`, if given)."""
    rows = Delivery.objects.filter(pk__in=[d.pk for d in deliveries], status=DeliveryStatus.SENDING)
    if token:
        rows = rows.filter(claim_token=token)
    rows.update(status=DeliveryStatus.QUEUED, claimed_at=None, claim_token="")


def hand_over(delivery) -> None:
    """Flag the row just before its message goes to the server (see the module docstring)."""
    Delivery.objects.filter(pk=delivery.pk).update(handed_over=True)


def mark_sent(delivery) -> None:
    Delivery.objects.filter(pk=delivery.pk).update(
        status=DeliveryStatus.SENT,
        sent_at=timezone.now(),
        attempts=F("attempts") + 1,
        claimed_at=None,
        claim_token="",
        handed_over=False,
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
        claim_token="",
        handed_over=False,
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
        release(batch.deliveries, token=batch.token)
        raise SendInterrupted(f"Could not connect to the mail server: {describe(error)}") from error
    started = renewed = time.monotonic()
    try:
        for index, delivery in enumerate(batch.deliveries):
            if time.monotonic() - started > BATCH_TIME_BUDGET:
                release(batch.deliveries[index:], token=batch.token)
                break
            if time.monotonic() - renewed > LEASE_RENEW:
                remaining = batch.deliveries[index:]
                if renew(batch, remaining) < len(remaining):
                    # We were too slow: the lease ran out and another worker took rows over.
                    logger.warning("Lost the lease on a batch; leaving the rest to others")
                    release(remaining, token=batch.token)
                    break
                renewed = time.monotonic()
            try:
                message = compose.issue_message(rendered, delivery.subscriber)
                hand_over(delivery)  # from here a crash may mean "possibly sent twice"
                mail.send_messages([message])
            except ValueError as error:
                # The message cannot be built (BadHeaderError: a line break in a header, an
                # address Python refuses): no retry can help, and the batch goes on.
                logger.warning("Delivery %s cannot be sent: %s", delivery.pk, error)
                _count(outcome, mark_failed(delivery, describe(error), permanent=True))
            except smtplib.SMTPServerDisconnected as error:
                _count(outcome, mark_failed(delivery, describe(error), permanent=False))
                release(batch.deliveries[index + 1 :], token=batch.token)
                raise SendInterrupted(describe(error)) from error
            except smtplib.SMTPException as error:
                # The server refused this one message; the connection is still good.
                status = mark_failed(delivery, describe(error), permanent=is_permanent(error))
                _count(outcome, status)
            except OSError as error:
                _count(outcome, mark_failed(delivery, describe(error), permanent=False))
                release(batch.deliveries[index + 1 :], token=batch.token)
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


@dataclass
class SendReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    finished: bool = False


def send(*, issue_id: int, batch_size: int | None = None) -> SendReport:
    """Send an issue that is being sent to everyone still waiting for it, batch by batch.

    Several workers may run this for the same issue at once; the ledger gives each delivery to
    one of them. Not one transaction: every delivery is recorded as soon as it is done.
    """
    report = SendReport()
    issue = Issue.objects.get(pk=issue_id)
    if issue.status != IssueStatus.SENDING:
        report.finished = issue.status == IssueStatus.SENT
        return report
    requeue_stale(issue)
    rendered = compose.render_issue(issue)
    size = batch_size or settings.NEWSLETTER_BATCH_SIZE
    while (batch := claim(issue, size=size)).claimed:
        outcome = send_batch(rendered, batch)
        report.sent += outcome.sent
        report.retrying += outcome.retrying
        report.failed += outcome.failed
        touch(issue)
    report.finished = finish_if_done(issue)
    logger.info(
        "Issue %s: %s sent, %s to retry, %s failed in this run%s",
        issue.pk,
        report.sent,
        report.retrying,
        report.failed,
        "; finished" if report.finished else "",
    )
    return report


def batches_due(*, issue_id: int, batch_size: int | None = None) -> int:
    """How many batches of deliveries are waiting to be sent now (after reclaiming dead claims)."""
    issue = Issue.objects.get(pk=issue_id)
    if issue.status != IssueStatus.SENDING:
        return 0
    requeue_stale(issue)
    due = (
        Delivery.objects.filter(issue=issue, status=DeliveryStatus.QUEUED)
        .filter(Q(retry_at__isnull=True) | Q(retry_at__lte=timezone.now()))
        .count()
    )
    size = batch_size or settings.NEWSLETTER_BATCH_SIZE
    return -(-due // size)


def send_one_batch(*, issue_id: int, batch_size: int | None = None) -> SendReport:
    """Send one batch of an issue: what each newsletter task does, so that every worker on the
    queue shares a send and SIGTERM (which lets the current task finish) waits for one batch."""
    report = SendReport()
    issue = Issue.objects.get(pk=issue_id)
    if issue.status != IssueStatus.SENDING:
        report.finished = issue.status == IssueStatus.SENT
        return report
    requeue_stale(issue)
    batch = claim(issue, size=batch_size or settings.NEWSLETTER_BATCH_SIZE)
    if batch.claimed:
        outcome = send_batch(compose.render_issue(issue), batch)
        report.sent, report.retrying, report.failed = outcome.sent, outcome.retrying, outcome.failed
        touch(issue)
    report.finished = finish_if_done(issue)
    if batch.claimed:
        logger.info(
            "Issue %s: batch of %s: %s sent, %s to retry, %s failed%s",
            issue.pk,
            batch.claimed,
            report.sent,
            report.retrying,
            report.failed,
            "; issue finished" if report.finished else "",
        )
    return report
