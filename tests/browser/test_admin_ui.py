import pytest

from comparisons.models import Comparison
from tests.factories import make_editor, make_role, make_sector

from .conftest import log_in

pytestmark = pytest.mark.django_db(transaction=True)

DESKTOP = {"width": 1280, "height": 900}


def choose(page, field, text):
    """Pick `text` in one of the admin's autocomplete (select2) boxes."""
    page.click(f"#id_{field} + .select2 .select2-selection")
    page.fill(".select2-container--open .select2-search__field", text)
    page.click(f".select2-results__option:has-text('{text}')")


def test_editor_creates_a_comparison_with_two_sections_and_a_link(new_page):
    make_editor("elena")
    sector = make_sector("Healthcare", slug="healthcare")
    make_role("Practice Manager", slug="practice-manager", sector=sector)
    make_role("Office Manager", slug="office-manager", sector=sector)
    page = new_page(viewport=DESKTOP)
    log_in(page, "elena")

    page.goto("/admin/comparisons/comparison/add/")
    choose(page, "role_a", "Practice Manager")
    choose(page, "role_b", "Office Manager")
    page.locator("#id_title").press_sequentially("Practice Manager vs Office Manager")
    assert page.input_value("#id_slug") == "practice-manager-vs-office-manager"
    page.fill("#id_lead", "Two management jobs, two very different days.")
    page.fill("#id_tags", "management, healthcare")

    for n, (kind, heading) in enumerate([("duties", "What they do"), ("salary", "Pay")]):
        page.click("#sections-group .add-row a")
        page.select_option(f"#id_sections-{n}-kind", kind)
        page.fill(f"#id_sections-{n}-heading", heading)
        page.fill(f"#id_sections-{n}-body", f"The **{heading.lower()}** part.")
        page.fill(f"#id_sections-{n}-verdict", "They differ.")

    page.click("#related_links-group .add-row a")
    page.fill("#id_related_links-0-after_section", "1")
    page.fill("#id_related_links-0-label", "Related: the BLS handbook")
    page.fill("#id_related_links-0-url", "https://www.bls.gov/ooh/")

    page.locator("input[name=_save]").last.click()
    page.wait_for_selector(".messagelist .success")

    comparison = Comparison.objects.get(slug="practice-manager-vs-office-manager")
    assert [s.heading for s in comparison.sections.all()] == ["What they do", "Pay"]
    link = comparison.related_links.get()
    assert (link.after_section, link.url) == (1, "https://www.bls.gov/ooh/")
    assert comparison.author.username == "elena"
    assert comparison.revisions.count() == 1
