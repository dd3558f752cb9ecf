"""Charts editors look at: SVG with no script and no style attribute, each with its figures as a
table; and the sending issue's progress bar that refreshes itself."""

import datetime
import re

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from comparisons import throughput
from comparisons.models import Action, Status, WorkflowEvent
from newsletter import charts as newsletter_charts
from newsletter.models import Delivery, DeliveryStatus, Issue, IssueStatus, SubscriberStatus
from ratings import services as ratings
from ratings.models import Rating
from svgcharts.draw import Series, bar_chart, line_chart, nice_top
from svgcharts.weeks import last_weeks

from .factories import make_comparison, make_editor, make_writer
from .newsletter_factories import make_sending_issue, make_subscriber, make_subscribers

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 3, 18, 12, tzinfo=datetime.UTC)  # a Wednesday


@pytest.fixture
def editor_client(client):
    client.force_login(make_editor())
    return client


def table(html, caption):
    """The rows of the chart table with this caption, as lists of cell texts."""
    start = html.index(f"<caption>{caption}</caption>")
    body = html[start : html.index("</table>", start)]
    return [
        [
            re.sub(r"<[^>]+>", "", cell).strip()
            for cell in re.findall(r"<t[hd][^>]*>.*?</t[hd]>", row)
        ]
        for row in re.findall(r"<tr>(.*?)</tr>", body, flags=re.S)
    ]


def assert_csp_safe(svg):
    assert svg.startswith("<svg") and 'role="img"' in svg and "<title>" in svg
    assert "style=" not in svg and "<script" not in svg and " on" not in svg.split(">")[0]


# --- The drawing helpers ---


def test_nice_top_rounds_up_to_1_2_or_5():
    assert [nice_top(v) for v in ([0], [1], [3], [7], [10], [11], [180], [None])] == [
        1, 1, 5, 10, 10, 20, 200, 1,
    ]  # fmt: skip


def test_line_and_bar_charts_draw_every_value_and_carry_their_figures():
    series = [Series("Confirmed", [0, 5, 10]), Series("Left", [0, None, 2])]
    line = line_chart(
        title="T", label_heading="Week of", labels=["a", "b", "c"], series=series, summary="S"
    )
    assert_csp_safe(str(line.svg))
    assert str(line.svg).count("<circle") == 5  # the missing value has no dot
    assert line.rows == [("a", [0, 0]), ("b", [5, None]), ("c", [10, 2])]
    # the top of the scale (10) is at the top of the plot, 0 at the bottom
    assert 'cx="' in str(line.svg) and ",34.0" in str(line.svg) and ",192.0" in str(line.svg)
    bars = bar_chart(
        title="B",
        label_heading="Issue",
        labels=["x", "y"],
        series=[Series("N", [0, 5])],
        summary="S",
    )
    assert_csp_safe(str(bars.svg))
    heights = [float(h) for h in re.findall(r'<rect [^>]*height="([\d.]+)"', str(bars.svg))]
    assert heights == [0.0, 158.0]  # the whole plot height: 5 is the top of the scale


def test_weeks_are_monday_to_monday_and_end_with_this_week():
    weeks = last_weeks(3, now=NOW)
    assert [start.date().isoformat() for start, _ in weeks] == [
        "2026-03-02", "2026-03-09", "2026-03-16",
    ]  # fmt: skip
    assert weeks[-1][1].date().isoformat() == "2026-03-23"


# --- The newsletter ---


def test_subscribers_chart_counts_confirmed_and_unsubscribed_week_by_week():
    with time_machine.travel(NOW - datetime.timedelta(weeks=3), tick=False):
        make_subscribers(4)  # confirmed three weeks ago
        leaver = make_subscriber()
    with time_machine.travel(NOW - datetime.timedelta(weeks=1), tick=False):
        leaver.status, leaver.unsubscribed_at = SubscriberStatus.UNSUBSCRIBED, timezone.now()
        leaver.save()
    with time_machine.travel(NOW, tick=False):
        make_subscriber()  # this week
        make_subscriber(status=SubscriberStatus.PENDING)  # never counted
        chart = newsletter_charts.subscribers_chart()
    figures = [values for _, values in chart.rows]
    assert figures[-5:] == [[0, 0], [5, 0], [5, 0], [4, 1], [5, 1]]
    assert chart.summary.startswith("5 confirmed subscribers now, 5 more than 12 weeks ago")
    assert "1 unsubscribed in those weeks" in chart.summary


def sent_issue(started_at, recipients):
    with time_machine.travel(started_at, tick=False):
        issue = make_sending_issue()
    Delivery.objects.filter(issue=issue).update(status=DeliveryStatus.SENT, sent_at=started_at)
    Issue.objects.filter(pk=issue.pk).update(status=IssueStatus.SENT, started_at=started_at)
    return issue


def test_unsubscribes_count_against_the_last_issue_before_leaving_and_failures_per_issue():
    readers = make_subscribers(4)
    first = sent_issue(NOW - datetime.timedelta(days=14), readers)
    second = sent_issue(NOW - datetime.timedelta(days=7), readers)
    Delivery.objects.filter(issue=second, subscriber=readers[3]).update(
        status=DeliveryStatus.FAILED, sent_at=None
    )
    for reader, days_ago in ((readers[0], 10), (readers[1], 9), (readers[2], 2)):
        reader.status = SubscriberStatus.UNSUBSCRIBED
        reader.unsubscribed_at = NOW - datetime.timedelta(days=days_ago)
        reader.save()
    chart = newsletter_charts.issues_chart()
    assert [values for _, values in chart.rows] == [[2, 0], [1, 1]]
    assert f"Most unsubscribes after “{first.subject}” (2)" in chart.summary
    assert second.subject not in chart.summary


def test_the_issue_list_shows_both_charts_with_tables(editor_client):
    readers = make_subscribers(2)
    sent_issue(timezone.now() - datetime.timedelta(days=3), readers)
    html = editor_client.get(reverse("admin:newsletter_issue_changelist")).text
    charts = html[html.index('id="newsletter-charts"') : html.index("<!-- END SVGs")]
    assert (
        charts.count('<svg xmlns="http://www.w3.org/2000/svg" role="img"') == 2
        and charts.count("<details>") == 2
    )
    assert "<figcaption>2 confirmed subscribers now" in charts
    assert table(charts, "Unsubscribes and failed deliveries per issue")[0] == [
        "Issue (sent)", "Unsubscribes after it", "Failed deliveries",
    ]  # fmt: skip
    assert 'href="/static/admin-charts/charts.css"' in html or "admin-charts/charts" in html


def test_with_no_issue_sent_the_list_says_so(editor_client):
    html = editor_client.get(reverse("admin:newsletter_issue_changelist")).text
    assert "No issue has been sent yet" in html and html.count("<figure") == 1


# --- The sending issue's progress bar ---


def test_a_sending_issue_shows_a_progress_bar_that_polls_a_json_endpoint(editor_client):
    make_subscribers(4)
    issue = make_sending_issue()
    first = issue.deliveries.first()
    Delivery.objects.filter(pk=first.pk).update(status=DeliveryStatus.SENT, sent_at=timezone.now())
    page = editor_client.get(reverse("admin:newsletter_issue_change", args=[issue.pk])).text
    url = reverse("admin:newsletter_issue_progress", args=[issue.pk])
    assert (
        f'<progress id="issue-progress" value="1" max="4" aria-labelledby="issue-progress-text" '
        f'data-progress-url="{url}">25%</progress>'
    ) in page
    assert "newsletter/issue-progress.js" in page
    assert '<noscript><meta http-equiv="refresh" content="20"></noscript>' in page
    assert editor_client.get(url).json() == {
        "status": "sending", "sent": 1, "total": 4, "text": "1 / 4 sent",
    }  # fmt: skip


def test_a_sent_issue_has_a_still_bar_and_no_refresh(editor_client):
    readers = make_subscribers(2)
    issue = sent_issue(timezone.now(), readers)
    page = editor_client.get(reverse("admin:newsletter_issue_change", args=[issue.pk])).text
    assert '<progress id="issue-progress" value="2" max="2"' in page
    assert "data-progress-url" not in page and 'http-equiv="refresh"' not in page


def test_the_progress_endpoint_is_for_staff_only(client):
    issue = make_sending_issue()
    url = reverse("admin:newsletter_issue_progress", args=[issue.pk])
    assert client.get(url).status_code == 302  # to the login page
    assert "sent" not in client.get(url).text


# --- Ratings per week, on the article's ratings page ---


def test_the_article_ratings_page_charts_new_ratings_per_week(editor_client):
    liked, other = make_comparison(title="Liked"), make_comparison(title="Other")
    for weeks_ago, readers in ((2, 3), (0, 1)):
        for n in range(readers):
            reader = f"{weeks_ago}-{n}".ljust(32, "0")
            ratings.rate(comparison=liked, reader=reader, stars=4)
            Rating.objects.filter(reader=reader).update(
                created_at=timezone.now() - datetime.timedelta(weeks=weeks_ago)
            )
    ratings.rate(comparison=other, reader="x".ljust(32, "0"), stars=1)  # another article
    html = editor_client.get(reverse("admin:ratings_ratingaggregate_change", args=[liked.pk])).text
    rows = table(html, "New ratings per week")
    assert rows[0] == ["Week of", "New ratings"] and len(rows) == 13
    assert [row[1] for row in rows[1:]] == ["0"] * 9 + ["3", "0", "1"]
    assert "<figcaption>4 new ratings in 12 weeks; the most (3) in the week of" in html
    svg = html[html.index("<figure") : html.index("</figure>")]
    assert_csp_safe(svg[svg.index("<svg") :])
    assert len(re.findall(r'<rect [^>]*height="(?!0\.0")', svg)) == 2  # two weeks have bars


# --- Workflow throughput, on the editors' dashboard ---


def event(comparison, action, from_status, to_status, at, **fields):
    return WorkflowEvent.objects.create(
        comparison=comparison,
        action=action,
        from_status=from_status,
        to_status=to_status,
        created_at=at,
        **fields,
    )


def test_throughput_counts_publications_and_the_median_wait_in_review():
    one, two, three = (make_comparison(slug=f"c-{n}", published=False) for n in range(3))
    day = datetime.timedelta(days=1)
    hour = datetime.timedelta(hours=1)
    week_ago = NOW - datetime.timedelta(weeks=1)
    # Last week: one waited 10 hours and was approved, two 30 hours and was sent back.
    event(one, Action.SUBMIT, Status.DRAFT, Status.IN_REVIEW, week_ago - 10 * hour)
    event(one, Action.APPROVE, Status.IN_REVIEW, Status.APPROVED, week_ago)
    event(two, Action.SUBMIT, Status.DRAFT, Status.IN_REVIEW, week_ago - 30 * hour)
    event(two, Action.REQUEST_CHANGES, Status.IN_REVIEW, Status.CHANGES_REQUESTED, week_ago)
    # This week: three was withdrawn (no decision), then published straight from review.
    event(three, Action.SUBMIT, Status.DRAFT, Status.IN_REVIEW, NOW - 2 * day)
    event(three, Action.WITHDRAW, Status.IN_REVIEW, Status.DRAFT, NOW - 2 * day + hour)
    event(three, Action.SUBMIT, Status.DRAFT, Status.IN_REVIEW, NOW - day)
    event(three, Action.PUBLISH, Status.IN_REVIEW, Status.PUBLISHED, NOW - day + 4 * hour)
    # one was scheduled for last week; the scheduler ran late, this week: it counts last week.
    event(
        one, Action.PUBLISH, Status.SCHEDULED, Status.PUBLISHED, NOW - hour,
        scheduled_for=week_ago + hour,
    )  # fmt: skip
    published = throughput.published_per_week(now=NOW)
    assert [values[0] for _, values in published.rows][-3:] == [0, 1, 1]
    assert published.summary == "2 publications in 12 weeks (0.2 a week); 1 this week."
    review = throughput.time_in_review(now=NOW)
    assert [values[0] for _, values in review.rows][-3:] == [None, 20.0, 4.0]
    assert review.summary == "3 reviews decided in 12 weeks; overall median wait 10.0 hours."


def test_the_dashboard_shows_throughput_to_editors_not_to_writers(client, editor_client):
    html = editor_client.get(reverse("admin:index")).text
    section = html[html.index('id="workflow-throughput"') :]
    assert section.count("<figure") == 2
    assert "<caption>Comparisons published per week</caption>" in section
    assert "<caption>Median time in review (hours)</caption>" in section
    assert "No review was decided in the last 12 weeks." in section
    client.force_login(make_writer())
    assert 'id="workflow-throughput"' not in client.get(reverse("admin:index")).text
