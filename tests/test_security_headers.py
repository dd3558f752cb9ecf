"""Security headers on public pages and the admin (issue 11, item 11)."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.urls import reverse

from ratings import services as rating_services

from .factories import make_comparison, make_editor
from .newsletter_factories import make_issue

pytestmark = pytest.mark.django_db


def directives(header):
    return {
        name: values
        for name, *values in (part.split() for part in header.split(";") if part.strip())
    }


class InlineFinder(HTMLParser):
    """Inline scripts (other than JSON-LD data), <style>, style="" and on*="" attributes."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and "src" not in attrs and attrs.get("type") != "application/ld+json":
            self.found.append(f"inline <script> {attrs}")
        if tag == "style":
            self.found.append("<style>")
        for name in attrs:
            if name == "style" or name.startswith("on"):
                self.found.append(f"<{tag} {name}=…>")


@pytest.fixture
def public_urls():
    article = make_comparison(links=1)
    rating_services.rate(comparison=article, reader="a" * 32, stars=5)
    return [
        "/",
        "/comparisons/",
        article.get_absolute_url(),
        "/roles/",
        article.role_a.get_absolute_url(),
        "/search/?q=role",
        "/newsletter/",
        "/newsletter/issues/",
        "/no-such-page/",
    ]


def test_public_pages_have_a_strict_policy_without_nonces_and_nothing_inline(client, public_urls):
    for url in public_urls:
        first, second = client.get(url), client.get(url)
        policy = directives(first["Content-Security-Policy"])
        assert policy["default-src"] == ["'none'"], url
        for name in ("script-src", "style-src", "img-src", "font-src"):
            assert policy[name] == ["'self'"], (url, name)
        assert policy["frame-ancestors"] == ["'none'"]
        assert policy["base-uri"] == ["'none'"]
        assert policy["form-action"] == ["'self'"]
        assert policy["object-src"] == ["'none'"]
        # The same bytes for everyone: no nonce or per-request value to break shared caches.
        assert first["Content-Security-Policy"] == second["Content-Security-Policy"]
        assert "nonce-" not in first["Content-Security-Policy"]
        finder = InlineFinder()
        finder.feed(first.content.decode())
        assert finder.found == [], url


def test_every_response_carries_the_other_headers(client):
    for url in ("/", "/admin/login/", "/robots.txt"):
        response = client.get(url)
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"
        assert response["X-Frame-Options"] == "DENY"
        permissions = response["Permissions-Policy"]
        for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
            assert f"{feature}=()" in permissions
        assert "Content-Security-Policy" in response
    assert client.get("/")["Cross-Origin-Resource-Policy"] == "same-origin"


def test_hsts_is_a_year_with_subdomains_over_https(client, settings):
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    response = client.get("/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_the_admin_keeps_scripts_and_styles_to_its_own_files(client):
    client.force_login(make_editor())
    response = client.get(reverse("admin:index"))
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["frame-src"] == ["'self'"]


def test_only_the_e_mail_preview_allows_inline_styles_and_framing_by_the_admin(client):
    client.force_login(make_editor())
    issue = make_issue()
    preview = client.get(reverse("admin:newsletter_issue_preview", args=[issue.pk, "html"]))
    policy = directives(preview["Content-Security-Policy"])
    assert policy["style-src"] == ["'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert preview["X-Frame-Options"] == "SAMEORIGIN"


def test_csrf_and_session_cookies_are_http_only_and_same_site(client, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = True
    page = client.get("/admin/login/")
    cookie = page.cookies["csrftoken"]
    assert cookie["httponly"] and cookie["secure"] and cookie["samesite"] == "Lax"
    make_editor("elena")
    signed_in = client.post(
        "/admin/login/", {"username": "elena", "password": "pw", "next": "/admin/"}
    )
    session = signed_in.cookies["sessionid"]
    assert session["httponly"] and session["secure"] and session["samesite"] == "Lax"


def test_public_templates_have_no_inline_script_or_style():
    """Templates readers see (not the admin's, not e-mails, which mail clients need inline)."""
    root = Path(django_settings.BASE_DIR) / "templates"
    offending = []
    for path in root.rglob("*.html"):
        relative = path.relative_to(root).as_posix()
        if relative.startswith(("admin/", "registration/", "newsletter/email/")):
            continue
        text = path.read_text()
        if re.search(r"<style|\sstyle=|\son[a-z]+=|<script(?![^>]*\bsrc=)", text):
            offending.append(relative)
    assert offending == []
