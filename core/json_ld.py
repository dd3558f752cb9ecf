import json

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

# The same characters Django's json_script escapes, so that text cannot close the <script>.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data: dict) -> SafeString:
    """A schema.org <script type="application/ld+json"> element for `data`."""
    text = json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308
