"""“You may also like” under each article."""

import datetime

import pytest
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from comparisons import publishing
from comparisons.models import Comparison
from core import live
from discovery.related import RELATED, related_comparisons

from .factories import make_comparison, make_role, make_sector

pytestmark = pytest.mark.django_db


def related_to(comparison):
    comparison.refresh_from_db()
    tags = [tag["slug"] for tag in comparison.live_revision.body["tags"]]
    return related_comparisons(comparison, revision_id=comparison.live_revision_id, tag_slugs=tags)


@pytest.fixture
def world():
    """An article and others that share, in turn, a role, tags, a sector and nothing."""
    health, trades = make_sector("Healthcare"), make_sector("Trades")
    nurse, midwife = make_role("Nurse", sector=health), make_role("Midwife", sector=health)
    article = make_comparison(nurse, midwife, tags=("clinical", "shifts"))
    return {
        "article": article,
        "shares_role": make_comparison(nurse, make_role(sector=trades), tags=("other",)),
        "shares_two_tags": make_comparison(
            make_role(sector=trades), make_role(sector=trades), tags=("clinical", "shifts")
        ),
        "shares_sector": make_comparison(
            make_role(sector=health), make_role(sector=health), tags=("other",)
        ),
        "unrelated": make_comparison(
            make_role(sector=trades), make_role(sector=trades), tags=("other",)
        ),
    }


def test_shared_roles_count_most_then_shared_tags_then_the_sector(world):
    assert related_to(world["article"]) == [
        world["shares_role"],
        world["shares_two_tags"],
        world["shares_sector"],
    ]


def test_related_never_lists_the_article_itself_or_unpublished_ones(world):
    publishing.take_down(world["shares_role"])
    publishing.make_live(world["shares_sector"], at=timezone.now() + datetime.timedelta(days=1))
    assert related_to(world["article"]) == [world["shares_two_tags"]]


def test_related_lists_at_most_a_few(world):
    article = world["article"]
    for _ in range(RELATED + 2):
        make_comparison(article.role_a, make_role(sector=make_sector()))
    assert len(related_to(article)) == RELATED


def test_related_takes_two_queries_then_one_while_cached(world):
    # Loaded as the article page loads it.
    article = Comparison.objects.select_related(
        "live_revision", "role_a__sector", "role_b__sector"
    ).get(pk=world["article"].pk)
    tags = [tag["slug"] for tag in article.live_revision.body["tags"]]
    for expected_queries in (2, 1):
        with CaptureQueriesContext(connection) as captured:
            assert related_comparisons(
                article, revision_id=article.live_revision_id, tag_slugs=tags
            )
        assert len(captured) == expected_queries


def test_an_article_taken_down_leaves_cached_lists_at_once(world):
    assert world["shares_role"] in related_to(world["article"])
    publishing.take_down(world["shares_role"])
    assert world["shares_role"] not in related_to(world["article"])


def test_the_article_page_shows_you_may_also_like(client, world):
    html = client.get(world["article"].get_absolute_url()).text
    section = html[html.index("You may also like") :]
    assert world["shares_role"].get_absolute_url() in section
    assert world["unrelated"].get_absolute_url() not in section


def test_an_article_with_nothing_related_shows_no_empty_box(client):
    lone = make_comparison(tags=())
    assert "You may also like" not in client.get(lone.get_absolute_url()).text


def test_the_related_tag_uses_only_the_arguments_it_is_given(world):
    article = world["article"]
    revision = article.live_revision
    html = Template("{% load discovery %}{% related_comparisons c r t g %}").render(
        Context({"c": article, "r": revision, "t": revision.body["tags"], "g": live.generation()})
    )
    listed = related_to(article)
    assert listed and all(comparison.live_revision.title in html for comparison in listed)
    assert world["unrelated"].live_revision.title not in html
