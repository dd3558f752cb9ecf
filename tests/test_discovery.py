"""Sitemap, feed and robots.txt: only published comparisons, on the site's public address."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from django.utils import timezone

from comparisons import publishing
from newsletter.models import IssueStatus

from .factories import make_comparison, make_role, make_user
from .newsletter_factories import make_issue

pytestmark = pytest.mark.django_db

SITE = "http://127.0.0.1:8000"
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.find("s:loc", SITEMAP_NS).text: getattr(url.find("s:lastmod", SITEMAP_NS), "text", None)
        for url in root.findall("s:url", SITEMAP_NS)
    }


def day(moment):
    return timezone.localtime(moment).date().isoformat()


def test_sitemap_lists_published_comparisons_with_their_last_change(client):
    live = make_comparison(tags=("nursing",))
    draft = make_comparison(published=False, tags=("drafts-only",))
    scheduled = make_comparison(published=False)
    publishing.make_live(scheduled, at=timezone.now() + datetime.timedelta(days=1))
    urls = sitemap(client)
    assert urls[SITE + live.get_absolute_url()] == day(live.live_updated_at)
    assert SITE + draft.get_absolute_url() not in urls
    assert SITE + scheduled.get_absolute_url() not in urls
    assert SITE + reverse("comparisons:tag", args=["nursing"]) in urls
    assert SITE + reverse("comparisons:tag", args=["drafts-only"]) not in urls


def test_sitemap_dates_an_article_by_its_roles_facts_too(client):
    comparison = make_comparison()
    later = comparison.live_updated_at + datetime.timedelta(days=3)
    type(comparison.role_a).objects.filter(pk=comparison.role_a.pk).update(updated_at=later)
    assert sitemap(client)[SITE + comparison.get_absolute_url()] == day(later)


def test_sitemap_lists_roles_and_the_fixed_pages(client):
    role = make_role()
    urls = sitemap(client)
    assert SITE + role.get_absolute_url() in urls
    for name in ("discovery:home", "comparisons:list", "discovery:role_list"):
        assert SITE + reverse(name) in urls


def test_sitemap_lists_the_newsletter_archive_and_its_sent_issues_only(client):
    sent = make_issue(status=IssueStatus.SENT, slug="tips-for-interviews")
    draft = make_issue(slug="unfinished-tips")
    urls = sitemap(client)
    assert SITE + reverse("newsletter:issue_list") in urls
    assert SITE + sent.get_absolute_url() in urls
    assert SITE + draft.get_absolute_url() not in urls


def test_feed_lists_the_newest_published_comparisons(client):
    author = make_user(first_name="Ada", last_name="Lane")
    older = make_comparison(author=author, tags=("pay",))
    newer = make_comparison()
    draft = make_comparison(published=False)
    publishing.make_live(older, at=timezone.now() - datetime.timedelta(days=2))
    response = client.get("/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    items = channel.findall("item")
    assert [item.findtext("link") for item in items] == [
        SITE + newer.get_absolute_url(),
        SITE + older.get_absolute_url(),
    ]
    assert items[1].findtext("title") == older.live_revision.title
    assert items[1].findtext("description") == older.live_revision.lead
    assert items[1].findtext("category") == "pay"
    assert "Ada Lane" in response.text
    assert draft.title not in response.text


def test_feed_is_linked_from_every_page(client):
    assert 'type="application/rss+xml"' in client.get("/").text


def test_robots_txt_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.text.splitlines()
    assert f"Sitemap: {SITE}/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
