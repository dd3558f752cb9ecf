"""Article-page pieces from search and discovery: structured data, social cards, related reads."""

from django import template

from .. import metadata
from ..related import related_comparisons as find_related

register = template.Library()


@register.inclusion_tag("search/includes/article_meta.html", takes_context=True)
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
        "article_json_ld": metadata.json_ld(article_data),
        "breadcrumb_json_ld": metadata.json_ld(metadata.breadcrumb_data(**page)),
    }


@register.inclusion_tag("search/includes/related.html", takes_context=True)
def related_comparisons(context):
    """“You may also like”, for the article in the page's context."""
    tag_slugs = [tag["slug"] for tag in context.get("tags", [])]
    return {"related": find_related(context["comparison"], tag_slugs=tag_slugs)}
