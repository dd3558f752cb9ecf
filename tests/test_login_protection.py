"""Admin sign-in throttling (django-axes) and the staff password reset (issue 11, item 4)."""

import re

import pytest
from axes.models import AccessAttempt
from django.core import mail
from django.urls import reverse

from .factories import make_editor, make_user

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


def sign_in(client, username, password, **headers):
    return client.post(
        LOGIN, {"username": username, "password": password, "next": "/admin/"}, **headers
    )


def hammer(client, username, times=5, **headers):
    """Five wrong passwords: the fifth locks the pair out."""
    statuses = [sign_in(client, username, "wrong", **headers).status_code for _ in range(times)]
    assert statuses == [200] * (times - 1) + [429]


def test_after_five_wrong_passwords_even_the_right_one_is_refused_with_a_clear_page(client):
    make_editor("elena")
    hammer(client, "elena")
    response = sign_in(client, "elena", "pw")
    assert response.status_code == 429
    assert int(response["Retry-After"]) == 15 * 60
    assert "Too many failed sign-ins" in response.text
    assert "15 minutes" in response.text
    assert reverse("admin_password_reset") in response.text
    assert "_auth_user_id" not in client.session


def test_an_attacker_elsewhere_cannot_lock_an_editor_out(client):
    make_editor("elena")
    hammer(client, "elena", REMOTE_ADDR="203.0.113.9")
    assert sign_in(client, "elena", "pw", REMOTE_ADDR="203.0.113.9").status_code == 429
    response = sign_in(client, "elena", "pw", REMOTE_ADDR="198.51.100.20")
    assert response.status_code == 302 and client.session["_auth_user_id"]


def test_behind_trusted_proxies_the_lockout_follows_the_visitors_forwarded_address(
    client, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    make_editor("elena")
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    hammer(client, "elena", HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy)
    locked = sign_in(client, "elena", "pw", HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy)
    assert locked.status_code == 429
    # The editor comes through the same proxy from another address.
    ok = sign_in(client, "elena", "pw", HTTP_X_FORWARDED_FOR="198.51.100.20", **proxy)
    assert ok.status_code == 302
    assert AccessAttempt.objects.get().ip_address == "203.0.113.9"


def test_without_trusted_proxies_a_forged_forwarded_header_does_not_escape_the_lockout(client):
    make_editor("elena")
    for n in range(5):
        sign_in(client, "elena", "wrong", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    assert sign_in(client, "elena", "pw", HTTP_X_FORWARDED_FOR="192.0.2.99").status_code == 429


def test_an_editor_unlocks_a_sign_in_from_the_admin(client):
    make_editor("elena")
    hammer(client, "elena")
    other = make_editor("boss")
    client.force_login(other)
    attempt = AccessAttempt.objects.get(username="elena")
    changelist = reverse("admin:axes_accessattempt_changelist")
    assert "elena" in client.get(changelist).text
    response = client.post(changelist, {"action": "unlock", "_selected_action": [attempt.pk]})
    assert response.status_code == 302
    client.logout()
    assert sign_in(client, "elena", "pw").status_code == 302


def test_a_writer_cannot_see_or_lift_lockouts(client):
    make_editor("elena")
    hammer(client, "elena")
    client.force_login(make_user("wri", group="Writers"))
    assert client.get(reverse("admin:axes_accessattempt_changelist")).status_code == 403


def test_a_username_no_account_can_have_is_refused_before_it_is_checked(client):
    """Its failure was logged in a 255-character column: a 500 on PostgreSQL."""
    response = client.post(reverse("admin:login"), {"username": "x" * 300, "password": "pw"})
    assert response.status_code == 200
    assert "correct username and password" in response.text
    assert not AccessAttempt.objects.exists()


def test_the_login_page_offers_a_password_reset(client):
    page = client.get(LOGIN).text
    assert "Forgotten your login credentials?" in page and reverse("admin_password_reset") in page


def reset(client, email, **headers):
    return client.post(reverse("admin_password_reset"), {"email": email}, **headers)


def test_password_reset_answers_the_same_whether_or_not_the_address_exists(client):
    make_editor("elena", email="elena@example.com")
    known = reset(client, "elena@example.com")
    unknown = reset(client, "nobody@example.com")
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert client.get(known["Location"]).text == client.get(unknown["Location"]).text
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["elena@example.com"]


def test_only_staff_accounts_get_a_reset_link(client):
    make_user("reader", email="reader@example.com")  # not staff
    reset(client, "reader@example.com")
    assert mail.outbox == []


def test_the_reset_link_uses_site_url_sets_the_password_and_lifts_a_lockout(client, settings):
    settings.SITE_URL = "https://careers.example.org"
    editor = make_editor("elena", email="elena@example.com")
    hammer(client, "elena")
    reset(client, "elena@example.com", HTTP_HOST="evil.example.net")
    message = mail.outbox[0]
    assert "Career Compare" in message.subject
    link = re.search(r"https://careers\.example\.org(/admin/reset/\S+/)", message.body).group(1)
    form = client.get(link, follow=True)
    assert "Set a new password" in form.text
    set_url = form.redirect_chain[-1][0]
    done = client.post(
        set_url, {"new_password1": "a-long-new-pass", "new_password2": "a-long-new-pass"}
    )
    assert done.status_code == 302
    editor.refresh_from_db()
    assert editor.check_password("a-long-new-pass")
    assert sign_in(client, "elena", "a-long-new-pass").status_code == 302
    # A used link does not work twice.
    assert "no longer works" in client.get(link, follow=True).text


def test_password_reset_mails_are_limited_per_client_and_per_mailbox(client):
    make_editor("elena", email="elena@example.com")
    answers = {reset(client, "elena@example.com")["Location"] for _ in range(7)}
    assert len(answers) == 1  # the page never says it stopped sending
    assert len(mail.outbox) == 5
    for n in range(5):  # many senders, one mailbox
        reset(client, "elena@example.com", REMOTE_ADDR=f"198.51.100.{n}")
    assert len(mail.outbox) == 5
    make_editor("boss", email="boss@example.com")
    reset(client, "boss@example.com", REMOTE_ADDR="203.0.113.50")
    assert mail.outbox[-1].to == ["boss@example.com"]
