import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from comparisons import publishing
from ratings import services
from ratings.models import ArchivedRating, ArchiveReason, Rating, RatingAggregate, RatingReset
from ratings.queries import summary_for, top_rated

from .factories import make_comparison, make_editor, make_user, make_writer

pytestmark = pytest.mark.django_db

READER = "a" * 32
OTHER = "b" * 32


def aggregate_of(comparison):
    return RatingAggregate.objects.get(pk=comparison.pk)


def test_first_vote_creates_the_totals():
    comparison = make_comparison()
    summary = services.rate(comparison=comparison, reader=READER, stars=4)
    assert (summary.count, summary.total, summary.your_rating) == (1, 4, 4)
    aggregate = aggregate_of(comparison)
    assert (aggregate.count, aggregate.total, aggregate.stars_4) == (1, 4, 1)
    assert aggregate.last_rated_at is not None


def test_rating_again_replaces_the_earlier_value():
    comparison = make_comparison()
    services.rate(comparison=comparison, reader=READER, stars=2)
    services.rate(comparison=comparison, reader=OTHER, stars=5)
    summary = services.rate(comparison=comparison, reader=READER, stars=4)
    assert Rating.objects.get(comparison=comparison, reader=READER).stars == 4
    assert (summary.count, summary.total) == (2, 9)
    assert aggregate_of(comparison).distribution == {1: 0, 2: 0, 3: 0, 4: 1, 5: 1}


def test_rating_again_with_the_same_value_changes_nothing():
    comparison = make_comparison()
    services.rate(comparison=comparison, reader=READER, stars=3)
    services.rate(comparison=comparison, reader=READER, stars=3)
    assert Rating.objects.count() == 1
    assert (aggregate_of(comparison).count, aggregate_of(comparison).total) == (1, 3)


def test_average_count_and_summary_text():
    comparison = make_comparison()
    for n, stars in enumerate([5, 4, 4]):
        summary = services.rate(comparison=comparison, reader=f"{n:032d}", stars=stars)
    assert str(summary.average) == "4.33"
    assert summary.text == "4.3 / 5 · 3 ratings"
    assert summary.as_json() == {
        "average": 4.33,
        "count": 3,
        "your_rating": 4,
        "summary": "4.3 / 5 · 3 ratings",
    }


def test_averages_round_half_up():
    summary = services.RatingSummary(count=4, total=17)  # 4.25
    assert summary.text == "4.3 / 5 · 4 ratings"
    assert services.RatingSummary(count=1, total=5).text == "5.0 / 5 · 1 rating"
    assert services.RatingSummary().text == "No ratings yet – be the first"


@pytest.mark.parametrize("stars", [0, 6, -1, 3.5, "4", "abc", None, True])
def test_stars_outside_one_to_five_are_refused(stars):
    comparison = make_comparison()
    with pytest.raises(services.InvalidStars, match="whole number of stars from 1 to 5"):
        services.rate(comparison=comparison, reader=READER, stars=stars)
    assert not Rating.objects.exists()
    assert not RatingAggregate.objects.exists()


def test_the_database_refuses_stars_outside_one_to_five():
    comparison = make_comparison()
    with pytest.raises(IntegrityError), transaction.atomic():
        Rating.objects.create(comparison=comparison, reader=READER, stars=6)


def test_the_database_refuses_a_second_rating_by_the_same_reader():
    comparison = make_comparison()
    Rating.objects.create(comparison=comparison, reader=READER, stars=3)
    with pytest.raises(IntegrityError), transaction.atomic():
        Rating.objects.create(comparison=comparison, reader=READER, stars=4)


def test_the_database_refuses_counters_that_disagree():
    comparison = make_comparison()
    with pytest.raises(IntegrityError), transaction.atomic():
        RatingAggregate.objects.create(comparison=comparison, count=2, total=8, stars_4=1)


@pytest.mark.parametrize("state", ["draft", "scheduled", "unpublished"])
def test_only_published_articles_can_be_rated(state):
    comparison = make_comparison(published=state == "unpublished")
    if state == "scheduled":
        publishing.make_live(comparison, at=timezone.now() + datetime.timedelta(days=2))
    elif state == "unpublished":
        publishing.take_down(comparison)
    with pytest.raises(services.ArticleNotRateable, match="not published"):
        services.rate(comparison=comparison, reader=READER, stars=4)
    assert not Rating.objects.exists()


def test_staff_rate_as_themselves_whatever_reader_id_they_bring():
    comparison = make_comparison()
    editor = make_editor()
    services.rate(comparison=comparison, reader=READER, user=editor, stars=2)
    services.rate(comparison=comparison, reader=OTHER, user=editor, stars=5)
    rating = Rating.objects.get()
    assert (rating.reader, rating.user, rating.stars) == (f"user:{editor.pk}", editor, 5)


def test_per_ip_limit_counts_new_ratings_of_one_article_in_the_last_day(settings):
    settings.RATINGS_PER_IP_PER_DAY = 2
    comparison, other_article = make_comparison(), make_comparison()
    services.rate(comparison=comparison, reader="1" * 32, stars=5, ip_hash="ip")
    services.rate(comparison=comparison, reader="2" * 32, stars=5, ip_hash="ip")
    with pytest.raises(services.RatingLimitReached, match="try again tomorrow"):
        services.rate(comparison=comparison, reader="3" * 32, stars=5, ip_hash="ip")
    assert aggregate_of(comparison).count == 2

    # Changing an existing rating, another address, another article: all still allowed.
    services.rate(comparison=comparison, reader="1" * 32, stars=1, ip_hash="ip")
    services.rate(comparison=comparison, reader="4" * 32, stars=5, ip_hash="other-ip")
    services.rate(comparison=other_article, reader="3" * 32, stars=5, ip_hash="ip")

    # A day later the address may rate again.
    Rating.objects.update(created_at=timezone.now() - datetime.timedelta(days=1, seconds=1))
    services.rate(comparison=comparison, reader="3" * 32, stars=5, ip_hash="ip")
    assert aggregate_of(comparison).count == 4


def test_per_ip_limit_of_zero_means_no_limit_and_staff_are_not_limited(settings):
    settings.RATINGS_PER_IP_PER_DAY = 0
    comparison = make_comparison()
    for n in range(3):
        services.rate(comparison=comparison, reader=f"{n:032d}", stars=5, ip_hash="ip")
    settings.RATINGS_PER_IP_PER_DAY = 1
    services.rate(comparison=comparison, user=make_editor(), stars=4, ip_hash="ip")
    assert aggregate_of(comparison).count == 4


def test_removing_ratings_updates_the_totals_and_keeps_them_in_history():
    comparison = make_comparison()
    editor = make_editor()
    services.rate(comparison=comparison, reader=READER, stars=1, ip_hash="x")
    services.rate(comparison=comparison, reader=OTHER, stars=5)
    abusive = Rating.objects.filter(reader=READER)
    assert services.remove_ratings(ratings=abusive, by=editor) == 1

    aggregate = aggregate_of(comparison)
    assert (aggregate.count, aggregate.total, aggregate.stars_1) == (1, 5, 0)
    archived = ArchivedRating.objects.get()
    assert (archived.reader, archived.stars, archived.ip_hash) == (READER, 1, "x")
    assert (archived.reason, archived.archived_by) == (ArchiveReason.REMOVED, editor)


def test_only_editors_remove_or_reset_ratings():
    comparison = make_comparison()
    services.rate(comparison=comparison, reader=READER, stars=1)
    writer = make_writer()
    with pytest.raises(PermissionDenied):
        services.remove_ratings(ratings=Rating.objects.all(), by=writer)
    with pytest.raises(PermissionDenied):
        services.reset_ratings(comparison=comparison, by=writer, reason="Rewritten")
    assert Rating.objects.count() == 1


def test_reset_clears_the_totals_and_keeps_every_rating_in_history():
    comparison = make_comparison()
    editor = make_editor()
    for n, stars in enumerate([5, 4, 2]):
        services.rate(comparison=comparison, reader=f"{n:032d}", stars=stars)
    reset = services.reset_ratings(comparison=comparison, by=editor, reason="  Rewritten  2025 ")

    assert (reset.count, reset.total, str(reset.average), reset.reason) == (
        3,
        11,
        "3.67",
        "Rewritten 2025",
    )
    assert not Rating.objects.filter(comparison=comparison).exists()
    assert aggregate_of(comparison).count == 0
    assert summary_for(comparison_id=comparison.pk, reader=None).text.startswith("No ratings")
    assert set(reset.ratings.values_list("stars", flat=True)) == {5, 4, 2}
    assert set(reset.ratings.values_list("reason", flat=True)) == {ArchiveReason.RESET}

    # Readers may rate the rewritten article afresh.
    services.rate(comparison=comparison, reader=f"{0:032d}", stars=3)
    assert (aggregate_of(comparison).count, aggregate_of(comparison).total) == (1, 3)


def test_reset_needs_a_reason_and_ratings_to_reset():
    comparison = make_comparison()
    editor = make_editor()
    with pytest.raises(ValidationError, match="no ratings to reset"):
        services.reset_ratings(comparison=comparison, by=editor, reason="Rewritten")
    services.rate(comparison=comparison, reader=READER, stars=3)
    with pytest.raises(ValidationError, match="Say why"):
        services.reset_ratings(comparison=comparison, by=editor, reason="   ")
    assert not RatingReset.objects.exists()
    assert aggregate_of(comparison).count == 1


def test_recount_repairs_counters_from_the_stored_ratings():
    comparison = make_comparison()
    services.rate(comparison=comparison, reader=READER, stars=2)
    RatingAggregate.objects.filter(pk=comparison.pk).update(count=0, total=0, stars_2=0)
    aggregate = services.recount(comparison_id=comparison.pk)
    assert (aggregate.count, aggregate.total, aggregate.stars_2) == (1, 2, 1)


def test_summary_for_a_reader_includes_their_rating_in_one_query(django_assert_num_queries):
    comparison = make_comparison()
    services.rate(comparison=comparison, reader=READER, stars=4)
    services.rate(comparison=comparison, reader=OTHER, stars=2)
    with django_assert_num_queries(1):
        summary = summary_for(comparison_id=comparison.pk, reader=READER)
    assert (summary.count, summary.total, summary.your_rating) == (2, 6, 4)
    assert summary_for(comparison_id=comparison.pk, reader="c" * 32).your_rating is None
    assert summary_for(comparison_id=make_comparison().pk, reader=READER).count == 0


def test_top_rated_needs_the_minimum_number_of_ratings(settings):
    settings.RATINGS_TOP_MIN_COUNT = 3
    one_perfect_vote, good, better, hidden = (make_comparison() for _ in range(4))
    services.rate(comparison=one_perfect_vote, reader=READER, stars=5)
    for n in range(3):
        services.rate(comparison=good, reader=f"{n:032d}", stars=4)
        services.rate(comparison=better, reader=f"{n:032d}", stars=5 if n else 4)
        services.rate(comparison=hidden, reader=f"{n:032d}", stars=5)
    publishing.take_down(hidden)
    assert list(top_rated()) == [better, good]
    settings.RATINGS_TOP_MIN_COUNT = 1
    assert list(top_rated())[0] == one_perfect_vote


def test_a_staff_account_id_is_kept_when_the_account_is_deleted():
    comparison = make_comparison()
    user = make_user()
    services.rate(comparison=comparison, user=user, stars=4)
    user_pk = user.pk
    user.delete()
    rating = Rating.objects.get()
    assert (rating.user, rating.reader) == (None, f"user:{user_pk}")
    assert aggregate_of(comparison).count == 1
