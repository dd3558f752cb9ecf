"""What readers expect of a content site: an icon, a feed link, a privacy page, dark and print
styles."""

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils.html import escape

from article_requests.services import CONSENT_WORDING

from .factories import make_role

pytestmark = pytest.mark.django_db


def test_favicon_ico_is_served_and_cached(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # an ICO file
    assert "max-age=604800" in response["Cache-Control"]


def test_every_page_links_its_icons_the_feed_and_the_privacy_page(client):
    html = client.get(reverse("discovery:home")).text
    assert 'rel="icon" href="/favicon.ico"' in html
    assert "icons/favicon.svg" in html
    assert f'href="{reverse("discovery:feed")}">RSS feed' in html
    assert f'href="{reverse("discovery:privacy")}">Privacy</a>' in html


def test_the_signup_form_links_to_how_addresses_are_handled(client):
    html = client.get(reverse("newsletter:subscribe")).text
    assert f'<a href="{reverse("discovery:privacy")}">How we look after your address' in html


def test_the_privacy_page_says_what_is_stored_and_how_to_be_erased(client, settings):
    settings.RATINGS_PER_IP_PER_DAY = 7
    settings.NEWSLETTER_UNSUBSCRIBE_MAILTO = "privacy@careers.example"
    response = client.get(reverse("discovery:privacy"))
    assert response.status_code == 200
    text = response.text
    for words in ["cc_reader", "keyed hash", "at most 7 new ratings", "consent", "erase"]:
        assert words in text
    assert 'href="mailto:privacy@careers.example"' in text


def test_the_privacy_page_covers_article_requests_and_the_ask_form_links_to_it(client, settings):
    settings.ARTICLE_REQUESTS_PER_IP_PER_DAY = 9
    text = client.get(reverse("discovery:privacy")).text
    section = text[text.index('id="requests"') : text.index('id="erasure"')]
    assert "When you ask for a comparison" in section
    assert "at most 9 new requests" in section
    assert escape(CONSENT_WORDING) in section  # the wording readers agree to, word for word
    assert "only if you give it" in section and "optional" in section
    assert "then delete it" in section and "erased" in section
    make_role("Austringer", slug="austringer")
    make_role("Falconer", slug="falconer")
    html = client.get("/compare/austringer-vs-falconer/").text
    assert f'<a href="{reverse("discovery:privacy")}#requests">What we keep' in html


def stylesheet():
    return (settings.BASE_DIR / "static" / "css" / "site.css").read_text()


def test_the_stylesheet_has_a_dark_scheme_and_a_print_layout():
    css = stylesheet()
    dark = css[css.index("@media (prefers-color-scheme: dark)") :]
    assert "--paper:" in dark and "--ink:" in dark
    printing = css[css.index("@media print") :]
    for hidden in (".site-header", ".site-footer", ".signup", ".rating", ".search-form"):
        assert hidden in printing.split("display: none")[0]


def _luminance(hex_colour):
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a, b):
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _palette(block):
    import re

    return dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})", block))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_colours_keep_wcag_aa_contrast_in_both_schemes(scheme):
    css = stylesheet()
    light = _palette(css[: css.index("}")])
    palette = dict(light)
    if scheme == "dark":
        dark_block = css[css.index("@media (prefers-color-scheme: dark)") :]
        palette.update(_palette(dark_block[: dark_block.index("}\n}")]))
    text_pairs = [
        ("ink", "paper"), ("muted", "paper"), ("brand", "paper"), ("ink", "tint"),
        ("muted", "tint"), ("brand", "tint"), ("error", "paper"), ("ok", "verdict-bg"),
        ("ink", "verdict-bg"), ("ink", "banner-bg"), ("ink", "mark-bg"),
        ("header-ink", "header-bg"), ("on-accent", "accent"), ("ink", "field-bg"),
    ]  # fmt: skip
    for fg, bg in text_pairs:
        assert contrast(palette[fg], palette[bg]) >= 4.5, (scheme, fg, bg)
    for fg, bg in [("focus", "paper"), ("star-on", "paper"), ("star-off", "paper")]:
        assert contrast(palette[fg], palette[bg]) >= 3, (scheme, fg, bg)
