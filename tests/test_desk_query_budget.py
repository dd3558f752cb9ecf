"""The writing desk stays cheap: the change form and the live preview of a 20-section article
run a bounded number of queries, the same as for a 2-section one."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from .admin_forms import resubmit_data
from .factories import make_comparison, make_writer
from .test_query_budget import build_article

pytestmark = pytest.mark.django_db

CHANGE_FORM_BUDGET = 40
PREVIEW_BUDGET = 20


def _count(call):
    with CaptureQueriesContext(connection) as captured:
        response = call()
    assert response.status_code == 200
    return len(captured), response


def _article(size, author):
    comparison = build_article(size)
    comparison.author = author
    comparison.status = "draft"
    comparison.save(update_fields=["author", "status"])
    return comparison


def test_change_form_and_preview_of_a_20_section_article_run_bounded_queries(client):
    writer = make_writer()
    client.force_login(writer)
    make_comparison()  # a live article for the type-ahead and related lists
    results = {}
    for size in (2, 20):
        article = _article(size, writer)
        url = reverse("admin:comparisons_comparison_change", args=[article.pk])
        client.get(url)  # warm the caches (content types, permissions, sessions)
        form_queries, page = _count(lambda url=url: client.get(url))
        data = resubmit_data(page)
        html = page.content.decode()
        for link in article.related_links.exclude(target_comparison=None)[:3]:
            # The preloaded autocomplete boxes still show what each link points at.
            assert f'<option value="{link.target_comparison_id}" selected>' in html
            assert str(link.target_comparison) in html
        preview = reverse("admin:comparisons_comparison_desk_preview", args=[article.pk])
        preview_queries, _ = _count(lambda preview=preview, data=data: client.post(preview, data))
        results[size] = (form_queries, preview_queries)
    (small_form, small_preview), (large_form, large_preview) = results[2], results[20]
    assert large_form <= CHANGE_FORM_BUDGET, large_form
    assert large_preview <= PREVIEW_BUDGET, large_preview
    # Bounded: twenty sections and sixty links cost no more queries than two.
    assert large_form - small_form <= 2, results
    assert large_preview <= small_preview + 1, results
