import re

import pytest
from django.core import mail

from newsletter import sending
from newsletter.models import Subscriber, SubscriberStatus
from tests.factories import make_comparison
from tests.newsletter_factories import make_issue, make_sending_issue

from .conftest import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True)

SITE = "http://127.0.0.1:8000"


@pytest.fixture(autouse=True)
def page_cache(settings):
    """Forms are sent from cached pages, which carry no CSRF token (runtime/origin.py)."""
    settings.PAGE_CACHE_SECONDS = 30


def link_in(message, kind):
    return re.search(rf"{SITE}(/newsletter/{kind}/[^\s\"<]+/)", message.body).group(1)


def test_a_visitor_subscribes_from_an_article_confirms_and_unsubscribes_without_javascript(
    new_page,
):
    article = make_comparison()
    page = new_page(java_script_enabled=False)
    page.goto(article.get_absolute_url())
    footer = page.locator("footer")
    footer.get_by_label("Your e-mail address").fill("reader@example.com")
    footer.get_by_role("button", name="Subscribe").click()
    page.wait_for_url("**/newsletter/check-your-inbox/")
    assert page.locator("h1").inner_text() == "Check your inbox"
    subscriber = Subscriber.objects.get()
    assert (subscriber.status, subscriber.source) == (
        SubscriberStatus.PENDING,
        article.get_absolute_url(),
    )

    [confirmation] = mail.outbox
    page.goto(link_in(confirmation, "confirm"))
    page.get_by_role("button", name="Yes, send me the tips").click()
    page.get_by_role("heading", name="You're subscribed").wait_for()
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.CONFIRMED

    issue = make_sending_issue(picks=[article])
    sending.send(issue_id=issue.pk)
    tips = mail.outbox[-1]
    assert tips.to == ["reader@example.com"]
    page.goto(link_in(tips, "unsubscribe"))
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.CONFIRMED  # opening the link changes nothing
    page.get_by_role("button", name="Unsubscribe").click()
    page.get_by_role("heading", name="You're unsubscribed").wait_for()
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED


def test_newsletter_pages_are_accessible_and_fit_a_phone(page, axe):
    issue = make_sending_issue(picks=[make_comparison()])
    make_issue(status="sent")
    page.goto("/newsletter/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert_accessible(axe, page)

    page.get_by_label("Your e-mail address").fill("not-an-address")
    page.locator("#signup-email").evaluate("el => el.type = 'text'")  # get past the browser's check
    page.get_by_role("button", name="Subscribe").click()
    page.get_by_text("doesn't look like an e-mail address").wait_for()
    assert page.locator("#signup-email").get_attribute("aria-invalid") == "true"
    assert page.locator("#signup-email").input_value() == "not-an-address"
    assert_accessible(axe, page)

    page.get_by_label("Your e-mail address").fill("jane@example.com")
    page.get_by_role("button", name="Subscribe").click()
    page.wait_for_url("**/check-your-inbox/")
    assert_accessible(axe, page)
    page.goto(link_in(mail.outbox[0], "confirm"))
    assert_accessible(axe, page)
    page.goto(link_in(mail.outbox[0], "unsubscribe"))
    assert_accessible(axe, page)
    for url in ("/newsletter/issues/", issue.get_absolute_url()):
        page.goto(url)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, url
        assert_accessible(axe, page)
