# ruff: noqa: E501 - one made-up occupation per line reads best as a table
"""Write the made-up OEWS test files in this folder, in the layout of BLS's national file.

    .venv/bin/python careers/oews_sample/make_sample.py

TEST DATA: every figure below is invented. The layout (sheet, column names and order, markers)
follows the published national_M2024_dl.xlsx so that import_oews is tested on the real shape.
"""

import csv
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
NAME = "national_M2024_dl_TEST_DATA"
COLUMNS = [
    "AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "NAICS_TITLE", "I_GROUP",
    "OWN_CODE", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "EMP_PRSE", "JOBS_1000",
    "LOC_QUOTIENT", "PCT_TOTAL", "PCT_RPT", "H_MEAN", "A_MEAN", "MEAN_PRSE", "H_PCT10",
    "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75",
    "A_PCT90", "ANNUAL", "HOURLY",
]  # fmt: skip
# code, title, group, employment, annual mean, p10, p25, median, p75, p90 (made up)
OCCUPATIONS = [
    ("00-0000", "All Occupations", "total", 151000000, 66000, 29000, 37000, 49000, 78000, 119000),
    ("11-0000", "Management Occupations", "major", 11000000, 139000, 61000, 84000, 118000, 166000, "#"),
    ("11-1021", "General and Operations Managers", "detailed", 3500000, 135000, 50000, 70000, 104000, 160000, "#"),
    ("11-3121", "Human Resources Managers", "detailed", 190000, 155000, 85000, 108000, 140000, 185000, "#"),
    ("11-9111", "Medical and Health Services Managers", "detailed", 530000, 135000, 48000, 57500, 70000, 99000, 150000),
    ("13-1071", "Human Resources Specialists", "detailed", 900000, 76000, 44000, 53000, 67000, 88000, 115000),
    ("13-1082", "Project Management Specialists", "detailed", 950000, 108000, 59000, 77000, 100000, 129000, 163000),
    ("13-1111", "Management Analysts", "detailed", 980000, 109000, 56000, 72000, 99000, 131000, 175000),
    ("15-1250", "Software and Web Developers, Programmers, and Testers", "broad", 2100000, 133000, 74000, 96000, 126000, 162000, 205000),
    ("15-1252", "Software Developers", "detailed", 1650000, 140000, 79000, 102000, 132000, 168000, 210000),
    ("15-1254", "Web Developers", "detailed", 88000, 95000, 46000, 61000, 84000, 115000, 150000),
    ("15-2051", "Data Scientists", "detailed", 200000, 120000, 63000, 83000, 112000, 148000, 190000),
    ("21-1012", "Educational, Guidance, and Career Counselors and Advisors", "detailed", 340000, 68000, 40000, 50000, 64000, 82000, 101000),
    ("25-2031", "Secondary School Teachers, Except Special and Career/Technical Education", "detailed", 1050000, 72000, 48000, 55000, 66000, 84000, 103000),
    ("25-9031", "Instructional Coordinators", "detailed", 210000, 77000, 43000, 56000, 72000, 93000, 117000),
    ("25-9042", "Teaching Assistants, Except Postsecondary", "detailed", 1300000, 36000, 23000, 27000, "*", 40000, 48000),
    ("29-1141", "Registered Nurses", "detailed", 3300000, 98000, 66000, 77000, 91000, 112000, 136000),
    ("29-1171", "Nurse Practitioners", "detailed", 300000, 132000, 95000, 113000, 129000, 147000, 172000),
    ("29-1229", "Physicians, All Other", "detailed", 260000, "#", 70000, 150000, "#", "#", "#"),
    ("31-9092", "Medical Assistants", "detailed", 780000, 44000, 34000, 38000, 43000, 48000, 57000),
    ("43-1011", "First-Line Supervisors of Office and Administrative Support Workers", "detailed", 1500000, 68000, 40000, 50000, 62000, 79000, 99000),
    ("43-4171", "Receptionists and Information Clerks", "detailed", 1000000, 37000, 26000, 30000, 35000, 41000, 48000),
    ("43-6011", "Executive Secretaries and Executive Administrative Assistants", "detailed", 450000, 78000, 47000, 59000, 74000, 92000, 110000),
    ("43-6014", "Secretaries and Administrative Assistants, Except Legal, Medical, and Executive", "detailed", 1700000, 45000, 31000, 36000, 43000, 52000, 61000),
    ("45-3031", "Fishing and Hunting Workers", "detailed", "**", "*", "*", "*", "*", "*", "*"),
]  # fmt: skip


def _hourly(annual):
    return round(annual / 2080, 2) if isinstance(annual, int) else annual


def rows():
    for code, title, group, employment, mean, p10, p25, median, p75, p90 in OCCUPATIONS:
        yield [
            99, "U.S.", 1, "US", "000000", "Cross-industry", "cross-industry", 1235,
            code, title, group, employment, 0.5, None, None, None, None,
            _hourly(mean), mean, 0.4, _hourly(p10), _hourly(p25), _hourly(median),
            _hourly(p75), _hourly(p90), p10, p25, median, p75, p90, None, None,
        ]  # fmt: skip


def main():
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "national_M2024_dl"
    sheet.append(COLUMNS)
    for row in rows():
        sheet.append(row)
    notice = workbook.create_sheet("TEST DATA")
    notice.append(["TEST DATA: every figure in this file is made up. Not BLS figures."])
    workbook.save(HERE / f"{NAME}.xlsx")
    with (HERE / f"{NAME}.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows([("" if cell is None else cell) for cell in row] for row in rows())


if __name__ == "__main__":
    main()
