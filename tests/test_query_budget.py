import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from comparisons import publishing, workflow

from .factories import make_comparison, make_role

pytestmark = pytest.mark.django_db

ARTICLE_QUERY_BUDGET = 12


def build_article(size):
    """A live article with `size` sections, `size` tags and links of every kind."""
    comparison = make_comparison(
        sections=size, links=size, tags=[f"tag {n}" for n in range(size)], published=False
    )
    for n in range(size):
        comparison.related_links.create(
            after_section=n + 1, label=f"Role link {n}", target_role=make_role()
        )
        comparison.related_links.create(
            after_section=n + 1, label=f"Article link {n}", target_comparison=make_comparison()
        )
    publishing.create_revision(comparison)
    publishing.make_live(comparison)
    return comparison


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_article_page_runs_the_same_few_queries_for_small_and_large_articles(client):
    small = build_article(2)
    large = build_article(20)
    workflow.publish_due_on_read()  # caches "no schedule due" for this content generation
    small_count = queries_for(client, small.get_absolute_url())
    large_count = queries_for(client, large.get_absolute_url())
    assert small_count == large_count
    assert large_count <= ARTICLE_QUERY_BUDGET


@pytest.mark.parametrize("url", ["/", "/comparisons/", "/tags/management/"])
def test_list_pages_do_not_grow_with_the_number_of_articles(client, url):
    make_comparison()
    client.get(url)  # fills the tag-filter cache
    few = queries_for(client, url)
    for _ in range(10):
        make_comparison()
    client.get(url)  # publishing changed live content: the tag-filter cache fills again
    assert queries_for(client, url) == few


def test_compare_page_stays_within_the_article_budget_however_many_related_articles(client):
    """The generated compare page is in the article page's class: a fixed, small query count."""
    role_a, role_b = make_role(), make_role()
    url = f"/compare/{role_a.slug}-vs-{role_b.slug}/"
    make_comparison(role_a, make_role(sector=role_a.sector))
    few = queries_for(client, url)
    for _ in range(8):
        make_comparison(role_a, make_role(sector=role_a.sector))
        make_comparison(make_role(sector=role_b.sector), role_b)
    assert queries_for(client, url) == few
    assert few <= ARTICLE_QUERY_BUDGET


def test_compare_page_for_a_reader_who_asked_stays_within_the_budget(client):
    role_a, role_b = make_role(), make_role()
    url = f"/compare/{role_a.slug}-vs-{role_b.slug}/"
    client.post(url + "ask/", {"email": "reader@example.com"})
    assert queries_for(client, url) <= ARTICLE_QUERY_BUDGET
