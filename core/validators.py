"""Validators for text that ends up in e-mail headers."""

import unicodedata

from django.core.exceptions import ValidationError

# Control characters (CR, LF, NUL, tab …) and the Unicode line and paragraph separators: any of
# them in a header either splits it (header injection) or makes Python refuse the whole message.
_BREAKING = {"Cc", "Zl", "Zp"}


def has_line_break(value: str) -> bool:
    return any(unicodedata.category(char) in _BREAKING for char in value or "")


def validate_one_line(value: str) -> None:
    if has_line_break(value):
        raise ValidationError(
            "Keep this on one line: it is used in e-mail headers, so it cannot contain line "
            "breaks, tabs or other control characters.",
            code="line_break",
        )
