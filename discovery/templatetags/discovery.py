"""Article-page pieces from search and discovery: structured data, social cards, related reads."""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from core import live
from core.json_ld import json_ld

from .. import metadata
from ..related import RELATED_CACHE_SECONDS
from ..related import related_comparisons as find_related

register = template.Library()


@register.inclusion_tag("discovery/includes/article_meta.html", takes_context=True)
def article_meta(context):
    """Open Graph article and image tags, and Article + BreadcrumbList JSON-LD."""
    page = {key: context[key] for key in ("comparison", "role_a", "role_b")}
    article, tags = context["article"], context.get("tags", [])
    article_data = metadata.article_data(
        article=article, author=context.get("author"), tags=tags, **page
    )
    return {
        "comparison": page["comparison"],
        "tags": tags,
        "image": metadata.hero_image(article.hero),
        "article_json_ld": json_ld(article_data),
        "breadcrumb_json_ld": json_ld(metadata.breadcrumb_data(**page)),
    }


@register.simple_tag(takes_context=True)
def related_comparisons(context):
    """“You may also like”, for the article in the page's context.

    The rendered list is cached until live content next changes (core.live), so a taken-down
    article still leaves it at once; choosing and rendering it is the article page's dearest part.
    """
    comparison, article = context["comparison"], context["article"]
    tag_slugs = [tag["slug"] for tag in context.get("tags", [])]

    def render():
        related = find_related(comparison, revision_id=article.pk, tag_slugs=tag_slugs)
        return render_to_string("discovery/includes/related.html", {"related": related})

    return mark_safe(  # noqa: S308 – our own template's output
        live.cached(
            "related",
            render,
            timeout=RELATED_CACHE_SECONDS,
            key=f"{comparison.pk}:{article.pk}",
            generation_now=context.get("live_generation"),
        )
    )
