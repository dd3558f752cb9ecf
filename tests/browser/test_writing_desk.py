"""The writing desk with the keyboard alone: type, preview follows, reorder, autosave, close the
tab, reopen, restore, save; then the editor sees an ordinary revision."""

import pytest

from comparisons import desk
from comparisons.models import Autosave
from tests.factories import make_comparison, make_editor, make_writer

from .conftest import assert_accessible, log_in
from .test_admin_ui import DESKTOP

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_round_trip_with_the_keyboard_alone(new_page, axe):
    writer = make_writer("sam", first_name="Sam")
    make_editor("elena")
    article = make_comparison(sections=2, published=False, author=writer)
    first, second = [s.heading for s in article.sections.all()]
    url = f"/admin/comparisons/comparison/{article.pk}/change/"

    page = new_page(viewport=DESKTOP)
    log_in(page, "sam")
    page.goto(url)
    preview = page.frame_locator("#desk-preview")
    preview.locator(".article__section h2").first.wait_for()
    assert_accessible(axe, page)
    # From here on (axe injects styles of its own) the strict Content-Security-Policy must not
    # block anything the desk does.
    refused = []
    page.on(
        "console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else 0
    )
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

    # Autosave keeps it (the new order included); the tab closes without saving.
    page.wait_for_selector("#desk-saved:has-text('Unsaved text kept at')")
    for _ in range(40):  # bounded: autosave runs every 4 seconds
        kept = Autosave.objects.filter(comparison=article).first()
        if kept and kept.data.get("sections-1-position") == ["1"]:
            break
        page.wait_for_timeout(250)
    assert kept.data["sections-1-position"] == ["1"]
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
    assert refused == []

    # An editor sees an ordinary revision diff of what was saved.
    editor = new_page(viewport=DESKTOP)
    log_in(editor, "elena")
    editor.goto(f"/admin/comparisons/comparison/{article.pk}/revisions/compare/?a=1&b=2")
    assert "Fresh **words** from the keyboard." in editor.inner_text("main")


def test_toolbar_drag_and_drop_and_new_sections(new_page):
    writer = make_writer("sam")
    target = make_comparison()
    article = make_comparison(sections=3, published=False, author=writer)
    first, second, third = [s.heading for s in article.sections.all()]
    # Tall enough that source and target of the drag are on screen together (a drag that
    # scrolls the page moves its source under the pointer).
    page = new_page(viewport={"width": 1280, "height": 4000})
    log_in(page, "sam")
    page.goto(f"/admin/comparisons/comparison/{article.pk}/change/")
    preview = page.frame_locator("#desk-preview")
    preview.locator(".article__section h2").first.wait_for()

    # Bold around the selection, a role fact, and a link chosen by type-ahead.
    body = page.locator("#id_sections-0-body")
    body.fill("Plain word")
    body.evaluate("area => area.setSelectionRange(6, 10)")
    page.locator("#sections-0 .desk-tool", has_text="B").first.click()
    assert body.input_value() == "Plain **word**"
    body.evaluate("area => area.setSelectionRange(area.value.length, area.value.length)")
    group = page.locator("#sections-0 .field-body .desk-tool-group").first
    group.locator("select").select_option("{{ a.salary }}")
    group.locator("button").click()
    assert body.input_value() == "Plain **word**{{ a.salary }}"
    links = page.locator("#sections-0 .field-body .desk-tool-group").nth(1)
    links.locator("input").press_sequentially(target.role_a.title[:6])
    option = f"{target.live_revision.title} (Comparison)"
    page.wait_for_function(
        "([id, text]) => Array.from(document.getElementById(id).options)"
        ".some(o => o.value === text)",
        arg=[links.locator("datalist").get_attribute("id"), option],
    )
    links.locator("input").fill(option)
    links.locator("button").click()
    assert f"]({target.get_absolute_url()})" in body.input_value()
    preview.locator(f'a[href="{target.get_absolute_url()}"]').wait_for()

    # Drag the third section above the first (pointer down on its handle, move, release).
    page.locator("#sections-0 h3").scroll_into_view_if_needed()
    source = page.locator("#sections-2 .desk-handle").bounding_box()
    target = page.locator("#sections-0 h3").bounding_box()
    page.mouse.move(source["x"] + 3, source["y"] + 3)
    page.mouse.down()
    page.mouse.move(source["x"] + 3, source["y"] - 20, steps=5)
    page.mouse.move(target["x"] + 5, target["y"] + 2, steps=10)
    page.mouse.up()
    order = page.locator("#sections-group .inline-related:not(.empty-form)").evaluate_all(
        "rows => rows.map(r => r.querySelector('[name$=-heading]').value)"
    )
    assert order == [third, first, second]
    assert page.locator("#id_sections-2-position").input_value() == "1"

    # A new section offers the standard kinds the article lacks, first one chosen.
    page.click("#sections-group .add-row a")
    kinds = page.locator("#id_sections-3-kind option").evaluate_all("os => os.map(o => o.value)")
    assert kinds[:5] == ["duties", "requirements", "environment", "skills", "salary"]
    assert page.locator("#id_sections-3-kind").input_value() == "duties"
    page.fill("#id_sections-3-heading", "What they do")
    page.fill("#id_sections-3-body", "They run things.")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    saved = [(s.heading, s.kind) for s in article.sections.all()]
    assert saved == [
        (third, "custom"),
        (first, "custom"),
        (second, "custom"),
        ("What they do", "duties"),
    ]


def test_typing_never_overwrites_unsaved_text_still_on_offer(new_page):
    writer = make_writer("kim")
    article = make_comparison(sections=1, published=False, author=writer)
    kept_lead = "A lead typed before the tab closed."
    desk.keep(comparison=article, user=writer, data={"lead": [kept_lead], "base_revision": ["1"]})
    page = new_page(viewport=DESKTOP)
    log_in(page, "kim")
    page.goto(f"/admin/comparisons/comparison/{article.pk}/change/")
    assert page.locator("#desk-restore").is_visible()
    page.locator("#id_intro").focus()
    page.keyboard.type(" New words typed without restoring.")
    page.wait_for_selector("#desk-saved:has-text('restore or discard your earlier unsaved text')")
    assert Autosave.objects.get(comparison=article).data["lead"] == [kept_lead]
