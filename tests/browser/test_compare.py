"""A reader compares two roles nobody has written about, asks for the article, and hears back
when an editor has started, approved and published it."""

import pytest
from playwright.sync_api import expect

from article_requests.models import ArticleRequest, RequestStatus
from comparisons.models import Comparison, Status
from tests.factories import make_editor, make_role, make_sector

from .conftest import assert_accessible, log_in
from .test_admin_ui import DESKTOP

pytestmark = pytest.mark.django_db(transaction=True)


def test_reader_asks_for_a_comparison_and_hears_when_it_is_published(new_page, axe, mailoutbox):
    make_editor("elena", first_name="Elena", email="elena@example.com")
    sector = make_sector("Healthcare", slug="healthcare")
    make_role("Nurse", slug="nurse", sector=sector, skills="Patient care\nTriage")
    make_role("Physician", slug="physician", sector=sector, median_salary=239200)

    # The reader picks two roles on the home page; the fields suggest role names as they type.
    reader = new_page()
    reader.goto("/")
    reader.focus("#home-compare-a")
    # A locator, not wait_for_function: the page's CSP forbids the eval that one polls with.
    expect(reader.locator("#home-compare-roles option")).to_have_count(2)
    reader.fill("#home-compare-a", "Physician")
    reader.fill("#home-compare-b", "Nurse")
    reader.click(".hero-intro .compare-picker button[type=submit]")
    reader.wait_for_url("**/compare/nurse-vs-physician/")
    assert reader.inner_text("h1") == "Nurse vs. Physician"
    assert "$239,200" in reader.inner_text("#at-a-glance")
    assert reader.locator("meta[name=robots]").get_attribute("content") == "noindex"
    assert_accessible(axe, reader)

    # They ask for the article and leave an address.
    reader.fill("#ask-email", "reader@example.com")
    reader.click("#ask button[type=submit]")
    reader.wait_for_selector(".messages .message--success")
    assert "We will e-mail reader@example.com once" in reader.inner_text(".messages")
    assert "1 reader has asked" in reader.inner_text("#ask")
    assert_accessible(axe, reader)

    # The editor starts the draft from the dashboard in one click…
    editor = new_page(viewport=DESKTOP)
    log_in(editor, "elena")
    panel = editor.locator("#queue-requested")
    assert "Nurse vs. Physician" in panel.inner_text()
    assert "1 reader · first asked" in panel.inner_text()
    panel.locator("button:has-text('Start a draft')").click()
    editor.wait_for_selector(".messagelist .success")
    comparison = Comparison.objects.get()
    assert editor.input_value("#id_title") == "Nurse vs. Physician – what's the difference?"
    assert comparison.sections.count() == 5

    # …and takes it through the workflow: submit, approve, publish.
    for button in ("Submit for review", "Approve", "Publish now"):
        editor.click(f"button:has-text('{button}')")
        editor.wait_for_selector(".messagelist .success")
    comparison.refresh_from_db()
    assert comparison.status == Status.PUBLISHED

    # The reader's e-mail arrives once, and the request is closed.
    notices = [m for m in mailoutbox if m.to == ["reader@example.com"]]
    assert len(notices) == 1
    assert notices[0].subject == "Published: Nurse vs. Physician – what's the difference?"
    assert "/comparisons/nurse-vs-physician/" in notices[0].body
    assert ArticleRequest.objects.get().status == RequestStatus.CLOSED

    # A mistyped role gets a clear answer, accessible too.
    reader.goto("/compare/?a=Astronaut&b=Nurse")
    assert "We have no role called “Astronaut”" in reader.inner_text("#compare-errors")
    assert_accessible(axe, reader)

    # The compare address now leads to the article.
    reader.goto("/compare/physician-vs-nurse/")
    reader.wait_for_url("**/comparisons/nurse-vs-physician/")
    assert reader.inner_text("h1") == "Nurse vs. Physician – what's the difference?"


def test_without_javascript_a_reader_compares_from_a_role_page_and_asks(new_page):
    sector = make_sector("Healthcare", slug="healthcare")
    make_role("Nurse", slug="nurse", sector=sector)
    make_role("Physician", slug="physician", sector=sector)
    reader = new_page(java_script_enabled=False)
    reader.goto("/roles/nurse/")
    assert reader.input_value("#role-compare-a") == "Nurse"
    reader.fill("#role-compare-b", "physician")
    reader.click(".role .compare-picker button[type=submit]")
    reader.wait_for_url("**/compare/nurse-vs-physician/")
    reader.click("#ask button[type=submit]")
    reader.wait_for_selector(".messages .message--success")
    assert ArticleRequest.objects.get().count == 1
    assert "You have asked for this comparison" in reader.inner_text("#ask")
