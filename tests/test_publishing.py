import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.text import slugify

from comparisons import publishing
from comparisons.models import Comparison, Section

from .factories import make_comparison

pytestmark = pytest.mark.django_db


def test_revision_snapshots_sections_links_tags_and_rendered_html():
    comparison = make_comparison(sections=2, links=1, tags=("nursing", "pay"), published=False)
    revision = comparison.revisions.get()
    assert revision.number == 1
    headings = [s["heading"] for s in revision.body["sections"]]
    assert [s["anchor"] for s in revision.body["sections"]] == [slugify(h) for h in headings]
    assert revision.body["sections"][0]["body_html"].startswith("<p>Body text")
    assert revision.body["links"][0]["url"].startswith("https://example.com/")
    assert sorted(revision.tags.names()) == ["nursing", "pay"]
    assert revision.reading_time == 1


def test_duplicate_headings_get_distinct_anchors():
    comparison = make_comparison(sections=0, published=False)
    for position in (1, 2):
        Section.objects.create(comparison=comparison, position=position, heading="Pay", body="x")
    revision = publishing.create_revision(comparison)
    assert [s["anchor"] for s in revision.body["sections"]] == ["pay", "pay-2"]


def test_revision_numbers_count_up():
    comparison = make_comparison(published=False)
    assert publishing.create_revision(comparison).number == 2
    assert publishing.create_revision(comparison).number == 3


def test_only_live_comparisons_are_published():
    live = make_comparison()
    make_comparison(published=False)
    assert list(Comparison.objects.published()) == [live]


def test_a_comparison_scheduled_for_later_is_not_published_until_then():
    comparison = make_comparison(published=False)
    later = timezone.now() + datetime.timedelta(hours=2)
    publishing.make_live(comparison, at=later)
    assert not Comparison.objects.published().exists()
    assert comparison.published_at == later


def test_taking_down_hides_the_comparison_but_keeps_its_history():
    comparison = make_comparison()
    publishing.take_down(comparison)
    assert not Comparison.objects.published().exists()
    assert comparison.revisions.count() == 1
    assert comparison.published_at is not None


def test_editing_the_working_copy_does_not_change_the_live_revision():
    comparison = make_comparison()
    comparison.title = "A new, unpublished title"
    comparison.save()
    publishing.create_revision(comparison)
    comparison.refresh_from_db()
    assert comparison.live_revision.title != "A new, unpublished title"
    assert comparison.live_revision.number == 1


def test_two_live_comparisons_cannot_share_an_address():
    first = make_comparison()
    second = make_comparison(published=False)
    revision = second.revisions.get()
    revision.slug = first.slug
    revision.save()
    with pytest.raises(ValidationError, match="already uses the address"):
        publishing.make_live(second, revision=revision)
