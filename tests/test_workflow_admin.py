import pytest
from django.urls import reverse

from comparisons import workflow
from comparisons.models import Action, Status

from .admin_forms import comparison_form
from .factories import make_editor, make_role, make_writer
from .workflow_helpers import in_state

pytestmark = pytest.mark.django_db


def change_page(client, comparison):
    return client.get(reverse("admin:comparisons_comparison_change", args=[comparison.pk]))


def buttons(response):
    return [t.button for t in response.context["workflow_transitions"]]


def test_the_change_form_offers_each_user_only_their_steps(client):
    writer, editor = make_writer(), make_editor()
    comparison = in_state(Status.IN_REVIEW, author=writer)
    client.force_login(editor)
    response = change_page(client, comparison)
    assert buttons(response) == [
        "Withdraw from review",
        "Request changes",
        "Approve",
        "Schedule",
        "Publish now",
    ]
    assert 'name="workflow-comment"' in response.text
    assert 'type="datetime-local"' in response.text
    client.force_login(writer)
    response = change_page(client, comparison)
    assert buttons(response) == ["Withdraw from review"]
    assert "Publish now" not in response.text


def test_the_writer_sees_the_editors_request_prominently(client):
    writer, editor = make_writer(), make_editor(first_name="Elena", last_name="Marsh")
    comparison = in_state(Status.IN_REVIEW, author=writer)
    workflow.request_changes(comparison, by=editor, comment="Shorten the intro, please.")
    client.force_login(writer)
    response = change_page(client, comparison)
    assert 'class="workflow-request" role="alert"' in response.text
    assert "Elena Marsh asked for changes" in response.text
    assert "Shorten the intro, please." in response.text
    assert "Save and submit for review" in response.text


def test_the_history_shows_who_when_from_to_and_the_comment(client):
    writer, editor = make_writer(first_name="Sam"), make_editor(first_name="Elena")
    comparison = in_state(Status.DRAFT, author=writer)
    workflow.submit(comparison, by=writer)
    workflow.request_changes(comparison, by=editor, comment="Add a source.")
    client.force_login(editor)
    response = change_page(client, comparison)
    history = response.text[response.text.index("<h2>History</h2>") :]
    assert "Requested changes" in history and "Add a source." in history
    assert "In review → Changes requested" in history
    assert "Draft → In review" in history
    assert "Sam" in history and "Elena" in history


def test_a_writer_cannot_edit_an_article_in_review(client):
    writer = make_writer()
    comparison = in_state(Status.IN_REVIEW, author=writer, sections=0)
    client.force_login(writer)
    response = change_page(client, comparison)
    assert 'name="_save"' not in response.text
    data = comparison_form(
        comparison.role_a, comparison.role_b, slug=comparison.slug, title="Sneaky edit"
    )
    url = reverse("admin:comparisons_comparison_change", args=[comparison.pk])
    assert client.post(url, data).status_code == 403
    comparison.refresh_from_db()
    assert comparison.title != "Sneaky edit"


def test_a_writer_cannot_edit_someone_elses_draft(client):
    comparison = in_state(Status.DRAFT, author=make_writer("owner"), sections=0)
    client.force_login(make_writer("other"))
    data = comparison_form(comparison.role_a, comparison.role_b, slug=comparison.slug)
    url = reverse("admin:comparisons_comparison_change", args=[comparison.pk])
    assert client.post(url, data).status_code == 403


def test_a_writer_creates_a_draft_and_submits_it_in_one_go(client, mailoutbox):
    make_editor(email="elena@example.com")
    writer = make_writer()
    client.force_login(writer)
    data = comparison_form(make_role(), make_role(), _save_and_submit="1")
    response = client.post(reverse("admin:comparisons_comparison_add"), data, follow=True)
    assert "Submitted for review" in response.text
    created = writer.comparisons.get()
    assert created.status == Status.IN_REVIEW
    assert created.events.get().action == Action.SUBMIT


def test_review_queue_filter_and_dashboard(client):
    writer, editor = make_writer(), make_editor()
    waiting = in_state(Status.IN_REVIEW, author=writer, title="Waiting for review")
    mine = in_state(Status.CHANGES_REQUESTED, author=writer, title="Back to the writer")
    later = in_state(Status.SCHEDULED, author=writer, title="Goes out later")
    in_state(Status.PUBLISHED, author=writer, title="Already out")
    changelist = reverse("admin:comparisons_comparison_changelist")

    client.force_login(editor)
    response = client.get(changelist, {"queue": "awaiting"})
    assert list(response.context["cl"].result_list) == [waiting]
    response = client.get(changelist, {"queue": "scheduled"})
    assert list(response.context["cl"].result_list) == [later]
    home = client.get(reverse("admin:index"))
    assert "Awaiting review" in home.text and "Waiting for review" in home.text
    assert "Goes out later" in home.text
    assert "Due for a fact check" in home.text

    client.force_login(writer)
    response = client.get(changelist, {"queue": "mine"})
    assert list(response.context["cl"].result_list) == [mine]
    home = client.get(reverse("admin:index"))
    assert "Changes requested of me" in home.text and "Back to the writer" in home.text
    assert "Due for a fact check" not in home.text


def test_bulk_actions_go_through_the_workflow(client):
    writer, editor = make_writer(), make_editor()
    drafts = [in_state(Status.DRAFT, author=writer) for _ in range(2)]
    changelist = reverse("admin:comparisons_comparison_changelist")
    client.force_login(writer)
    client.post(
        changelist,
        {"action": "submit_for_review", "_selected_action": [c.pk for c in drafts]},
    )
    assert {c.status for c in type(drafts[0]).objects.all()} == {Status.IN_REVIEW}
    client.force_login(editor)
    response = client.post(
        changelist,
        {"action": "approve", "_selected_action": [c.pk for c in drafts]},
        follow=True,
    )
    assert "Approved 2 comparison(s)." in response.text
    response = client.post(
        changelist,
        {"action": "approve", "_selected_action": [drafts[0].pk]},
        follow=True,
    )
    assert "not possible while the comparison is approved" in response.text


def test_writers_do_not_get_the_editors_bulk_actions(client):
    client.force_login(make_writer())
    response = client.get(reverse("admin:comparisons_comparison_changelist"))
    actions = dict(response.context["action_form"].fields["action"].choices)
    assert "submit_for_review" in actions
    assert not {"approve", "publish_now", "unpublish"} & set(actions)


def test_the_editorial_history_list_is_read_only(client):
    comparison = in_state(Status.DRAFT, author=make_writer())
    workflow.submit(comparison, by=comparison.author)
    client.force_login(make_editor())
    response = client.get(reverse("admin:comparisons_workflowevent_changelist"))
    assert response.status_code == 200 and "Submitted for review" in response.text
    add = client.get(reverse("admin:comparisons_workflowevent_add"))
    assert add.status_code == 403
