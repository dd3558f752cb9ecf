from django import template
from django.core.files.storage import default_storage
from django.utils.html import format_html, format_html_join

register = template.Library()


def _srcset(renditions):
    return ", ".join(f"{default_storage.url(r['name'])} {r['width']}w" for r in renditions)


@register.simple_tag
def picture(hero, sizes="100vw", loading="lazy", css_class=""):
    """A responsive <picture>: WebP where the browser takes it, JPEG otherwise.

    Before the renditions exist (they are made in the background) the original is shown.
    """
    if not hero:
        return ""
    if not hero.get("jpg"):
        if not hero.get("source"):
            return ""
        return format_html(
            '<picture class="{}"><img src="{}" width="{}" height="{}" alt="{}" loading="{}" '
            'decoding="async"></picture>',
            css_class,
            default_storage.url(hero["source"]),
            hero["width"],
            hero["height"],
            hero.get("alt", ""),
            loading,
        )
    largest = hero["jpg"][-1]
    height = round(hero["height"] * largest["width"] / hero["width"])
    return format_html(
        '<picture class="{}">{}<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" '
        'alt="{}" loading="{}" decoding="async"></picture>',
        css_class,
        format_html_join(
            "",
            '<source type="image/webp" srcset="{}" sizes="{}">',
            [(_srcset(hero["webp"]), sizes)] if hero.get("webp") else [],
        ),
        default_storage.url(largest["name"]),
        _srcset(hero["jpg"]),
        sizes,
        largest["width"],
        height,
        hero.get("alt", ""),
        loading,
    )
