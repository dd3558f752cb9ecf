"""Calendar arithmetic the apps share: review dates, stale-figure cut-offs."""

import calendar
import datetime


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
