"""How the editorial workflow is moving, for the editors' dashboard: comparisons published per
week, and the median time a comparison waited in review (from submission to an editor's
decision), read from the workflow events."""

import statistics

from svgcharts.draw import Series, bar_chart, line_chart
from svgcharts.weeks import label, last_weeks

from .models import Action, Status, WorkflowEvent

WEEKS = 12


def _week_of(moment, weeks):
    return next((n for n, (start, end) in enumerate(weeks) if start <= moment < end), None)


def published_per_week(*, now=None):
    weeks = last_weeks(WEEKS, now=now)
    counts = [0] * WEEKS
    events = WorkflowEvent.objects.filter(
        action=Action.PUBLISH, created_at__gte=weeks[0][0]
    ).values_list("created_at", "scheduled_for")
    for created_at, scheduled_for in events:
        # A scheduled article went live at its set time, even if the scheduler ran late.
        week = _week_of(scheduled_for or created_at, weeks)
        if week is not None:
            counts[week] += 1
    total = sum(counts)
    return bar_chart(
        title="Comparisons published per week",
        label_heading="Week of",
        labels=[label(start) for start, _ in weeks],
        series=[Series("Published", counts)],
        summary=f"{total:,} publication{'s' if total != 1 else ''} in {WEEKS} weeks "
        f"({total / WEEKS:.1f} a week); {counts[-1]:,} this week.",
    )


def review_hours(*, now=None) -> list[list[float]]:
    """For each week, how many hours each review decided in it had waited since submission.

    A review starts when a comparison is submitted and ends with the next event that takes it
    out of review (approved, scheduled, published or sent back); a withdrawal is no decision.
    """
    weeks = last_weeks(WEEKS, now=now)
    waits = [[] for _ in weeks]
    submitted = {}
    events = (
        (
            WorkflowEvent.objects.filter(created_at__lt=weeks[-1][1]).filter(action=Action.SUBMIT)
            | WorkflowEvent.objects.filter(
                from_status=Status.IN_REVIEW,
                created_at__gte=weeks[0][0],
                created_at__lt=weeks[-1][1],
            )
        )
        .order_by("created_at", "pk")
        .values_list("comparison_id", "action", "from_status", "created_at")
    )
    for comparison_id, action, from_status, at in events:
        if action == Action.SUBMIT:
            submitted[comparison_id] = at
        elif from_status == Status.IN_REVIEW and comparison_id in submitted:
            started = submitted.pop(comparison_id)
            week = _week_of(at, weeks)
            if action != Action.WITHDRAW and week is not None:
                waits[week].append((at - started).total_seconds() / 3600)
    return waits


def time_in_review(*, now=None):
    weeks = last_weeks(WEEKS, now=now)
    waits = review_hours(now=now)
    medians = [round(statistics.median(w), 1) if w else None for w in waits]
    decided = [w for week in waits for w in week]
    summary = (
        f"{len(decided):,} review{'s' if len(decided) != 1 else ''} decided in {WEEKS} weeks; "
        f"overall median wait {statistics.median(decided):.1f} hours."
        if decided
        else f"No review was decided in the last {WEEKS} weeks."
    )
    return line_chart(
        title="Median time in review (hours)",
        label_heading="Week of",
        labels=[label(start) for start, _ in weeks],
        series=[Series("Median hours", medians)],
        summary=summary,
    )
