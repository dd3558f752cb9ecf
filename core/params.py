"""Reading numbers from untrusted text (query strings, URL parts, form fields).

`int()` accepts far more than a reader types: `int("²")` fails although `"²".isdigit()` is
true, `int("٣")` is 3, and `int("9" * 20)` overflows SQLite's 64-bit integers. Everything that
turns a request value into a number goes through `positive_int`, which takes ASCII digits only
and refuses numbers no database column can hold.
"""

import re

# The largest value a BigAutoField (and SQLite's INTEGER) can hold.
MAX_DB_INT = 2**63 - 1

_ASCII_DIGITS = re.compile(r"[0-9]{1,19}")


def positive_int(value, *, default=None, maximum=MAX_DB_INT):
    """`value` as an int in 1..maximum if it is plain ASCII digits, otherwise `default`."""
    if isinstance(value, int) and not isinstance(value, bool):
        text = str(value)
    elif isinstance(value, str):
        text = value
    else:
        return default
    if not _ASCII_DIGITS.fullmatch(text):
        return default
    number = int(text)
    if number < 1 or number > maximum:
        return default
    return number
