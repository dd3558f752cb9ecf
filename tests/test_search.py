"""Ranked full-text search: the same behaviour on SQLite (FTS5) and PostgreSQL."""

import datetime
import re

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from comparisons import publishing
from discovery import services
from ratings import services as rating_services

from .factories import make_comparison, make_role, make_sector
from .search_helpers import found, publish_article

pytestmark = pytest.mark.django_db


def test_a_title_match_ranks_above_a_body_match():
    in_body = publish_article("Alpha Careers Compared", body="A zebra is mentioned here.")
    in_title = publish_article("Zebra Keeper vs. Zoo Guide", body="Nothing about stripes.")
    assert found("zebra") == [in_title, in_body]


def test_role_names_rank_above_body_text():
    sector = make_sector()
    plumber = make_role("Plumber", sector=sector)
    in_body = publish_article("First Comparison", body="A plumber was mentioned once.")
    by_role = publish_article(
        "Second Comparison",
        role_a=plumber,
        role_b=make_role(sector=sector),
        body="Nothing of that trade here.",
    )
    assert found("plumber") == [by_role, in_body]


def test_headings_tags_and_lead_are_searchable():
    by_heading = publish_article("One", heading="Quarterly forecasting")
    by_tag = publish_article("Two", tags=("orthodontics",))
    by_lead = publish_article("Three", lead="A look at beekeeping as a second career.")
    assert found("forecasting") == [by_heading]
    assert found("orthodontics") == [by_tag]
    assert found("beekeeping") == [by_lead]


@pytest.mark.parametrize(
    ("written", "searched"),
    [("managers", "manager"), ("manager", "managers"), ("scheduling", "schedules")],
)
def test_stemming_finds_other_forms_of_a_word(written, searched):
    article = publish_article("Stemming Check", body=f"All about {written} at work.")
    assert found(searched) == [article]


def test_every_word_must_match_when_some_article_has_them_all():
    both = publish_article("Nurse Pay", body="A nurse and her salary.")
    publish_article("Nurse Only", body="A nurse at work.")
    assert found("nurse salary") == [both]


def test_when_no_article_has_every_word_any_word_will_do():
    nurse = publish_article("Nurse Only", body="A nurse at work.")
    results = services.search("nurse astronaut")
    assert [result.item for result in results.page.object_list] == [nurse]
    assert not results.matched_all_words


def test_matched_words_are_highlighted_and_everything_else_is_escaped():
    publish_article("Budget Holder vs. Clerk", body="If 5 < 6 & budgets grow, <b>clerks</b> smile.")
    result = services.search("budgets").page.object_list[0]
    assert "<mark>Budget</mark> Holder" in result.title_html
    assert "<mark>budgets</mark>" in result.extract_html
    assert "5 &lt; 6 &amp;" in result.extract_html
    assert "<b>" not in result.extract_html


def test_the_results_page_shows_highlighted_results_and_keeps_the_query_in_the_box(client):
    article = publish_article("Welder vs. Fitter", body="Welders join metal.")
    html = client.get(reverse("discovery:search"), {"q": "welder"}).text
    assert f'href="{article.get_absolute_url()}"><mark>Welder</mark> vs. Fitter' in html
    assert 'name="q" value="welder"' in html
    assert "1 comparison<" in html
    assert '<meta name="robots" content="noindex">' in html


@pytest.mark.parametrize("state", ["draft", "scheduled", "taken_down"])
def test_unpublished_comparisons_never_appear(client, state):
    publish_article("Visible Lighthouse Keeper")
    hidden = publish_article("Hidden Lighthouse Keeper", published=state == "taken_down")
    if state == "scheduled":
        publishing.make_live(hidden, at=timezone.now() + datetime.timedelta(hours=3))
    if state == "taken_down":
        publishing.take_down(hidden)
    assert [c.title for c in found("lighthouse")] == ["Visible Lighthouse Keeper"]
    assert "Hidden Lighthouse" not in client.get("/search/", {"q": "lighthouse keeper"}).text


def test_a_scheduled_comparison_appears_when_its_time_comes_without_anyone_acting():
    go_live = timezone.now() + datetime.timedelta(hours=3)
    scheduled = publish_article("Glassblower vs. Potter", at=go_live)
    assert found("glassblower") == []
    with time_machine.travel(go_live + datetime.timedelta(minutes=1)):
        assert found("glassblower") == [scheduled]


def test_edits_to_the_working_copy_stay_out_of_search_until_published():
    article = publish_article("Cartographer vs. Surveyor")
    article.title = "Cartographer vs. Navigator"
    article.save()
    publishing.create_revision(article)
    assert found("navigator") == []
    publishing.make_live(article)
    assert found("navigator") == [article]
    assert found("surveyor") == []


def test_roles_are_found_by_title_and_by_what_their_page_says():
    make_role("Arborist", summary="Arborists care for **trees** in parks and gardens.")
    make_role("Gardener", summary="Gardeners plant and prune.")
    results = services.search("arborist")
    assert [result.item.title for result in results.roles] == ["Arborist"]
    assert "<mark>Arborist</mark>" in results.roles[0].title_html
    assert [result.item.title for result in services.search("trees").roles] == ["Arborist"]


def test_results_are_paginated_and_page_links_keep_the_query(client):
    for n in range(services.RESULTS_PER_PAGE + 2):
        publish_article(f"Harbour Pilot {n:02d}")
    first = client.get("/search/", {"q": "harbour pilot"}).text
    assert first.count('class="result"') == services.RESULTS_PER_PAGE
    assert "Page 1 of 2" in first
    assert 'href="?q=harbour+pilot&amp;page=2"' in first
    second = client.get("/search/", {"q": "harbour pilot", "page": 2}).text
    assert second.count('class="result"') == 2
    assert len(found("harbour", page=1)) + len(found("harbour", page=2)) == 12
    assert set(found("harbour", page=1)).isdisjoint(found("harbour", page=2))


def test_a_search_that_finds_nothing_suggests_a_spelling_from_role_titles(client):
    make_role("Practice Manager")
    publish_article("Practice Manager Careers")
    html = client.get("/search/", {"q": "practise manger"}).text
    assert "No comparisons or roles match" in html
    assert 'Did you mean <a href="/search/?q=practice%20manager">practice manager</a>?' in html
    assert re.search(r'<a href="/roles/[^"]+/">Practice Manager</a>', html)


def test_a_search_that_finds_nothing_offers_popular_comparisons(client):
    linked = publish_article("Often Linked Article")
    publish_article("Newer Article")
    for n in range(2):
        linking = make_comparison()
        linking.related_links.create(label=f"Related {n}", target_comparison=linked)
    hidden = publish_article("Unpublished Article", published=False)
    results = services.search("xylophone")
    assert not results.found_anything
    assert results.popular[0] == linked
    assert hidden not in results.popular
    assert "Popular comparisons" in client.get("/search/", {"q": "xylophone"}).text


def test_popular_comparisons_start_with_the_best_rated(settings):
    settings.RATINGS_TOP_MIN_COUNT = 2
    linked = publish_article("Often Linked Article")
    linking = make_comparison()
    linking.related_links.create(label="Related", target_comparison=linked)
    loved = publish_article("Well Rated Article")
    for n in range(2):
        rating_services.rate(comparison=loved, stars=5, reader=f"reader-{n}")
    popular = services.search("xylophone").popular
    assert popular[:2] == [loved, linked]
    assert len(popular) == len(set(popular))


def test_the_empty_search_page_invites_a_search(client):
    html = client.get("/search/").text
    assert "<h1>Search</h1>" in html
    assert "Type a job title or a topic" in html


def test_the_search_page_runs_a_fixed_number_of_queries(client):
    def queries(query):
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/search/", {"q": query}).status_code == 200
        return len(captured)

    publish_article("Fisher vs. Sailor")
    few = queries("fisher")
    for n in range(8):
        publish_article(f"Fisher Variant {n}")
    assert queries("fisher") == few
