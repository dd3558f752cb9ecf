"""Newsletter test helpers: subscribers in any state, issues with tips and picks."""

import datetime
import itertools

from django.utils import timezone

from newsletter import services
from newsletter.models import (
    Issue,
    IssueStatus,
    PickedComparison,
    Subscriber,
    SubscriberStatus,
    Tip,
)

from .factories import make_comparison

_seq = itertools.count(1)


def make_subscriber(email=None, *, status=SubscriberStatus.CONFIRMED, **fields):
    email = email or f"reader{next(_seq)}@example.com"
    now = timezone.now()
    if status == SubscriberStatus.CONFIRMED:
        fields.setdefault("confirmed_at", now)
    if status == SubscriberStatus.UNSUBSCRIBED:
        fields.setdefault("unsubscribed_at", now)
    return Subscriber.objects.create(email=email, status=status, **fields)


def make_subscribers(count, **fields):
    return [make_subscriber(**fields) for _ in range(count)]


def make_issue(*, tips=2, picks=(), status=IssueStatus.DRAFT, send_at=None, **fields):
    n = next(_seq)
    defaults = {
        "subject": f"Issue {n}: questions to ask back",
        "slug": f"issue-{n}",
        "preheader": "Three minutes that change how interviews end.",
        "intro": "Hello! This time: the **end** of the interview.",
    }
    defaults.update(fields)
    if status != IssueStatus.DRAFT and send_at is None:
        send_at = timezone.now() + datetime.timedelta(days=1)
    issue = Issue.objects.create(status=status, send_at=send_at, **defaults)
    for position in range(1, tips + 1):
        Tip.objects.create(
            issue=issue,
            position=position,
            title=f"Tip {position} of issue {n}",
            body=f"Say *thank you* in tip {position}.",
        )
    for position, comparison in enumerate(picks, start=1):
        PickedComparison.objects.create(issue=issue, comparison=comparison, position=position)
    return issue


def make_sending_issue(*, picks=None, **fields):
    """An issue whose send has started: the ledger holds a queued row per confirmed subscriber."""
    picks = [make_comparison()] if picks is None else picks
    issue = make_issue(picks=picks, status=IssueStatus.SCHEDULED, **fields)
    services.start_send(issue=issue)
    issue.refresh_from_db()
    return issue
