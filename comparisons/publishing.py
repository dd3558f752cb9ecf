"""Snapshots, going live, taking down and deleting: the only code that changes what readers see.

Each function that changes what readers see updates the search index (`search.index`) and bumps
the live-content generation (`core.live`) once, in its own transaction, so every cached
fragment is refreshed the moment the change commits. Nothing else in `comparisons` does either.
The editorial workflow (who may do what, and what it records) calls these functions, and so do
the admin's delete and the demo and benchmark seeding; they do no permission checks themselves.
"""

import math
from collections import Counter

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify

from careers import services as careers_services
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
    return snapshot_of(
        comparison,
        sections=list(comparison.sections.all()),
        links=list(comparison.related_links.all()),
        tags=list(comparison.tags.all()),
    )


def snapshot_of(comparison: Comparison, *, sections: list, links: list, tags: list) -> dict:
    """`snapshot_data` of given sections (with their `body_html`), links and tags: also of an
    unsaved working copy (the writing desk's live preview), so both render the same way."""
    tags = sorted(tags, key=lambda tag: tag.name)
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


def _check_addresses_free(revisions: list[Revision]) -> None:
    """Two live comparisons may not share an address (a live revision's slug)."""
    counts = Counter(revision.slug for revision in revisions)
    taken = {slug for slug, n in counts.items() if n > 1}
    going_live = {revision.comparison_id for revision in revisions}
    slugs = list(counts)
    for start in range(0, len(slugs), search_index.BATCH):
        taken.update(
            slug
            for pk, slug in Comparison.objects.filter(
                live_revision__slug__in=slugs[start : start + search_index.BATCH]
            ).values_list("pk", "live_revision__slug")
            if pk not in going_live
        )
    if taken:
        raise ValidationError(
            f"Another live comparison already uses the address “{min(taken)}”. "
            "Change this article's slug first."
        )


def _point_at(comparison: Comparison, revision: Revision, at) -> None:
    comparison.live_revision = revision
    comparison.live_from = at
    comparison.live_updated_at = at
    if comparison.published_at is None or comparison.published_at > at:
        comparison.published_at = at


LIVE_FIELDS = ["live_revision", "live_from", "live_updated_at", "published_at"]


@transaction.atomic
def make_live(comparison: Comparison, *, revision: Revision | None = None, at=None) -> Comparison:
    """Show `revision` (default: the latest) to readers from `at` (default: now)."""
    revision = revision or latest_revision(comparison)
    if revision.comparison_id != comparison.pk:
        raise ValidationError("That revision belongs to another comparison.")
    _check_addresses_free([revision])
    _point_at(comparison, revision, at or timezone.now())
    comparison.save(update_fields=LIVE_FIELDS)
    remember_address(comparison, revision.slug)
    # The editor publishing the article has reviewed the roles it shows: their pages go public
    # with it, so an article never links to a role page readers cannot open.
    careers_services.approve(roles=[comparison.role_a, comparison.role_b])
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
def make_live_in_bulk(*, revisions: list[Revision], at: list) -> list[Comparison]:
    """`make_live()` for many comparisons at once: `revisions[i]` goes live at `at[i]`.

    The one bulk path (benchmark seeding), with the same invariants in a few queries
    per 500 articles: addresses checked, every entry indexed, the generation bumped once.
    Each revision's comparison (with its two roles) should already be loaded.
    """
    _check_addresses_free(revisions)
    comparisons = []
    for revision, when in zip(revisions, at, strict=True):
        comparison = revision.comparison
        _point_at(comparison, revision, when)
        comparisons.append(comparison)
    Comparison.objects.bulk_update(comparisons, LIVE_FIELDS, batch_size=search_index.BATCH)
    ComparisonSlug.objects.bulk_create(
        [ComparisonSlug(slug=r.slug, comparison_id=r.comparison_id) for r in revisions],
        update_conflicts=True,
        unique_fields=["slug"],
        update_fields=["comparison"],
        batch_size=search_index.BATCH,
    )
    search_index.sync_comparisons_in_bulk(comparisons)
    live.content_changed()
    return comparisons


def schedule_changed(comparison: Comparison) -> Comparison:
    """A new version of a live article was scheduled, or its schedule cancelled: what readers
    will see at a set time changed, so cached pages and the cached next-due time refresh."""
    live.content_changed()
    return comparison


@transaction.atomic
def went_live_on_schedule(comparison: Comparison) -> Comparison:
    """A scheduled first publication became visible by itself at its time (`published()`
    compares `live_from` with the clock; its entry was indexed when it was scheduled). Lists
    cached before that moment do not show it yet: refresh them."""
    live.content_changed()
    return comparison


@transaction.atomic
def take_down(comparison: Comparison) -> Comparison:
    """Hide the comparison from readers; its revisions and first-publication date are kept."""
    comparison.live_revision = None
    comparison.live_from = None
    comparison.save(update_fields=["live_revision", "live_from"])
    search_index.sync_comparison(comparison)
    live.content_changed()
    return comparison


@transaction.atomic
def hero_renditions_made(*, source: str, renditions: dict) -> int:
    """Show the new renditions of the hero image `source` on the working copies that use it and
    on every revision snapshot before they existed (those name the image but show the
    original); readers' cached pages follow. Returns how many revisions changed."""
    with transaction.atomic():
        Comparison.objects.filter(hero_image=source).update(hero_renditions=renditions)
        revisions = [
            revision
            for revision in Revision.objects.filter(hero__source=source).only("pk", "hero")
            if revision.hero.get("jpg") != renditions.get("jpg")
        ]
        for revision in revisions:
            revision.hero = {**renditions, "alt": revision.hero.get("alt", "")}
        Revision.objects.bulk_update(revisions, ["hero"])
        if revisions:
            live.content_changed()
    return len(revisions)


def delete_comparisons(*, comparisons) -> int:
    """Delete comparisons with their sections, revisions and history; returns how many.

    Their search entries go with them (the entry's foreign key cascades); caches are refreshed
    when any of them was live or scheduled.
    """
    doomed = Comparison.objects.filter(pk__in=[comparison.pk for comparison in comparisons])
    was_live = doomed.filter(live_revision__isnull=False).exists()
    _, per_model = doomed.delete()
    if was_live:
        live.content_changed()
    return per_model.get(Comparison._meta.label, 0)
