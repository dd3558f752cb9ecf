import pytest

from demo import loader as demo
from ratings.models import Rating, RatingAggregate
from ratings.queries import top_rated

pytestmark = pytest.mark.django_db


def test_demo_ratings_fill_the_top_rated_list_once(client):
    demo.load_demo()
    top = [comparison.slug for comparison in top_rated()]
    assert len(top) >= 3
    assert "hr-manager-vs-recruiter" not in top, "a single 5-star vote does not top the chart"
    assert "Top rated by readers" in client.get("/").text

    before = Rating.objects.count()
    assert "ratings" not in demo.load_demo().created
    assert Rating.objects.count() == before


def test_demo_totals_match_the_demo_ratings():
    demo.load_demo()
    for aggregate in RatingAggregate.objects.all():
        stars = list(
            Rating.objects.filter(comparison_id=aggregate.pk).values_list("stars", flat=True)
        )
        assert (aggregate.count, aggregate.total) == (len(stars), sum(stars))
