import pytest

from comparisons import workflow
from comparisons.models import Status
from core import live

from .factories import make_editor, make_user, make_writer
from .workflow_helpers import in_state

pytestmark = pytest.mark.django_db


@pytest.fixture
def team():
    return {
        "writer": make_writer("sam", email="sam@example.com", first_name="Sam"),
        "other_writer": make_writer("kim", email="kim@example.com"),
        "editor": make_editor("elena", email="elena@example.com", first_name="Elena"),
        "second_editor": make_editor("omar", email="omar@example.com"),
        "quiet_editor": make_editor("noemail", email=""),
        "reader": make_user("reader", email="reader@example.com"),
    }


def test_submitting_emails_every_editor_with_an_admin_link(
    team, mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.SITE_URL = "https://careers.example"
    comparison = in_state(Status.DRAFT, author=team["writer"])
    with django_capture_on_commit_callbacks(execute=True):
        workflow.submit(comparison, by=team["writer"], comment="Ready when you are.")
    assert sorted(m.to[0] for m in mailoutbox) == ["elena@example.com", "omar@example.com"]
    message = mailoutbox[0]
    assert message.subject == f"Ready for review: {comparison.title}"
    admin_link = f"https://careers.example/admin/comparisons/comparison/{comparison.pk}/change/"
    assert admin_link in message.body
    assert "https://careers.example/preview/" in message.body
    assert "Ready when you are." in message.body


def test_an_editor_submitting_is_not_emailed_about_their_own_submission(
    team, mailoutbox, django_capture_on_commit_callbacks
):
    comparison = in_state(Status.DRAFT, author=team["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        workflow.submit(comparison, by=team["editor"])
    assert [m.to for m in mailoutbox] == [["omar@example.com"]]


def test_requesting_changes_emails_the_author_the_comment(
    team, mailoutbox, django_capture_on_commit_callbacks
):
    comparison = in_state(Status.IN_REVIEW, author=team["writer"])
    with django_capture_on_commit_callbacks(execute=True):
        workflow.request_changes(comparison, by=team["editor"], comment="Cite the BLS figure.")
    assert [m.to for m in mailoutbox] == [["sam@example.com"]]
    assert mailoutbox[0].subject == f"Changes requested: {comparison.title}"
    assert "Cite the BLS figure." in mailoutbox[0].body
    assert "Elena" in mailoutbox[0].body


def test_publishing_emails_the_author_and_refreshes_live_caches(
    team, mailoutbox, django_capture_on_commit_callbacks
):
    generation = live.generation()
    comparison = in_state(Status.APPROVED, author=team["writer"])
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish(comparison, by=team["editor"])
    assert [m.to for m in mailoutbox] == [["sam@example.com"]]
    assert mailoutbox[0].subject == f"Published: {comparison.title}"
    assert comparison.get_absolute_url() in mailoutbox[0].body
    assert live.generation() > generation


@pytest.mark.parametrize(
    ("state", "action"),
    [
        (Status.IN_REVIEW, "approve"),
        (Status.IN_REVIEW, "withdraw"),
        (Status.PUBLISHED, "unpublish"),
        (Status.PUBLISHED, "new_version"),
    ],
)
def test_other_steps_email_nobody(
    team, mailoutbox, django_capture_on_commit_callbacks, state, action
):
    comparison = in_state(state, author=team["writer"])
    with django_capture_on_commit_callbacks(execute=True):
        workflow.apply(action, comparison, by=team["editor"])
    assert mailoutbox == []


def test_no_email_is_sent_when_the_step_is_rolled_back(team, mailoutbox):
    comparison = in_state(Status.DRAFT, author=team["writer"])
    workflow.submit(comparison, by=team["writer"])  # the test transaction never commits
    assert mailoutbox == []


def test_email_subjects_are_plain_text_not_html_escaped(
    team, mailoutbox, django_capture_on_commit_callbacks
):
    title = 'What\'s the difference? "Nurse" & <Doctor>'
    comparison = in_state(Status.DRAFT, author=team["writer"], title=title)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.submit(comparison, by=team["writer"])
    with django_capture_on_commit_callbacks(execute=True):
        workflow.request_changes(comparison, by=team["editor"], comment="More on pay, please.")
    subjects = {message.subject for message in mailoutbox}
    assert subjects == {f"Ready for review: {title}", f"Changes requested: {title}"}
    assert not any("&#x27;" in s or "&amp;" in s or "&quot;" in s for s in subjects)
