"""What readers are told about how fresh an article and its figures are."""

import datetime
import json
import re

import pytest
import time_machine

from comparisons import publishing

from .factories import make_comparison, make_role

pytestmark = pytest.mark.django_db

JAN = datetime.datetime(2026, 1, 10, 12, tzinfo=datetime.UTC)
MAR = datetime.datetime(2026, 3, 5, 12, tzinfo=datetime.UTC)


def article_json_ld(page):
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S):
        data = json.loads(block)
        if data.get("@type") == "Article":
            return data
    raise AssertionError("no Article JSON-LD")


def test_updated_date_shows_once_a_newer_revision_went_live(client):
    with time_machine.travel(JAN, tick=False):
        comparison = make_comparison()
    page = client.get(comparison.get_absolute_url()).text
    assert "Updated" not in page
    assert article_json_ld(page)["dateModified"].startswith("2026-01-10")

    comparison.lead = "A sharper lead."
    comparison.save()
    with time_machine.travel(MAR, tick=False):
        publishing.make_live(comparison, revision=publishing.create_revision(comparison))
    page = client.get(comparison.get_absolute_url()).text
    assert "Published <time" in page and "Jan. 10, 2026" in page
    assert re.search(r'Updated <time datetime="2026-03-05[^"]*">March 5, 2026</time>', page)
    data = article_json_ld(page)
    assert data["datePublished"].startswith("2026-01-10")
    assert data["dateModified"].startswith("2026-03-05")


def test_an_old_figure_carries_a_polite_note_for_readers(client, settings):
    settings.SALARY_STALE_AFTER_YEARS = 4
    old = make_role("Teacher", salary_as_of=datetime.date(2012, 5, 1))
    fresh = make_role("Counselor", sector=old.sector, salary_as_of=datetime.date.today())
    comparison = make_comparison(old, fresh)
    page = client.get(comparison.get_absolute_url()).text
    assert page.count("Please note: this figure describes May 2012") == 1
    assert "Please note" in client.get(old.get_absolute_url()).text
    assert "Please note" not in client.get(fresh.get_absolute_url()).text


def test_the_table_names_source_and_period_for_the_median_and_the_range(client):
    with_range = make_role(
        "Nurse", salary_p10=60000, salary_p25=70000, salary_p75=100000, salary_p90=120000
    )
    without = make_role("Doctor", sector=with_range.sector)
    comparison = make_comparison(with_range, without)
    page = client.get(comparison.get_absolute_url()).text
    table = page[page.index('id="at-a-glance"') : page.index("</table>")]
    assert "10th to 90th percentile" in table
    assert "$60,000 – $120,000" in table and "middle half: $70,000 – $100,000" in table
    # Every figure names its source and month: twice for the median row, once for the range.
    assert table.count("U.S. Bureau of Labor Statistics</a>, May 2024") == 3
    assert "Not published" in table


def test_no_range_row_when_neither_role_has_one(client):
    comparison = make_comparison()
    page = client.get(comparison.get_absolute_url()).text
    assert "10th to 90th percentile" not in page
