"""The transition table: every state × action × kind of user, in the service and over HTTP."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from comparisons import workflow
from comparisons.models import Action, Status, WorkflowEvent

from .factories import make_editor, make_user, make_writer
from .workflow_helpers import in_state

pytestmark = pytest.mark.django_db

D, R, C, A, S, P, U = (
    Status.DRAFT,
    Status.IN_REVIEW,
    Status.CHANGES_REQUESTED,
    Status.APPROVED,
    Status.SCHEDULED,
    Status.PUBLISHED,
    Status.ARCHIVED,
)
# Written out by hand (not read from workflow.py) so that a change to the rules fails here.
TABLE = {
    Action.SUBMIT: ({D, C}, R),
    Action.WITHDRAW: ({R}, D),
    Action.REQUEST_CHANGES: ({R, A}, C),
    Action.APPROVE: ({R}, A),
    Action.SCHEDULE: ({R, A}, S),
    Action.UNSCHEDULE: ({S}, A),
    Action.PUBLISH: ({D, R, A, S, U}, P),
    # Only what readers see now can be unpublished: `in_state(S)` is a first publication that
    # is still waiting for its time (cancel the schedule instead).
    Action.UNPUBLISH: ({P}, U),
    Action.NEW_VERSION: ({A, P, U}, D),
}
WRITER_MAY = {Action.SUBMIT, Action.WITHDRAW, Action.NEW_VERSION}
USERS = ["editor", "author", "other_writer", "anonymous"]


@pytest.fixture
def people():
    return {
        "editor": make_editor("ed"),
        "author": make_writer("author"),
        "other_writer": make_writer("other"),
        "anonymous": AnonymousUser(),
    }


def run(action, comparison, user):
    return workflow.apply(
        action,
        comparison,
        by=user,
        comment="Looks good, but please check the figures.",
        when=timezone.now() + datetime.timedelta(days=1),
    )


@pytest.mark.parametrize("who", USERS)
@pytest.mark.parametrize("state", [D, R, C, A, S, P, U])
@pytest.mark.parametrize("action", list(TABLE))
def test_transition_table(people, action, state, who):
    comparison = in_state(state, author=people["author"])
    user = people[who]
    sources, target = TABLE[action]
    may = who == "editor" or (who == "author" and action in WRITER_MAY)
    before = comparison.status
    if not may:
        with pytest.raises(PermissionDenied):
            run(action, comparison, user)
    elif state not in sources:
        with pytest.raises(ValidationError):
            run(action, comparison, user)
    else:
        event = run(action, comparison, user)
        comparison.refresh_from_db()
        assert comparison.status == target
        assert (event.from_status, event.to_status, event.action) == (state, target, action)
        assert event.actor == user
        return
    comparison.refresh_from_db()
    assert comparison.status == before
    assert not WorkflowEvent.objects.exists()


def test_allowed_transitions_match_the_table(people):
    for state in [D, R, C, A, S, P, U]:
        comparison = in_state(state, author=people["author"])
        editor_actions = {
            t.action for t in workflow.allowed_transitions(comparison, people["editor"])
        }
        assert editor_actions == {a for a, (sources, _) in TABLE.items() if state in sources}
        author_actions = {
            t.action for t in workflow.allowed_transitions(comparison, people["author"])
        }
        assert author_actions == editor_actions & WRITER_MAY
        assert workflow.allowed_transitions(comparison, people["other_writer"]) == []


EDITOR_ONLY = [action for action in TABLE if action not in WRITER_MAY]


@pytest.mark.parametrize("state", [D, R, C, A, S, P, U])
@pytest.mark.parametrize("action", EDITOR_ONLY)
@pytest.mark.parametrize("who", ["author", "other_writer"])
def test_writers_posting_an_editors_action_get_403_and_nothing_changes(
    client, people, state, action, who
):
    comparison = in_state(state, author=people["author"])
    client.force_login(people[who])
    response = client.post(
        reverse("admin:comparisons_comparison_transition", args=[comparison.pk]),
        {"workflow-action": action, "workflow-comment": "Let me in", "workflow-when": ""},
    )
    assert response.status_code == 403
    refreshed = type(comparison).objects.get(pk=comparison.pk)
    assert refreshed.status == state
    assert refreshed.live_revision_id == comparison.live_revision_id
    assert not WorkflowEvent.objects.exists()


@pytest.mark.parametrize("action", list(WRITER_MAY))
def test_another_writer_cannot_move_someone_elses_article(client, people, action):
    state = {Action.SUBMIT: D, Action.WITHDRAW: R, Action.NEW_VERSION: P}[action]
    comparison = in_state(state, author=people["author"])
    client.force_login(people["other_writer"])
    response = client.post(
        reverse("admin:comparisons_comparison_transition", args=[comparison.pk]),
        {"workflow-action": action},
    )
    assert response.status_code == 403
    comparison.refresh_from_db()
    assert comparison.status == state


@pytest.mark.parametrize("action", list(TABLE))
def test_anonymous_and_non_staff_posts_change_nothing(client, people, action):
    comparison = in_state(R, author=people["author"])
    url = reverse("admin:comparisons_comparison_transition", args=[comparison.pk])
    response = client.post(url, {"workflow-action": action})
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.force_login(make_user("reader"))
    response = client.post(url, {"workflow-action": action})
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    comparison.refresh_from_db()
    assert comparison.status == R and not comparison.is_live
    assert not WorkflowEvent.objects.exists()


def test_editor_transitions_over_http_follow_the_table(client, people):
    comparison = in_state(R, author=people["author"])
    client.force_login(people["editor"])
    url = reverse("admin:comparisons_comparison_transition", args=[comparison.pk])
    response = client.post(url, {"workflow-action": "approve"})
    assert response.status_code == 302
    comparison.refresh_from_db()
    assert comparison.status == A
    response = client.post(url, {"workflow-action": "withdraw"}, follow=True)
    assert "not possible while the comparison is approved" in response.text
    comparison.refresh_from_db()
    assert comparison.status == A
    client.post(url, {"workflow-action": "publish"})
    comparison.refresh_from_db()
    assert comparison.status == P and comparison.is_live


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"workflow-action": "fly"}, "Select a valid choice"),
        ({}, "This field is required"),
        ({"workflow-action": "schedule", "workflow-when": "next tuesday"}, "Enter a valid date"),
        ({"workflow-action": "request_changes", "workflow-comment": "  "}, "Say what needs to"),
        ({"workflow-action": "schedule", "workflow-when": ""}, "Choose the date and time"),
    ],
)
def test_bad_workflow_posts_get_a_message_and_change_nothing(client, people, data, message):
    comparison = in_state(R, author=people["author"])
    client.force_login(people["editor"])
    url = reverse("admin:comparisons_comparison_transition", args=[comparison.pk])
    response = client.post(url, data, follow=True)
    assert message in response.text
    comparison.refresh_from_db()
    assert comparison.status == R
    assert not WorkflowEvent.objects.exists()


def test_workflow_endpoint_refuses_get_and_unknown_comparisons(client, people):
    comparison = in_state(R, author=people["author"])
    client.force_login(people["editor"])
    url = reverse("admin:comparisons_comparison_transition", args=[comparison.pk])
    assert client.get(url).status_code == 405
    missing = reverse("admin:comparisons_comparison_transition", args=[comparison.pk + 100])
    assert client.post(missing, {"workflow-action": "approve"}).status_code == 404


def test_approving_a_version_you_have_not_seen_is_refused(client, people):
    comparison = in_state(R, author=people["author"])
    client.force_login(people["editor"])
    url = reverse("admin:comparisons_comparison_transition", args=[comparison.pk])
    response = client.post(
        url, {"workflow-action": "approve", "workflow-seen_revision": "0"}, follow=True
    )
    assert "saved a new version (revision 1) after you opened this page" in response.text
    comparison.refresh_from_db()
    assert comparison.status == R


def test_a_scheduled_first_publication_offers_cancel_but_not_unpublish(people):
    comparison = in_state(S, author=people["author"])
    buttons = [t.button for t in workflow.allowed_transitions(comparison, people["editor"])]
    assert "Cancel the schedule" in buttons and "Unpublish" not in buttons
    with pytest.raises(ValidationError, match="nothing to unpublish"):
        workflow.check(Action.UNPUBLISH, comparison, by=people["editor"])


def test_a_live_article_with_a_scheduled_new_version_can_be_unpublished(people):
    comparison = in_state(P, author=people["author"])
    comparison.status = S
    comparison.save()
    buttons = [t.button for t in workflow.allowed_transitions(comparison, people["editor"])]
    assert "Unpublish" in buttons


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (Action.SUBMIT, "Only the author or an editor can submit this comparison for review."),
        (Action.APPROVE, "Only editors can approve this comparison."),
        (Action.UNSCHEDULE, "Only editors can cancel this comparison's schedule."),
    ],
)
def test_refusals_read_as_plain_english(people, action, message):
    state = {Action.SUBMIT: D, Action.APPROVE: R, Action.UNSCHEDULE: S}[action]
    comparison = in_state(state, author=people["author"])
    with pytest.raises(PermissionDenied) as refused:
        workflow.check(action, comparison, by=people["other_writer"])
    assert str(refused.value) == message
