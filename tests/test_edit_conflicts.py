"""No lost edits: the second of two people saving the same comparison is told, never ignored."""

import pytest
from django.urls import reverse

from comparisons.models import Comparison

from .admin_forms import comparison_form
from .factories import make_comparison, make_editor, make_writer

pytestmark = pytest.mark.django_db


def opened_form(client, comparison):
    """What the change form carries when a user opens it: the revision it was opened at."""
    response = client.get(reverse("admin:comparisons_comparison_change", args=[comparison.pk]))
    assert response.status_code == 200
    form = response.context["adminform"].form
    return form["base_revision"].value()


def test_the_second_save_is_refused_with_who_and_when_and_keeps_their_text(client):
    writer = make_writer("sam", first_name="Sam", last_name="Okafor")
    editor = make_editor("elena", first_name="Elena", last_name="Marsh")
    comparison = make_comparison(sections=0, published=False, author=writer)
    url = reverse("admin:comparisons_comparison_change", args=[comparison.pk])
    client.force_login(writer)
    writer_base = opened_form(client, comparison)
    client.force_login(editor)
    editor_base = opened_form(client, comparison)
    assert writer_base == editor_base == 1

    editor_data = comparison_form(
        comparison.role_a,
        comparison.role_b,
        slug=comparison.slug,
        title="The editor's title",
        author=writer.pk,
        base_revision=editor_base,
    )
    assert client.post(url, editor_data).status_code == 302

    client.force_login(writer)
    writer_data = comparison_form(
        comparison.role_a,
        comparison.role_b,
        slug=comparison.slug,
        title="The writer's title",
        intro="Three new paragraphs the writer spent an hour on.",
        base_revision=writer_base,
    )
    response = client.post(url, writer_data)
    assert response.status_code == 200
    assert "Elena Marsh saved this comparison on" in response.text
    assert "after you opened it. Nothing was saved" in response.text
    assert "?a=1&amp;b=2" in response.text  # a link to what the editor changed
    # The writer's text is shown back to them, in the form, unsaved.
    assert "The writer&#x27;s title" in response.text
    assert "Three new paragraphs the writer spent an hour on." in response.text
    comparison.refresh_from_db()
    assert comparison.title == "The editor's title"
    assert comparison.revisions.count() == 2

    # The refusal moved the form on to the newer revision: saving again keeps the writer's
    # version on purpose, and the editor's stays in the history.
    assert response.context["adminform"].form["base_revision"].value() == 2
    writer_data["base_revision"] = 2
    assert client.post(url, writer_data).status_code == 302
    comparison.refresh_from_db()
    assert comparison.title == "The writer's title"
    assert [r.title for r in comparison.revisions.order_by("number")] == [
        comparison.revisions.get(number=1).title,
        "The editor's title",
        "The writer's title",
    ]


def test_saving_from_the_revision_you_opened_just_works(client):
    editor = make_editor()
    comparison = make_comparison(sections=0, published=False)
    client.force_login(editor)
    base = opened_form(client, comparison)
    data = comparison_form(
        comparison.role_a, comparison.role_b, slug=comparison.slug, base_revision=base
    )
    response = client.post(
        reverse("admin:comparisons_comparison_change", args=[comparison.pk]), data
    )
    assert response.status_code == 302
    assert Comparison.objects.get().revisions.count() == 2


def test_a_malformed_base_revision_is_refused(client):
    client.force_login(make_editor())
    comparison = make_comparison(sections=0, published=False)
    data = comparison_form(
        comparison.role_a, comparison.role_b, slug=comparison.slug, base_revision="abc"
    )
    response = client.post(
        reverse("admin:comparisons_comparison_change", args=[comparison.pk]), data
    )
    assert response.status_code == 200
    assert comparison.revisions.count() == 1
