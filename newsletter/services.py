"""The newsletter's rules: double opt-in, unsubscribing, erasure, scheduling and starting sends.

Views, the admin and commands call these functions, and nothing else changes a subscriber's
state or an issue's schedule; once a send has started, the ledger (`sending.send`, run by
`tasks.send_issue`) takes it to the end. Every change of state takes keyword arguments and
runs in one transaction (the token readers and checks are plain queries).
"""

import datetime
import logging
import re
import secrets

from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.formats import date_format

from comparisons.models import Comparison
from core import email_addresses
from core.dates import validate_storable
from core.validators import has_line_break

from . import compose, limits, sending, tasks, tokens
from .models import (
    ConsentAction,
    ConsentRecord,
    Delivery,
    DeliveryStatus,
    Issue,
    IssueStatus,
    Subscriber,
    SubscriberStatus,
)

logger = logging.getLogger(__name__)

MAX_EMAIL_LENGTH = 254
RESEND_CONFIRMATION_AFTER = datetime.timedelta(hours=1)


class SignupRateLimited(ValidationError):
    """Too many sign-ups from one address in the last hour."""


# --- Subscribers ------------------------------------------------------------------------------


def normalise_email(value: str) -> str:
    """The address as we store it, one spelling per mailbox (see core/email_addresses.py):
    raises ValidationError for what is not an address or cannot get mail from the internet."""
    value = (value or "").strip()
    if not value:
        raise ValidationError("Enter your e-mail address.", code="required")
    if any(ord(char) < 32 or ord(char) == 127 for char in value):
        raise ValidationError(
            "An e-mail address cannot contain line breaks or control characters.", code="invalid"
        )
    if len(value) > MAX_EMAIL_LENGTH:
        raise ValidationError(
            f"That address is too long: at most {MAX_EMAIL_LENGTH} characters.", code="too_long"
        )
    invalid = ValidationError(
        "That doesn't look like an e-mail address. Check it, e.g. name@example.com.",
        code="invalid",
    )
    try:
        address = email_addresses.canonical(value)
        validate_email(address)
    except (email_addresses.AddressError, ValidationError):
        raise invalid from None
    if len(address) > MAX_EMAIL_LENGTH:
        raise ValidationError(
            f"That address is too long: at most {MAX_EMAIL_LENGTH} characters.", code="too_long"
        )
    if problem := email_addresses.deliverable_problem(address):
        raise ValidationError(
            f"We can only send to addresses that get mail from the internet; this one has "
            f"{problem}. Check it, e.g. name@example.com.",
            code="undeliverable",
        )
    return address


def clean_source(path: str) -> str:
    """A page path on this site, or nothing: the form's hidden field is not to be trusted."""
    path = (path or "").strip()
    if not path.startswith("/") or path.startswith("//") or len(path) > 200:
        return ""
    if any(ord(char) < 32 for char in path):
        return ""
    return path


@transaction.atomic
def subscribe(*, email: str, source: str = "", ip_address: str | None = None) -> Subscriber:
    """Sign up `email` as pending and send it a confirmation link.

    Whatever state the address is in, the caller shows the same “check your inbox” page: a
    pending address gets its link again (at most once an hour), an unsubscribed one gets a new
    link (it stays unsubscribed until it is used), a confirmed one gets nothing.
    `ip_address` is None for callers that are not a visitor's browser (no rate limit).
    """
    address = normalise_email(email)
    if ip_address is not None and not limits.count_signup(ip_address):
        raise SignupRateLimited(
            "Too many sign-ups from your network in the last hour. Please try again later.",
            code="rate_limited",
        )
    subscriber = Subscriber.objects.select_for_update().filter(email=address).first()
    if subscriber is None:
        try:
            with transaction.atomic():
                subscriber = Subscriber.objects.create(email=address, source=clean_source(source))
        except IntegrityError:  # the same address, signed up at the same moment
            subscriber = Subscriber.objects.select_for_update().get(email=address)
    if subscriber.status == SubscriberStatus.CONFIRMED:
        return subscriber
    now = timezone.now()
    last_sent = subscriber.confirmation_sent_at
    if last_sent and now - last_sent < RESEND_CONFIRMATION_AFTER:
        return subscriber
    if not subscriber.confirm_nonce:
        subscriber.confirm_nonce = secrets.token_hex(16)
    subscriber.confirmation_sent_at = now
    subscriber.save(update_fields=["confirm_nonce", "confirmation_sent_at"])
    ConsentRecord.objects.create(
        subscriber=subscriber,
        action=ConsentAction.SIGNED_UP,
        source=clean_source(source),
        wording=compose.SIGNUP_PROMISE,
    )
    tasks.send_confirmation.enqueue(subscriber_id=subscriber.pk)
    return subscriber


def subscriber_for_confirm_token(token: str) -> Subscriber:
    """The subscriber a confirmation link is for, if it can still be used; else ValidationError."""
    try:
        key, nonce = tokens.read_confirm_token(token)
    except tokens.ExpiredToken:
        raise ValidationError(
            f"This confirmation link has expired: links work for "
            f"{settings.NEWSLETTER_CONFIRM_DAYS} days. Sign up again for a new one.",
            code="expired",
        ) from None
    except tokens.InvalidToken:
        raise ValidationError(
            "This confirmation link is not valid. Copy the whole link from the e-mail, "
            "or sign up again.",
            code="invalid",
        ) from None
    subscriber = Subscriber.objects.filter(key=key).first()
    if subscriber is None:
        raise ValidationError(
            "This confirmation link is no longer valid. Sign up again.", code="gone"
        )
    if not subscriber.confirm_nonce or not constant_time_compare(nonce, subscriber.confirm_nonce):
        raise ValidationError(
            "This confirmation link was already used, or a newer one replaced it.", code="used"
        )
    return subscriber


@transaction.atomic
def confirm(*, token: str) -> Subscriber:
    """Turn a pending (or unsubscribed, signed-up-again) address into a subscriber."""
    subscriber = subscriber_for_confirm_token(token)
    subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
    subscriber_for_confirm_token(token)  # again, now that the row is locked: links work once
    subscriber.status = SubscriberStatus.CONFIRMED
    subscriber.confirmed_at = timezone.now()
    subscriber.unsubscribed_at = None
    subscriber.confirm_nonce = ""
    subscriber.save(update_fields=["status", "confirmed_at", "unsubscribed_at", "confirm_nonce"])
    ConsentRecord.objects.create(
        subscriber=subscriber, action=ConsentAction.CONFIRMED, source="confirmation link"
    )
    return subscriber


def subscriber_for_unsubscribe_token(token: str) -> Subscriber:
    try:
        key = tokens.read_unsubscribe_token(token)
    except tokens.InvalidToken:
        raise ValidationError(
            "This unsubscribe link is not valid. Copy the whole link from the e-mail.",
            code="invalid",
        ) from None
    subscriber = Subscriber.objects.filter(key=key).first()
    if subscriber is None:
        raise ValidationError(
            "We have no subscriber for this link: the address was removed from our list.",
            code="gone",
        )
    return subscriber


@transaction.atomic
def unsubscribe(*, subscriber: Subscriber, method: str) -> bool:
    """Stop all e-mails to this subscriber; True if they were not unsubscribed already."""
    subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
    if subscriber.status == SubscriberStatus.UNSUBSCRIBED:
        return False
    subscriber.status = SubscriberStatus.UNSUBSCRIBED
    subscriber.unsubscribed_at = timezone.now()
    subscriber.confirm_nonce = ""  # an old confirmation link must not sign them up again
    subscriber.save(update_fields=["status", "unsubscribed_at", "confirm_nonce"])
    ConsentRecord.objects.create(
        subscriber=subscriber, action=ConsentAction.UNSUBSCRIBED, source=method[:200]
    )
    return True


def unsubscribe_with_token(*, token: str, method: str) -> Subscriber:
    subscriber = subscriber_for_unsubscribe_token(token)
    unsubscribe(subscriber=subscriber, method=method)
    return subscriber


@transaction.atomic
def erase(*, subscriber: Subscriber) -> int:
    """Delete everything we hold about a subscriber, on their request.

    The send ledger keeps its rows (so totals stay right) without the person: returns how many
    deliveries were anonymised.
    """
    anonymised = Delivery.objects.filter(subscriber=subscriber).update(
        subscriber=None, last_error=""
    )
    _forget_in_admin_log(subscriber)
    subscriber.delete()  # consent records go with it
    return anonymised


def _forget_in_admin_log(subscriber: Subscriber) -> None:
    """Take the address out of the admin's action log (Django writes it into `object_repr`,
    including the entry for this very erasure, which the admin logs before calling us)."""
    erased = f"Erased subscriber #{subscriber.pk}"
    about_them = LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Subscriber), object_id=str(subscriber.pk)
    )
    about_them.update(object_repr=erased, change_message="")
    email = subscriber.email
    mentioning = LogEntry.objects.filter(
        Q(object_repr__icontains=email) | Q(change_message__icontains=email)
    )
    for entry in mentioning:
        entry.object_repr = _without(entry.object_repr, email)
        entry.change_message = _without(entry.change_message, email)
        entry.save(update_fields=["object_repr", "change_message"])


def _without(text: str, email: str) -> str:
    return re.sub(re.escape(email), "[erased address]", text, flags=re.IGNORECASE)


# --- Issues -----------------------------------------------------------------------------------


def content_problems(issue: Issue) -> list[str]:
    """What stops an issue from going out, in words for the editor."""
    problems = []
    if has_line_break(issue.subject) or has_line_break(issue.preheader):
        problems.append("Keep the subject and preheader on one line each (no line breaks).")
    if not issue.tips.exists() and not issue.intro.strip():
        problems.append("Write an introduction or add at least one tip.")
    picked = issue.picks.values_list("comparison_id", flat=True)
    hidden = Comparison.objects.filter(pk__in=picked).exclude(
        pk__in=Comparison.objects.published().values("pk")
    )
    for comparison in hidden:
        problems.append(f"“{comparison}” is not published: readers could not open it.")
    return problems


def check_send_time(send_at, *, now=None) -> None:
    now = now or timezone.now()
    if send_at is None:
        raise ValidationError("Choose a send time first.", code="required")
    validate_storable(send_at)
    if send_at <= now:
        when = date_format(timezone.localtime(send_at), "DATETIME_FORMAT")
        raise ValidationError(
            f"The send time ({when}) is in the past. Choose a time later than now.",
            code="past",
        )


def _already_out(issue: Issue) -> ValidationError:
    if issue.status == IssueStatus.SENT:
        when = date_format(timezone.localtime(issue.sent_at), "DATETIME_FORMAT")
        return ValidationError(f"This issue was already sent ({when}).", code="sent")
    return ValidationError("This issue is being sent right now.", code="sending")


@transaction.atomic
def schedule(*, issue: Issue, send_at=None) -> Issue:
    """Book the issue for `send_at` (default: the send time it has)."""
    issue = Issue.objects.select_for_update().get(pk=issue.pk)
    if issue.is_locked:
        raise _already_out(issue)
    send_at = send_at or issue.send_at
    check_send_time(send_at)
    problems = content_problems(issue)
    if problems:
        raise ValidationError(problems, code="content")
    issue.status = IssueStatus.SCHEDULED
    issue.send_at = send_at
    issue.save(update_fields=["status", "send_at", "updated_at"])
    return issue


@transaction.atomic
def unschedule(*, issue: Issue) -> Issue:
    issue = Issue.objects.select_for_update().get(pk=issue.pk)
    if issue.is_locked:
        raise _already_out(issue)
    issue.status = IssueStatus.DRAFT
    issue.save(update_fields=["status", "updated_at"])
    return issue


@transaction.atomic
def start_send(*, issue: Issue) -> int:
    """Open the ledger: one queued delivery per confirmed subscriber; returns how many.

    Subscribers who confirm later get the next issue; those who leave before their turn are
    skipped.
    """
    issue = Issue.objects.select_for_update().get(pk=issue.pk)
    if issue.is_locked:
        raise _already_out(issue)
    if issue.status != IssueStatus.SCHEDULED:
        raise ValidationError("Schedule the issue before it can be sent.", code="draft")
    recipients = (
        Subscriber.objects.filter(status=SubscriberStatus.CONFIRMED)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    Delivery.objects.bulk_create(
        (Delivery(issue=issue, subscriber_id=pk) for pk in recipients.iterator()),
        batch_size=1000,
        ignore_conflicts=True,
    )
    now = timezone.now()
    issue.status = IssueStatus.SENDING
    issue.started_at = now
    issue.last_activity_at = now
    issue.save(update_fields=["status", "started_at", "last_activity_at", "updated_at"])
    return issue.deliveries.count()


def start_due_sends(*, now=None) -> list[Issue]:
    """Start every scheduled issue whose time has come."""
    now = now or timezone.now()
    started = []
    for issue in Issue.objects.filter(status=IssueStatus.SCHEDULED, send_at__lte=now):
        try:
            start_send(issue=issue)
        except ValidationError:  # another process started it a moment ago
            continue
        started.append(issue)
    return started


def stalled_sends(*, now=None) -> list[Issue]:
    """Sends that need a worker again: nobody has moved them for a lease (a crash, or retries
    waiting), or some of their claims ran out (a worker died while others kept going).

    Taking one over stamps it, so a second caller in the same minute does not take it too.
    """
    now = now or timezone.now()
    cutoff = now - sending.CLAIM_LEASE
    expired_claims = Delivery.objects.filter(
        issue=OuterRef("pk"), status=DeliveryStatus.SENDING, claimed_at__lt=cutoff
    )
    candidates = Issue.objects.filter(status=IssueStatus.SENDING).filter(
        Q(last_activity_at__lt=cutoff) | Q(Exists(expired_claims))
    )
    stalled = []
    for issue in candidates:
        taken = Issue.objects.filter(pk=issue.pk, last_activity_at=issue.last_activity_at).update(
            last_activity_at=now
        )
        if taken:
            stalled.append(issue)
    return stalled


def send_test(*, issue: Issue, to: str) -> None:
    """Queue a test copy of the issue for an editor."""
    if not to:
        raise ValidationError(
            "Your account has no e-mail address: add one under your user, then try again.",
            code="no_address",
        )
    tasks.send_test_copy.enqueue(issue_id=issue.pk, to=to)
