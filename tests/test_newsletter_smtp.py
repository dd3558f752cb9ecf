"""End to end over real SMTP: Django's SMTP backend talking to an aiosmtpd server on 127.0.0.1."""

import email
import email.policy
import re
import socket

import pytest
from aiosmtpd.controller import Controller
from django.test import Client

from newsletter import compose, sending
from newsletter.models import Subscriber, SubscriberStatus

from .newsletter_factories import make_sending_issue, make_subscriber

pytestmark = pytest.mark.django_db
SITE = "http://127.0.0.1:8000"


class Inbox:
    """The aiosmtpd handler: keeps every message the server accepted, with its envelope."""

    def __init__(self):
        self.received = []

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.received.append((session.peer, envelope.rcpt_tos, message))
        return "250 OK: queued"

    @property
    def messages(self):
        return [message for _, _, message in self.received]

    @property
    def connections(self):
        return len({peer for peer, _, _ in self.received})


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_inbox(settings):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 30
    yield inbox
    controller.stop()


def parts(message):
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    return text, html


def one_click_url(message):
    header = message["List-Unsubscribe"].strip()  # long headers are folded
    match = re.fullmatch(r"<(https?://[^>]+)>, <(mailto:[^>]+)>", header)
    assert match, header
    return match.group(1), match.group(2)


def test_a_confirmation_travels_over_smtp_and_its_link_confirms(client, smtp_inbox):
    response = client.post("/newsletter/", {"email": "Jane@Example.com", "source": "/"})
    assert response.status_code == 302

    [(_, rcpt_tos, message)] = smtp_inbox.received
    assert rcpt_tos == ["jane@example.com"]
    text, html = parts(message)
    confirm = re.search(rf"{SITE}(/newsletter/confirm/[^\s\"<]+/)", text).group(1)
    assert f"{SITE}{confirm}" in html
    unsubscribe, mailto = one_click_url(message)
    assert unsubscribe in text and unsubscribe in html
    assert mailto == "mailto:tips@careercompare.test?subject=unsubscribe"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    assert client.post(confirm).status_code == 200
    assert Subscriber.objects.get().status == SubscriberStatus.CONFIRMED


def test_an_issue_travels_over_smtp_with_personal_links_in_batches_over_one_connection(
    smtp_inbox, settings
):
    settings.NEWSLETTER_BATCH_SIZE = 2
    subscribers = [make_subscriber(f"reader{n}@example.com") for n in range(3)]
    issue = make_sending_issue()

    report = sending.send(issue_id=issue.pk)
    assert (report.sent, report.finished) == (3, True)
    assert len(smtp_inbox.received) == 3
    assert smtp_inbox.connections == 2  # a batch of two, then a batch of one

    by_address = {rcpt_tos[0]: message for _, rcpt_tos, message in smtp_inbox.received}
    assert set(by_address) == {s.email for s in subscribers}
    for subscriber in subscribers:
        message = by_address[subscriber.email]
        assert message["Subject"] == issue.subject
        assert message["To"] == subscriber.email
        text, html = parts(message)
        personal = compose.unsubscribe_url(subscriber)
        assert one_click_url(message)[0] == personal
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert personal in text and f'href="{personal}"' in html
        for tip in issue.tips.all():
            assert tip.title in text and tip.title in html
        others = [compose.unsubscribe_url(s) for s in subscribers if s != subscriber]
        assert not any(link in text or link in html for link in others)

    # The mail app's one-click POST, as RFC 8058 describes it: no cookies, no CSRF token.
    first = subscribers[0]
    url = one_click_url(by_address[first.email])[0].removeprefix(SITE)
    response = Client(enforce_csrf_checks=True).post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    first.refresh_from_db()
    assert first.status == SubscriberStatus.UNSUBSCRIBED
