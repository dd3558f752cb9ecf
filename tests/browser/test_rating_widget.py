import pytest
from playwright.sync_api import expect

from ratings import services
from ratings.models import Rating, RatingAggregate
from tests.factories import make_comparison

from .conftest import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True)

ACCENT = "rgb(154, 77, 0)"  # --accent: a filled star
GREY = "rgb(107, 119, 138)"  # an empty star


@pytest.fixture(autouse=True)
def page_cache(settings):
    """The article is served from the page cache, the same bytes for every reader."""
    settings.PAGE_CACHE_SECONDS = 30


@pytest.fixture
def article():
    comparison = make_comparison(sections=6)
    services.rate(comparison=comparison, reader="a" * 32, stars=5)
    services.rate(comparison=comparison, reader="b" * 32, stars=4)
    return comparison


def star(page, n):
    return page.locator(f"label[for='rating-star-{n}']")


def star_colours(page):
    return [star(page, n).evaluate("el => getComputedStyle(el).color") for n in range(1, 6)]


def test_reader_rates_with_the_mouse_re_rates_with_the_keyboard_and_keeps_it(page, axe, article):
    page.goto(article.get_absolute_url())
    widget = page.locator("#rating")
    summary = widget.locator("[data-rating-summary]")
    status = widget.locator("[data-rating-status]")
    assert summary.inner_text() == "4.5 / 5 · 2 ratings"
    assert not widget.locator("[data-rating-yours]").is_visible()

    # Hovering star 3 fills stars 1–3 and names the choice.
    star(page, 3).hover()
    assert star_colours(page) == [ACCENT] * 3 + [GREY] * 2
    assert widget.locator("[data-rating-hint]").inner_text() == "Rate 3 out of 5"

    # A click rates at once, without leaving the page.
    page.evaluate("window.stillTheSamePage = true")
    star(page, 3).click()
    status.get_by_text("Thanks! You rated this 3 out of 5.").wait_for()
    assert summary.inner_text() == "4.0 / 5 · 3 ratings"
    assert widget.locator("[data-rating-yours]").inner_text() == "You rated this 3"
    assert page.evaluate("window.stillTheSamePage") is True
    assert Rating.objects.get(comparison=article, stars=3)

    # Keyboard: the arrow key moves the choice (and its focus ring); Enter sends it.
    page.mouse.move(0, 0)
    page.focus("#rating-star-3")
    page.keyboard.press("ArrowRight")
    assert page.is_checked("#rating-star-4")
    outline = star(page, 4).evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline == "solid"
    assert star_colours(page) == [ACCENT] * 4 + [GREY]
    assert status.inner_text() == "Thanks! You rated this 3 out of 5.", "arrows alone send nothing"
    page.keyboard.press("Enter")
    status.get_by_text("Thanks! You rated this 4 out of 5.").wait_for()
    assert summary.inner_text() == "4.3 / 5 · 3 ratings"
    assert_accessible(axe, page)

    aggregate = RatingAggregate.objects.get(pk=article.pk)
    assert (aggregate.count, aggregate.total) == (3, 13)

    # The reloaded page is the cached copy every reader gets (totals from before this
    # reader's vote); the script fills in the live totals and their own stars.
    page.reload()
    expect(widget.locator("[data-rating-yours]")).to_have_text("You rated this 4")
    expect(summary).to_have_text("4.3 / 5 · 3 ratings")
    assert page.is_checked("#rating-star-4")
    assert Rating.objects.filter(comparison=article).count() == 3


def test_reader_without_javascript_rates_through_the_plain_form(new_page, article):
    page = new_page(java_script_enabled=False)
    page.goto(article.get_absolute_url())
    star(page, 2).click()
    assert star_colours(page) == [ACCENT] * 2 + [GREY] * 3
    page.get_by_role("button", name="Save rating").click()
    page.wait_for_url(f"**{article.get_absolute_url()}?rated=2#rating")

    widget = page.locator("#rating")
    assert "Thanks! You rated this 2 out of 5." in widget.inner_text()
    assert widget.locator("[data-rating-summary]").inner_text() == "3.7 / 5 · 3 ratings"
    assert widget.locator("[data-rating-yours]").inner_text() == "You rated this 2"
    assert page.is_checked("#rating-star-2")

    # Changing it through the form replaces the rating.
    star(page, 5).click()
    page.get_by_role("button", name="Save rating").click()
    page.locator("#rating").get_by_text("Thanks! You rated this 5 out of 5.").wait_for()
    assert Rating.objects.filter(comparison=article).count() == 3
    assert RatingAggregate.objects.get(pk=article.pk).total == 14
    assert {cookie["name"] for cookie in page.context.cookies()} == {"cc_reader"}


def test_stars_are_labelled_for_screen_readers_and_fit_a_phone(page, article):
    page.goto(article.get_absolute_url())
    for n in range(1, 6):
        assert page.get_by_role("radio", name=f"Rate {n} out of 5").count() == 1
    group = page.get_by_role("group", name="Your rating, from 1 (poor) to 5 (excellent)")
    assert group.count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
