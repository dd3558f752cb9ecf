import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from careers.models import Role
from comparisons.models import Comparison, RelatedLink

from .factories import make_comparison, make_role, make_sector

pytestmark = pytest.mark.django_db


def test_role_needs_a_source_and_date_for_its_salary():
    role = make_role()
    role.salary_source = ""
    with pytest.raises(ValidationError, match="needs its source and date"):
        role.full_clean()


def test_role_salary_constraint_holds_in_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_role(median_salary=40000, salary_as_of=None)


def test_role_summary_is_rendered_when_saved():
    role = make_role(summary="A *careful* planner <script>x()</script>")
    assert "<em>careful</em>" in role.summary_html
    assert "<script" not in role.summary_html


def test_role_skill_list_reads_one_skill_per_line():
    role = make_role(skills="- Budgeting\n\n• Scheduling\nPeople skills")
    assert role.skill_list == ["Budgeting", "Scheduling", "People skills"]


def test_salary_older_than_the_configured_years_is_stale(settings):
    settings.SALARY_STALE_AFTER_YEARS = 3
    old = make_role(salary_as_of=datetime.date(2019, 5, 1))
    fresh = make_role(salary_as_of=datetime.date.today().replace(day=1))
    assert old.salary_is_stale
    assert not fresh.salary_is_stale
    assert list(Role.objects.with_stale_salary()) == [old]
    settings.SALARY_STALE_AFTER_YEARS = 50
    assert not old.salary_is_stale


def test_role_cannot_be_compared_with_itself():
    role = make_role()
    comparison = Comparison(role_a=role, role_b=role, title="Same", slug="same", lead="x")
    with pytest.raises(ValidationError, match="cannot be compared with itself"):
        comparison.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        comparison.save()


def test_a_pair_of_roles_has_one_comparison_in_either_order():
    existing = make_comparison()
    reversed_pair = Comparison(
        role_a=existing.role_b, role_b=existing.role_a, title="Again", slug="again", lead="x"
    )
    with pytest.raises(ValidationError, match="already have a comparison"):
        reversed_pair.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        reversed_pair.save()


def test_comparison_slugs_are_unique():
    existing = make_comparison()
    other = Comparison(
        role_a=make_role(), role_b=make_role(), title="Other", slug=existing.slug, lead="x"
    )
    with pytest.raises(ValidationError) as error:
        other.full_clean()
    assert "slug" in error.value.message_dict


def test_related_link_points_at_exactly_one_target():
    comparison = make_comparison()
    role = make_role()
    both = RelatedLink(comparison=comparison, label="x", target_role=role, url="https://a.test/")
    with pytest.raises(ValidationError, match="exactly one"):
        both.full_clean()
    neither = RelatedLink(comparison=comparison, label="x")
    with pytest.raises(ValidationError, match="exactly one"):
        neither.full_clean()
    RelatedLink(comparison=comparison, label="x", target_role=role).full_clean()


def test_sections_render_markdown_once_when_saved():
    comparison = make_comparison(sections=1)
    section = comparison.sections.get()
    assert "<em>emphasis</em>" in section.body_html
    assert section.verdict_html == "<p>Verdict 1.</p>"


def test_sector_names_are_unique():
    make_sector("Healthcare", slug="healthcare")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_sector("Healthcare", slug="health")
