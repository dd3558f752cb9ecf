"""The editorial round trip in a real browser: draft, submit, request changes, fix, publish."""

import pytest

from comparisons.models import Comparison, Status
from tests.factories import make_editor, make_role, make_sector, make_writer

from .conftest import assert_accessible, log_in
from .test_admin_ui import DESKTOP, choose

pytestmark = pytest.mark.django_db(transaction=True)


def test_writer_and_editor_take_an_article_from_draft_to_published(new_page, axe):
    make_writer("sam", first_name="Sam", email="sam@example.com")
    make_editor("elena", first_name="Elena", last_name="Marsh", email="elena@example.com")
    sector = make_sector("Healthcare", slug="healthcare")
    make_role("Practice Manager", slug="practice-manager", sector=sector)
    make_role("Office Manager", slug="office-manager", sector=sector)

    # The writer drafts and submits in one go.
    writer = new_page(viewport=DESKTOP)
    log_in(writer, "sam")
    writer.goto("/admin/comparisons/comparison/add/")
    choose(writer, "role_a", "Practice Manager")
    choose(writer, "role_b", "Office Manager")
    writer.locator("#id_title").press_sequentially("Practice Manager vs Office Manager")
    writer.fill("#id_lead", "A first lead that is far too vague.")
    writer.click("input[name=_save_and_submit]")
    writer.wait_for_selector(".messagelist .success")
    comparison = Comparison.objects.get(slug="practice-manager-vs-office-manager")
    assert comparison.status == Status.IN_REVIEW

    # The editor asks for changes with a comment.
    editor = new_page(viewport=DESKTOP)
    log_in(editor, "elena")
    editor.goto("/admin/")
    editor.click("#queue-awaiting a:has-text('Practice Manager vs Office Manager')")
    editor.fill("#id_workflow-comment", "Say what each job does in the lead, please.")
    editor.click("button:has-text('Request changes')")
    editor.wait_for_selector(".messagelist .success")
    assert "Changes requested" in editor.inner_text(".workflow-status")

    # The writer sees the request, edits and resubmits.
    writer.goto("/admin/")
    writer.click("#queue-mine a:has-text('Practice Manager vs Office Manager')")
    request = writer.inner_text(".workflow-request")
    assert "Elena Marsh asked for changes" in request
    assert "Say what each job does in the lead, please." in request
    writer.fill("#id_lead", "Practice managers run clinics; office managers run offices.")
    writer.click("input[name=_save_and_submit]")
    writer.wait_for_selector(".messagelist .success")
    comparison.refresh_from_db()
    assert comparison.status == Status.IN_REVIEW

    # The editor previews it, then publishes.
    editor.goto(f"/admin/comparisons/comparison/{comparison.pk}/change/")
    preview_href = editor.get_attribute(".workflow-facts a", "href")
    # The link is made for the editor who opens it (issue 13: links are recorded per person),
    # so it opens in the editor's browser, which then lands on the shareable preview.
    preview = editor.context.new_page()
    preview.goto(preview_href)
    assert "Practice managers run clinics" in preview.inner_text(".article__lead")
    assert_accessible(axe, preview)
    editor.click("button:has-text('Publish now')")
    editor.wait_for_selector(".messagelist .success")
    assert "Published" in editor.inner_text(".workflow-status")

    # An anonymous reader now sees the article.
    reader = new_page()
    response = reader.goto("/comparisons/practice-manager-vs-office-manager/")
    assert response.status == 200
    assert reader.inner_text("h1") == "Practice Manager vs Office Manager"
    assert "Practice managers run clinics" in reader.inner_text(".article__lead")
