import pytest

from tests.factories import make_comparison, make_role, make_sector

from .conftest import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def articles():
    sector = make_sector("Healthcare", slug="healthcare")
    practice = make_role("Practice Manager", slug="practice-manager", sector=sector)
    office = make_role("Office Manager", slug="office-manager", sector=sector)
    nurse = make_role("Registered Nurse", slug="registered-nurse", sector=sector)
    return (
        make_comparison(practice, office, tags=("management",)),
        make_comparison(nurse, office, tags=("management",)),
    )


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_reader_searches_from_an_article_header_and_opens_a_result(new_page, articles, javascript):
    start, wanted = articles
    page = new_page(java_script_enabled=javascript)
    page.goto(start.get_absolute_url())
    box = page.locator("header").get_by_role("searchbox", name="Search comparisons and roles")
    box.fill("registered nurses")
    box.press("Enter")
    page.wait_for_url("**/search/?q=registered+nurses")
    assert page.locator("h1").inner_text() == "Results for “registered nurses”"
    assert box.input_value() == "registered nurses"
    assert page.locator("mark").first.inner_text().lower().startswith("registered")
    page.get_by_role("link", name=wanted.title).click()
    page.wait_for_url(f"**{wanted.get_absolute_url()}")
    assert page.locator("h1").inner_text() == wanted.title


def test_search_pages_are_accessible_and_fit_a_phone(page, axe, articles):
    for query in ["manager", "practise manger", "🙂", ""]:
        page.goto(f"/search/?q={query}")
        assert_accessible(axe, page)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, query


def test_an_article_with_related_reads_is_accessible(page, axe, articles):
    page.goto(articles[0].get_absolute_url())
    assert page.get_by_role("heading", name="You may also like").is_visible()
    assert_accessible(axe, page)
