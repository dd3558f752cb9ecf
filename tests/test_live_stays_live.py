"""Editing a published comparison changes nothing for readers until the new version is
approved and published."""

import pytest
from django.urls import reverse

from comparisons import workflow
from comparisons.models import Action, Status

from .admin_forms import comparison_form
from .factories import make_comparison, make_editor, make_writer

pytestmark = pytest.mark.django_db


def test_a_published_article_stays_as_it_was_while_its_new_version_is_reviewed(client):
    writer, editor = make_writer(), make_editor()
    comparison = make_comparison(sections=0, author=writer, title="The live title")
    public_url = reverse("comparisons:detail", kwargs={"slug": comparison.slug})
    edit_url = reverse("admin:comparisons_comparison_change", args=[comparison.pk])

    client.force_login(writer)
    data = comparison_form(
        comparison.role_a,
        comparison.role_b,
        slug=comparison.slug,
        title="A rewritten title",
        intro="A rewritten intro that is not approved yet.",
        sections=[{"position": "1", "kind": "duties", "heading": "New duties", "body": "x"}],
        base_revision=1,
    )
    response = client.post(edit_url, data, follow=True)
    assert "it goes back to draft and needs review" in response.text
    assert "Readers still see revision 1." in response.text
    comparison.refresh_from_db()
    assert comparison.status == Status.DRAFT
    assert comparison.events.get().action == Action.EDIT

    def reader_sees():
        client.logout()
        page = client.get(public_url)
        assert page.status_code == 200
        return page.text

    assert "The live title" in reader_sees()
    assert "A rewritten intro" not in reader_sees()

    workflow.submit(comparison, by=writer)
    workflow.approve(comparison, by=editor)
    assert "The live title" in reader_sees()
    assert "New duties" not in reader_sees()

    workflow.publish(comparison, by=editor)
    text = reader_sees()
    assert "A rewritten title" in text and "New duties" in text
    comparison.refresh_from_db()
    assert comparison.live_revision.number == 2


def test_saving_a_published_article_without_changes_keeps_it_published(client):
    editor = make_editor()
    comparison = make_comparison(sections=0)
    client.force_login(editor)
    data = comparison_form(
        comparison.role_a,
        comparison.role_b,
        slug=comparison.slug,
        title=comparison.title,
        lead=comparison.lead,
        intro=comparison.intro,
        tags="management",
        base_revision=1,
    )
    client.post(reverse("admin:comparisons_comparison_change", args=[comparison.pk]), data)
    comparison.refresh_from_db()
    assert comparison.status == Status.PUBLISHED
    assert not comparison.events.exists()


def test_starting_a_new_version_keeps_the_live_one_up():
    writer = make_writer()
    comparison = make_comparison(author=writer)
    workflow.start_new_version(comparison, by=writer)
    comparison.refresh_from_db()
    assert comparison.status == Status.DRAFT
    assert comparison.is_live
