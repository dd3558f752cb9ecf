"""import_oews PATH [--dry-run] [--period YYYY-MM]: roles' wages from the BLS OEWS national file."""

import datetime
import re
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from careers import oews, wage_import
from runtime.progress import Progress

_PERIOD = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})$")


def _period(text: str) -> datetime.date:
    match = _PERIOD.match(text or "")
    if not match or not 1 <= int(match["month"]) <= 12:
        raise CommandError(
            f"--period “{text}”: write the reference month as YYYY-MM, e.g. 2024-05."
        )
    return datetime.date(int(match["year"]), int(match["month"]), 1)


class Command(BaseCommand):
    help = (
        "Update roles' salary figures (median, 10th/25th/75th/90th percentiles, date, source) "
        "from the BLS OEWS national file (national_MYYYY_dl.xlsx or its CSV export), matching "
        "roles by SOC code. Checks the whole file first; changes everything or nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The .xlsx file or its .csv export.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Show what would change; change nothing."
        )
        parser.add_argument(
            "--period",
            help="The month the figures describe, YYYY-MM (default: May of the year in the file "
            "name, e.g. national_M2024_dl.xlsx → 2024-05).",
        )
        parser.add_argument("--source", help=f"Source named on the site (default: {oews.SOURCE}).")
        parser.add_argument("--user", help="Username to record in the roles' history.")

    def handle(self, *args, path, dry_run, period, source, user, verbosity, **options):
        path = Path(path)
        period = _period(period) if period else oews.period_from_name(path)
        if period is None:
            raise CommandError(
                f"Cannot tell the reference month from the name “{path.name}”: give --period "
                "YYYY-MM (OEWS figures describe May, e.g. 2024-05)."
            )
        if period > timezone.localdate():
            raise CommandError(f"The period {period:%B %Y} is in the future.")
        test_data = oews.is_test_data(path)
        source = source or (oews.TEST_DATA_SOURCE if test_data else oews.SOURCE)
        by = None
        if user:
            by = get_user_model().objects.filter(username=user).first()
            if by is None:
                raise CommandError(f"There is no user “{user}”.")

        # On stderr: stdout carries the report, which may be piped to a file.
        rows = Progress(self.stderr, total=None, desc="Read", unit="rows", verbosity=verbosity)
        try:
            with rows:
                occupations = oews.read_file(path, progress=rows.set)
        except oews.OewsError as error:
            raise CommandError(str(error)) from error
        plan = wage_import.plan_import(
            occupations, period=period, source=source, link_to_bls=not test_data
        )
        if verbosity >= 1:
            self._report(path, plan, test_data=test_data)
        if dry_run:
            self.stdout.write(
                f"Dry run: nothing was changed. {len(plan.updates)} role(s) would be updated; "
                "run again without --dry-run to apply."
            )
            return
        done = wage_import.apply_import(plan, by=by, note=f"OEWS import: {path.name}")
        if verbosity:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Updated {done} role(s) from {path.name}; "
                    "each change is in the role's history."
                )
            )

    def _report(self, path, plan, *, test_data):
        write = self.stdout.write
        write(f"{path.name}: figures for {plan.period:%B %Y}, source “{plan.source}”.")
        if test_data:
            write(self.style.WARNING("This file is marked as made-up TEST DATA."))
        for update in plan.updates:
            write(f"\n{update.role.title} ({update.occupation.code} {update.occupation.title}):")
            for label, before, after in update.changes:
                write(f"  {label}: {before} → {after}")
            for usage in wage_import.live_usage(update):
                line = f"  live: “{usage.comparison.title}”, {len(usage.sentences)} sentence(s)"
                if usage.quotes:
                    line += f"; still types {', '.join(usage.quotes)} as plain digits"
                write(line)
        write("")
        if plan.unchanged:
            write(f"Already up to date: {', '.join(r.title for r in plan.unchanged)}")
        if plan.newer:
            write(
                "Kept (their figure is newer than the file's): "
                + ", ".join(f"{r.title} ({r.salary_as_of:%B %Y})" for r in plan.newer)
            )
        if plan.suppressed:
            write(
                "Kept (no median published in the file, marked * or **): "
                + ", ".join(f"{r.title} ({o.code})" for r, o in plan.suppressed)
            )
        if plan.unmatched:
            write(
                "Roles whose SOC code is not in the file: "
                + ", ".join(f"{r.title} ({r.soc_codes})" for r in plan.unmatched)
            )
        write(f"Roles without a SOC code: {plan.without_codes}")
        write(f"Detailed occupations in the file that no role uses: {plan.unused_codes}")
