"""Every tag gets an address: an ASCII slug that the `<slug:slug>` route of /tags/ accepts.

taggit slugifies with Unicode allowed (`résumé` stays `résumé`) and to nothing for emoji or
symbols (`🔥`, `\\`); neither reverses to `comparisons:tag`, and one such tag used to take its
article, its preview and the whole sitemap down. `routable_slug()` transliterates to ASCII, falls
back to a short stable hash for names with no letters or digits, and keeps slugs unique; a
`pre_save` receiver on taggit's Tag applies it however the tag is created (article form, taggit's
admin, a restore). Pages still skip any tag whose slug is not routable, so no tag can break one.
"""

import hashlib
import re

from django.utils.text import slugify

# Django's `slug` path converter.
ROUTABLE = re.compile(r"[-a-zA-Z0-9_]+")
MAX_LENGTH = 100  # taggit's Tag.slug
_BASE_LENGTH = MAX_LENGTH - 12  # room for a "-NNN" suffix


def is_routable(slug) -> bool:
    return isinstance(slug, str) and ROUTABLE.fullmatch(slug) is not None


def base_slug(name: str) -> str:
    """`résumé` → `resume`; a name with no ASCII letters or digits → `tag-` and a short hash."""
    slug = slugify(name)[:_BASE_LENGTH].strip("-_")
    if not slug:
        slug = "tag-" + hashlib.sha256(name.encode()).hexdigest()[:8]
    return slug


def routable_slug(name: str, *, taken) -> str:
    """A routable slug for `name` that is not in `taken` (a container of slugs in use)."""
    base = base_slug(name)
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def assign_routable_slug(sender, instance, **kwargs):
    """pre_save of taggit's Tag: replace a slug that /tags/<slug>/ cannot route."""
    if is_routable(instance.slug):
        return
    base = base_slug(instance.name)
    others = sender._default_manager.filter(slug__startswith=base).exclude(pk=instance.pk)
    instance.slug = routable_slug(instance.name, taken=set(others.values_list("slug", flat=True)))
