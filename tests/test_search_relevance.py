"""A small relevance set: queries readers type, and the result that must come first.

Run on both databases. Add a line when a reader's query finds the wrong thing first.
"""

import pytest

from comparisons import publishing
from comparisons.models import Section
from discovery import services

from .factories import make_comparison, make_role, make_sector

pytestmark = pytest.mark.django_db


def article(role_a, role_b, title, body):
    comparison = make_comparison(role_a, role_b, sections=0, published=False, title=title)
    Section.objects.create(comparison=comparison, position=1, heading="Duties", body=body)
    publishing.create_revision(comparison)
    publishing.make_live(comparison)
    return comparison


@pytest.fixture
def corpus():
    health = make_sector("Healthcare", slug="healthcare")
    office = make_sector("Business", slug="business")
    roles = {
        "practice": make_role(
            "Practice Manager", sector=health, summary="Runs a medical practice and its office."
        ),
        "office": make_role("Office Manager", sector=office, summary="Keeps a workplace running."),
        "admin": make_role(
            "Healthcare Administrator",
            sector=health,
            summary="Leads hospital departments; works with every practice manager and office.",
        ),
        "assistant": make_role("Medical Assistant", sector=health, summary="Supports doctors."),
        "hr": make_role("HR Manager", sector=office, summary="Hires and supports staff."),
    }
    articles = {
        "exact": article(
            roles["practice"],
            roles["office"],
            "Practice Manager vs. Office Manager",
            "A practice manager runs a clinic; an office manager runs any office.",
        ),
        "admin": article(
            roles["admin"],
            roles["practice"],
            "Healthcare Administrator vs. Practice Manager",
            "Practice manager and office manager duties overlap; the practice manager, the "
            "office manager and the administrator all manage an office. Practice manager. "
            "Office manager. Manager of the practice office.",
        ),
        "assistant": article(
            roles["assistant"],
            roles["practice"],
            "Medical Assistant vs. Practice Manager",
            "An assistant supports the practice manager in the office.",
        ),
        "hr": article(
            roles["hr"],
            roles["office"],
            "HR Manager vs. Office Manager",
            "Both managers work in an office.",
        ),
    }
    return roles, articles


RELEVANCE = [
    ("practice manager vs office manager", "exact"),
    ("Practice Manager vs. Office Manager", "exact"),
    ("office manager practice manager", "exact"),
    ("practice manager office manager comparison", "exact"),
    ("healthcare administrator vs practice manager", "admin"),
    ("medical assistant practice manager", "assistant"),
    ("hr manager vs office manager", "hr"),
]


@pytest.mark.parametrize(("query", "expected"), RELEVANCE)
def test_the_article_the_reader_named_comes_first(corpus, query, expected):
    _, articles = corpus
    results = services.search(query)
    assert results.page.object_list[0].item == articles[expected]


def test_both_named_roles_show_in_the_role_results(corpus):
    roles, _ = corpus
    found = [result.item for result in services.search("practice manager vs office manager").roles]
    assert found[:2] == [roles["office"], roles["practice"]] or found[:2] == [
        roles["practice"],
        roles["office"],
    ]


def test_pinned_results_are_not_repeated_on_later_pages(corpus, settings):
    _, articles = corpus
    first = services.search("manager office", page=1)
    items = [result.item for result in first.page.object_list]
    assert len(items) == len(set(items)) == first.total == 4
