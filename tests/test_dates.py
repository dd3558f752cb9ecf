"""Month arithmetic has one home (core.dates.add_months); review and stale dates use it."""

import ast
import datetime

import pytest
import time_machine

from careers.models import stale_salary_cutoff
from comparisons import workflow
from comparisons.models import Status
from core.dates import add_months

from .factories import make_editor, make_writer
from .test_architecture import ROOT, source_modules
from .workflow_helpers import in_state

D = datetime.date


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2026, 1, 15), 1, D(2026, 2, 15)),
        (D(2026, 1, 31), 1, D(2026, 2, 28)),
        (D(2028, 1, 31), 1, D(2028, 2, 29)),  # leap year
        (D(2026, 8, 31), 1, D(2026, 9, 30)),
        (D(2026, 11, 30), 3, D(2027, 2, 28)),
        (D(2028, 2, 29), 12, D(2029, 2, 28)),
        (D(2028, 2, 29), 48, D(2032, 2, 29)),
        (D(2028, 2, 29), -12, D(2027, 2, 28)),
        (D(2026, 3, 31), -1, D(2026, 2, 28)),
        (D(2026, 1, 10), -1, D(2025, 12, 10)),
        (D(2026, 12, 10), 0, D(2026, 12, 10)),
        (D(2026, 12, 10), -48, D(2022, 12, 10)),
    ],
)
def test_add_months_stays_inside_the_target_month(day, months, expected):
    assert add_months(day, months) == expected


def test_salary_figures_go_stale_by_calendar_years_even_on_29_february(settings):
    settings.SALARY_STALE_AFTER_YEARS = 3
    assert stale_salary_cutoff(D(2028, 2, 29)) == D(2025, 2, 28)
    settings.SALARY_STALE_AFTER_YEARS = 4
    assert stale_salary_cutoff(D(2028, 2, 29)) == D(2024, 2, 29)


@pytest.mark.django_db
@pytest.mark.parametrize(("months", "expected"), [(12, D(2029, 2, 28)), (6, D(2028, 8, 29))])
def test_publishing_on_29_february_sets_the_review_date_from_the_setting(
    settings, months, expected
):
    settings.FRESHNESS_REVIEW_MONTHS = months
    comparison = in_state(Status.APPROVED, author=make_writer())
    leap_day = datetime.datetime(2028, 2, 29, 12, tzinfo=datetime.UTC)
    with time_machine.travel(leap_day, tick=False):
        workflow.publish(comparison, by=make_editor())
    comparison.refresh_from_db()
    assert comparison.review_by == expected == workflow.review_due(D(2028, 2, 29))


def test_no_other_module_does_month_or_year_arithmetic_by_hand():
    """`date.replace(year=…)`/`replace(month=…)` fails on 29 February and the 31st: use
    core.dates.add_months instead."""
    offenders = []
    for module, path in source_modules(ROOT).items():
        if module == "core.dates":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "replace"
                and {keyword.arg for keyword in node.keywords} & {"year", "month"}
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, "use core.dates.add_months: " + ", ".join(offenders)
