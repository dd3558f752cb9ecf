"""A line break in a header field is refused on save, and a message that cannot be built fails
alone instead of stalling the whole send (issue 11, defect 9)."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from newsletter import sending, services
from newsletter.models import DeliveryStatus, Issue, IssueStatus

from .admin_forms import management
from .factories import make_editor
from .newsletter_factories import make_issue, make_sending_issue, make_subscribers

pytestmark = pytest.mark.django_db

BREAKS = ["Tips\r\nBcc: victim@example.com", "Tips\nX-Evil: 1", "Tips\rmore", "Tips\u2028more"]


@pytest.mark.parametrize("subject", BREAKS)
def test_model_validation_refuses_line_breaks_in_subject_and_preheader(subject):
    issue = make_issue(subject=subject, preheader=subject)
    with pytest.raises(ValidationError) as caught:
        issue.full_clean()
    assert set(caught.value.message_dict) == {"subject", "preheader"}


@pytest.mark.parametrize("field", ["subject", "preheader"])
def test_a_forged_admin_post_with_a_crlf_header_saves_nothing(client, field):
    client.force_login(make_editor())
    data = {
        "subject": "Tips",
        "slug": "tips",
        "preheader": "",
        "intro": "Hello.",
        "send_at_0": "",
        "send_at_1": "",
        **management("tips", 0),
        **management("picks", 0),
    }
    data[field] = "Tips\r\nBcc: victim@example.com"
    response = client.post(reverse("admin:newsletter_issue_add"), data)
    assert response.status_code == 200
    assert "Keep this on one line" in response.content.decode()
    assert not Issue.objects.exists()


def test_an_issue_with_a_line_break_cannot_be_scheduled():
    issue = make_issue()
    Issue.objects.filter(pk=issue.pk).update(subject="Tips\r\nBcc: victim@example.com")
    issue.refresh_from_db()
    with pytest.raises(ValidationError, match="one line"):
        services.schedule(issue=issue, send_at=timezone.now() + datetime.timedelta(days=1))


def test_a_message_that_cannot_be_built_fails_alone_and_the_send_finishes():
    subscribers = make_subscribers(3)
    issue = make_sending_issue()
    # Saved before validation existed (or by a path that skipped it).
    Issue.objects.filter(pk=issue.pk).update(subject="Tips\r\nBcc: victim@example.com")
    report = sending.send(issue_id=issue.pk)
    assert (report.sent, report.failed, report.finished) == (0, len(subscribers), True)
    assert mail.outbox == []
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT
    errors = set(issue.deliveries.values_list("status", "last_error"))
    assert {status for status, _ in errors} == {DeliveryStatus.FAILED}
    assert all("newline" in error.lower() or "header" in error.lower() for _, error in errors)
    # Resuming does not crash or send anything either.
    again = sending.send(issue_id=issue.pk)
    assert again.sent == 0 and mail.outbox == []
