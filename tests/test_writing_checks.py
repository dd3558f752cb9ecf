"""Writing checks beside the change form: counts, and warnings that never block a save."""

import pytest
from django.urls import reverse

from comparisons import writing_checks
from core.markdown import render_markdown

from .factories import make_comparison, make_role, make_writer

pytestmark = pytest.mark.django_db


def section(kind="custom", heading="Part", body="", verdict=""):
    return {
        "kind": kind,
        "heading": heading,
        "body": body,
        "body_html": render_markdown(body),
        "verdict": verdict,
        "verdict_html": render_markdown(verdict),
    }


def body(*sections, intro="", links=()):
    return {
        "intro": intro,
        "intro_html": render_markdown(intro),
        "sections": list(sections),
        "links": list(links),
    }


ALL_STANDARD = [
    section(kind, heading=kind, body="Words here.", verdict="It depends.")
    for kind in ("duties", "requirements", "environment", "skills", "salary")
]


def test_words_and_reading_time_per_section_and_in_total():
    report = writing_checks.check(
        lead="Short.",
        body=body(section(body="word " * 300, verdict="two words"), intro="one two three"),
    )
    assert [(c.words, c.minutes) for c in report.counts] == [(3, 1), (302, 2)]
    assert (report.total.words, report.total.minutes) == (305, 2)


def test_a_complete_article_has_no_warnings():
    assert writing_checks.check(lead="Short.", body=body(*ALL_STANDARD)).warnings == []


def test_missing_standard_sections_and_verdicts_are_named():
    report = writing_checks.check(
        lead="Short.", body=body(section("duties", heading="What they do", body="Text."))
    )
    assert (
        "Standard sections missing: Requirements, Work environment, Skills, Salary."
        in report.warnings
    )
    assert any("“What they do” has no verdict" in w for w in report.warnings)


def test_a_skipped_heading_level_and_lost_headings():
    report = writing_checks.check(
        lead="Short.",
        body=body(*ALL_STANDARD, section(heading="Odd", body="#### Too deep\n\n##### Lost")),
    )
    assert any("jumps to level 4" in w for w in report.warnings)
    assert any("##### and ###### headings show as plain text" in w for w in report.warnings)
    ok = writing_checks.check(
        lead="Short.", body=body(*ALL_STANDARD, section(body="### Fine\n\n#### Also fine"))
    )
    assert ok.warnings == []


def test_a_salary_typed_as_digits_is_pointed_at_the_fact():
    report = writing_checks.check(
        lead="Short.", body=body(*ALL_STANDARD, section(body="It pays $65,730 a year."))
    )
    assert any("65,730 typed as digits" in w and "{{ a.salary }}" in w for w in report.warnings)
    facts = writing_checks.check(
        lead="Short.", body=body(*ALL_STANDARD, section(body="It pays {{ a.salary }}."))
    )
    assert facts.warnings == []


def test_a_lead_longer_than_a_search_result_shows():
    report = writing_checks.check(lead="x" * 161, body=body(*ALL_STANDARD))
    assert any("161 characters" in w for w in report.warnings)
    assert writing_checks.check(lead="x" * 160, body=body(*ALL_STANDARD)).warnings == []


def test_links_to_unpublished_articles_and_roles():
    live = make_comparison()
    draft = make_comparison(published=False)
    hidden_role = make_role(approved_at=None)
    text = (
        f"See [live]({live.get_absolute_url()}), [draft](/comparisons/{draft.slug}/) and "
        f"[role](/roles/{hidden_role.slug}/)."
    )
    links = [
        {"label": "Live one", "comparison_id": live.pk, "role_id": None, "url": ""},
        {"label": "Draft one", "comparison_id": draft.pk, "role_id": None, "url": ""},
        {"label": "Hidden role", "comparison_id": None, "role_id": hidden_role.pk, "url": ""},
    ]
    report = writing_checks.check(
        lead="Short.", body=body(*ALL_STANDARD, section(body=text), links=links)
    )
    warnings = " ".join(report.warnings)
    assert "“Draft one” points at an unpublished comparison" in warnings
    assert "“Hidden role” points at a role page readers cannot open" in warnings
    assert f"/comparisons/{draft.slug}/, which is not published" in warnings
    assert f"/roles/{hidden_role.slug}/, which readers cannot open" in warnings
    assert "Live one" not in warnings and live.slug not in warnings


def test_the_change_form_shows_the_checks_and_the_desk_refreshes_them(client):
    writer = make_writer()
    article = make_comparison(published=False, author=writer, lead="y" * 200)
    client.force_login(writer)
    page = client.get(reverse("admin:comparisons_comparison_change", args=[article.pk]))
    assert "The lead is 200 characters" in page.content.decode()
    url = reverse("admin:comparisons_comparison_desk_checks", args=[article.pk])
    fragment = client.post(url, {"lead": "Short now.", "intro": "It pays 70,000 dollars."})
    text = fragment.content.decode()
    assert "The lead is" not in text
    assert "70,000 typed as digits" in text
