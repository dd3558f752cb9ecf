"""Text with matched words between markers, as safe HTML with <mark> around those words."""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .documents import MARK_END, MARK_START


def marked_html(text: str) -> SafeString:
    """Escape everything, then turn each complete marker pair into <mark>…</mark>."""
    parts = []
    rest = text or ""
    while (start := rest.find(MARK_START)) != -1 and (end := rest.find(MARK_END, start)) != -1:
        parts.append(escape(_unmarked(rest[:start])))
        parts.append(f"<mark>{escape(_unmarked(rest[start + 1 : end]))}</mark>")
        rest = rest[end + 1 :]
    parts.append(escape(_unmarked(rest)))
    return mark_safe("".join(parts))  # noqa: S308 – every piece of text above is escaped


def _unmarked(text):
    return text.replace(MARK_START, "").replace(MARK_END, "")
