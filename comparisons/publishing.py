"""Snapshots and going live: the only code that changes what readers see.

The editorial workflow (who may do what, and what it records) calls these functions; they do
no permission checks themselves.
"""

import math

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify

from core import live
from core.markdown import render_markdown, word_count
from search import index as search_index

from .models import Comparison, ComparisonSlug, Revision

WORDS_PER_MINUTE = 220


# Ids the article page already uses for its own parts; section anchors must not repeat them.
PAGE_IDS = {"main", "author", "author-heading", "what-is-a", "what-is-b", "at-a-glance"}


def _anchors(headings):
    seen = set(PAGE_IDS)
    for heading in headings:
        base = slugify(heading) or "section"
        anchor, n = base, 2
        while anchor in seen:
            anchor, n = f"{base}-{n}", n + 1
        seen.add(anchor)
        yield anchor


def snapshot_data(comparison: Comparison) -> dict:
    """Everything a reader sees of the working copy, rendered, as plain JSON-able data."""
    sections = list(comparison.sections.all())
    links = list(comparison.related_links.all())
    tags = sorted(comparison.tags.all(), key=lambda tag: tag.name)
    intro_html = render_markdown(comparison.intro)
    body = {
        "role_a_id": comparison.role_a_id,
        "author_id": comparison.author_id,
        "role_b_id": comparison.role_b_id,
        "intro": comparison.intro,
        "intro_html": intro_html,
        "hero_image": comparison.hero_image.name or "",
        "hero_alt": comparison.hero_alt,
        "sections": [
            {
                "kind": section.kind,
                "heading": section.heading,
                "anchor": anchor,
                "body": section.body,
                "body_html": section.body_html,
                "verdict": section.verdict,
                "verdict_html": section.verdict_html,
            }
            for section, anchor in zip(sections, _anchors(s.heading for s in sections), strict=True)
        ],
        "tags": [{"name": tag.name, "slug": tag.slug} for tag in tags],
        "links": [
            {
                "after_section": link.after_section,
                "label": link.label,
                "comparison_id": link.target_comparison_id,
                "role_id": link.target_role_id,
                "url": link.url,
            }
            for link in links
        ],
    }
    words = word_count(intro_html) + sum(
        word_count(s.body_html) + word_count(s.verdict_html) for s in sections
    )
    hero = {}
    if comparison.hero_renditions:
        hero = {**comparison.hero_renditions, "alt": comparison.hero_alt}
    return {
        "title": comparison.title,
        "slug": comparison.slug,
        "lead": comparison.lead,
        "hero": hero,
        "body": body,
        "reading_time": max(1, math.ceil(words / WORDS_PER_MINUTE)),
        "tags": [tag.name for tag in tags],
    }


@transaction.atomic
def create_revision(comparison: Comparison, *, user=None) -> Revision:
    """Keep a snapshot of the working copy as it is now (call after sections and tags are saved)."""
    Comparison.objects.select_for_update().filter(pk=comparison.pk).first()
    last = comparison.revisions.aggregate(last=Max("number"))["last"] or 0
    data = snapshot_data(comparison)
    tags = data.pop("tags")
    revision = Revision.objects.create(
        comparison=comparison, number=last + 1, created_by=user, **data
    )
    revision.tags.set(tags)
    return revision


def latest_revision(comparison: Comparison) -> Revision:
    return comparison.revisions.order_by("-number").first() or create_revision(comparison)


@transaction.atomic
def make_live(comparison: Comparison, *, revision: Revision | None = None, at=None) -> Comparison:
    """Show `revision` (default: the latest) to readers from `at` (default: now)."""
    revision = revision or latest_revision(comparison)
    if revision.comparison_id != comparison.pk:
        raise ValidationError("That revision belongs to another comparison.")
    clash = (
        Comparison.objects.filter(live_revision__slug=revision.slug)
        .exclude(pk=comparison.pk)
        .exists()
    )
    if clash:
        raise ValidationError(
            f"Another live comparison already uses the address “{revision.slug}”. "
            "Change this article's slug first."
        )
    now = timezone.now()
    at = at or now
    comparison.live_revision = revision
    comparison.live_from = at
    comparison.live_updated_at = at
    if comparison.published_at is None or comparison.published_at > at:
        comparison.published_at = at
    comparison.save(update_fields=["live_revision", "live_from", "live_updated_at", "published_at"])
    remember_address(comparison, revision.slug)
    search_index.sync_comparison(comparison)
    live.content_changed()
    return comparison


def remember_address(comparison: Comparison, slug: str) -> None:
    """Keep `slug` as an address of `comparison` (the latest comparison to use it wins)."""
    ComparisonSlug.objects.update_or_create(slug=slug, defaults={"comparison": comparison})


def comparison_at_old_address(slug: str) -> Comparison | None:
    """The live comparison that was once published at `slug`, if any."""
    past = ComparisonSlug.objects.filter(slug=slug).values("comparison_id")
    return (
        Comparison.objects.published().filter(pk__in=past).select_related("live_revision").first()
    )


@transaction.atomic
def take_down(comparison: Comparison) -> Comparison:
    """Hide the comparison from readers; its revisions and first-publication date are kept."""
    comparison.live_revision = None
    comparison.live_from = None
    comparison.save(update_fields=["live_revision", "live_from"])
    search_index.sync_comparison(comparison)
    live.content_changed()
    return comparison
