"""Every tag gets a routable ASCII slug, and no tag can take a page down (issue 11, defect 1)."""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse
from taggit.models import Tag

from comparisons import preview
from comparisons.tags import is_routable

from .factories import make_comparison, make_editor

pytestmark = pytest.mark.django_db

HOSTILE_TAGS = ["résumé", "🔥", "\\", "日本語", "--", "Ünïcödé Jobs", "a" * 100, "🔥🔥"]

repair = importlib.import_module("comparisons.migrations.0003_tag_routable_slugs").repair


def test_every_new_tag_gets_a_unique_routable_slug():
    comparison = make_comparison(tags=HOSTILE_TAGS + ["Resume"])
    slugs = [tag.slug for tag in comparison.tags.all()]
    assert len(slugs) == len(HOSTILE_TAGS) + 1
    assert all(is_routable(slug) for slug in slugs), slugs
    assert len(set(slugs)) == len(slugs)
    assert Tag.objects.get(name="résumé").slug in ("resume", "resume-2")
    for slug in slugs:
        reverse("comparisons:tag", kwargs={"slug": slug})


def test_an_article_with_odd_tags_its_preview_tag_pages_and_the_sitemap_work(client):
    comparison = make_comparison(tags=HOSTILE_TAGS)
    article = client.get(comparison.get_absolute_url())
    assert article.status_code == 200
    assert "résumé" in article.content.decode()
    assert client.get(preview.preview_path(comparison.live_revision)).status_code == 200
    sitemap = client.get("/sitemap.xml")
    assert sitemap.status_code == 200
    for tag in comparison.tags.all():
        assert f"/tags/{tag.slug}/" in sitemap.content.decode()
        assert client.get(reverse("comparisons:tag", args=[tag.slug])).status_code == 200


def test_an_editor_typing_a_unicode_slug_in_the_tag_admin_gets_a_routable_one(client):
    client.force_login(make_editor())
    response = client.post("/admin/taggit/tag/add/", {"name": "Café work", "slug": "café-work"})
    assert response.status_code == 302
    assert Tag.objects.get(name="Café work").slug == "cafe-work"


def _break(tag, slug):
    Tag.objects.filter(pk=tag.pk).update(slug=slug)


def test_tags_saved_with_broken_slugs_are_skipped_not_fatal(client):
    comparison = make_comparison(tags=["résumé", "🔥", "management"])
    revision = comparison.live_revision
    body = revision.body
    for item in body["tags"]:
        if item["name"] != "management":
            item["slug"] = "résumé" if item["name"] == "résumé" else ""
    type(revision).objects.filter(pk=revision.pk).update(body=body)
    _break(Tag.objects.get(name="résumé"), "résumé")
    _break(Tag.objects.get(name="🔥"), "")
    article = client.get(comparison.get_absolute_url())
    assert article.status_code == 200
    assert 'href="/tags/management/"' in article.content.decode()
    assert client.get(preview.preview_path(revision)).status_code == 200
    assert client.get("/sitemap.xml").status_code == 200
    assert client.get(reverse("comparisons:list"), {"tag": "résumé"}).status_code == 404
    assert client.get(reverse("comparisons:list")).status_code == 200


def test_the_migration_repairs_broken_slugs_in_tags_and_revisions(client):
    Tag.objects.create(name="resume")
    comparison = make_comparison(tags=["résumé", "🔥", "resume"])
    revision = comparison.live_revision
    body = revision.body
    for item in body["tags"]:
        if item["name"] == "résumé":
            item["slug"] = "résumé"
        elif item["name"] == "🔥":
            item["slug"] = ""
    type(revision).objects.filter(pk=revision.pk).update(body=body)
    _break(Tag.objects.get(name="résumé"), "résumé")
    _break(Tag.objects.get(name="🔥"), "")

    repair(apps, None)

    slugs = dict(Tag.objects.values_list("name", "slug"))
    assert slugs["resume"] == "resume"
    assert slugs["résumé"] == "resume-2"
    assert slugs["🔥"].startswith("tag-") and is_routable(slugs["🔥"])
    revision.refresh_from_db()
    assert {item["name"]: item["slug"] for item in revision.body["tags"]} == slugs
    article = client.get(comparison.get_absolute_url()).content.decode()
    assert f'href="/tags/{slugs["🔥"]}/"' in article
    assert 'href="/tags/resume-2/"' in article
