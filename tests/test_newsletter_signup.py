import datetime
import re

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from newsletter import compose, services
from newsletter.models import ConsentAction, Subscriber, SubscriberStatus

from .factories import make_comparison
from .newsletter_factories import make_subscriber

pytestmark = pytest.mark.django_db

SUBSCRIBE = "/newsletter/"
CONFIRM_LINK = re.compile(r"http://127\.0\.0\.1:8000(/newsletter/confirm/[^/\s\"]+/)")


def sign_up(client, email, **extra):
    return client.post(SUBSCRIBE, {"email": email, "website": "", "source": "/", **extra})


def confirm_path(message):
    return CONFIRM_LINK.search(message.body).group(1)


def test_the_sign_up_form_is_in_the_footer_of_every_public_page(client):
    comparison = make_comparison()
    for url in ["/", "/comparisons/", comparison.get_absolute_url(), "/roles/", "/search/?q=x"]:
        html = client.get(url).text
        assert 'action="/newsletter/"' in html, url
        assert 'name="csrfmiddlewaretoken"' not in html, url  # cached pages: see runtime/origin.py
        assert 'name="website"' in html, url  # the honeypot
        assert compose.SIGNUP_PROMISE in html, url
        assert f'name="source" value="{url.split("?")[0]}"' in html, url


def test_sign_up_page_states_the_promise_and_has_one_form(client):
    html = client.get(SUBSCRIBE).text
    assert "Every other Tuesday: our best job-search and interview tips." in html
    assert "A 5-minute read. We never spam you or sell your data." in html
    assert html.count('action="/newsletter/"') == 1  # the footer form is not repeated here


def test_sign_up_stores_a_pending_address_with_its_consent_and_sends_a_confirmation(client):
    response = sign_up(client, "  Jane.Doe@Example.COM ", source="/comparisons/nurse-vs-doctor/")
    assert response.status_code == 302
    assert response["Location"] == reverse("newsletter:check_inbox")

    subscriber = Subscriber.objects.get()
    assert subscriber.email == "jane.doe@example.com"
    assert subscriber.status == SubscriberStatus.PENDING
    assert subscriber.source == "/comparisons/nurse-vs-doctor/"
    consent = subscriber.consent_records.get()
    assert consent.action == ConsentAction.SIGNED_UP
    assert consent.wording == compose.SIGNUP_PROMISE
    assert consent.source == "/comparisons/nurse-vs-doctor/"
    assert consent.at is not None

    [message] = mail.outbox
    assert message.to == ["jane.doe@example.com"]
    assert "confirm" in message.subject.lower()
    assert CONFIRM_LINK.search(message.body)
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "Check your inbox" in client.get(response["Location"]).text


def test_confirmation_page_only_shows_a_button_until_it_is_pressed(client):
    sign_up(client, "jane@example.com")
    path = confirm_path(mail.outbox[0])

    page = client.get(path)  # what a mail scanner's prefetch does
    assert page.status_code == 200
    assert "Yes, send me the tips" in page.text
    assert Subscriber.objects.get().status == SubscriberStatus.PENDING

    done = client.post(path)
    assert done.status_code == 200
    assert "You're subscribed" in done.text
    subscriber = Subscriber.objects.get()
    assert subscriber.status == SubscriberStatus.CONFIRMED
    assert subscriber.confirmed_at is not None
    assert list(subscriber.consent_records.values_list("action", flat=True)) == [
        ConsentAction.SIGNED_UP,
        ConsentAction.CONFIRMED,
    ]


@pytest.mark.parametrize("state", ["new", "pending", "confirmed", "unsubscribed"])
def test_sign_up_answers_the_same_whatever_the_address_state(client, state):
    if state != "new":
        make_subscriber("known@example.com", status=state)
    response = sign_up(client, "known@example.com")
    assert response.status_code == 302
    assert response["Location"] == reverse("newsletter:check_inbox")


def test_a_pending_address_gets_its_confirmation_again_at_most_once_an_hour(client):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        sign_up(client, "jane@example.com")
        sign_up(client, "jane@example.com")
    assert len(mail.outbox) == 1
    with time_machine.travel(start + datetime.timedelta(minutes=59), tick=False):
        sign_up(client, "jane@example.com")
    assert len(mail.outbox) == 1
    with time_machine.travel(start + datetime.timedelta(minutes=61), tick=False):
        sign_up(client, "jane@example.com")
    assert len(mail.outbox) == 2
    # Both links work until one of them is used.
    assert (
        confirm_path(mail.outbox[0])
        and client.post(confirm_path(mail.outbox[1])).status_code == 200
    )
    assert Subscriber.objects.get().status == SubscriberStatus.CONFIRMED


def test_a_confirmed_address_gets_nothing_and_nothing_changes(client):
    subscriber = make_subscriber("jane@example.com")
    sign_up(client, "JANE@example.com")
    assert mail.outbox == []
    assert Subscriber.objects.get() == subscriber
    assert not subscriber.consent_records.exists()


def test_an_unsubscribed_address_comes_back_only_through_a_new_confirmation(client):
    make_subscriber("jane@example.com", status=SubscriberStatus.UNSUBSCRIBED)
    sign_up(client, "jane@example.com")
    assert Subscriber.objects.get().status == SubscriberStatus.UNSUBSCRIBED
    [message] = mail.outbox
    client.post(confirm_path(message))
    subscriber = Subscriber.objects.get()
    assert subscriber.status == SubscriberStatus.CONFIRMED
    assert subscriber.unsubscribed_at is None


BAD_ADDRESSES = {
    "malformed": ("not-an-address", "doesn't look like an e-mail address"),
    "no domain": ("jane@", "doesn't look like an e-mail address"),
    "overlong": ("a" * 243 + "@example.com", "too long: at most 254 characters"),
    "header injection": ("a@b.c\nBcc: x@y.z", "cannot contain line breaks"),
    "header injection crlf": ("a@b.c\r\nBcc: x@y.z", "cannot contain line breaks"),
    "empty": ("   ", "Enter your e-mail address"),
}


@pytest.mark.parametrize("name", BAD_ADDRESSES)
def test_bad_addresses_get_a_clear_message_and_nothing_is_stored_or_sent(client, name):
    address, message = BAD_ADDRESSES[name]
    response = sign_up(client, address)
    assert response.status_code == 400
    assert message in response.text.replace("&#x27;", "'")
    assert 'aria-invalid="true"' in response.text
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_an_address_of_exactly_254_characters_is_accepted(client):
    address = "a" * 242 + "@example.com"
    assert len(address) == 254
    assert sign_up(client, address).status_code == 302


@pytest.mark.parametrize("name", BAD_ADDRESSES)
def test_the_subscribe_service_refuses_bad_addresses_itself(name):
    with pytest.raises(ValidationError):
        services.subscribe(email=BAD_ADDRESSES[name][0], source="/")
    assert not Subscriber.objects.exists()


def test_a_filled_honeypot_is_refused_with_a_message_and_nothing_stored(client):
    response = sign_up(client, "bot@example.com", website="https://spam.example")
    assert response.status_code == 400
    assert "Leave this field empty" in response.text
    assert "could not accept this sign-up" in response.text
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_sign_ups_per_ip_are_limited_per_hour(client, settings):
    settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = 3
    for n in range(3):
        assert sign_up(client, f"person{n}@example.com").status_code == 302
    response = sign_up(client, "one-too-many@example.com")
    assert response.status_code == 429
    assert "Too many sign-ups from your network" in response.text
    assert 'value="one-too-many@example.com"' in response.text  # nothing typed is lost
    assert not Subscriber.objects.filter(email="one-too-many@example.com").exists()
    assert len(mail.outbox) == 3

    other = client.post(
        SUBSCRIBE, {"email": "neighbour@example.com", "source": "/"}, REMOTE_ADDR="10.9.8.7"
    )
    assert other.status_code == 302


def test_the_limit_resets_after_an_hour(client, settings):
    settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = 1
    start = timezone.now().replace(minute=5)
    with time_machine.travel(start, tick=False):
        sign_up(client, "first@example.com")
        assert sign_up(client, "second@example.com").status_code == 429
    with time_machine.travel(start + datetime.timedelta(hours=1), tick=False):
        assert sign_up(client, "second@example.com").status_code == 302


def test_behind_a_trusted_proxy_the_forwarded_address_is_limited(client, settings):
    settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = 1
    settings.TRUSTED_PROXY_COUNT = 1
    first = {"HTTP_X_FORWARDED_FOR": "203.0.113.5", "REMOTE_ADDR": "10.0.0.1"}
    second = {"HTTP_X_FORWARDED_FOR": "203.0.113.6", "REMOTE_ADDR": "10.0.0.1"}
    assert client.post(SUBSCRIBE, {"email": "a@example.com"}, **first).status_code == 302
    assert client.post(SUBSCRIBE, {"email": "b@example.com"}, **first).status_code == 429
    assert client.post(SUBSCRIBE, {"email": "b@example.com"}, **second).status_code == 302


def test_rotating_addresses_inside_one_ipv6_64_does_not_dodge_the_limit(client, settings):
    settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = 2
    home = "2001:db8:ab:cd:"  # one household's /64; the device picks the last 64 bits

    def sign_up_from(address, email):
        return client.post(SUBSCRIBE, {"email": email, "source": "/"}, REMOTE_ADDR=address)

    assert sign_up_from(home + "1:2:3:4", "p0@example.com").status_code == 302
    assert sign_up_from(home + "ffff::9", "p1@example.com").status_code == 302
    assert sign_up_from(home + "dead:beef:0:1", "p2@example.com").status_code == 429
    assert not Subscriber.objects.filter(email="p2@example.com").exists()
    # The next /64 is someone else.
    assert sign_up_from("2001:db8:ab:ce::1", "p2@example.com").status_code == 302


def test_the_source_field_keeps_only_paths_on_this_site(client):
    sign_up(client, "a@example.com", source="https://elsewhere.example/page")
    sign_up(client, "b@example.com", source="//elsewhere.example/page")
    assert set(Subscriber.objects.values_list("source", flat=True)) == {""}


def test_sign_up_from_another_site_is_refused_and_from_ours_accepted_without_a_token():
    client = Client(enforce_csrf_checks=True)
    data = {"email": "jane@example.com"}
    for forged in [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {},  # neither Origin nor Referer
        {"HTTP_REFERER": "https://evil.example/newsletter/"},
    ]:
        response = client.post(SUBSCRIBE, data, **forged)
        assert response.status_code == 403, forged
        assert "nothing was sent" in response.text
    assert not Subscriber.objects.exists()
    assert not mail.outbox
    ours = client.post(SUBSCRIBE, data, HTTP_REFERER="http://testserver/comparisons/")
    assert ours.status_code == 302
    assert Subscriber.objects.count() == 1


# --- Bad confirmation links -------------------------------------------------------------------


def test_an_expired_confirmation_link_changes_nothing(client, settings):
    settings.NEWSLETTER_CONFIRM_DAYS = 3
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        sign_up(client, "jane@example.com")
    path = confirm_path(mail.outbox[0])
    with time_machine.travel(start + datetime.timedelta(days=3, minutes=1), tick=False):
        for response in (client.get(path), client.post(path)):
            assert response.status_code == 400
            assert "This confirmation link has expired" in response.text
            assert "Sign up again" in response.text
    assert Subscriber.objects.get().status == SubscriberStatus.PENDING
    with time_machine.travel(start + datetime.timedelta(days=2, hours=23), tick=False):
        assert client.post(path).status_code == 200


def test_a_tampered_confirmation_link_changes_nothing(client):
    sign_up(client, "jane@example.com")
    path = confirm_path(mail.outbox[0])
    token = path.split("/")[-2]
    tampered = path.replace(token, token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb"))
    response = client.post(tampered)
    assert response.status_code == 400
    assert "This confirmation link is not valid" in response.text
    assert Subscriber.objects.get().status == SubscriberStatus.PENDING
    assert client.post("/newsletter/confirm/nonsense/").status_code == 400


def test_a_confirmation_link_works_once(client):
    sign_up(client, "jane@example.com")
    path = confirm_path(mail.outbox[0])
    assert client.post(path).status_code == 200
    again = client.post(path)
    assert again.status_code == 400
    assert "already used" in again.text
    assert Subscriber.objects.get().consent_records.filter(action="confirmed").count() == 1


def test_an_old_confirmation_link_cannot_undo_an_unsubscribe(client):
    sign_up(client, "jane@example.com")
    path = confirm_path(mail.outbox[0])
    services.unsubscribe(subscriber=Subscriber.objects.get(), method="test")
    assert client.post(path).status_code == 400
    assert Subscriber.objects.get().status == SubscriberStatus.UNSUBSCRIBED


def test_a_confirmation_link_of_an_erased_subscriber_changes_nothing(client):
    sign_up(client, "jane@example.com")
    path = confirm_path(mail.outbox[0])
    services.erase(subscriber=Subscriber.objects.get())
    response = client.post(path)
    assert response.status_code == 400
    assert "no longer valid" in response.text
    assert not Subscriber.objects.exists()


def test_a_refused_footer_sign_up_keeps_the_page_it_came_from(client):
    response = sign_up(client, "not-an-address", source="/comparisons/a-vs-b/")
    assert 'name="source" value="/comparisons/a-vs-b/"' in response.text
    assert 'value="not-an-address"' in response.text
