"""Editors see how many preview links are out and can withdraw them all at once."""

import datetime

import pytest
import time_machine
from django.core import signing
from django.urls import reverse
from django.utils import timezone

from comparisons import preview
from comparisons.models import PreviewLink

from .factories import make_comparison, make_editor, make_writer

pytestmark = pytest.mark.django_db


def change_url(comparison):
    return reverse("admin:comparisons_comparison_change", args=[comparison.pk])


def revoke_url(comparison):
    return reverse("admin:comparisons_comparison_revoke_previews", args=[comparison.pk])


def open_preview(client, comparison, number=1):
    url = reverse("admin:comparisons_comparison_preview", args=[comparison.pk, number])
    response = client.get(url)
    assert response.status_code == 302
    return response["Location"]


def test_an_editor_withdraws_every_link_and_new_ones_still_work(client):
    comparison = make_comparison(published=False)
    revision = comparison.revisions.get()
    emailed = preview.preview_path(revision)  # as sent in a workflow e-mail
    editor = make_editor()
    client.force_login(editor)
    shown = open_preview(client, comparison)
    assert client.get(shown).status_code == 200
    response = client.post(revoke_url(comparison), follow=True)
    assert "Withdrew 2 preview links" in response.text
    client.logout()
    for link in (emailed, shown):
        refused = client.get(link)
        assert refused.status_code == 403
        assert "withdrawn" in refused.text
    fresh = preview.preview_path(revision)
    assert client.get(fresh).status_code == 200


def test_the_change_page_counts_the_links_out_and_says_until_when(client):
    comparison = make_comparison(published=False)
    client.force_login(make_editor())
    assert "No preview link to this article is out." in client.get(change_url(comparison)).text
    open_preview(client, comparison)
    open_preview(client, comparison)
    assert PreviewLink.objects.count() == 1  # the same person's link is reused
    client.force_login(make_writer("other", email="o@example.com"))
    open_preview(client, comparison)
    link = PreviewLink.objects.order_by("expires_at").last()
    client.force_login(make_editor("ed2"))
    text = client.get(change_url(comparison)).text
    expires = timezone.localtime(link.expires_at)
    assert "Preview links still working: 2" in text
    assert f"{expires:%H:%M}" in text
    assert "Withdraw all preview links" in text


def test_expired_links_are_not_counted(client):
    comparison = make_comparison(published=False)
    preview.preview_path(comparison.revisions.get())
    later = timezone.now() + preview.max_age() + datetime.timedelta(minutes=1)
    with time_machine.travel(later):
        assert preview.outstanding(comparison)["count"] == 0


def test_writers_cannot_withdraw_links_and_get_is_refused(client):
    writer = make_writer()
    comparison = make_comparison(published=False, author=writer)
    link = preview.preview_path(comparison.revisions.get())
    client.force_login(writer)
    assert client.post(revoke_url(comparison)).status_code == 403
    text = client.get(change_url(comparison)).text
    assert "Withdraw all preview links" not in text
    client.force_login(make_editor())
    assert client.get(revoke_url(comparison)).status_code == 405
    client.logout()
    assert client.get(link).status_code == 200


def test_links_from_before_links_were_recorded_work_until_revoked(client):
    comparison = make_comparison(published=False)
    revision = comparison.revisions.get()
    old_style = signing.dumps({"revision": revision.pk}, salt=preview.SALT, compress=True)
    url = reverse("comparisons:preview", kwargs={"token": old_style})
    assert client.get(url).status_code == 200
    preview.preview_path(revision)
    preview.revoke_all(comparison)
    assert client.get(url).status_code == 403
