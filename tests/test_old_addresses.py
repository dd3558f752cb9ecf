"""Renaming a live article or a role keeps its old address working (301 to the new one)."""

import pytest
from django.urls import reverse

from comparisons import publishing

from .factories import make_comparison, make_editor, make_role
from .test_role_history import role_data

pytestmark = pytest.mark.django_db


def rename(comparison, slug):
    comparison.slug = slug
    comparison.save()
    publishing.make_live(comparison, revision=publishing.create_revision(comparison))


def test_every_slug_a_live_article_had_redirects_to_the_current_one(client):
    comparison = make_comparison(slug="nurse-vs-doctor")
    rename(comparison, "nurse-or-doctor")
    rename(comparison, "doctor-and-nurse-compared")
    current = reverse("comparisons:detail", kwargs={"slug": "doctor-and-nurse-compared"})
    for old in ("nurse-vs-doctor", "nurse-or-doctor"):
        response = client.get(reverse("comparisons:detail", kwargs={"slug": old}))
        assert response.status_code == 301
        assert response["Location"] == current
    assert client.get(current).status_code == 200


def test_a_taken_down_article_leaves_its_old_addresses_404(client):
    comparison = make_comparison(slug="first-address")
    rename(comparison, "second-address")
    publishing.take_down(comparison)
    response = client.get(reverse("comparisons:detail", kwargs={"slug": "first-address"}))
    assert response.status_code == 404


def test_a_draft_slug_never_published_does_not_redirect(client):
    comparison = make_comparison(slug="public-address")
    comparison.slug = "secret-draft-address"
    comparison.save()
    publishing.create_revision(comparison)  # saved, not published
    response = client.get(reverse("comparisons:detail", kwargs={"slug": "secret-draft-address"}))
    assert response.status_code == 404


def test_an_old_slug_reused_by_another_live_article_shows_that_article(client):
    first = make_comparison(slug="shared-address")
    rename(first, "first-new-address")
    second = make_comparison(slug="shared-address")
    response = client.get(reverse("comparisons:detail", kwargs={"slug": "shared-address"}))
    assert response.status_code == 200
    assert response.context["comparison"] == second


def test_a_renamed_role_keeps_its_old_address(client):
    role = make_role("Practice Manager", slug="practice-manager")
    client.force_login(make_editor())
    url = reverse("admin:careers_role_change", args=[role.pk])
    assert client.post(url, role_data(role, slug="practice-managers")).status_code == 302
    client.logout()
    response = client.get(reverse("discovery:role_detail", kwargs={"slug": "practice-manager"}))
    assert response.status_code == 301
    assert response["Location"] == "/roles/practice-managers/"
    assert client.get("/roles/never-existed/").status_code == 404


def test_sitemap_and_feed_list_only_current_addresses(client):
    comparison = make_comparison(slug="old-address-vs-x")
    rename(comparison, "new-address-vs-x")
    sitemap = client.get(reverse("discovery:sitemap")).text
    feed = client.get(reverse("discovery:feed")).text
    for text in (sitemap, feed):
        assert "/comparisons/new-address-vs-x/" in text
        assert "old-address-vs-x" not in text
