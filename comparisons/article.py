"""What the article template needs from a revision, gathered in a fixed number of queries."""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model

from careers import facts
from careers.models import Role

from . import tags
from .models import Comparison, Revision


@dataclass
class Block:
    """A section of the article (None for the intro) followed by the links placed after it."""

    section: dict | None
    links: list = field(default_factory=list)


def resolve_links(links: list[dict]) -> list[dict | None]:
    """Give each stored link its address; links to articles that are not live become None."""
    comparison_ids = {link["comparison_id"] for link in links if link["comparison_id"]}
    role_ids = {link["role_id"] for link in links if link["role_id"]}
    comparisons = {}
    if comparison_ids:
        comparisons = {
            c.pk: c
            for c in Comparison.objects.published()
            .filter(pk__in=comparison_ids)
            .select_related("live_revision")
            .only("pk", "slug", "live_revision__slug")
        }
    roles = {}
    if role_ids:
        roles = {r.pk: r for r in Role.objects.public().filter(pk__in=role_ids).only("pk", "slug")}

    resolved = []
    for link in links:
        if link["url"]:
            resolved.append({"label": link["label"], "href": link["url"], "external": True})
            continue
        target = comparisons.get(link["comparison_id"]) or roles.get(link["role_id"])
        resolved.append(
            {"label": link["label"], "href": target.get_absolute_url(), "external": False}
            if target
            else None
        )
    return resolved


def fact_roles(comparison: Comparison) -> dict:
    """What `{{ a.… }}` and `{{ b.… }}` refer to: the roles the facts table shows."""
    return {"a": comparison.role_a, "b": comparison.role_b}


def resolved_section(section: dict, roles: dict) -> dict:
    """A copy of a stored section with the roles' current facts in its prose."""
    return {
        **section,
        "body_html": facts.resolve_html(section.get("body_html", ""), roles),
        "verdict_html": facts.resolve_html(section.get("verdict_html", ""), roles),
    }


def article_blocks(revision: Revision, roles: dict | None = None) -> list[Block]:
    """The intro block, then each section with its links; links past the end go last.

    With `roles`, fact placeholders in the sections are filled in (the stored revision is not
    changed: it may be cached and shared)."""
    sections = revision.body.get("sections", [])
    if roles is not None:
        sections = [resolved_section(section, roles) for section in sections]
    links = revision.body.get("links", [])
    blocks = [Block(section=None)] + [Block(section=section) for section in sections]
    for link, resolved in zip(links, resolve_links(links), strict=True):
        if resolved:
            blocks[min(link["after_section"], len(sections))].links.append(resolved)
    return blocks


def article_context(
    comparison: Comparison, revision: Revision, *, live_generation: int | None
) -> dict:
    """The template context of an article page, for the live page and for previews alike.

    Role facts in the prose are filled in here, as the page is built, from the same role
    objects as the facts table: a role change shows in table and text at once.
    `live_generation` is the live-content generation (core.live) the page was built under; the
    cached parts of the page are keyed by it.
    """
    roles = fact_roles(comparison)
    return {
        "comparison": comparison,
        "article": revision,
        "role_a": comparison.role_a,
        "role_b": comparison.role_b,
        "intro_html": facts.resolve_html(revision.body.get("intro_html", ""), roles),
        "blocks": article_blocks(revision, roles),
        # Revisions saved before tag slugs were repaired may name an unroutable one: skip it.
        "tags": [tag for tag in revision.body.get("tags", []) if tags.is_routable(tag.get("slug"))],
        "author": revision_author(comparison, revision),
        "live_generation": live_generation,
    }


def revision_author(comparison: Comparison, revision: Revision):
    """The author the revision was saved with (their current name and bio), so that changing
    the author of the working copy shows only once that version is published."""
    author_id = revision.body.get("author_id", comparison.author_id)
    if author_id == comparison.author_id:
        return comparison.author
    return get_user_model().objects.filter(pk=author_id).first()
