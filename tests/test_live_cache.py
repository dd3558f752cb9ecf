"""Public fragments and the live article are cached until what readers see changes."""

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from careers import services as careers_services
from comparisons import publishing, workflow
from comparisons.preview import preview_url
from core import live

from .admin_forms import resubmit_data
from .factories import make_comparison, make_role, make_sector, make_user

pytestmark = pytest.mark.django_db


def test_publishing_role_edits_and_taking_down_each_change_the_generation():
    comparison = make_comparison(published=False)
    seen = [live.generation()]
    publishing.make_live(comparison)
    seen.append(live.generation())
    careers_services.save_role(role=comparison.role_a, by=None)
    seen.append(live.generation())
    publishing.take_down(comparison)
    seen.append(live.generation())
    assert seen == sorted(set(seen)), seen


def test_editing_a_role_no_live_article_shows_leaves_caches_alone():
    role = make_role()
    make_comparison(role, published=False)
    before = live.generation()
    careers_services.save_role(role=role, by=None)
    assert live.generation() == before


def test_a_cached_article_disappears_the_moment_it_is_taken_down(client):
    comparison = make_comparison()
    url = comparison.get_absolute_url()
    assert client.get(url).status_code == 200
    publishing.take_down(comparison)
    assert client.get(url).status_code == 404


def test_a_cached_article_shows_a_new_version_the_moment_it_is_published(client):
    comparison = make_comparison()
    client.get(comparison.get_absolute_url())
    comparison.title = "A brand new title"
    comparison.save()
    publishing.make_live(comparison, revision=publishing.create_revision(comparison))
    assert "A brand new title" in client.get(comparison.get_absolute_url()).text


def test_role_facts_in_a_cached_article_follow_the_role(client):
    comparison = make_comparison()
    client.get(comparison.get_absolute_url())
    role = comparison.role_a
    role.median_salary = 123456
    careers_services.save_role(role=role, by=None)
    assert "$123,456" in client.get(comparison.get_absolute_url()).text


def test_a_taken_down_article_leaves_cached_related_lists_at_once(client):
    sector = make_sector()
    shared = make_role(sector=sector)
    article = make_comparison(shared, make_role(sector=sector))
    neighbour = make_comparison(shared, make_role(sector=sector), title="The neighbour article")
    assert "The neighbour article" in client.get(article.get_absolute_url()).text
    publishing.take_down(neighbour)
    assert "The neighbour article" not in client.get(article.get_absolute_url()).text


def test_a_scheduled_article_appears_on_time_although_its_404_was_seen_before(client):
    comparison = make_comparison(published=False)
    go_live = timezone.now() + datetime.timedelta(hours=1)
    publishing.make_live(comparison, at=go_live)
    url = comparison.get_absolute_url()
    assert client.get(url).status_code == 404
    with time_machine.travel(go_live + datetime.timedelta(minutes=1)):
        assert client.get(url).status_code == 200


def test_an_author_box_edit_shows_on_cached_articles(admin_client, client):
    author = make_user(first_name="Ada", bio="Writes about nursing.")
    comparison = make_comparison(author=author)
    assert "Writes about nursing." in client.get(comparison.get_absolute_url()).text
    url = reverse("admin:accounts_user_change", args=[author.pk])
    data = resubmit_data(admin_client.get(url))
    data["bio"] = "Now writes about data jobs."
    assert admin_client.post(url, data).status_code == 302
    assert "Now writes about data jobs." in client.get(comparison.get_absolute_url()).text


def test_a_new_author_shows_only_once_that_version_is_published(client):
    first = make_user(first_name="Ada", last_name="Lane")
    second = make_user(first_name="Ben", last_name="Ode")
    comparison = make_comparison(author=first)
    comparison.author = second
    comparison.save()
    publishing.create_revision(comparison)
    html = client.get(comparison.get_absolute_url()).text
    assert "Ada Lane" in html and "Ben Ode" not in html
    publishing.make_live(comparison)
    html = client.get(comparison.get_absolute_url()).text
    assert "Ben Ode" in html and "Ada Lane" not in html


def test_renaming_a_sector_shows_on_cached_articles(client):
    comparison = make_comparison()
    client.get(comparison.get_absolute_url())
    sector = comparison.role_a.sector
    sector.name = "Renamed sector"
    careers_services.save_sector(sector=sector)
    assert "Renamed sector" in client.get(comparison.get_absolute_url()).text


def test_a_scheduled_first_publication_refreshes_caches_when_it_goes_live():
    comparison = make_comparison(published=False)
    go_live = timezone.now() + datetime.timedelta(hours=1)
    publishing.make_live(comparison, at=go_live)
    type(comparison).objects.filter(pk=comparison.pk).update(
        status="scheduled", scheduled_for=go_live, scheduled_revision=comparison.live_revision
    )
    before = live.generation()
    workflow.publish_due(now=go_live + datetime.timedelta(minutes=1))
    assert live.generation() > before


def test_a_preview_does_not_change_the_live_related_list(client):
    sector = make_sector()
    shared_tag_article = make_comparison(
        make_role(sector=make_sector()), make_role(sector=make_sector()), tags=("draft-tag",)
    )
    article = make_comparison(make_role(sector=sector), make_role(sector=sector), tags=("live",))
    article.tags.set(["draft-tag"])
    draft = publishing.create_revision(article)
    client.get(preview_url(draft))
    html = client.get(article.get_absolute_url()).text
    assert shared_tag_article.live_revision.title not in html
