import datetime
import re

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse
from django.utils import timezone

from ratings import services
from ratings.models import ArchivedRating, ArchiveReason, Rating, RatingAggregate, RatingReset

from .factories import make_comparison, make_editor, make_writer

pytestmark = pytest.mark.django_db


def rate_many(comparison, stars_list, ip="ip"):
    for n, stars in enumerate(stars_list):
        services.rate(
            comparison=comparison, reader=f"{comparison.pk}-{n}".ljust(32, "0"), stars=stars
        )


@pytest.fixture
def editor_client(client):
    client.force_login(make_editor())
    return client


@pytest.fixture
def rated():
    liked = make_comparison(title="Liked article")
    mixed = make_comparison(title="Mixed article")
    rate_many(liked, [5, 5, 4])
    rate_many(mixed, [1, 3, 5, 2])
    return liked, mixed


def test_every_ratings_admin_page_renders(admin_client, rated):
    services.reset_ratings(comparison=rated[1], by=make_editor(), reason="Rewritten")
    services.remove_ratings(ratings=Rating.objects.all()[:1], by=make_editor("ed2"))
    pages = {
        "ratingaggregate": rated[0].pk,
        "rating": Rating.objects.first().pk,
        "ratingreset": RatingReset.objects.get().pk,
        "archivedrating": ArchivedRating.objects.first().pk,
    }
    for model, pk in pages.items():
        for url in (
            reverse(f"admin:ratings_{model}_changelist"),
            reverse(f"admin:ratings_{model}_change", args=[pk]),
        ):
            assert admin_client.get(url).status_code == 200, url


def test_ratings_are_readers_data_and_cannot_be_added_or_edited(admin_client, rated):
    assert admin_client.get(reverse("admin:ratings_rating_add")).status_code == 403
    rating = Rating.objects.first()
    url = reverse("admin:ratings_rating_change", args=[rating.pk])
    admin_client.post(url, {"stars": 1, "reader": "x"})
    rating.refresh_from_db()
    assert rating.stars != 1 or rating.reader != "x"


def test_ratings_per_article_sort_by_average_and_by_count(editor_client, rated):
    cleared = make_comparison(title="Cleared article")
    rate_many(cleared, [5])
    services.reset_ratings(comparison=cleared, by=make_editor("ed2"), reason="Rewritten")
    url = reverse("admin:ratings_ratingaggregate_changelist")
    by_average = editor_client.get(url, {"o": "-2"}).text
    assert (
        by_average.index("Liked article")
        < by_average.index("Mixed article")
        < by_average.index("Cleared article")
    )
    assert "4.67" in by_average and "2.75" in by_average
    by_count = editor_client.get(url, {"o": "-3"}).text
    assert by_count.index("Mixed article") < by_count.index("Liked article")
    ascending = editor_client.get(url, {"o": "2"}).text
    assert ascending.index("Mixed article") < ascending.index("Liked article")


def test_article_rating_page_shows_an_svg_distribution_and_the_ratings(editor_client, rated):
    liked = rated[0]
    page = editor_client.get(reverse("admin:ratings_ratingaggregate_change", args=[liked.pk]))
    html = page.text
    chart = re.search(r'<svg class="rating-chart".*?</svg>', html, re.S).group(0)
    assert "<title>Ratings by number of stars: 5 stars: 2, 4 stars: 1, 3 stars: 0" in chart
    assert chart.count('fill="#9a4d00"') == 5
    assert "Latest ratings" in html and html.count("5 / 5") == 2
    assert f"?article={liked.pk}" in html
    assert "Reset ratings…" in html


def test_article_rating_page_shows_ratings_in_a_date_range(editor_client, rated):
    liked = rated[0]
    old = Rating.objects.filter(comparison=liked, stars=4)
    old.update(updated_at=timezone.now() - datetime.timedelta(days=40))
    today = timezone.localdate()
    url = reverse("admin:ratings_ratingaggregate_change", args=[liked.pk])
    html = editor_client.get(url, {"start": str(today - datetime.timedelta(days=7))}).text
    assert "2 ratings given in these dates, average 5.00" in html
    html = editor_client.get(url, {"end": str(today - datetime.timedelta(days=30))}).text
    assert "1 rating given in these dates, average 4.00" in html
    html = editor_client.get(url, {"start": "2025-02-30"}).text
    assert "Enter each date as YYYY-MM-DD" in html


def test_individual_ratings_filter_by_date_range_and_by_article(editor_client, rated):
    liked, mixed = rated
    Rating.objects.filter(comparison=mixed).update(
        updated_at=timezone.now() - timezone.timedelta(days=10)
    )
    url = reverse("admin:ratings_rating_changelist")
    today = timezone.localdate()
    recent = editor_client.get(url, {"updated_at_from": str(today - datetime.timedelta(days=2))})
    assert recent.context["cl"].result_count == 3
    older = editor_client.get(url, {"updated_at_to": str(today - datetime.timedelta(days=5))})
    assert older.context["cl"].result_count == 4
    both = editor_client.get(
        url,
        {
            "updated_at_from": str(today - datetime.timedelta(days=11)),
            "updated_at_to": str(today),
            "article": liked.pk,
        },
    )
    assert both.context["cl"].result_count == 3
    assert "Liked article" in both.text
    mistyped = editor_client.get(url, {"updated_at_from": "yesterday"})
    assert mistyped.status_code == 200
    assert "Enter each date as YYYY-MM-DD" in mistyped.text
    assert mistyped.context["cl"].result_count == 7
    reversed_range = editor_client.get(
        url, {"updated_at_from": str(today), "updated_at_to": str(today - datetime.timedelta(1))}
    )
    assert "The start date is after the end date." in reversed_range.text


def test_editor_removes_abusive_ratings_and_the_average_follows(editor_client, rated):
    mixed = rated[1]
    abusive = Rating.objects.filter(comparison=mixed, stars=1)
    response = editor_client.post(
        reverse("admin:ratings_rating_changelist"),
        {"action": "remove_selected", ACTION_CHECKBOX_NAME: [r.pk for r in abusive]},
        follow=True,
    )
    assert "Removed 1 rating(s)" in response.text
    aggregate = RatingAggregate.objects.get(pk=mixed.pk)
    assert (aggregate.count, aggregate.total, aggregate.stars_1) == (3, 10, 0)
    assert ArchivedRating.objects.get().reason == ArchiveReason.REMOVED


def test_deleting_one_rating_from_its_page_also_keeps_it_in_history(editor_client, rated):
    rating = Rating.objects.filter(comparison=rated[0]).first()
    url = reverse("admin:ratings_rating_delete", args=[rating.pk])
    assert editor_client.get(url).status_code == 200
    editor_client.post(url, {"post": "yes"})
    assert not Rating.objects.filter(pk=rating.pk).exists()
    assert ArchivedRating.objects.filter(reader=rating.reader).exists()
    assert RatingAggregate.objects.get(pk=rated[0].pk).count == 2


def test_the_plain_delete_action_is_not_offered(editor_client, rated):
    page = editor_client.get(reverse("admin:ratings_rating_changelist")).text
    assert 'value="delete_selected"' not in page
    assert 'value="remove_selected"' in page


def test_writers_see_ratings_per_article_but_cannot_remove_or_reset(client, rated):
    client.force_login(make_writer())
    assert client.get(reverse("admin:ratings_ratingaggregate_changelist")).status_code == 200
    page = client.get(reverse("admin:ratings_ratingaggregate_change", args=[rated[0].pk])).text
    assert '<svg class="rating-chart"' in page
    assert "Reset ratings…" not in page and "All individual ratings" not in page
    assert rated[0].pk and "Reader " not in page  # who rated what is not for writers
    assert client.get(reverse("admin:ratings_rating_changelist")).status_code == 403
    reset_url = reverse("admin:ratings_ratingaggregate_reset", args=[rated[0].pk])
    assert client.post(reset_url, {"apply": "1", "reason": "x"}).status_code == 403
    assert Rating.objects.count() == 7


def test_editor_resets_an_article_after_a_rewrite(editor_client, rated):
    liked = rated[0]
    url = reverse("admin:ratings_ratingaggregate_reset", args=[liked.pk])
    confirm = editor_client.get(url).text
    assert "Liked article" in confirm and "3 ratings, average 4.67" in confirm

    refused = editor_client.post(url, {"apply": "1", "reason": ""})
    assert "Say why the ratings are being reset" in refused.text
    assert RatingAggregate.objects.get(pk=liked.pk).count == 3

    done = editor_client.post(url, {"apply": "1", "reason": "Rewritten for 2025"}, follow=True)
    assert "Reset the ratings of 1 article(s)" in done.text
    assert RatingAggregate.objects.get(pk=liked.pk).count == 0
    assert "Rewritten for 2025" in done.text and "cleared 3 ratings (average 4.67)" in done.text
    assert ArchivedRating.objects.filter(reset__comparison=liked).count() == 3


def test_editor_resets_several_articles_with_the_list_action(editor_client, rated):
    url = reverse("admin:ratings_ratingaggregate_changelist")
    selected = {"action": "reset_selected", ACTION_CHECKBOX_NAME: [c.pk for c in rated]}
    confirm = editor_client.post(url, selected)
    assert confirm.status_code == 200 and "Why reset?" in confirm.text
    done = editor_client.post(url, {**selected, "apply": "1", "reason": "New data"}, follow=True)
    assert "Reset the ratings of 2 article(s)" in done.text
    assert RatingReset.objects.count() == 2
    assert not Rating.objects.exists()


def test_ratings_per_article_filter_by_enough_ratings(editor_client, rated, settings):
    settings.RATINGS_TOP_MIN_COUNT = 4
    url = reverse("admin:ratings_ratingaggregate_changelist")
    enough = editor_client.get(url, {"enough": "yes"})
    assert [a.comparison.title for a in enough.context["cl"].result_list] == ["Mixed article"]
