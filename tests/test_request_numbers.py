"""Numbers and dates typed into addresses and forms: odd ones are refused, never a 500."""

import pytest
from django.urls import reverse

from comparisons.models import Revision
from core.params import positive_int
from newsletter.models import Issue
from ratings import services as rating_services
from ratings.models import Rating

from .admin_forms import management
from .factories import make_comparison, make_editor, make_role

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1", 1),
        ("42", 42),
        (7, 7),
        ("²", None),
        ("٣", None),
        ("１", None),
        ("0", None),
        ("-1", None),
        (" 1", None),
        ("1.0", None),
        ("", None),
        (None, None),
        (True, None),
        ("9" * 20, None),
        (str(2**63 - 1), 2**63 - 1),
        (str(2**63), None),
    ],
)
def test_positive_int_takes_plain_ascii_digits_within_database_range(value, expected):
    assert positive_int(value) == expected


def test_positive_int_respects_the_maximum_and_default():
    assert positive_int("11", maximum=10, default=1) == 1
    assert positive_int("10", maximum=10) == 10


@pytest.mark.parametrize("page", ["²", "٣", "１", "9" * 30, "-3", "0"])
@pytest.mark.parametrize("name", ["discovery:home", "discovery:role_list", "newsletter:subscribe"])
def test_unicode_digits_in_page_do_not_break_html_pages(client, name, page):
    response = client.get(reverse(name), {"page": page})
    assert response.status_code == 200
    assert b"?page=" not in response.content.split(b'rel="canonical"')[0][-200:]


def test_canonical_keeps_a_real_page_number(client):
    response = client.get(reverse("discovery:home"), {"page": "3"})
    assert 'href="http://testserver/?page=3"' in response.content.decode() or (
        "?page=3" in response.content.decode()
    )


@pytest.mark.parametrize("value", ["\x00", "a\x00b", "%00"])
@pytest.mark.parametrize("param", ["tag", "sector", "q", "page"])
def test_nul_in_a_query_string_is_a_clear_400(client, param, value):
    make_comparison()
    response = client.get(reverse("comparisons:list"), {param: value})
    if value == "%00":  # a literal percent sign: an ordinary unknown value
        assert response.status_code in (200, 404)
    else:
        assert response.status_code == 400
        assert b"NUL" in response.content


def test_nul_in_a_path_is_a_400(client):
    assert client.get("/newsletter/confirm/abc%00def/").status_code == 400


@pytest.fixture
def editor_client(client):
    client.force_login(make_editor())
    return client


def test_role_change_page_with_a_non_numeric_id_redirects(editor_client):
    response = editor_client.get("/admin/careers/role/abc/change/")
    assert response.status_code == 302
    huge = editor_client.get(f"/admin/careers/role/{'9' * 20}/change/")
    assert huge.status_code == 302


@pytest.mark.parametrize("article", ["²", "abc", "9" * 25, "0", "-1"])
def test_rating_list_with_an_odd_article_filter_answers(editor_client, article):
    response = editor_client.get("/admin/ratings/rating/", {"article": article})
    assert response.status_code in (200, 302)
    assert Rating.objects.count() == 0


@pytest.mark.parametrize(("a", "b"), [("99999999999999999999", "1"), ("²", "1"), ("1", "-2")])
def test_revision_compare_with_odd_numbers_goes_back_to_the_list(editor_client, a, b):
    comparison = make_comparison()
    url = reverse("admin:comparisons_comparison_compare", args=[comparison.pk])
    response = editor_client.get(url, {"a": a, "b": b})
    assert response.status_code == 302
    assert response["Location"].endswith(f"/{comparison.pk}/revisions/")


@pytest.mark.parametrize("object_id", ["²", "9" * 25, "abc"])
def test_revision_pages_with_odd_ids_are_404(editor_client, object_id):
    response = editor_client.get(f"/admin/comparisons/comparison/{object_id}/revisions/")
    assert response.status_code == 404


def test_scheduling_a_comparison_at_the_end_of_time_is_a_form_error(editor_client):
    comparison = make_comparison(published=False, status="approved")
    revisions = Revision.objects.count()
    url = reverse("admin:comparisons_comparison_transition", args=[comparison.pk])
    response = editor_client.post(
        url,
        {"workflow-action": "schedule", "workflow-when": "9999-12-31T23:59"},
        follow=True,
    )
    assert response.status_code == 200
    assert "between the years" in response.content.decode()
    comparison.refresh_from_db()
    assert comparison.status == "approved"
    assert Revision.objects.count() == revisions


def test_scheduling_a_newsletter_issue_at_the_end_of_time_is_a_form_error(editor_client):
    data = {
        "subject": "Tips",
        "slug": "tips",
        "preheader": "",
        "intro": "Hello.",
        "send_at_0": "9999-12-31",
        "send_at_1": "23:59",
        "_schedule": "Save and schedule",
        **management("tips", 1),
        "tips-0-position": "1",
        "tips-0-title": "A tip",
        "tips-0-body": "Body.",
        **management("picks", 0),
    }
    response = editor_client.post(reverse("admin:newsletter_issue_add"), data)
    assert response.status_code == 200
    assert "between the years" in response.content.decode()
    assert not Issue.objects.exists()


def test_rating_date_range_at_the_end_of_time_is_shown_as_an_error(editor_client):
    comparison = make_comparison(role_a=make_role())
    rating_services.rate(comparison=comparison, stars=4, reader="reader-1", ip_hash="h")
    url = reverse("admin:ratings_ratingaggregate_change", args=[comparison.pk])
    response = editor_client.get(url, {"start": "2020-01-01", "end": "9999-12-31"})
    assert response.status_code == 200
    assert "between the years" in response.content.decode()
    listing = editor_client.get("/admin/ratings/rating/", {"created_at_to": "9999-12-31"})
    assert listing.status_code in (200, 302)
