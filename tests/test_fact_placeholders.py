"""Role facts placed in prose by reference ({{ a.salary }}): parsing, validation, rendering."""

import datetime

import pytest
from django.urls import reverse

from careers import facts
from careers import services as careers_services
from comparisons import publishing
from comparisons.models import Comparison, Section

from .admin_forms import comparison_form
from .factories import make_comparison, make_editor, make_role, make_writer

pytestmark = pytest.mark.django_db


def _roles(a=None, b=None):
    return {"a": a, "b": b}


def test_only_the_fixed_pattern_is_read_and_nothing_is_evaluated():
    role = make_role("Practice Manager", median_salary=65730)
    text = (
        "{{ a.salary }} {{a.title}} {{ a.__class__ }} {{ a.salary|upper }} {% now %} {{ c.title }}"
    )
    resolved = facts.resolve_text(text, _roles(role))
    assert resolved.startswith("$65,730 Practice Manager {{ a.__class__ }}")
    assert "{{ a.salary|upper }} {% now %} {{ c.title }}" in resolved


def test_unknown_names_and_broken_braces_are_named_in_the_message():
    role = make_role()
    problems = facts.problems("Pay: {{ a.salry }} and {{ b.salary|upper }}", _roles(role, role))
    assert len(problems) == 2
    assert "“{{ a.salry }}” is not a fact we know" in problems[0]
    assert "{{ a.salary }}" in problems[0]  # the message lists what is allowed
    assert facts.problems("{{ a.salary }", _roles(role)) == [
        "A placeholder is not closed: write it as {{ a.salary }}."
    ]


def test_a_fact_the_role_lacks_is_a_problem_and_renders_a_clear_fallback():
    no_figure = make_role("Data Analyst", median_salary=None, salary_source="", salary_as_of=None)
    [problem] = facts.problems("They earn {{ b.salary }}.", _roles(b=no_figure))
    assert "Data Analyst (role B) has no median salary" in problem
    assert facts.resolve_text("{{ b.salary }}", _roles(b=no_figure)) == "no published figure"


def test_values_are_escaped_into_html():
    role = make_role("Nurse <script>alert(1)</script>")
    html = facts.resolve_html("<p>{{ a.title }}</p>", _roles(role))
    assert html == "<p>Nurse &lt;script&gt;alert(1)&lt;/script&gt;</p>"


def test_the_top_coded_figure_reads_as_a_floor():
    role = make_role(median_salary=facts.TOP_CODED_WAGE)
    assert facts.resolve_text("{{ a.salary }}", _roles(role)) == "$239,200 or more"


def _article_with_salary_text():
    role_a = make_role(
        "Practice Manager", median_salary=65730, salary_as_of=datetime.date(2020, 5, 1)
    )
    role_b = make_role("Office Manager", median_salary=49910, sector=role_a.sector)
    comparison = make_comparison(role_a, role_b, sections=0, published=False)
    Section.objects.create(
        comparison=comparison,
        position=1,
        kind="salary",
        heading="Salary",
        body="The median was **{{ a.salary }}** ({{ a.salary_period }}, {{ a.salary_source }}).",
        verdict="{{ a.title }} earns more than {{ b.title }} ({{ b.salary }}).",
    )
    comparison.intro = "Figures: {{ a.salary }}."
    comparison.save()
    publishing.create_revision(comparison)
    publishing.make_live(comparison)
    return comparison


def test_the_article_shows_the_roles_current_facts_in_table_and_text(client):
    comparison = _article_with_salary_text()
    page = client.get(comparison.get_absolute_url()).text
    assert (
        "The median was <strong>$65,730</strong> (May 2020, U.S. Bureau of Labor Statistics)."
        in page
    )
    assert "Practice Manager earns more than Office Manager ($49,910)." in page
    assert "Figures: $65,730." in page
    assert "{{" not in page

    # An editor changes the figure: table and text change together, at once.
    role = comparison.role_a
    role.median_salary = 70000
    role.salary_as_of = datetime.date(2025, 5, 1)
    careers_services.save_role(role=role, by=None)
    page = client.get(comparison.get_absolute_url()).text
    assert "The median was <strong>$70,000</strong> (May 2025" in page
    assert page.count("$70,000") >= 3  # table, intro, section
    assert "$65,730" not in page


def test_search_snippets_never_show_the_braces(client):
    comparison = _article_with_salary_text()
    page = client.get(reverse("discovery:search"), {"q": "median"}).text
    assert comparison.title in page
    assert "{{" not in page and "a.salary" not in page


def test_the_admin_refuses_unknown_facts_naming_the_field_and_placeholder(client):
    role_a, role_b = make_role("Nurse"), make_role("Doctor")
    client.force_login(make_writer())
    data = comparison_form(
        role_a,
        role_b,
        intro="Pay is {{ a.wage }}.",
        sections=[
            {"position": 1, "kind": "salary", "heading": "Salary", "body": "{{ b.salry }}"},
        ],
    )
    response = client.post(reverse("admin:comparisons_comparison_add"), data)
    assert response.status_code == 200
    text = response.content.decode()
    assert "Introduction: “{{ a.wage }}” is not a fact we know." in text
    assert "Section “Salary”, text: “{{ b.salry }}” is not a fact we know." in text
    assert not Comparison.objects.exists()


def test_the_admin_refuses_a_fact_the_role_lacks(client):
    role_a = make_role("Nurse")
    role_b = make_role("Data Analyst", median_salary=None, salary_source="", salary_as_of=None)
    client.force_login(make_editor())
    data = comparison_form(
        role_a,
        role_b,
        sections=[
            {
                "position": 1,
                "kind": "salary",
                "heading": "Salary",
                "body": "Nurses earn {{ a.salary }}.",
                "verdict": "Analysts earn {{ b.salary }}.",
            },
        ],
    )
    response = client.post(reverse("admin:comparisons_comparison_add"), data)
    assert response.status_code == 200
    assert "Data Analyst (role B) has no median salary" in response.content.decode()
    assert not Comparison.objects.exists()


def test_the_admin_saves_valid_facts_and_refuses_them_in_the_lead(client):
    role_a, role_b = make_role("Nurse"), make_role("Doctor")
    client.force_login(make_writer())
    url = reverse("admin:comparisons_comparison_add")
    sections = [{"position": 1, "kind": "salary", "heading": "Pay", "body": "{{ a.salary }}"}]
    bad = comparison_form(role_a, role_b, lead="Nurses earn {{ a.salary }}.", sections=sections)
    assert "only work in the introduction" in client.post(url, bad).content.decode()
    good = comparison_form(role_a, role_b, sections=sections)
    assert client.post(url, good).status_code == 302
    assert Comparison.objects.get().sections.get().body == "{{ a.salary }}"
