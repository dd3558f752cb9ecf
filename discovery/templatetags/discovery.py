"""Article-page pieces from discovery: structured data, social cards, related reads.

Each tag takes what it shows as arguments, so a template states what it hands over:
`{% article_meta comparison article tags author %}` and
`{% related_comparisons comparison article tags live_generation %}`.
"""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from core import live
from core.json_ld import json_ld

from .. import metadata
from ..related import RELATED_CACHE_SECONDS
from ..related import related_comparisons as find_related

register = template.Library()


@register.inclusion_tag("discovery/includes/article_meta.html")
def article_meta(comparison, article, tags, author):
    """Open Graph article and image tags, and Article + BreadcrumbList JSON-LD, for `article`
    (a revision of `comparison`) with its tags (snapshot dicts) and author (or None)."""
    roles = {"role_a": comparison.role_a, "role_b": comparison.role_b}
    article_data = metadata.article_data(
        comparison=comparison, article=article, author=author or None, tags=tags, **roles
    )
    return {
        "comparison": comparison,
        "tags": tags,
        "image": metadata.hero_image(article.hero),
        "article_json_ld": json_ld(article_data),
        "breadcrumb_json_ld": json_ld(metadata.breadcrumb_data(comparison=comparison, **roles)),
    }


@register.simple_tag
def related_comparisons(comparison, article, tags, generation):
    """“You may also like” for `article` (a revision of `comparison`) with its tags.

    The rendered list is cached until live content next changes (core.live): pass the
    generation the page already read, so a taken-down article still leaves it at once. Choosing
    and rendering it is the article page's dearest part.
    """
    tag_slugs = [tag["slug"] for tag in tags]

    def render():
        related = find_related(comparison, revision_id=article.pk, tag_slugs=tag_slugs)
        return render_to_string("discovery/includes/related.html", {"related": related})

    return mark_safe(  # noqa: S308 – our own template's output
        live.cached(
            "related",
            render,
            timeout=RELATED_CACHE_SECONDS,
            key=f"{comparison.pk}:{article.pk}",
            generation_now=generation,
        )
    )
