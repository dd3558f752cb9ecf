"""Public pages for anonymous readers: no cookie, Cache-Control, ETag/304, and the page cache."""

import datetime
import logging
import socket

import pytest
import time_machine
from django.db import OperationalError, connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from careers import services as careers_services
from comparisons import publishing
from comparisons.preview import preview_url
from core import live
from newsletter.models import IssueStatus
from ratings import services as ratings
from ratings.readers import READER_COOKIE

from .factories import make_comparison, make_editor, make_role
from .newsletter_factories import make_issue

pytestmark = pytest.mark.django_db

CACHE_CONTROL = {"public", "max-age=30", "s-maxage=60", "stale-while-revalidate=30"}


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 30
    settings.PAGE_CACHE_MAX_AGE = 30
    settings.PAGE_CACHE_S_MAXAGE = 60
    settings.PAGE_CACHE_STALE_WHILE_REVALIDATE = 30
    settings.PAGE_CACHE_PROXY_SECONDS = 5
    return settings


@pytest.fixture
def site():
    """One of each public page, with something on it."""
    article = make_comparison(tags=("management",))
    make_comparison(make_role(sector=article.role_a.sector), tags=("management",))
    issue = make_issue(status=IssueStatus.SENT, picks=[article])
    sector = article.role_a.sector.slug
    return {
        "article": article,
        "urls": [
            "/",
            "/comparisons/",
            "/comparisons/?tag=management",
            f"/comparisons/?sector={sector}",
            f"/comparisons/?sector={sector}&page=1",
            "/tags/management/",
            "/roles/",
            article.role_a.get_absolute_url(),
            article.get_absolute_url(),
            f"{article.get_absolute_url()}?rated=4",
            "/newsletter/",
            "/newsletter/issues/",
            issue.get_absolute_url(),
            "/feed/",
            "/sitemap.xml",
        ],
    }


def returning_reader():
    """A reader who rated before and saw a message once: cookies the pages must ignore."""
    client = Client()
    client.cookies[READER_COOKIE] = "some-signed-reader-id"
    client.cookies["messages"] = "old-message"
    client.cookies["csrftoken"] = "x" * 32
    return client


def test_public_pages_set_no_cookie_vary_on_nothing_and_may_be_cached(page_cache, site):
    client = returning_reader()
    for url in site["urls"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert not response.cookies, (url, response.cookies)
        assert not response.has_header("Vary"), (url, response["Vary"])
        assert set(response["Cache-Control"].split(", ")) == CACHE_CONTROL, url
        assert response["X-Accel-Expires"] == "5", url
        assert response["ETag"].startswith(f'"g{live.generation()}-'), url


def test_a_matching_conditional_get_answers_304_without_a_body(page_cache, site):
    client = Client()
    for url in site["urls"]:
        etag = client.get(url)["ETag"]
        again = client.get(url, HTTP_IF_NONE_MATCH=etag)
        assert again.status_code == 304, url
        assert again.content == b""
        assert again["ETag"] == etag
        assert set(again["Cache-Control"].split(", ")) == CACHE_CONTROL
        assert client.get(url, HTTP_IF_NONE_MATCH=f"W/{etag}").status_code == 304
        assert client.get(url, HTTP_IF_NONE_MATCH='"g0-other"').status_code == 200


def test_304_also_works_with_the_page_cache_off(settings, site):
    settings.PAGE_CACHE_SECONDS = 0
    url = site["article"].get_absolute_url()
    etag = Client().get(url)["ETag"]
    assert Client().get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_the_etag_changes_when_what_readers_see_changes(page_cache, site):
    article = site["article"]
    url = article.get_absolute_url()
    first = Client().get(url)["ETag"]
    ratings.rate(comparison=article, reader="a" * 32, stars=5)
    assert Client().get(url)["ETag"] == first  # kept until the page is rendered again
    publishing.make_live(article, revision=publishing.create_revision(article))
    changed = Client().get(url)
    assert changed["ETag"] != first
    assert Client().get(url, HTTP_IF_NONE_MATCH=first).status_code == 200


def test_a_cached_page_costs_one_query_and_skips_the_view(page_cache, site):
    url = site["article"].get_absolute_url()
    first = Client().get(url)
    with CaptureQueriesContext(connection) as queries:
        second = Client().get(url)
    assert len(queries) == 1, [q["sql"] for q in queries]  # the live-content generation
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert Client().head(url).status_code == 200


def test_the_query_string_is_part_of_the_address(page_cache, site):
    article = site["article"]
    plain = Client().get(article.get_absolute_url()).text
    rated = Client().get(f"{article.get_absolute_url()}?rated=3").text
    assert "Thanks! You rated this 3" in rated and "Thanks!" not in plain
    assert "Thanks!" not in Client().get(article.get_absolute_url()).text


@pytest.mark.parametrize("change", ["new version", "take down", "role edit", "new article"])
def test_cached_pages_follow_an_editor_the_moment_they_act(page_cache, site, change):
    article = site["article"]
    url = article.get_absolute_url()
    client = Client()
    assert client.get(url).status_code == 200
    assert "Fresh headline" not in client.get("/").text
    if change == "new version":
        article.title = "Fresh headline for this article"
        article.save()
        publishing.make_live(article, revision=publishing.create_revision(article))
        assert "Fresh headline for this article" in client.get(url).text
    elif change == "take down":
        publishing.take_down(article)
        assert client.get(url).status_code == 404
        assert article.live_revision is None
    elif change == "role edit":
        role = article.role_a
        role.median_salary = 123456
        careers_services.save_role(role=role, by=None)
        assert "$123,456" in client.get(url).text
        assert "$123,456" in client.get(role.get_absolute_url()).text
    else:
        make_comparison(title="Fresh headline of a new article")
        assert "Fresh headline of a new article" in client.get("/").text


def test_a_scheduled_article_appears_on_lists_within_the_cache_timeout(page_cache):
    scheduled = make_comparison(published=False, title="Scheduled for later")
    go_live = timezone.now() + datetime.timedelta(seconds=10)
    publishing.make_live(scheduled, at=go_live)
    assert "Scheduled for later" not in Client().get("/comparisons/").text
    with time_machine.travel(go_live + datetime.timedelta(seconds=31)):
        assert "Scheduled for later" in Client().get("/comparisons/").text


def test_rating_totals_lag_by_at_most_the_page_cache_timeout(page_cache, site):
    article = site["article"]
    url = article.get_absolute_url()
    now = timezone.now()
    with time_machine.travel(now, tick=False):
        assert "No ratings yet" in Client().get(url).text
        ratings.rate(comparison=article, reader="a" * 32, stars=4)
        assert "No ratings yet" in Client().get(url).text
    with time_machine.travel(now + datetime.timedelta(seconds=29), tick=False):
        assert "No ratings yet" in Client().get(url).text
    with time_machine.travel(now + datetime.timedelta(seconds=31), tick=False):
        assert "4.0 / 5 · 1 rating" in Client().get(url).text


def test_logged_in_staff_always_get_a_fresh_private_page(page_cache, site):
    article = site["article"]
    url = article.get_absolute_url()
    Client().get(url)  # cached for readers
    ratings.rate(comparison=article, reader="a" * 32, stars=5)
    staff = Client()
    staff.force_login(make_editor())
    response = staff.get(url)
    assert "5.0 / 5 · 1 rating" in response.text
    assert "private" in response["Cache-Control"] and "public" not in response["Cache-Control"]
    assert "No ratings yet" in Client().get(url).text  # staff did not refresh the readers' copy


def test_nothing_staff_render_is_stored_for_readers(page_cache, site):
    url = site["article"].get_absolute_url()
    staff = Client()
    staff.force_login(make_editor())
    staff.get(url)
    ratings.rate(comparison=site["article"], reader="a" * 32, stars=5)
    assert "5.0 / 5 · 1 rating" in Client().get(url).text


def test_a_cache_that_is_down_costs_a_render_never_an_error(page_cache, site, caplog):
    with socket.socket() as probe:  # a port nothing listens on: every call fails at once
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    page_cache.CACHES = {
        **page_cache.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5},
        },
    }
    url = "/roles/"  # a page whose view uses no cache itself
    with caplog.at_level(logging.WARNING, logger="runtime.page_cache"):
        first = Client().get(url)
        second = Client().get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert first.status_code == 200 and "</footer>" in first.text
    assert second.status_code == 304
    warnings = [r for r in caplog.records if r.name == "runtime.page_cache"]
    assert warnings and all("\n" not in r.getMessage() and not r.exc_info for r in warnings)


def test_pages_that_are_not_public_are_neither_cached_nor_marked(page_cache, site):
    for url in ["/search/?q=role", "/healthz", "/admin/login/"]:
        response = Client().get(url)
        assert "public" not in response.get("Cache-Control", ""), url
        assert not response.has_header("ETag"), url


def test_without_the_generation_the_page_is_rendered_not_guessed(page_cache, monkeypatch):
    def database_down():
        raise OperationalError("the database restarted")

    monkeypatch.setattr(live, "generation", database_down)
    response = Client().get("/roles/")  # a page whose view needs no generation of its own
    assert response.status_code == 200
    assert not response.has_header("ETag") and not response.has_header("Cache-Control")
    monkeypatch.undo()
    make_role(title="Harbour pilot")
    assert "Harbour pilot" in Client().get("/roles/").text  # nothing was stored meanwhile


def test_the_page_cache_sits_outside_session_csrf_and_messages(settings):
    order = settings.MIDDLEWARE
    at = order.index("runtime.page_cache.PageCacheMiddleware")
    assert order.index("django.middleware.security.SecurityMiddleware") < at
    for inner in ("sessions", "csrf", "messages", "auth"):
        assert all(at < n for n, name in enumerate(order) if f".{inner}." in name), inner


def test_a_preview_never_shows_the_live_articles_cached_parts(page_cache, site):
    article = site["article"]
    live_page = Client().get(article.get_absolute_url()).text  # its parts are now cached
    article.title = "Draft headline nobody reads yet"
    article.save()
    draft = publishing.create_revision(article)
    preview = Client().get(preview_url(draft)).text
    assert "Draft headline nobody reads yet" in preview
    assert "previews take no ratings" in preview
    page_cache.PAGE_CACHE_SECONDS = 0  # rendered again from its cached parts
    assert Client().get(article.get_absolute_url()).text == live_page


@pytest.mark.parametrize("url", ["/feed/", "/sitemap.xml", "/"])
def test_a_page_from_the_cache_is_the_page_that_was_rendered(page_cache, site, url):
    first = Client().get(url)
    with CaptureQueriesContext(connection) as queries:
        again = Client().get(url)
    assert len(queries) == 1
    assert again.content == first.content
    for header in ("Content-Type", "ETag", "Cache-Control", "X-Frame-Options"):
        assert again[header] == first[header], header
