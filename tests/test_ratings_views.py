import datetime
import json
import re

import pytest
from django.db import connection
from django.http import HttpRequest
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from comparisons import publishing
from ratings import services
from ratings.checks import reader_cookie_is_secure
from ratings.models import Rating, RatingAggregate
from ratings.readers import READER_COOKIE, READER_COOKIE_SALT, ip_hash

from .factories import make_comparison, make_editor

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


def rate_url(comparison):
    return reverse("ratings:rate", kwargs={"slug": comparison.live_revision.slug})


def post(client, comparison, stars, **extra):
    data = {} if stars is None else {"stars": stars}
    return client.post(rate_url(comparison), data, **extra)


@pytest.fixture
def article():
    return make_comparison()


def test_rate_url_is_under_the_article_address(article):
    assert rate_url(article) == f"/comparisons/{article.slug}/rate/"


def test_form_post_stores_the_rating_and_redirects_back_with_a_message(client, article):
    response = post(client, article, "4")
    assert response.status_code == 302
    # The note rides in the address, not in a cookie: the article page stays cacheable.
    assert response["Location"] == f"{article.get_absolute_url()}?rated=4#rating"
    assert Rating.objects.get().stars == 4
    assert "messages" not in response.cookies

    back = client.get(response["Location"])
    page = back.text
    assert "Thanks! You rated this 4 out of 5." in page
    assert "4.0 / 5 · 1 rating" in page
    assert "You rated this 4" in page
    assert re.search(r'value="4" id="rating-star-4" required checked', page)
    assert page.count("Thanks! You rated this 4") == 1
    assert not back.cookies and "public" in back["Cache-Control"]


def test_a_crafted_note_address_shows_nothing_of_its_own(client, article):
    for query in ["rated=9", "rated=<b>x</b>", "rating_error=<script>", "rating_error=gone"]:
        page = client.get(f"{article.get_absolute_url()}?{query}").text
        assert "Thanks!" not in page and "was not saved" not in page, query
        assert "<script>" not in page.split("</main>")[0].split('id="rating"')[1], query


def test_json_post_answers_with_the_new_totals(client, article):
    services.rate(comparison=article, reader="a" * 32, stars=5)
    services.rate(comparison=article, reader="b" * 32, stars=4)
    response = post(client, article, "4", **JSON)
    assert response.status_code == 200
    assert response.json() == {
        "average": 4.33,
        "count": 3,
        "your_rating": 4,
        "summary": "4.3 / 5 · 3 ratings",
        "message": "Thanks! You rated this 4 out of 5.",
    }


def test_reader_cookie_is_signed_httponly_lax_and_remembers_the_reader(client, article):
    post(client, article, "2", **JSON)
    cookie = client.cookies[READER_COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert cookie["max-age"] and cookie["path"] == "/"
    reader = Rating.objects.get().reader
    assert cookie.value != reader
    request = HttpRequest()
    request.COOKIES[READER_COOKIE] = cookie.value
    assert request.get_signed_cookie(READER_COOKIE, salt=READER_COOKIE_SALT) == reader

    response = post(client, article, "5", **JSON)
    assert response.json()["count"] == 1
    assert Rating.objects.get().stars == 5
    assert Rating.objects.get().reader == reader


def test_reader_cookie_is_secure_outside_debug(client, article, settings):
    settings.RATINGS_COOKIE_SECURE = True
    post(client, article, "3")
    assert client.cookies[READER_COOKIE]["secure"]


def test_a_tampered_cookie_makes_a_new_reader_never_someone_else(client, article):
    post(client, article, "1")
    victim_cookie = client.cookies[READER_COOKIE].value
    victim = Rating.objects.get().reader

    attacker = Client()
    other_id = "f" * 32
    forged = victim_cookie.replace(victim, other_id)
    attacker.cookies[READER_COOKIE] = forged
    response = post(attacker, article, "5", **JSON)
    assert response.status_code == 200
    assert response.json()["count"] == 2
    assert Rating.objects.get(reader=victim).stars == 1
    assert not Rating.objects.filter(reader=other_id).exists()
    assert attacker.cookies[READER_COOKIE].value != forged

    garbage = Client()
    garbage.cookies[READER_COOKIE] = "not-a-signed-value"
    post(garbage, article, "5")
    assert Rating.objects.count() == 3
    assert Rating.objects.get(reader=victim).stars == 1


@pytest.mark.parametrize("value", ["0", "6", "-1", "3.5", "abc", "", None, "４"])
def test_bad_values_get_a_400_with_a_message_and_store_nothing(client, article, value):
    response = post(client, article, value, **JSON)
    assert response.status_code == 400
    error = response.json()["error"]
    assert "1 to 5" in error
    assert not Rating.objects.exists()
    assert not RatingAggregate.objects.exists()
    assert READER_COOKIE not in client.cookies


@pytest.mark.parametrize("value", ["0", "abc", None])
def test_bad_values_in_the_plain_form_come_back_with_a_message(client, article, value):
    response = post(client, article, value)
    assert response.status_code == 302
    page = client.get(response["Location"]).text
    assert "Your rating was not saved:" in page
    assert "1 to 5" in page
    assert not Rating.objects.exists()


def test_the_article_form_needs_no_token_but_a_post_from_another_site_is_refused(article):
    client = Client(enforce_csrf_checks=True)
    page = client.get(article.get_absolute_url()).text
    assert "csrfmiddlewaretoken" not in page

    forged = client.post(rate_url(article), {"stars": "4"}, HTTP_ORIGIN="https://evil.example")
    assert forged.status_code == 403
    assert "nothing was sent" in forged.text
    blind = client.post(rate_url(article), {"stars": "4"}, **JSON)
    assert blind.status_code == 403
    assert "Reload the page" in blind.json()["error"]
    assert not Rating.objects.exists()

    ok = client.post(rate_url(article), {"stars": "4"}, HTTP_ORIGIN="http://testserver", **JSON)
    assert ok.status_code == 200
    assert Rating.objects.count() == 1


@pytest.mark.parametrize("state", ["draft", "scheduled", "unpublished", "missing"])
def test_articles_that_are_not_live_cannot_be_rated(client, state):
    comparison = make_comparison(published=state != "draft")
    url = f"/comparisons/{comparison.slug}/rate/"
    if state == "scheduled":
        publishing.make_live(comparison, at=timezone.now() + datetime.timedelta(days=1))
    elif state == "unpublished":
        publishing.take_down(comparison)
    elif state == "missing":
        url = "/comparisons/no-such-article/rate/"
    response = client.post(url, {"stars": "4"}, **JSON)
    assert response.status_code == 404
    assert response.json()["error"] == "This article is not published, so it cannot be rated."
    plain = client.post(url, {"stars": "4"})
    assert plain.status_code == 404
    assert "This article is not published, so it cannot be rated." in plain.text
    assert not Rating.objects.exists()


def test_get_is_refused_with_a_message(client, article):
    response = client.get(rate_url(article))
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert "Ratings are sent with the star form" in response.text
    assert f'href="{article.get_absolute_url()}#rating"' in response.text
    assert client.get(rate_url(article), **JSON).json()["error"].startswith("Ratings are sent")
    assert not Rating.objects.exists()


@pytest.mark.parametrize("size", [3_000, 3 * 1024 * 1024])
def test_oversized_bodies_are_refused_before_they_are_read(client, article, size):
    response = client.post(rate_url(article), {"stars": "4", "padding": "x" * size}, **JSON)
    assert response.status_code == 413
    assert "too large" in response.json()["error"]
    page = client.post(rate_url(article), {"stars": "4", "padding": "x" * size})
    assert page.status_code == 413
    assert "too large" in page.text
    assert not Rating.objects.exists()


def test_per_ip_limit_answers_429_with_a_message(article, settings):
    settings.RATINGS_PER_IP_PER_DAY = 2
    for _ in range(2):
        assert post(Client(), article, "5", **JSON).status_code == 200
    response = post(Client(), article, "5", **JSON)
    assert response.status_code == 429
    assert "try again tomorrow" in response.json()["error"]
    form = Client()
    location = post(form, article, "5")["Location"]
    assert location.endswith("?rating_error=limit#rating")
    page = form.get(location).text
    assert "Too many new ratings of this article" in page
    assert Rating.objects.count() == 2
    # Another address is not affected.
    assert post(Client(), article, "5", REMOTE_ADDR="203.0.113.9", **JSON).status_code == 200


def test_only_a_salted_hash_of_the_ip_is_stored(client, article):
    post(client, article, "4", REMOTE_ADDR="198.51.100.23")
    rating = Rating.objects.get()
    assert rating.ip_hash == ip_hash("198.51.100.23")
    assert len(rating.ip_hash) == 64 and "198.51" not in rating.ip_hash
    stored = json.dumps(list(Rating.objects.values()), default=str)
    assert "198.51.100.23" not in stored


def test_ip_hash_depends_on_the_salt_and_groups_an_ipv6_network(settings):
    first = ip_hash("198.51.100.23")
    settings.RATINGS_IP_SALT = "another"
    assert ip_hash("198.51.100.23") != first
    assert ip_hash("2001:db8:1:2::1") == ip_hash("2001:db8:1:2:ffff::9")
    assert ip_hash("2001:db8:1:2::1") != ip_hash("2001:db8:1:3::1")
    assert ip_hash("") == ""


def test_behind_a_trusted_proxy_the_forwarded_address_counts(article, settings):
    settings.RATINGS_PER_IP_PER_DAY = 1
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    first = post(Client(), article, "5", HTTP_X_FORWARDED_FOR="203.0.113.1", **proxy, **JSON)
    second = post(Client(), article, "5", HTTP_X_FORWARDED_FOR="203.0.113.2", **proxy, **JSON)
    assert (first.status_code, second.status_code) == (200, 200)
    # A client cannot dodge the limit by writing its own X-Forwarded-For in front.
    spoofed = post(
        Client(), article, "5", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.1", **proxy, **JSON
    )
    assert spoofed.status_code == 429
    assert Rating.objects.filter(ip_hash=ip_hash("203.0.113.1")).count() == 1


def test_logged_in_staff_rate_as_themselves(client, article):
    editor = make_editor()
    client.force_login(editor)
    post(client, article, "3")
    post(client, article, "5")
    rating = Rating.objects.get()
    assert (rating.user, rating.stars) == (editor, 5)
    assert READER_COOKIE not in client.cookies
    assert client.get(reverse("ratings:status", args=[article.slug])).json()["your_rating"] == 5


def test_article_without_ratings_invites_the_first_and_has_no_rating_markup(client, article):
    page = client.get(article.get_absolute_url()).text
    assert "No ratings yet – be the first" in page
    assert "AggregateRating" not in page
    assert 'action="/comparisons/' in page and "/rate/" in page
    for n in range(1, 6):
        assert f">Rate {n} out of 5<" in page


def test_rated_article_carries_aggregate_rating_structured_data(client, article):
    for n, stars in enumerate([5, 4, 4]):
        services.rate(comparison=article, reader=f"{n:032d}", stars=stars)
    page = client.get(article.get_absolute_url()).text
    assert "4.3 / 5 · 3 ratings" in page
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    rated = [json.loads(block) for block in blocks if "aggregateRating" in block]
    assert rated == [
        {
            "@context": "https://schema.org",
            "@type": "CreativeWorkSeries",
            "name": article.live_revision.title,
            "url": f"http://127.0.0.1:8000{article.get_absolute_url()}",
            "aggregateRating": {
                "@type": "AggregateRating",
                "ratingValue": 4.33,
                "ratingCount": 3,
                "bestRating": 5,
                "worstRating": 1,
            },
        }
    ]


def test_structured_data_cannot_break_out_of_its_script_element(client):
    article = make_comparison(title="Nurse </script><script>alert(1)</script> vs. Clerk")
    services.rate(comparison=article, reader="a" * 32, stars=5)
    page = client.get(article.get_absolute_url()).text
    assert "<script>alert(1)" not in page
    assert "\\u003C/script\\u003E" in page


def test_after_a_reset_the_article_has_no_rating_markup(client, article):
    services.rate(comparison=article, reader="a" * 32, stars=5)
    services.reset_ratings(comparison=article, by=make_editor(), reason="Rewritten")
    page = client.get(article.get_absolute_url()).text
    assert "AggregateRating" not in page
    assert "No ratings yet" in page


def test_home_lists_top_rated_articles_with_enough_ratings(client, settings):
    settings.RATINGS_TOP_MIN_COUNT = 2
    popular = make_comparison(title="Widely liked comparison")
    single = make_comparison(title="Once loved comparison")
    for n in range(2):
        services.rate(comparison=popular, reader=f"{n:032d}", stars=4)
    services.rate(comparison=single, reader="a" * 32, stars=5)
    page = client.get("/").text
    top = page[page.index("Top rated by readers") :]
    assert "Widely liked comparison" in top and "4.0 / 5 · 2 ratings" in top
    assert "Once loved comparison" not in top


def test_home_has_no_top_rated_section_until_something_qualifies(client):
    make_comparison()
    assert "Top rated" not in client.get("/").text


def test_rating_widget_costs_the_article_page_one_query(client, article):
    services.rate(comparison=article, reader="a" * 32, stars=5)
    with CaptureQueriesContext(connection) as anonymous:
        client.get(article.get_absolute_url())
    post(client, article, "4")
    with CaptureQueriesContext(connection) as with_cookie:
        page = client.get(article.get_absolute_url())
    rating_queries = [q for q in with_cookie.captured_queries if "ratings_" in q["sql"]]
    assert len(rating_queries) == 1
    assert len(with_cookie) == len(anonymous)
    # The reader's own rating is not in the shared page; the widget's script asks for it.
    assert "You rated this 4" not in page.text


def test_status_tells_the_script_the_live_totals_and_the_readers_own_rating(client, article):
    status_url = reverse("ratings:status", args=[article.slug])
    assert f'data-rating-url="{status_url}"' in client.get(article.get_absolute_url()).text
    services.rate(comparison=article, reader="a" * 32, stars=5)
    assert client.get(status_url).json() == {
        "average": 5.0,
        "count": 1,
        "your_rating": None,
        "summary": "5.0 / 5 · 1 rating",
    }
    post(client, article, "3")
    response = client.get(status_url)
    assert response.json()["your_rating"] == 3 and response.json()["count"] == 2
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    publishing.take_down(article)
    assert client.get(status_url).status_code == 404


def test_limit_hits_are_logged_for_the_on_call_engineer(article, settings, caplog):
    settings.RATINGS_PER_IP_PER_DAY = 1
    post(Client(), article, "5", **JSON)
    with caplog.at_level("WARNING", logger="ratings.views"):
        post(Client(), article, "5", **JSON)
    assert f"Rating limit reached: comparison {article.pk}" in caplog.text
    assert "127.0.0.1" not in caplog.text


def test_deploy_check_warns_when_the_reader_cookie_is_not_secure(settings):
    settings.RATINGS_COOKIE_SECURE = True
    assert reader_cookie_is_secure(None) == []
    settings.RATINGS_COOKIE_SECURE = False
    assert [warning.id for warning in reader_cookie_is_secure(None)] == ["ratings.W001"]
