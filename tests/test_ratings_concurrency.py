"""Votes and re-votes from many threads at once: the totals must come out exact.

Each thread has its own database connection, as separate web processes would. On PostgreSQL
eight threads race for real (row locks); SQLite allows one writer at a time, so fewer threads
run there, but the same exact totals are checked.
"""

import threading

import pytest
from django.db import connection, connections

from ratings import services
from ratings.models import Rating, RatingAggregate

from .factories import make_comparison, make_user

pytestmark = pytest.mark.django_db(transaction=True)

OWN_READERS_PER_THREAD = 6
SHARED_READERS = 4


def thread_count():
    return 8 if connection.vendor == "postgresql" else 3


def run_together(tasks):
    """Run each list of calls in its own thread, all starting at the same moment."""
    barrier = threading.Barrier(len(tasks))
    failures = []

    def work(calls):
        try:
            barrier.wait()
            for call in calls:
                call()
        except Exception as error:  # reported below, in the test's own thread
            failures.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work, args=(calls,)) for calls in tasks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures, failures


def vote(comparison, reader, stars, **kwargs):
    return lambda: services.rate(comparison=comparison, reader=reader, stars=stars, **kwargs)


def stored_totals(comparison):
    rows = list(Rating.objects.filter(comparison=comparison).values_list("reader", "stars"))
    tallies = {n: sum(1 for _, stars in rows if stars == n) for n in range(1, 6)}
    return dict(rows), tallies


def test_concurrent_votes_and_revotes_give_exact_totals():
    comparison = make_comparison()
    threads = thread_count()
    expected = {}
    tasks = []
    for t in range(threads):
        calls = []
        for r in range(OWN_READERS_PER_THREAD):
            reader = f"{t:02d}{r:02d}".ljust(32, "a")
            first, second, last = (t + r) % 5 + 1, (t + 2 * r) % 5 + 1, (t * r) % 5 + 1
            calls += [
                vote(comparison, reader, first),
                vote(comparison, reader, second),
                vote(comparison, reader, last),
            ]
            expected[reader] = last
        # Every thread re-rates the same shared readers; each thread's last word is 3 stars,
        # so whatever the interleaving, every shared reader ends on 3.
        for s in range(SHARED_READERS):
            reader = f"shared{s}".ljust(32, "b")
            calls += [vote(comparison, reader, (t + s) % 5 + 1), vote(comparison, reader, 3)]
            expected[reader] = 3
        tasks.append(calls)

    run_together(tasks)

    stars_by_reader, tallies = stored_totals(comparison)
    assert stars_by_reader == expected
    aggregate = RatingAggregate.objects.get(pk=comparison.pk)
    assert aggregate.count == len(expected) == threads * OWN_READERS_PER_THREAD + SHARED_READERS
    assert aggregate.total == sum(expected.values())
    assert aggregate.distribution == tallies
    assert aggregate.distribution == {
        n: sum(1 for stars in expected.values() if stars == n) for n in range(1, 6)
    }


def test_concurrent_new_votes_from_one_address_stop_exactly_at_the_limit(settings):
    settings.RATINGS_PER_IP_PER_DAY = 5
    comparison = make_comparison()
    refused = []

    def attempt(reader):
        def call():
            try:
                services.rate(comparison=comparison, reader=reader, stars=5, ip_hash="same-ip")
            except services.RatingLimitReached:
                refused.append(reader)

        return call

    threads = thread_count()
    tasks = [[attempt(f"{t}-{n}".ljust(32, "c")) for n in range(4)] for t in range(threads)]
    run_together(tasks)

    assert Rating.objects.filter(comparison=comparison).count() == 5
    assert len(refused) == threads * 4 - 5
    aggregate = RatingAggregate.objects.get(pk=comparison.pk)
    assert (aggregate.count, aggregate.total, aggregate.stars_5) == (5, 25, 5)


def test_removing_ratings_while_readers_vote_keeps_the_totals_exact():
    comparison = make_comparison()
    # A superuser: the data migration's groups are gone once a transactional test has flushed.
    editor = make_user(is_superuser=True)
    for n in range(10):
        services.rate(comparison=comparison, reader=f"old{n}".ljust(32, "d"), stars=1)
    old = list(Rating.objects.filter(comparison=comparison))

    def remove_one_by_one():
        for rating in old:
            services.remove_ratings(ratings=[rating], by=editor)

    voters = [
        [vote(comparison, f"new{t}-{n}".ljust(32, "e"), 4) for n in range(5)]
        for t in range(thread_count() - 1)
    ]
    run_together([[remove_one_by_one], *voters])

    stars_by_reader, tallies = stored_totals(comparison)
    assert set(stars_by_reader.values()) == {4}
    aggregate = RatingAggregate.objects.get(pk=comparison.pk)
    assert aggregate.count == len(voters) * 5
    assert aggregate.total == 4 * aggregate.count
    assert aggregate.distribution == tallies
