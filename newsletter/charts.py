"""The newsletter's charts for editors: subscribers week by week, and what each issue cost
(unsubscribes) and where it failed (deliveries that gave up)."""

from itertools import pairwise

from django.db.models import Count, Q
from django.utils import timezone

from svgcharts.draw import Series, bar_chart, line_chart
from svgcharts.weeks import label, last_weeks

from .models import Delivery, DeliveryStatus, Issue, IssueStatus, Subscriber

WEEKS = 12
ISSUES = 12


def subscribers_chart(*, now=None):
    """Confirmed subscribers at the end of each week, and how many had left by then."""
    weeks = last_weeks(WEEKS, now=now)
    counts = Subscriber.objects.aggregate(
        **{
            f"on_{n}": Count(
                "pk",
                filter=Q(confirmed_at__lt=end)
                & (Q(unsubscribed_at__isnull=True) | Q(unsubscribed_at__gte=end)),
            )
            for n, (_, end) in enumerate(weeks)
        },
        **{
            f"off_{n}": Count("pk", filter=Q(unsubscribed_at__lt=end))
            for n, (_, end) in enumerate(weeks)
        },
    )
    confirmed = [counts[f"on_{n}"] for n in range(WEEKS)]
    left = [counts[f"off_{n}"] for n in range(WEEKS)]
    gained = confirmed[-1] - confirmed[0]
    summary = (
        f"{confirmed[-1]:,} confirmed subscribers now, {abs(gained):,} "
        f"{'more' if gained >= 0 else 'fewer'} than {WEEKS} weeks ago; "
        f"{left[-1] - left[0]:,} unsubscribed in those weeks ({left[-1]:,} in all)."
    )
    return line_chart(
        title="Subscribers, week by week",
        label_heading="Week of",
        labels=[label(start) for start, _ in weeks],
        series=[Series("Confirmed", confirmed), Series("Unsubscribed (all time)", left)],
        summary=summary,
    )


def issues_chart():
    """For the last sent issues: who unsubscribed after receiving it (before the next issue
    went out), and how many deliveries failed for good."""
    issues = list(
        Issue.objects.filter(status__in=[IssueStatus.SENDING, IssueStatus.SENT])
        .exclude(started_at=None)
        .annotate(failed=Count("deliveries", filter=Q(deliveries__status=DeliveryStatus.FAILED)))
        .order_by("-started_at")[:ISSUES]
    )[::-1]
    if not issues:
        return None
    # An unsubscribe is put down to the last issue the reader got before leaving.
    left = (
        Delivery.objects.filter(
            issue__in=issues,
            status=DeliveryStatus.SENT,
            subscriber__unsubscribed_at__isnull=False,
        )
        .values_list("issue_id", "sent_at", "subscriber__unsubscribed_at")
        .order_by()
    )
    nexts = {issue.pk: later.started_at for issue, later in pairwise(issues)}
    unsubscribes = dict.fromkeys((issue.pk for issue in issues), 0)
    for issue_id, sent_at, gone_at in left:
        if sent_at and sent_at <= gone_at and (issue_id not in nexts or gone_at < nexts[issue_id]):
            unsubscribes[issue_id] += 1
    lost = [unsubscribes[issue.pk] for issue in issues]
    failed = [issue.failed for issue in issues]
    worst = max(issues, key=lambda issue: unsubscribes[issue.pk])
    summary = (
        f"Over the last {len(issues)} issue{'s' if len(issues) > 1 else ''}: {sum(lost):,} "
        f"unsubscribes and {sum(failed):,} failed deliveries."
        + (
            f" Most unsubscribes after “{worst.subject}” ({unsubscribes[worst.pk]:,})."
            if sum(lost)
            else ""
        )
    )
    return bar_chart(
        title="Unsubscribes and failed deliveries per issue",
        label_heading="Issue (sent)",
        labels=[label(timezone.localtime(issue.started_at)) for issue in issues],
        series=[Series("Unsubscribes after it", lost), Series("Failed deliveries", failed)],
        summary=summary,
    )
