"""Reading the BLS OEWS national wage file (XLSX or its CSV export), all or nothing.

BLS publishes Occupational Employment and Wage Statistics each spring for May of the year
before, one row per occupation keyed by SOC code. `read_file` checks every row before anything
is used and raises `OewsError` with every problem it found (up to a limit); nothing here touches
the database. Markers in wage columns: `*` and `**` (not published) become None, `#` (“at least
$239,200”, top-coded) becomes the cap, `facts.TOP_CODED_WAGE`, which the site shows as
“$239,200 or more”.
"""

import csv
import datetime
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from .facts import TOP_CODED_WAGE
from .models import SOC_CODE

REQUIRED_COLUMNS = (
    "OCC_CODE",
    "OCC_TITLE",
    "O_GROUP",
    "TOT_EMP",
    "A_MEAN",
    "A_MEDIAN",
    "A_PCT10",
    "A_PCT25",
    "A_PCT75",
    "A_PCT90",
)
WAGE_COLUMNS = ("A_MEAN", "A_MEDIAN", "A_PCT10", "A_PCT25", "A_PCT75", "A_PCT90")
GROUPS = {"total", "major", "minor", "broad", "detailed"}
NOT_PUBLISHED = {"*", "**"}
TOP_CODED = "#"
MAX_PROBLEMS = 20
SOURCE = "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics"
TEST_DATA_SOURCE = "Made-up test data (not official figures)"
_PERIOD_IN_NAME = re.compile(r"_M(?P<year>\d{4})_", re.IGNORECASE)


class OewsError(Exception):
    """The file cannot be used; the message says why, for the person running the import."""


@dataclass(frozen=True)
class Occupation:
    code: str
    title: str
    group: str
    employment: int | None
    mean: int | None
    median: int | None
    p10: int | None
    p25: int | None
    p75: int | None
    p90: int | None
    row: int


def period_from_name(path: Path) -> datetime.date | None:
    """May of the year in a BLS file name such as national_M2024_dl.xlsx."""
    match = _PERIOD_IN_NAME.search(f"_{path.stem}_")
    return datetime.date(int(match["year"]), 5, 1) if match else None


def is_test_data(path: Path) -> bool:
    return "test_data" in path.name.lower()


def source_url(code: str, period: datetime.date) -> str:
    """The BLS page of one occupation's figures for that May."""
    return f"https://www.bls.gov/oes/{period.year}/may/oes{code.replace('-', '')}.htm"


# --- Reading rows -------------------------------------------------------------------------


def _xlsx_rows(path: Path) -> Iterator[list]:
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
        raise OewsError(
            f"{path.name} is not a readable XLSX file (is it cut short, or another format?): "
            f"{error}"
        ) from error
    try:
        for sheet in workbook.worksheets:
            rows = sheet.iter_rows(values_only=True)
            header = next(rows, None)
            if header and "OCC_CODE" in {str(cell or "").strip().upper() for cell in header}:
                yield list(header)
                yield from (list(row) for row in rows)
                return
        # No sheet has the OEWS header: hand on the first sheet's, to name what is missing.
        yield list(next(workbook.worksheets[0].iter_rows(max_row=1, values_only=True), ()))
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError) as error:
        raise OewsError(
            f"{path.name} could not be read to the end (is it cut short?): {error}"
        ) from error
    finally:
        workbook.close()


def _csv_rows(path: Path) -> Iterator[list]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            yield from csv.reader(handle)
    except UnicodeDecodeError as error:
        raise OewsError(f"{path.name} is not a UTF-8 CSV file: {error}") from error
    except csv.Error as error:
        raise OewsError(f"{path.name} is not a well-formed CSV file: {error}") from error


def _rows(path: Path) -> Iterator[list]:
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _xlsx_rows(path)
    if suffix == ".csv":
        return _csv_rows(path)
    raise OewsError(f"{path.name}: expected the .xlsx file or its .csv export.")


# --- Checking values ----------------------------------------------------------------------


def _number(value, column: str, *, wage: bool) -> int | None:
    """A whole number of dollars (or people); None for a not-published marker."""
    if isinstance(value, bool):
        raise ValueError(f"{column} is “{value}”, not a number")
    if isinstance(value, int | float):
        number = Decimal(str(value))
    else:
        text = str(value if value is not None else "").strip()
        if text in NOT_PUBLISHED:
            return None
        if text == TOP_CODED:
            if not wage:
                raise ValueError(f"{column} is “#”, which only wage columns may use")
            return TOP_CODED_WAGE
        try:
            number = Decimal(text.replace(",", "").removeprefix("$"))
        except InvalidOperation:
            shown = text or "empty"
            raise ValueError(f"{column} is “{shown}”, not a number or a BLS marker") from None
    if not number.is_finite() or number < 0:
        raise ValueError(f"{column} is “{value}”, not a positive number")
    return int(number.to_integral_value())


def _occupation(cells: dict, row: int) -> Occupation:
    code = str(cells["OCC_CODE"] or "").strip()
    if not SOC_CODE.match(code):
        raise ValueError(f"OCC_CODE “{code}” is not a SOC code like 11-9111")
    group = str(cells["O_GROUP"] or "").strip().lower()
    if group not in GROUPS:
        raise ValueError(f"O_GROUP “{cells['O_GROUP']}” is not one of {', '.join(sorted(GROUPS))}")
    numbers = {
        column: _number(cells[column], column, wage=column in WAGE_COLUMNS)
        for column in ("TOT_EMP", *WAGE_COLUMNS)
    }
    return Occupation(
        code=code,
        title=str(cells["OCC_TITLE"] or "").strip(),
        group=group,
        employment=numbers["TOT_EMP"],
        mean=numbers["A_MEAN"],
        median=numbers["A_MEDIAN"],
        p10=numbers["A_PCT10"],
        p25=numbers["A_PCT25"],
        p75=numbers["A_PCT75"],
        p90=numbers["A_PCT90"],
        row=row,
    )


def read_file(path: Path, *, progress: Callable[[int], None] | None = None) -> list[Occupation]:
    """Every occupation row of the file, or OewsError listing what is wrong with it."""
    if not path.is_file():
        raise OewsError(f"There is no file at {path}.")
    rows = _rows(path)
    header = next(rows, None)
    if not header:
        raise OewsError(f"{path.name} is empty.")
    names = [str(cell or "").strip().upper() for cell in header]
    missing = [column for column in REQUIRED_COLUMNS if column not in names]
    if missing:
        raise OewsError(
            f"{path.name} lacks the column(s) {', '.join(missing)}. Expected the OEWS national "
            f"file as BLS publishes it, with {', '.join(REQUIRED_COLUMNS)}."
        )
    positions = {column: names.index(column) for column in REQUIRED_COLUMNS}
    occupations, problems, detailed = [], [], {}
    for row_number, row in enumerate(rows, start=2):
        if progress and row_number % 200 == 0:
            progress(row_number - 1)
        if not any(str(cell or "").strip() for cell in row):
            continue  # blank lines at the end of an export
        if len(row) < len(names) and len(row) <= max(positions.values()):
            problems.append(
                f"row {row_number}: {len(row)} values where the header has {len(names)} "
                "(is the file cut short?)"
            )
            continue
        try:
            occupation = _occupation({c: row[i] for c, i in positions.items()}, row_number)
        except ValueError as error:
            problems.append(f"row {row_number}: {error}")
            continue
        if occupation.group == "detailed":
            if occupation.code in detailed:
                problems.append(
                    f"row {row_number}: OCC_CODE {occupation.code} already appears as a "
                    f"detailed occupation in row {detailed[occupation.code]}"
                )
                continue
            detailed[occupation.code] = row_number
        occupations.append(occupation)
        if len(problems) >= MAX_PROBLEMS:
            break
    if progress:
        progress(len(occupations))
    if problems:
        more = " (stopped after the first problems)" if len(problems) >= MAX_PROBLEMS else ""
        raise OewsError(
            f"{path.name} was not imported; nothing changed. Problems{more}:\n  "
            + "\n  ".join(problems)
        )
    if not occupations:
        raise OewsError(f"{path.name} has a header but no occupation rows.")
    return occupations


def by_code(occupations: list[Occupation]) -> dict[str, Occupation]:
    """Occupations by SOC code: a detailed row wins over a broad one with the same code."""
    found = {}
    for occupation in occupations:
        if occupation.group not in ("detailed", "broad"):
            continue
        if occupation.code not in found or occupation.group == "detailed":
            found[occupation.code] = occupation
    return found
