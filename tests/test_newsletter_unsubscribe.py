import pytest
from django.core import mail
from django.test import Client
from django.test.client import MULTIPART_CONTENT, encode_multipart

from newsletter import compose, sending, services, tokens
from newsletter.models import ConsentAction, Subscriber, SubscriberStatus

from .newsletter_factories import make_sending_issue, make_subscriber

pytestmark = pytest.mark.django_db


def unsubscribe_path(subscriber):
    return compose.unsubscribe_url(subscriber).removeprefix("http://127.0.0.1:8000")


@pytest.fixture
def one_click():
    """A mail app's client: no cookies, no CSRF token."""
    return Client(enforce_csrf_checks=True)


def test_every_issue_e_mail_carries_the_one_click_headers_and_a_visible_link():
    subscriber = make_subscriber("jane@example.com")
    issue = make_sending_issue()
    sending.send(issue_id=issue.pk)
    [message] = mail.outbox
    url = compose.unsubscribe_url(subscriber)
    assert message.extra_headers["List-Unsubscribe"] == (
        f"<{url}>, <mailto:tips@careercompare.test?subject=unsubscribe>"
    )
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert url in message.body
    html = message.alternatives[0].content
    assert f'href="{url}"' in html


def test_get_only_shows_the_page_with_one_button(client):
    subscriber = make_subscriber()
    response = client.get(unsubscribe_path(subscriber))
    assert response.status_code == 200
    main = response.text.split('<main id="main"')[1].split("</main>")[0]
    assert main.count("<button") == 1
    assert 'name="website"' not in response.text  # no footer sign-up form on this page
    assert "Unsubscribe" in response.text
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.CONFIRMED


def test_one_click_post_form_encoded_unsubscribes_with_no_cookie_or_csrf_token(one_click):
    subscriber = make_subscriber()
    response = one_click.post(
        unsubscribe_path(subscriber),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert "You're unsubscribed" in response.text
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED
    assert subscriber.unsubscribed_at is not None
    record = subscriber.consent_records.get()
    assert (record.action, record.source) == (ConsentAction.UNSUBSCRIBED, "one-click (mail app)")


def test_one_click_post_multipart_unsubscribes(one_click):
    subscriber = make_subscriber()
    body = encode_multipart("BoUnDaRy", {"List-Unsubscribe": "One-Click"})
    response = one_click.generic(
        "POST",
        unsubscribe_path(subscriber),
        body,
        content_type=MULTIPART_CONTENT.replace("BoUnDaRyStRiNg", "BoUnDaRy"),
    )
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED


def test_one_click_post_is_idempotent(one_click):
    subscriber = make_subscriber()
    path = unsubscribe_path(subscriber)
    for _ in range(3):
        response = one_click.post(path, {"List-Unsubscribe": "One-Click"})
        assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED
    assert subscriber.consent_records.count() == 1


def test_the_page_button_unsubscribes_too(client):
    subscriber = make_subscriber()
    response = client.post(
        unsubscribe_path(subscriber), {"List-Unsubscribe": "One-Click", "from_page": "1"}
    )
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED
    assert subscriber.consent_records.get().source == "unsubscribe page"


def test_a_pending_address_can_unsubscribe_from_its_confirmation_e_mail(one_click):
    services.subscribe(email="jane@example.com", source="/")
    [message] = mail.outbox
    url = message.extra_headers["List-Unsubscribe"].split(">")[0].lstrip("<")
    assert url in message.body
    one_click.post(url.removeprefix("http://127.0.0.1:8000"), {"List-Unsubscribe": "One-Click"})
    assert Subscriber.objects.get().status == SubscriberStatus.UNSUBSCRIBED


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_tampered_token_changes_nothing(one_click, method):
    subscriber = make_subscriber()
    token = tokens.make_unsubscribe_token(subscriber)
    other = make_subscriber()
    forged = token.split(":")[0] + ":" + tokens.make_unsubscribe_token(other).split(":")[1]
    response = getattr(one_click, method)(f"/newsletter/unsubscribe/{forged}/")
    assert response.status_code == 404
    assert "This unsubscribe link is not valid" in response.text
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.CONFIRMED


def test_a_token_for_nobody_says_so_and_changes_nothing(one_click):
    subscriber = make_subscriber()
    path = unsubscribe_path(subscriber)
    services.erase(subscriber=subscriber)
    response = one_click.post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 404
    assert "We have no subscriber for this link" in response.text


def test_tokens_are_personal():
    first, second = make_subscriber(), make_subscriber()
    assert tokens.make_unsubscribe_token(first) != tokens.make_unsubscribe_token(second)
    # The token carries the subscriber's random key, never the guessable row id.
    assert tokens.make_unsubscribe_token(first).split(":")[0] == first.key.hex


def test_opening_the_link_again_after_unsubscribing_says_so(client):
    subscriber = make_subscriber(status=SubscriberStatus.UNSUBSCRIBED)
    response = client.get(unsubscribe_path(subscriber))
    assert response.status_code == 200
    assert "You're unsubscribed" in response.text
    assert '<button type="submit">Unsubscribe</button>' not in response.text
