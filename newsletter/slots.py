"""The every-other-Tuesday rhythm: the send times the admin proposes for a new issue."""

import datetime

from django.conf import settings
from django.utils import timezone

FORTNIGHT = datetime.timedelta(days=14)
TUESDAY = 1  # datetime.date.weekday()


def slot_on(day: datetime.date) -> datetime.datetime:
    """The send time on `day`, at the configured hour in the site's time zone."""
    naive = datetime.datetime.combine(day, datetime.time(settings.NEWSLETTER_SEND_HOUR))
    return timezone.make_aware(naive, timezone.get_default_timezone())


def next_slot(*, after: datetime.datetime, taken=()) -> datetime.datetime:
    """The first every-other-Tuesday send time later than `after` that no other issue has taken.

    `taken` holds the send times already booked; a slot counts as taken when an issue is booked
    for any time that day, so two issues never go out on the same Tuesday by accident.
    """
    first = settings.NEWSLETTER_FIRST_TUESDAY
    taken_days = {timezone.localtime(when).date() for when in taken}
    local_day = timezone.localtime(after).date()
    fortnights = max(0, (local_day - first).days // 14)
    day = first + fortnights * FORTNIGHT
    while slot_on(day) <= after or day in taken_days:
        day += FORTNIGHT
    return slot_on(day)


def off_rhythm_warning(send_at: datetime.datetime | None) -> str:
    """A word for the editor when a send time is not on a Tuesday (allowed, but unusual)."""
    if send_at is None:
        return ""
    local = timezone.localtime(send_at)
    if local.weekday() == TUESDAY:
        return ""
    return (
        f"{local:%A, %b} {local.day} is not a Tuesday: subscribers expect the tips every other "
        "Tuesday. Saved anyway; change the date if that was not intended."
    )
