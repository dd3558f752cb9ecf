"""What the article template needs from a revision, gathered in a fixed number of queries."""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model

from careers.models import Role

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
        roles = {r.pk: r for r in Role.objects.filter(pk__in=role_ids).only("pk", "slug")}

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


def article_blocks(revision: Revision) -> list[Block]:
    """The intro block, then each section with its links; links past the end go last."""
    sections = revision.body.get("sections", [])
    links = revision.body.get("links", [])
    blocks = [Block(section=None)] + [Block(section=section) for section in sections]
    for link, resolved in zip(links, resolve_links(links), strict=True):
        if resolved:
            blocks[min(link["after_section"], len(sections))].links.append(resolved)
    return blocks


def article_context(comparison: Comparison, revision: Revision, *, live_generation: int) -> dict:
    """The template context of an article page, for the live page and for previews alike.

    `live_generation` is the live-content generation (core.live) the page was built under; the
    cached parts of the page are keyed by it.
    """
    return {
        "comparison": comparison,
        "article": revision,
        "role_a": comparison.role_a,
        "role_b": comparison.role_b,
        "blocks": article_blocks(revision),
        "tags": revision.body.get("tags", []),
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
