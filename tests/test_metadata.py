"""Canonical URL, description, Open Graph, Twitter card and JSON-LD on the public pages."""

import json
import re

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import timezone

from comparisons import publishing

from .factories import image_file, make_comparison, make_role, make_user

pytestmark = pytest.mark.django_db

SITE = "http://127.0.0.1:8000"
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def structured_data(html):
    return {data["@type"]: data for data in map(json.loads, JSON_LD.findall(html))}


def meta(html, key):
    """The content of <meta property|name="key">, or None."""
    found = re.search(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)"', html)
    return found and found.group(1)


def article_with_hero(**fields):
    comparison = make_comparison(published=False, **fields)
    comparison.hero_image = image_file(size=(1800, 900))
    comparison.hero_alt = "Two circles"
    comparison.save()
    publishing.create_revision(comparison)
    publishing.make_live(comparison)
    return comparison


def test_articles_carry_article_and_breadcrumb_json_ld(client):
    author = make_user(first_name="Ada", last_name="Lane")
    comparison = article_with_hero(author=author, tags=("pay", "shifts"))
    html = client.get(comparison.get_absolute_url()).text
    data = structured_data(html)
    article, trail = data["Article"], data["BreadcrumbList"]
    url = SITE + comparison.get_absolute_url()
    assert article["@context"] == "https://schema.org"
    assert article["headline"] == comparison.live_revision.title
    assert article["description"] == comparison.live_revision.lead
    assert article["url"] == article["mainEntityOfPage"]["@id"] == url
    assert article["datePublished"] == timezone.localtime(comparison.published_at).isoformat()
    assert article["author"] == {"@type": "Person", "name": "Ada Lane"}
    assert article["keywords"] == "pay, shifts"
    assert [role["name"] for role in article["about"]] == [
        comparison.role_a.title,
        comparison.role_b.title,
    ]
    assert article["image"]["url"].startswith(SITE + "/media/renditions/")
    assert article["image"]["url"].endswith(".jpg")
    assert "aggregateRating" not in article  # the ratings widget publishes its own
    assert [item["item"] for item in trail["itemListElement"]] == [
        SITE + reverse("discovery:home"),
        SITE + reverse("comparisons:list"),
        url,
    ]
    assert [item["position"] for item in trail["itemListElement"]] == [1, 2, 3]


def test_an_article_with_a_hero_image_shares_it_as_a_large_card(client):
    comparison = article_with_hero()
    html = client.get(comparison.get_absolute_url()).text
    image = meta(html, "og:image")
    assert image.startswith(SITE + "/media/renditions/") and image.endswith(".jpg")
    assert int(meta(html, "og:image:width")) >= 960
    assert meta(html, "og:image:alt") == "Two circles"
    assert meta(html, "twitter:card") == "summary_large_image"
    assert meta(html, "og:type") == "article"
    assert meta(html, "article:published_time")


def test_an_article_without_an_image_gets_a_summary_card(client):
    html = client.get(make_comparison().get_absolute_url()).text
    assert meta(html, "twitter:card") == "summary"
    assert meta(html, "og:image") is None
    assert "image" not in structured_data(html)["Article"]


def test_text_in_json_ld_cannot_end_the_script(client):
    title = "Nurse </script><script>alert(1)</script> & Co"
    comparison = make_comparison(title=title)
    html = client.get(comparison.get_absolute_url()).text
    assert "<script>alert(1)" not in html
    assert structured_data(html)["Article"]["headline"] == title


def test_every_public_page_has_a_title_description_canonical_and_social_tags(client):
    comparison = make_comparison(tags=("pay",))
    for url in [
        "/",
        "/comparisons/",
        comparison.get_absolute_url(),
        "/roles/",
        make_role().get_absolute_url(),
        "/tags/pay/",
        "/search/?q=pay",
    ]:
        html = client.get(url).text
        assert re.search(r"<title>[^<]+</title>", html), url
        assert meta(html, "description"), url
        assert f'<link rel="canonical" href="{SITE}{url.split("?")[0]}">' in html, url
        for key in ("og:title", "og:description", "og:url", "og:type", "twitter:card"):
            assert meta(html, key), (url, key)


def test_the_article_meta_tag_uses_only_the_arguments_it_is_given():
    comparison = article_with_hero(author=make_user(first_name="Ada", last_name="Lane"))
    revision = comparison.live_revision
    html = Template("{% load discovery %}{% article_meta c r t a %}").render(
        Context({"c": comparison, "r": revision, "t": revision.body["tags"], "a": None})
    )
    assert meta(html, "og:image:alt") == "Two circles"
    data = structured_data(html)
    assert data["Article"]["headline"] == revision.title and "author" not in data["Article"]
    assert data["BreadcrumbList"]["itemListElement"][-1]["item"].endswith(
        comparison.get_absolute_url()
    )
