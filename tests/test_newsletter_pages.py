import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from demo import loader as demo
from newsletter.models import Delivery, Issue, IssueStatus, Subscriber, SubscriberStatus

from .factories import make_comparison
from .newsletter_factories import make_issue, make_subscriber

pytestmark = pytest.mark.django_db


def test_the_archive_lists_issues_that_went_out_and_nothing_else(client):
    sent = make_issue(subject="Sent issue", status=IssueStatus.SENT)
    going = make_issue(subject="Going out now", status=IssueStatus.SENDING)
    make_issue(subject="Still a draft")
    make_issue(subject="Booked for later", status=IssueStatus.SCHEDULED)
    html = client.get("/newsletter/issues/").text
    assert "Sent issue" in html and "Going out now" in html
    assert "Still a draft" not in html and "Booked for later" not in html
    assert client.get(sent.get_absolute_url()).status_code == 200
    assert client.get(going.get_absolute_url()).status_code == 200


def test_drafts_and_scheduled_issues_are_404_in_the_archive(client):
    for status in (IssueStatus.DRAFT, IssueStatus.SCHEDULED):
        issue = make_issue(status=status)
        assert client.get(issue.get_absolute_url()).status_code == 404


def test_an_archived_issue_shows_its_tips_and_live_picks(client):
    pick = make_comparison(title="A live pick")
    issue = make_issue(picks=[pick], status=IssueStatus.SENT)
    html = client.get(issue.get_absolute_url()).text
    assert html.count("<h1") == 1
    assert issue.subject in html and "A live pick" in html
    for tip in issue.tips.all():
        assert tip.title in html
    assert "<strong>end</strong>" in html  # the intro's Markdown, rendered and sanitised


def test_the_archive_page_runs_a_fixed_number_of_queries(client):
    picks = [make_comparison() for _ in range(3)]
    small = make_issue(status=IssueStatus.SENT, picks=picks[:1], tips=1)
    large = make_issue(status=IssueStatus.SENT, picks=picks, tips=8)
    client.get("/")  # steady state: per-process caches (e.g. the next schedule due) are warm
    counts = []
    for issue in (small, large):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(issue.get_absolute_url()).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]


def test_the_footer_form_adds_no_database_query(client):
    comparison = make_comparison()
    url = comparison.get_absolute_url()
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        html = client.get(url).text
    assert 'action="/newsletter/"' in html
    assert not any("newsletter_" in query["sql"] for query in captured.captured_queries)


def test_send_due_issues_shows_a_progress_bar_until_the_send_is_done(settings):
    settings.NEWSLETTER_BATCH_SIZE = 2
    for _ in range(3):
        make_subscriber()
    issue = make_issue(status=IssueStatus.SCHEDULED)
    Issue.objects.filter(pk=issue.pk).update(send_at=issue.send_at.replace(year=2020))  # due
    out = io.StringIO()
    call_command("send_due_issues", "--wait", "--poll", "0", stdout=out)
    text = out.getvalue()
    assert f"Starting “{issue.subject}” (3 recipients)." in text
    assert f"Issue {issue.pk} [##############################] 3/3 sent, 0 failed" in text
    assert "All sent." in text


def test_send_due_issues_says_when_there_is_nothing_to_do():
    out = io.StringIO()
    call_command("send_due_issues", stdout=out)
    assert out.getvalue().strip() == "Nothing to send."


def test_demo_newsletter_has_an_archive_issue_a_draft_and_subscribers_in_each_state(client):
    demo.load_demo()
    sent = Issue.objects.get(status=IssueStatus.SENT)
    assert sent.picks.count() == 2 and sent.tips.count() == 3
    assert Delivery.objects.filter(issue=sent).count() == 2
    draft = Issue.objects.get(status=IssueStatus.DRAFT)
    assert draft.send_at is not None and draft.tips.exists()
    assert set(Subscriber.objects.values_list("status", flat=True)) == set(SubscriberStatus)
    html = client.get("/newsletter/issues/").text
    assert sent.subject in html
    assert client.get(sent.get_absolute_url()).status_code == 200
    assert demo.load_demo().created == {}
