"""Two workers on one PostgreSQL: claims skip rows another transaction has locked.

SQLite has no row locks (its writers queue behind BEGIN IMMEDIATE), so this runs on PostgreSQL,
which `make test` runs too; the ledger logic itself is covered on both in test_newsletter_sending.
"""

import threading

import pytest
from django.db import connection, transaction

from newsletter import sending
from newsletter.models import Delivery, DeliveryStatus

from .newsletter_factories import make_sending_issue, make_subscribers

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgresql]


def test_a_claim_skips_the_rows_another_worker_is_claiming():
    make_subscribers(6)
    issue = make_sending_issue()
    first_three = list(issue.deliveries.order_by("pk").values_list("pk", flat=True)[:3])
    locked, done = threading.Event(), threading.Event()

    def other_worker():
        try:
            with transaction.atomic():
                list(Delivery.objects.select_for_update().filter(pk__in=first_three))
                locked.set()
                done.wait(timeout=60)
        finally:
            connection.close()

    thread = threading.Thread(target=other_worker)
    thread.start()
    try:
        assert locked.wait(timeout=60)
        batch = sending.claim(issue, size=10)  # does not wait for the lock
    finally:
        done.set()
        thread.join(timeout=60)
    assert batch.claimed == 3
    assert {d.pk for d in batch.deliveries}.isdisjoint(first_three)
    assert set(issue.deliveries.filter(pk__in=first_three).values_list("status", flat=True)) == {
        DeliveryStatus.QUEUED
    }
