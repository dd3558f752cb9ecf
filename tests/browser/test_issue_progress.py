"""A sending issue's progress bar moves by itself (a static script polling a JSON endpoint,
within the admin's strict Content Security Policy) and the page settles when the send ends."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from newsletter.models import Delivery, DeliveryStatus, Issue, IssueStatus
from tests.factories import make_editor
from tests.newsletter_factories import make_sending_issue, make_subscribers

from .conftest import log_in
from .test_content_security_policy import LISTEN

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_progress_bar_follows_the_send_and_stops_when_it_is_over(page):
    make_subscribers(4)
    issue = make_sending_issue()
    make_editor("elena")
    page.add_init_script(LISTEN)
    log_in(page, "elena")
    page.goto(f"/admin/newsletter/issue/{issue.pk}/change/")
    bar = page.locator("progress#issue-progress")
    assert bar.get_attribute("value") == "0" and bar.get_attribute("max") == "4"

    first_two = list(issue.deliveries.values_list("pk", flat=True)[:2])
    Delivery.objects.filter(pk__in=first_two).update(
        status=DeliveryStatus.SENT, sent_at=timezone.now()
    )
    # (The page's policy forbids eval, so the waits are locators, not wait_for_function.)
    expect(page.locator("#issue-progress-text")).to_have_text("2 / 4 sent")
    assert bar.get_attribute("value") == "2"

    issue.deliveries.update(status=DeliveryStatus.SENT, sent_at=timezone.now())
    Issue.objects.filter(pk=issue.pk).update(status=IssueStatus.SENT, sent_at=timezone.now())
    # The script reloads the page once the send is over; the new page has no polling URL.
    settled = page.locator("progress#issue-progress:not([data-progress-url])")
    expect(settled).to_have_count(1, timeout=15_000)
    assert page.locator("progress#issue-progress").get_attribute("value") == "4"
    assert page.evaluate("window.__csp") == []
