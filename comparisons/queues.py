"""The editors' review queue: what waits for whom. Used by the changelist filter and the
dashboard panels, so both always agree."""

from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone

from careers.models import Role

from . import fact_usage
from .models import Comparison, Status


def awaiting_review(user=None):
    return Comparison.objects.filter(status=Status.IN_REVIEW).order_by("updated_at")


def changes_requested_of(user):
    return Comparison.objects.filter(status=Status.CHANGES_REQUESTED, author=user).order_by(
        "updated_at"
    )


def drafts_of(user):
    return Comparison.objects.filter(status=Status.DRAFT, author=user).order_by("-updated_at")


def scheduled(user=None):
    return Comparison.objects.filter(status=Status.SCHEDULED).order_by("scheduled_for")


def review_overdue(user=None):
    """Live articles whose “review by” date has passed."""
    return (
        Comparison.objects.published()
        .filter(review_by__lt=timezone.localdate())
        .order_by("review_by")
    )


def stale_salary(user=None):
    """Live articles built on a role whose salary figure is older than the limit."""
    stale = Role.objects.with_stale_salary().values("pk")
    return (
        Comparison.objects.published()
        .filter(Q(role_a__in=stale) | Q(role_b__in=stale))
        .order_by("live_updated_at")
    )


def plain_quotes(user=None):
    """Live articles whose text types a figure (“$65,730”) that its role no longer has."""
    pks = {mismatch.comparison.pk for mismatch in fact_usage.plain_quotes()}
    return Comparison.objects.filter(pk__in=pks).order_by("title")


@dataclass(frozen=True)
class Queue:
    key: str
    title: str
    query: object
    empty: str
    editors_only: bool = False


QUEUES = [
    Queue("awaiting", "Awaiting review", awaiting_review, "Nothing is waiting for review."),
    Queue(
        "mine",
        "Changes requested of me",
        changes_requested_of,
        "No editor is waiting on you.",
    ),
    Queue("drafts", "My drafts", drafts_of, "You have no drafts."),
    Queue("scheduled", "Scheduled", scheduled, "Nothing is scheduled."),
    Queue(
        "overdue",
        "Due for a fact check",
        review_overdue,
        "Every live article is within its review date.",
        editors_only=True,
    ),
    Queue(
        "stale",
        "Live articles with stale salary figures",
        stale_salary,
        "Every live article's salary figures are current.",
        editors_only=True,
    ),
    Queue(
        "quotes",
        "Live text quoting old figures",
        plain_quotes,
        "No live article types a figure its roles no longer have.",
        editors_only=True,
    ),
]
QUEUES_BY_KEY = {queue.key: queue for queue in QUEUES}
