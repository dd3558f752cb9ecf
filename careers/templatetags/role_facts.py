from django import template

from careers import facts

register = template.Library()


@register.filter
def usd(value):
    """“$65,730”; the OEWS top-coded figure reads “$239,200 or more”."""
    return facts.usd(value) if value is not None else ""
