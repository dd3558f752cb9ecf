"""What the admin tells editors after a workflow step is what actually happened."""

import pytest
from django.urls import reverse

from comparisons.models import Status

from .factories import make_editor, make_writer
from .workflow_helpers import in_state

pytestmark = pytest.mark.django_db


def post_step(client, comparison, action, **fields):
    data = {"workflow-action": action, **{f"workflow-{k}": v for k, v in fields.items()}}
    url = reverse("admin:comparisons_comparison_transition", args=[comparison.pk])
    return client.post(url, data, follow=True)


def test_the_only_editor_submitting_is_told_nobody_was_emailed(client, mailoutbox):
    editor = make_editor(email="ed@example.com")
    comparison = in_state(Status.DRAFT, author=editor)
    client.force_login(editor)
    response = post_step(client, comparison, "submit")
    assert "nobody was e-mailed" in response.text
    assert "Editors have been emailed" not in response.text
    assert mailoutbox == []


def test_a_writer_submitting_is_told_how_many_editors_are_emailed(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    writer = make_writer(email="w@example.com")
    make_editor("ed1", email="ed1@example.com")
    make_editor("ed2", email="ed2@example.com")
    make_editor("ed3")  # no address: not counted
    comparison = in_state(Status.DRAFT, author=writer)
    client.force_login(writer)
    with django_capture_on_commit_callbacks(execute=True):
        response = post_step(client, comparison, "submit")
    assert "An e-mail is on its way to 2 editors." in response.text
    assert len(mailoutbox) == 2


def test_requesting_changes_of_an_author_without_address_says_nobody_was_emailed(client):
    writer = make_writer()  # no e-mail address
    comparison = in_state(Status.IN_REVIEW, author=writer)
    client.force_login(make_editor())
    response = post_step(client, comparison, "request_changes", comment="Cite the source.")
    assert "nobody was e-mailed" in response.text
    assert "has been emailed your comment" not in response.text
