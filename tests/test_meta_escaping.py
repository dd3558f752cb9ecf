"""Stored text in meta tags and JSON-LD is escaped: quotes and angle brackets cannot add an
attribute or close a script element (issue 11, defect 8)."""

import json
from html.parser import HTMLParser

import pytest
from django.utils import timezone

from newsletter.models import IssueStatus

from .factories import make_comparison, make_role
from .newsletter_factories import make_issue

pytestmark = pytest.mark.django_db

HOSTILE = "Nurse \"quoted\" 'single' <b>bold</b> </script><script>alert(1)</script> & co"
META_ATTRIBUTES = {"name", "property", "content", "charset", "http-equiv"}


class _Head(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.metas, self.scripts, self._in_script = [], [], None

    def handle_starttag(self, tag, attrs):
        if tag == "meta":
            self.metas.append(dict(attrs))
        elif tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append([self._in_script, ""])

    def handle_data(self, data):
        if self._in_script is not None:
            self.scripts[-1][1] += data

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None


def _check(html):
    """Every meta tag has only the usual attributes; every script is JSON-LD that parses."""
    head = _Head()
    head.feed(html)
    for meta in head.metas:
        assert set(meta) <= META_ATTRIBUTES, meta
    for attrs, text in head.scripts:
        if attrs.get("type") == "application/ld+json":
            json.loads(text)
        else:
            assert "alert(1)" not in text
    assert "<script>alert(1)</script>" not in html
    return head


def _content(head, **attr):
    key, value = next(iter(attr.items()))
    return [m.get("content") for m in head.metas if m.get(key) == value]


def test_role_page_description_cannot_be_broken_out_of(client):
    role = make_role(title='Role <x> "q"', summary=HOSTILE)
    html = client.get(role.get_absolute_url()).content.decode()
    head = _check(html)
    (description,) = _content(head, name="description")
    assert '"quoted"' in description and "<b>" not in description
    assert 'content="Nurse &quot;quoted&quot;' in html


def test_article_meta_and_json_ld_escape_stored_text(client):
    comparison = make_comparison(
        title=f"Title {HOSTILE}", lead=f"Lead {HOSTILE}", tags=[f"tag {HOSTILE}"[:90]]
    )
    html = client.get(comparison.get_absolute_url()).content.decode()
    head = _check(html)
    assert _content(head, name="description") == [f"Lead {HOSTILE}"]
    assert _content(head, property="og:description") == [f"Lead {HOSTILE}"]
    assert any(HOSTILE in (c or "") for c in _content(head, property="og:title"))
    assert _content(head, property="article:tag") == [f"tag {HOSTILE}"[:90]]
    data = [json.loads(t) for a, t in head.scripts if a.get("type") == "application/ld+json"]
    assert any(item.get("headline", "").startswith("Title Nurse") for item in data)


def test_newsletter_issue_page_escapes_subject_and_preheader(client):
    issue = make_issue(
        subject=f"Subject {HOSTILE}"[:120],
        preheader=f"Pre {HOSTILE}"[:150],
        status=IssueStatus.SENT,
        send_at=timezone.now(),
        sent_at=timezone.now(),
    )
    html = client.get(f"/newsletter/issues/{issue.slug}/").content.decode()
    head = _check(html)
    assert _content(head, name="description") == [issue.preheader]
