"""Dates the apps share: calendar arithmetic (review dates, stale-figure cut-offs), and dates
from forms that every later step can still handle.

A form happily accepts 9999-12-31 23:59; converting it to UTC for the database (or adding the
one day of an inclusive end date) then raises OverflowError. Fields that take dates or times
from people add `validate_storable` so such values become a form error instead.
"""

import calendar
import datetime

from django.core.exceptions import ValidationError

EARLIEST_YEAR = 1900
LATEST_YEAR = 9998


def add_months(day: datetime.date, months: int) -> datetime.date:
    """`day` moved by `months` calendar months (negative: back), kept inside the target month.

    A day the target month does not have – the 31st, or 29 February outside a leap year –
    becomes that month's last day: 31 January + 1 month is 28 (or 29) February, and
    29 February 2028 + 12 months is 28 February 2029.
    """
    year, month_index = divmod(day.year * 12 + day.month - 1 + months, 12)
    month = month_index + 1
    last_day = calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last_day))


def validate_storable(value):
    if value is None:
        return
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValidationError(
            f"Enter a date between the years {EARLIEST_YEAR} and {LATEST_YEAR}.",
            code="out_of_range",
        )
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        try:
            value.astimezone(datetime.UTC)
        except OverflowError:  # pragma: no cover - excluded by the year range above
            raise ValidationError("Enter an earlier date.", code="out_of_range") from None
