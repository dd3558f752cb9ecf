"""import_oews: the BLS OEWS national file (XLSX or CSV) to role wage figures, all or nothing."""

import csv
import datetime
import importlib.util
import io
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from openpyxl import Workbook

from careers.models import Role, RoleChange
from core import live

from .factories import make_comparison, make_editor, make_role
from .test_role_history import role_data

pytestmark = pytest.mark.django_db

SAMPLES = Path(__file__).resolve().parent.parent / "careers" / "oews_sample"
XLSX = SAMPLES / "national_M2024_dl_TEST_DATA.xlsx"
CSV = SAMPLES / "national_M2024_dl_TEST_DATA.csv"

_spec = importlib.util.spec_from_file_location("make_sample", SAMPLES / "make_sample.py")
sample = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample)


def run(path, *args, verbosity=1):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_oews", str(path), *args, verbosity=verbosity, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def write_xlsx(path, columns, rows):
    workbook = Workbook()
    workbook.active.append(columns)
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def write_csv(path, columns, rows):
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows(rows)
    return path


def sample_rows(change=None):
    """The sample file's rows; `change` maps (code, column) to a new cell value."""
    rows = [list(row) for row in sample.rows()]
    for (code, column), value in (change or {}).items():
        row = next(r for r in rows if r[sample.COLUMNS.index("OCC_CODE")] == code)
        row[sample.COLUMNS.index(column)] = value
    return rows


def practice_manager(**fields):
    return make_role(
        "Practice Manager",
        soc_codes="11-9111",
        median_salary=65730,
        salary_as_of=datetime.date(2020, 5, 1),
        **fields,
    )


def snapshot():
    return list(Role.objects.order_by("pk").values()), RoleChange.objects.count()


# --- the happy path ---------------------------------------------------------------------


def test_the_dry_run_shows_the_diff_and_changes_nothing():
    role = practice_manager()
    before = snapshot()
    out, err = run(XLSX, "--dry-run")
    assert "Practice Manager (11-9111 Medical and Health Services Managers):" in out
    assert "median annual salary (USD): $65,730 → $70,000" in out
    assert "10th percentile (USD): — → $48,000" in out
    assert "salary figure date: May 2020 → May 2024" in out
    assert "Dry run: nothing was changed. 1 role(s) would be updated" in out
    assert err == "Read: 25 rows\n"  # progress goes to stderr, one line when not a terminal
    assert snapshot() == before
    role.refresh_from_db()
    assert role.median_salary == 65730


@pytest.mark.parametrize("path", [XLSX, CSV], ids=["xlsx", "csv"])
def test_the_import_updates_matched_roles_records_history_and_shows_on_live_articles(path, client):
    role = practice_manager()
    other = make_role("Office Manager", soc_codes="43-1011", sector=role.sector)
    comparison = make_comparison(role, other)
    generation = live.generation()
    editor = make_editor("elena")
    out, _ = run(path, "--user", "elena")
    assert "Updated 2 role(s)" in out
    role.refresh_from_db()
    assert (role.median_salary, role.salary_p10, role.salary_p25) == (70000, 48000, 57500)
    assert (role.salary_p75, role.salary_p90) == (99000, 150000)
    assert role.salary_as_of == datetime.date(2024, 5, 1)
    assert role.salary_source == "Made-up test data (not official figures)"
    change = role.changes.get(changed_by=editor)
    assert change.changed_by == editor and change.note == f"OEWS import: {path.name}"
    assert change.changes["median annual salary (USD)"] == ["65730", "70000"]
    assert live.generation() > generation
    page = client.get(comparison.get_absolute_url()).text
    assert "$70,000" in page and "$48,000 – $150,000" in page and "May 2024" in page


def test_the_period_and_an_official_source_link_come_from_the_file_name(tmp_path):
    role = practice_manager()
    path = shutil.copy(CSV, tmp_path / "national_M2023_dl.csv")
    run(path)
    role.refresh_from_db()
    assert role.salary_as_of == datetime.date(2023, 5, 1)
    assert role.salary_source.startswith("U.S. Bureau of Labor Statistics")
    assert role.salary_source_url == "https://www.bls.gov/oes/2023/may/oes119111.htm"


def test_period_option_and_unreadable_periods(tmp_path):
    role = practice_manager()
    path = shutil.copy(CSV, tmp_path / "wages.csv")
    with pytest.raises(CommandError, match="give --period"):
        run(path)
    with pytest.raises(CommandError, match="YYYY-MM"):
        run(path, "--period", "May 2024")
    with pytest.raises(CommandError, match="in the future"):
        run(path, "--period", "2099-05")
    run(path, "--period", "2024-05")
    role.refresh_from_db()
    assert role.salary_as_of == datetime.date(2024, 5, 1)


def test_unmatched_codes_are_reported_and_newer_figures_kept():
    practice_manager()
    make_role("Astronaut", soc_codes="19-9999")
    make_role("Product Manager")  # no code
    make_role("Web Developer", soc_codes="15-1254", salary_as_of=datetime.date(2025, 5, 1))
    out, _ = run(XLSX, "--dry-run")
    assert "Roles whose SOC code is not in the file: Astronaut (19-9999)" in out
    assert "Roles without a SOC code: 1" in out
    assert "Kept (their figure is newer than the file's): Web Developer (May 2025)" in out
    assert "Detailed occupations in the file that no role uses: 20" in out


def test_verbosity_zero_is_quiet():
    practice_manager()
    out, err = run(XLSX, verbosity=0)
    assert err == "" and out == ""
    assert Role.objects.get().median_salary == 70000


# --- markers --------------------------------------------------------------------------


def test_top_coded_wages_use_the_documented_cap_and_show_as_a_floor(tmp_path, client):
    role = make_role("HR Manager", soc_codes="11-3121")
    run(CSV)
    role.refresh_from_db()
    assert role.salary_p90 == 239200
    assert "$239,200 or more" in client.get(role.get_absolute_url()).text


def test_a_suppressed_median_keeps_the_role_as_it_is_and_a_suppressed_percentile_is_cleared(
    tmp_path,
):
    assistant = make_role("Teaching Assistant", soc_codes="25-9042", median_salary=27920)
    nurse = make_role("Registered Nurse", soc_codes="29-1141", salary_p10=1, median_salary=80000)
    path = write_csv(
        tmp_path / "national_M2024_dl.csv",
        sample.COLUMNS,
        sample_rows({("29-1141", "A_PCT10"): "**"}),
    )
    history = assistant.changes.count()
    out, _ = run(path)
    assert "Kept (no median published in the file, marked * or **): Teaching Assistant" in out
    assistant.refresh_from_db()
    nurse.refresh_from_db()
    assert assistant.median_salary == 27920 and assistant.changes.count() == history
    assert nurse.median_salary == 91000 and nurse.salary_p10 is None


def test_csv_numbers_with_thousands_separators_are_read(tmp_path):
    role = practice_manager()
    rows = sample_rows({("11-9111", "A_MEDIAN"): "71,250"})
    run(write_csv(tmp_path / "national_M2024_dl.csv", sample.COLUMNS, rows))
    role.refresh_from_db()
    assert role.median_salary == 71250


# --- malformed files: a clear message and nothing changed ----------------------------------


def assert_refused(path, message):
    if not Role.objects.exists():
        practice_manager()
    before = snapshot()
    generation = live.generation()
    with pytest.raises(CommandError, match=message):
        run(path)
    assert snapshot() == before
    assert live.generation() == generation


def test_an_xlsx_with_the_wrong_columns_is_refused(tmp_path):
    columns = [c if c != "A_MEDIAN" else "MEDIAN" for c in sample.COLUMNS]
    path = write_xlsx(tmp_path / "national_M2024_dl.xlsx", columns, sample_rows())
    assert_refused(path, "lacks the column\\(s\\) A_MEDIAN")


def test_a_truncated_xlsx_is_refused(tmp_path):
    path = tmp_path / "national_M2024_dl.xlsx"
    path.write_bytes(XLSX.read_bytes()[:3000])
    assert_refused(path, "not a readable XLSX file")


def test_a_file_that_is_not_a_spreadsheet_is_refused(tmp_path):
    path = tmp_path / "national_M2024_dl.xlsx"
    path.write_text("AREA,OCC_CODE\n")
    assert_refused(path, "not a readable XLSX file")
    other = tmp_path / "national_M2024_dl.pdf"
    other.write_text("%PDF")
    assert_refused(other, "expected the .xlsx file or its .csv export")


def test_a_truncated_csv_is_refused_naming_the_row(tmp_path):
    path = tmp_path / "national_M2024_dl.csv"
    text = CSV.read_text()
    path.write_text(text[: text.index("11-9111") + 40])
    assert_refused(path, r"row 6: \d+ values where the header has 32")


def test_non_numeric_values_are_refused_naming_row_and_column(tmp_path):
    rows = sample_rows({("43-1011", "A_PCT25"): "fifty thousand", ("15-1252", "TOT_EMP"): "#"})
    path = write_xlsx(tmp_path / "national_M2024_dl.xlsx", sample.COLUMNS, rows)
    assert_refused(path, "A_PCT25 is “fifty thousand”, not a number or a BLS marker")
    assert_refused(path, "TOT_EMP is “#”, which only wage columns may use")


def test_every_problem_is_listed_at_once(tmp_path):
    rows = sample_rows({("43-1011", "A_PCT25"): "n/a", ("15-1252", "OCC_CODE"): "151252"})
    path = write_csv(tmp_path / "national_M2024_dl.csv", sample.COLUMNS, rows)
    practice_manager()
    with pytest.raises(CommandError) as refused:
        run(path)
    message = str(refused.value)
    assert "OCC_CODE “151252” is not a SOC code" in message
    assert "A_PCT25 is “n/a”" in message
    assert Role.objects.get().median_salary == 65730


def test_duplicate_detailed_codes_are_refused(tmp_path):
    rows = sample_rows()
    duplicate = list(rows[4])  # 11-9111
    duplicate[sample.COLUMNS.index("A_MEDIAN")] = 1
    rows.append(duplicate)
    path = write_csv(tmp_path / "national_M2024_dl.csv", sample.COLUMNS, rows)
    assert_refused(path, "OCC_CODE 11-9111 already appears as a detailed occupation in row 6")


def test_an_empty_file_and_a_missing_file_are_refused(tmp_path):
    empty = tmp_path / "national_M2024_dl.csv"
    empty.write_text("")
    assert_refused(empty, "is empty")
    header_only = write_csv(tmp_path / "national_M2023_dl.csv", sample.COLUMNS, [])
    assert_refused(header_only, "no occupation rows")
    assert_refused(tmp_path / "national_M2022_dl.csv", "There is no file")


def test_a_failure_while_saving_rolls_back_every_role(monkeypatch):
    first = practice_manager()
    second = make_role("Office Manager", soc_codes="43-1011", median_salary=49910)
    history = RoleChange.objects.count()
    original_save = Role.save

    def failing_save(self, *args, **kwargs):
        if self.pk == second.pk:
            raise RuntimeError("disk full")
        return original_save(self, *args, **kwargs)

    monkeypatch.setattr(Role, "save", failing_save)
    with pytest.raises(RuntimeError):
        run(XLSX)
    first.refresh_from_db()
    assert first.median_salary == 65730 and RoleChange.objects.count() == history


def test_the_role_form_checks_soc_codes(client):
    role = make_role("Practice Manager")
    client.force_login(make_editor())
    url = reverse("admin:careers_role_change", args=[role.pk])
    response = client.post(url, role_data(role, soc_codes="11-9111, 119111"))
    assert "“119111” is not a SOC code" in response.content.decode()
    assert (
        client.post(url, role_data(role, soc_codes="11-9111, 11-9111 43-1011")).status_code == 302
    )
    role.refresh_from_db()
    assert role.soc_code_list == ["11-9111", "43-1011"]


def test_the_role_history_names_the_import(client):
    role = practice_manager()
    run(XLSX)
    client.force_login(make_editor())
    page = client.get(reverse("admin:careers_role_change", args=[role.pk])).text
    assert "OEWS import: national_M2024_dl_TEST_DATA.xlsx" in page
