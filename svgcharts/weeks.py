"""Weekly buckets for charts: the last N weeks, Monday to Monday in the site's time zone."""

import datetime

from django.utils import timezone


def last_weeks(count: int, *, now=None) -> list[tuple[datetime.datetime, datetime.datetime]]:
    """(start, end) of the last `count` weeks, oldest first; the last one is this week so far."""
    today = timezone.localdate(now or timezone.now())
    monday = today - datetime.timedelta(days=today.weekday())
    starts = [monday - datetime.timedelta(weeks=n) for n in range(count - 1, -1, -1)]
    zone = timezone.get_current_timezone()
    bounds = [datetime.datetime.combine(day, datetime.time(), zone) for day in starts]
    return list(zip(bounds, [*bounds[1:], bounds[-1] + datetime.timedelta(weeks=1)], strict=True))


def label(start: datetime.datetime) -> str:
    return f"{start:%b} {start.day}"
