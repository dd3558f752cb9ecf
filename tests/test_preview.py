import datetime

import pytest
import time_machine
from django.core import signing
from django.urls import reverse
from django.utils import timezone

from comparisons import preview, publishing

from .factories import make_comparison

pytestmark = pytest.mark.django_db


def test_a_draft_preview_shows_the_article_as_readers_will_see_it(client):
    comparison = make_comparison(published=False, sections=2, title="Draft Title Here")
    revision = comparison.revisions.get()
    response = client.get(preview.preview_path(revision))
    assert response.status_code == 200
    assert "Draft Title Here" in response.text
    assert revision.body["sections"][0]["heading"] in response.text
    assert "Preview</strong> of revision 1" in response.text
    assert '<meta name="robots" content="noindex, nofollow">' in response.text
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    public = client.get(reverse("comparisons:detail", kwargs={"slug": comparison.slug}))
    assert public.status_code == 404


def test_any_old_revision_can_be_previewed(client):
    comparison = make_comparison(title="First title")
    comparison.title = "Second title"
    comparison.save()
    second = publishing.create_revision(comparison)
    first = comparison.revisions.get(number=1)
    assert "First title" in client.get(preview.preview_path(first)).text
    response = client.get(preview.preview_path(second))
    assert "Second title" in response.text
    assert "Readers do not see this version" in response.text


def test_a_preview_link_expires_after_seven_days_by_default(client):
    revision = make_comparison(published=False).revisions.get()
    with time_machine.travel(timezone.now(), tick=False):
        path = preview.preview_path(revision)
    with time_machine.travel(timezone.now() + datetime.timedelta(days=6, hours=23)):
        assert client.get(path).status_code == 200
    with time_machine.travel(timezone.now() + datetime.timedelta(days=7, minutes=1)):
        response = client.get(path)
    assert response.status_code == 403
    assert "This preview link has expired" in response.text


def test_a_tampered_preview_link_is_a_clear_404(client):
    comparison = make_comparison(published=False)
    other = make_comparison(published=False)
    token = preview.make_token(comparison.revisions.get())
    tampered = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    for bad in (tampered, "not-a-token", token.replace(":", "", 1)):
        response = client.get(reverse("comparisons:preview", kwargs={"token": bad}))
        assert response.status_code == 404
        assert "This preview link is not valid" in response.text
    # A token signed for something else (another salt) is not a preview token.
    forged = signing.dumps({"revision": other.revisions.get().pk}, salt="something-else")
    assert client.get(reverse("comparisons:preview", kwargs={"token": forged})).status_code == 404


def test_a_preview_of_a_deleted_article_is_a_404(client):
    comparison = make_comparison(published=False)
    path = preview.preview_path(comparison.revisions.get())
    comparison.delete()
    assert client.get(path).status_code == 404


def test_the_preview_address_never_collides_with_an_article_address(client):
    live = make_comparison(slug="preview")
    assert client.get(reverse("comparisons:detail", kwargs={"slug": "preview"})).status_code == 200
    assert preview.preview_path(live.revisions.get()).startswith("/preview/")


def test_preview_link_lifetime_comes_from_settings(client, settings):
    settings.PREVIEW_LINK_MAX_AGE_DAYS = 1
    revision = make_comparison(published=False).revisions.get()
    path = preview.preview_path(revision)
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1, minutes=1)):
        assert client.get(path).status_code == 403


def test_a_preview_never_shows_the_live_pages_cached_fragments(client):
    comparison = make_comparison(title="Live title on the page")
    assert "Live title on the page" in client.get(comparison.get_absolute_url()).text
    comparison.title = "Draft title in review"
    comparison.lead = "A draft lead nobody has read yet."
    comparison.save()
    draft = publishing.create_revision(comparison)
    text = client.get(preview.preview_path(draft)).text
    assert "A draft lead nobody has read yet." in text
    assert "Draft title in review" in text
