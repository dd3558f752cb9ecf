import datetime

import pytest

from comparisons import publishing
from tests.factories import make_comparison, make_role, make_sector
from tests.newsletter_factories import make_sending_issue

from .conftest import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def articles():
    sector = make_sector("Healthcare", slug="healthcare")
    # A pay range and an old figure, so the range row and the stale note are checked too.
    practice = make_role(
        "Practice Manager",
        slug="practice-manager",
        sector=sector,
        salary_p10=48000,
        salary_p25=57500,
        salary_p75=99000,
        salary_p90=150000,
        salary_as_of=datetime.date(2012, 5, 1),
    )
    office = make_role("Office Manager", slug="office-manager", sector=sector)
    assistant = make_role("Medical Assistant", slug="medical-assistant", sector=sector)
    first = make_comparison(practice, office, sections=5, links=2)
    second = make_comparison(assistant, office, sections=2)
    return first, second


def test_reader_goes_from_home_to_a_section_of_an_article(page, articles):
    article = articles[0]
    page.goto("/")
    page.get_by_role("link", name=article.title).click()
    page.wait_for_url(f"**{article.get_absolute_url()}")
    assert page.locator("h1").inner_text() == article.title

    contents = page.locator("details.contents")
    assert not contents.evaluate("el => el.open")
    page.get_by_text("Contents", exact=True).click()
    assert contents.evaluate("el => el.open")

    heading = article.sections.all()[3].heading
    contents.get_by_role("link", name=heading).click()
    page.wait_for_url(f"**#{article.live_revision.body['sections'][3]['anchor']}")
    section_heading = page.get_by_role("heading", name=heading, level=2)
    assert section_heading.is_visible()
    box = section_heading.bounding_box()
    # -1: a heading scrolled to the very top can sit a sub-pixel above it after rounding.
    assert -1 < box["y"] < page.viewport_size["height"], "the section scrolled into view"


def test_article_reads_on_a_phone_without_sideways_scrolling(page, articles):
    article = articles[0]
    wide = "| Year | " + " | ".join(f"Column {n}" for n in range(12)) + " |\n"
    wide += "|---" * 13 + "|\n" + "| 2024 | " + " | ".join("$65,730" for _ in range(12)) + " |\n"
    article.sections.create(
        position=9,
        heading="Wide things",
        body=wide + "\nSee https://www.bls.gov/" + "very-long-path-segment-" * 8 + "\n\n"
        "```\n" + "x" * 300 + "\n```",
    )
    publishing.create_revision(article)
    publishing.make_live(article)
    page.goto(article.get_absolute_url())
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 375


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_public_pages_have_no_accessibility_violations(new_page, axe, articles, scheme):
    page = new_page(color_scheme=scheme)
    article = articles[0]
    issue = make_sending_issue(picks=[article])
    # Every kind of public page, including the error answers a reader can land on.
    for url, status in [
        ("/", 200),
        ("/comparisons/", 200),
        (article.get_absolute_url(), 200),
        ("/roles/", 200),
        (article.role_a.get_absolute_url(), 200),
        ("/tags/management/", 200),
        ("/compare/", 200),
        # No article about this pair: the generated side-by-side page with its ask form.
        ("/compare/medical-assistant-vs-practice-manager/", 200),
        ("/compare/?a=Astronaut&b=Nurse", 400),
        ("/privacy/", 200),
        ("/newsletter/", 200),
        ("/newsletter/issues/", 200),
        (issue.get_absolute_url(), 200),
        ("/search/?q=manager", 200),
        ("/search/?q=nothing-matches-this", 200),
        ("/no-such-page/", 404),
    ]:
        assert page.goto(url).status == status, url
        assert_accessible(axe, page)
    background = page.evaluate("getComputedStyle(document.documentElement).backgroundColor")
    assert (background == "rgb(18, 23, 30)") == (scheme == "dark")


def test_printing_an_article_leaves_out_the_site_around_it(page, articles):
    article = articles[0]
    publishing.make_live(article)
    page.emulate_media(media="print")
    page.goto(article.get_absolute_url())
    for selector in (".site-header", ".site-footer", ".rating"):
        assert not page.is_visible(selector), selector
    assert page.is_visible("h1")
