from django import template

register = template.Library()


@register.filter
def a_or_an(noun: str) -> str:
    """“a Practice Manager”, “an Office Manager”."""
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"
