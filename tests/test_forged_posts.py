"""The rating and sign-up forms carry no CSRF token (they sit on cached pages); a post that does
not come from one of our own pages is refused and changes nothing (runtime/origin.py)."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from newsletter.models import ConsentRecord, Subscriber
from ratings.models import Rating, RatingAggregate
from ratings.readers import READER_COOKIE

from .factories import make_comparison, make_editor

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}
FORGED = {
    "another site": {"HTTP_ORIGIN": "https://evil.example"},
    "a look-alike host": {"HTTP_ORIGIN": "http://testserver.evil.example"},
    "another port": {"HTTP_ORIGIN": "http://testserver:8080"},
    "null origin": {"HTTP_ORIGIN": "null"},
    "no origin, no referer": {},
    "no origin, foreign referer": {"HTTP_REFERER": "https://evil.example/comparisons/"},
    "no origin, unparsable referer": {"HTTP_REFERER": "not a url"},
    "plain http origin on https": {"HTTP_ORIGIN": "http://testserver", "secure": True},
}


def forms():
    article = make_comparison()
    return [
        (reverse("ratings:rate", args=[article.slug]), {"stars": "5"}),
        (reverse("newsletter:subscribe"), {"email": "jane@example.com", "source": "/"}),
    ]


def nothing_changed():
    return not (
        Rating.objects.exists()
        or RatingAggregate.objects.filter(count__gt=0).exists()
        or Subscriber.objects.exists()
        or ConsentRecord.objects.exists()
        or mail.outbox
    )


@pytest.mark.parametrize("how", FORGED)
def test_a_forged_cross_site_post_is_refused_and_changes_nothing(how):
    client = Client(enforce_csrf_checks=True)
    for url, data in forms():
        for extra in ({}, JSON):
            response = client.post(url, data, **FORGED[how], **extra)
            assert response.status_code == 403, (how, url)
            assert not response.cookies, (how, url)
    assert READER_COOKIE not in client.cookies
    assert nothing_changed()


def test_a_logged_in_editor_is_not_a_way_around_the_check():
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_editor())
    for url, data in forms():
        assert client.post(url, data, HTTP_ORIGIN="https://evil.example").status_code == 403
    assert nothing_changed()


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "http://testserver"},
        {"HTTP_ORIGIN": "HTTP://TestServer"},
        {"HTTP_REFERER": "http://testserver/comparisons/some-article/?rated=4"},
        {"HTTP_ORIGIN": "https://testserver", "secure": True},
    ],
)
def test_posts_from_our_own_pages_need_no_token(headers):
    client = Client(enforce_csrf_checks=True)
    (rate, rating), (subscribe, signup) = forms()
    assert client.post(rate, rating, **headers, **JSON).status_code == 200
    assert client.post(subscribe, signup, **headers).status_code == 302
    assert Rating.objects.count() == 1 and Subscriber.objects.count() == 1


def test_csrf_trusted_origins_are_ours_too(settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://careercompare.example", "https://*.cdn.example"]
    client = Client(enforce_csrf_checks=True)
    (rate, rating), _ = forms()
    for origin, status in [
        ("https://careercompare.example", 200),
        ("https://edge.cdn.example", 200),
        ("http://edge.cdn.example", 403),
        ("https://cdn.example.evil.example", 403),
    ]:
        assert client.post(rate, rating, HTTP_ORIGIN=origin, **JSON).status_code == status, origin


def test_a_refused_post_is_explained_to_the_reader_and_logged(caplog):
    client = Client(enforce_csrf_checks=True)
    (rate, rating), _ = forms()
    with caplog.at_level("WARNING", logger="django.security.csrf"):
        page = client.post(rate, rating, HTTP_ORIGIN="https://evil.example")
    assert "nothing was sent" in page.text
    assert "https://evil.example" in caplog.text
