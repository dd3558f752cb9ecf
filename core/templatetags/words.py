from html import unescape

from django import template
from django.utils.html import strip_tags

register = template.Library()


@register.filter
def a_or_an(noun: str) -> str:
    """“a Practice Manager”, “an Office Manager”."""
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


@register.filter
def plain_text(html: str) -> str:
    """The words of stored HTML as ordinary (unsafe) text, for attributes such as a meta
    description: tags dropped, entities decoded, so autoescaping then escapes it exactly once.

    (`|safe|striptags` would keep the result marked safe, and a quote in it closes the attribute.)
    """
    return " ".join(unescape(strip_tags(str(html or ""))).split())
