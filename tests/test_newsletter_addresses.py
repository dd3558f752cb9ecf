"""One subscriber per mailbox: look-alike spellings are one address, and addresses the internet
cannot deliver to are refused (issue 11, defect 7)."""

import datetime
import importlib

import pytest
from django.apps import apps
from django.core import mail
from django.utils import timezone

from core.email_addresses import canonical
from newsletter import services
from newsletter.models import (
    ConsentAction,
    ConsentRecord,
    Delivery,
    DeliveryStatus,
    Subscriber,
    SubscriberStatus,
)

from .newsletter_factories import make_issue

pytestmark = pytest.mark.django_db

merge = importlib.import_module("newsletter.migrations.0005_merge_look_alike_subscribers").merge

LOOK_ALIKES = [
    "a@ex\u200bample.com",  # zero-width space
    "a\u200d@example.com",  # zero-width joiner in the name
    "A@EXAMPLE.COM",
    "ａ@ｅｘａｍｐｌｅ.ｃｏｍ",  # full-width
    "a@example.com.",
    "\ufeffa@example.com",
    "a@exam\u00adple.com",  # soft hyphen
]


@pytest.mark.parametrize("spelling", LOOK_ALIKES)
def test_look_alike_spellings_are_the_same_address(spelling):
    assert services.normalise_email(spelling) == "a@example.com"


def test_an_international_domain_is_stored_idna_encoded():
    assert canonical("Jörg@Bücher.DE") == "jörg@xn--bcher-kva.de"
    assert services.normalise_email("jane@BÜCHER.de") == "jane@xn--bcher-kva.de"


def test_signing_up_with_a_look_alike_finds_the_existing_subscriber(client, settings):
    settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = 100
    for spelling in ["a@example.com", *LOOK_ALIKES]:
        response = client.post("/newsletter/", {"email": spelling, "website": "", "source": "/"})
        assert response.status_code == 302
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["a@example.com"]
    # The once-an-hour resend limit holds across spellings: one confirmation e-mail in all.
    assert len(mail.outbox) == 1


UNDELIVERABLE = [
    "a@localhost",
    "a@LOCALHOST.",
    "a@[127.0.0.1]",
    "a@[IPv6:::1]",
    "a@intranet",
    "a@printer.local",
    "a@corp.internal",
    "a@1.0.0.127.in-addr.arpa",
    "a@1.2.3.4",
]


@pytest.mark.parametrize("address", UNDELIVERABLE)
def test_addresses_the_internet_cannot_reach_are_refused(client, address):
    response = client.post("/newsletter/", {"email": address, "website": "", "source": "/"})
    assert response.status_code == 400
    assert "e.g. name@example.com" in response.content.decode()
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def _subscriber(email, status, *, at):
    fields = {"status": status}
    if status == SubscriberStatus.CONFIRMED:
        fields["confirmed_at"] = at
    if status == SubscriberStatus.UNSUBSCRIBED:
        fields["unsubscribed_at"] = at
    subscriber = Subscriber.objects.create(email=email, **fields)
    ConsentRecord.objects.create(
        subscriber=subscriber, action=ConsentAction.SIGNED_UP, source=email
    )
    return subscriber


def test_the_migration_merges_look_alikes_keeping_all_consent_and_deliveries():
    now = timezone.now()
    plain = _subscriber(
        "a@example.com", SubscriberStatus.CONFIRMED, at=now - datetime.timedelta(days=9)
    )
    twin = _subscriber("a@ex\u200bample.com", SubscriberStatus.UNSUBSCRIBED, at=now)
    wide = _subscriber(
        "ａ@example.com", SubscriberStatus.PENDING, at=now - datetime.timedelta(days=30)
    )
    other = _subscriber("b@bücher.de", SubscriberStatus.CONFIRMED, at=now)
    both, only_twin = make_issue(), make_issue()
    Delivery.objects.create(issue=both, subscriber=plain, status=DeliveryStatus.SENT, sent_at=now)
    Delivery.objects.create(issue=both, subscriber=twin, status=DeliveryStatus.SENT, sent_at=now)
    Delivery.objects.create(
        issue=only_twin, subscriber=twin, status=DeliveryStatus.SENT, sent_at=now
    )
    records = ConsentRecord.objects.count()
    deliveries = Delivery.objects.count()

    merge(apps, None)

    merged = Subscriber.objects.get(email="a@example.com")
    # The latest wish wins: the look-alike unsubscribed after the plain one confirmed.
    assert merged.pk == twin.pk and merged.status == SubscriberStatus.UNSUBSCRIBED
    assert not Subscriber.objects.filter(pk__in=[plain.pk, wide.pk]).exists()
    assert ConsentRecord.objects.count() == records
    assert set(merged.consent_records.values_list("source", flat=True)) == {
        "a@example.com",
        "a@ex\u200bample.com",
        "ａ@example.com",
    }
    assert Delivery.objects.count() == deliveries
    assert merged.deliveries.filter(issue=both).count() == 1
    assert merged.deliveries.filter(issue=only_twin).count() == 1
    assert Delivery.objects.filter(issue=both, subscriber=None).count() == 1
    other.refresh_from_db()
    assert other.email == "b@xn--bcher-kva.de"
    merge(apps, None)  # running it again changes nothing
    assert Subscriber.objects.count() == 2
