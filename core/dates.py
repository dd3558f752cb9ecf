"""Dates from forms that every later step can still handle.

A form happily accepts 9999-12-31 23:59; converting it to UTC for the database (or adding the
one day of an inclusive end date) then raises OverflowError. Fields that take dates or times
from people add `validate_storable` so such values become a form error instead.
"""

import datetime

from django.core.exceptions import ValidationError

EARLIEST_YEAR = 1900
LATEST_YEAR = 9998


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
