"""The writing desk with the keyboard alone: type, preview follows, reorder, autosave, close the
tab, reopen, restore, save; then the editor sees an ordinary revision."""

import pytest

from comparisons.models import Autosave
from tests.factories import make_comparison, make_writer

from .conftest import assert_accessible, log_in
from .test_admin_ui import DESKTOP

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_round_trip_with_the_keyboard_alone(new_page, axe):
    writer = make_writer("sam", first_name="Sam")
    article = make_comparison(sections=2, published=False, author=writer)
    first, second = [s.heading for s in article.sections.all()]
    url = f"/admin/comparisons/comparison/{article.pk}/change/"

    page = new_page(viewport=DESKTOP)
    log_in(page, "sam")
    page.goto(url)
    preview = page.frame_locator("#desk-preview")
    preview.locator(".article__section h2").first.wait_for()
    assert_accessible(axe, page)
    assert page.locator("#id_sections-0-position").is_hidden()  # the order is the buttons' job

    # Type in the second section: the preview follows, through the article's own renderer.
    page.locator("#id_sections-1-body").focus()
    page.keyboard.press("End")
    page.keyboard.type(" Fresh **words** from the keyboard.")
    preview.locator("strong", has_text="words").wait_for()

    # Move it up with its button, from the keyboard.
    page.locator("#sections-1 .desk-move", has_text="Up").focus()
    page.keyboard.press("Enter")
    assert page.locator("#id_sections-1-position").input_value() == "1"
    assert page.locator("#id_sections-0-position").input_value() == "2"
    page.wait_for_function(
        "h => document.querySelector('#desk-preview').contentDocument"
        ".querySelector('.article__section h2')?.textContent === h",
        arg=second,
    )
    assert "place 1 of 2" in page.locator("#desk-announce").text_content()

    # Autosave keeps it; the tab closes without saving.
    page.wait_for_selector("#desk-saved:has-text('Unsaved text kept at')")
    assert Autosave.objects.filter(comparison=article).exists()
    context = page.context
    page.close()

    # Reopen: the form offers the kept text; restore it and save, all by keyboard.
    page = context.new_page()
    page.goto(url)
    page.locator("#desk-restore").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("text=is back in the form")
    assert "Fresh **words**" in page.locator("#id_sections-1-body").input_value()
    # The restored order shows as it will be saved: the moved section first.
    assert page.locator("#sections-group .inline-related").first.get_attribute("id") == "sections-1"
    page.locator("input[name=_save]").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector(".messagelist .success")

    headings = [s.heading for s in article.sections.all()]
    assert headings == [second, first]
    assert "Fresh **words** from the keyboard." in article.sections.get(heading=second).body
    assert article.revisions.count() == 2
    assert not Autosave.objects.exists()
